package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// ChatConfig configures an OpenAI-compatible chat model (OpenAI, Azure
// OpenAI, Ollama, vLLM, ...).
type ChatConfig struct {
	BaseURL    string // e.g. https://api.openai.com/v1, http://localhost:11434/v1; for Azure the resource endpoint
	APIKey     string
	Model      string // model name, or the deployment name for Azure
	Azure      bool
	APIVersion string       // Azure api-version; go-openai's default when empty
	MaxTokens  int          // per answer; 0 means 400
	HTTPClient *http.Client // optional, for tests
}

// OpenAIModel writes answers with an OpenAI-compatible chat completions
// endpoint, streamed. It does not retry: the bot's built-in answer is the
// fallback, and a citizen should not wait for a second attempt.
type OpenAIModel struct {
	client    *openai.Client
	model     string
	maxTokens int
}

// NewOpenAIModel checks cfg and returns a model for it. It makes no request.
func NewOpenAIModel(cfg ChatConfig) (*OpenAIModel, error) {
	if cfg.Model == "" {
		return nil, errors.New("chat model: no model set: name the chat model (for Azure, the deployment)")
	}
	var cc openai.ClientConfig
	if cfg.Azure {
		if cfg.BaseURL == "" {
			return nil, errors.New("chat model: Azure needs the resource endpoint as base URL, e.g. https://NAME.openai.azure.com")
		}
		cc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		cc.AzureModelMapperFunc = func(deployment string) string { return deployment }
		if cfg.APIVersion != "" {
			cc.APIVersion = cfg.APIVersion
		}
	} else {
		cc = openai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			cc.BaseURL = cfg.BaseURL
		}
	}
	if u, err := url.Parse(cc.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("chat model: base URL %q is not an http(s) URL: use e.g. https://api.openai.com/v1", cc.BaseURL)
	}
	if cfg.HTTPClient != nil {
		cc.HTTPClient = cfg.HTTPClient
	}
	m := &OpenAIModel{client: openai.NewClientWithConfig(cc), model: cfg.Model, maxTokens: cfg.MaxTokens}
	if m.maxTokens <= 0 {
		m.maxTokens = 400
	}
	return m, nil
}

// Write streams the model's answer to p through emit and returns it whole.
func (m *OpenAIModel) Write(ctx context.Context, p Prompt, emit func(string)) (string, error) {
	var msgs []openai.ChatCompletionMessage
	for _, msg := range p.Messages() {
		msgs = append(msgs, openai.ChatCompletionMessage{Role: msg.Role, Content: msg.Content})
	}
	stream, err := m.client.CreateChatCompletionStream(ctx, openai.ChatCompletionRequest{
		Model:    m.model,
		Messages: msgs,
		//lint:ignore SA1019 max_completion_tokens is OpenAI's newer name; Ollama and older vLLM understand only max_tokens.
		MaxTokens:   m.maxTokens,
		Temperature: 0.2,
		Stream:      true,
	})
	if err != nil {
		return "", fmt.Errorf("chat completion: %w", err)
	}
	defer stream.Close()
	var text strings.Builder
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return text.String(), nil
		}
		if err != nil {
			return "", fmt.Errorf("chat completion stream: %w", err)
		}
		for _, c := range resp.Choices {
			if c.Delta.Content != "" {
				text.WriteString(c.Delta.Content)
				emit(c.Delta.Content)
			}
		}
	}
}
