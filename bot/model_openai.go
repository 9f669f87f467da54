package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"citizenbot/knowledge"
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
	cc, err := knowledge.OpenAIClientConfig(cfg.BaseURL, cfg.APIKey, cfg.Azure, cfg.APIVersion)
	if err != nil {
		return nil, fmt.Errorf("chat model: %w", err)
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
