package knowledge

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// OpenAIConfig configures an OpenAI-compatible embeddings endpoint (OpenAI,
// Azure OpenAI, Ollama, vLLM, ...). Zero values mean the documented defaults.
type OpenAIConfig struct {
	BaseURL    string        // e.g. https://api.openai.com/v1 (the default), http://localhost:11434/v1; for Azure the resource endpoint
	APIKey     string        // sent as a bearer token, or as the api-key header for Azure
	Model      string        // model name, or the deployment name for Azure
	Dim        int           // vector length, sent as "dimensions"; 0 = ask the endpoint once and use what it returns
	Azure      bool          // use Azure OpenAI's URL scheme and api-key header
	APIVersion string        // Azure api-version; go-openai's default when empty
	BatchSize  int           // texts per request; 0 or less = 64
	MaxRetries int           // retries of a failed request, default 5; negative = none
	Timeout    time.Duration // per request; 0 or less = 30s
	HTTPClient *http.Client  // optional, for tests
}

// OpenAIEmbedder embeds texts with an OpenAI-compatible embeddings endpoint.
// It sends texts in batches, retries rate limits, server errors and network
// failures with exponential backoff (honouring Retry-After), fails at once on
// any other rejection with advice on what to fix, and checks and normalises
// every vector it gets back. It is safe for concurrent use.
type OpenAIEmbedder struct {
	client     *openai.Client
	model      string
	dim        int
	sendDim    bool
	batchSize  int
	maxRetries int
	timeout    time.Duration
	endpoint   string // BaseURL without credentials, for messages
	backoff    retryBackoff
}

// NewOpenAIEmbedder checks cfg and returns an embedder for it. With cfg.Dim
// == 0 it embeds one probe text to learn the model's dimension, so it needs
// the endpoint to be reachable; otherwise it makes no request.
func NewOpenAIEmbedder(ctx context.Context, cfg OpenAIConfig) (*OpenAIEmbedder, error) {
	if cfg.Model == "" {
		return nil, errors.New("openai embedder: no model set: name the embedding model (for Azure, the deployment)")
	}
	if cfg.Dim < 0 {
		return nil, fmt.Errorf("openai embedder: dimension %d is negative: use 0 to ask the endpoint", cfg.Dim)
	}
	cc, err := OpenAIClientConfig(cfg.BaseURL, cfg.APIKey, cfg.Azure, cfg.APIVersion)
	if err != nil {
		return nil, fmt.Errorf("openai embedder: %w", err)
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	cc.HTTPClient = retryAfterRecorder{next: hc}

	e := &OpenAIEmbedder{
		client:     openai.NewClientWithConfig(cc),
		model:      cfg.Model,
		dim:        cfg.Dim,
		sendDim:    cfg.Dim > 0,
		batchSize:  cmp.Or(max(cfg.BatchSize, 0), 64),
		maxRetries: max(cmp.Or(cfg.MaxRetries, 5), 0),
		timeout:    cmp.Or(max(cfg.Timeout, 0), 30*time.Second),
		endpoint:   embedEndpointLabel(cc.BaseURL),
		backoff:    defaultRetryBackoff(),
	}
	if e.dim == 0 {
		vecs, err := e.embedBatch(ctx, []string{"dimension probe"})
		if err != nil {
			return nil, fmt.Errorf("asking for the dimension of model %q: %w", e.model, err)
		}
		e.dim = len(vecs[0])
	}
	return e, nil
}

// Name is "openai/<model>/<dim>": vectors of another model or dimension are
// never compared with these.
func (e *OpenAIEmbedder) Name() string { return fmt.Sprintf("openai/%s/%d", e.model, e.dim) }

// Dim is the length of every vector Embed returns.
func (e *OpenAIEmbedder) Dim() int { return e.dim }

// Embed returns one L2-normalised vector per text, in order, sending
// BatchSize texts per request. It fails if any batch fails after its retries.
func (e *OpenAIEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += e.batchSize {
		end := min(start+e.batchSize, len(texts))
		vecs, err := e.embedBatch(ctx, texts[start:end])
		if err != nil {
			return nil, fmt.Errorf("embedding texts %d to %d of %d: %w", start+1, end, len(texts), err)
		}
		out = append(out, vecs...)
	}
	return out, nil
}

// embedBatch sends one request, retrying what may succeed later.
func (e *OpenAIEmbedder) embedBatch(ctx context.Context, texts []string) ([][]float32, error) {
	req := openai.EmbeddingRequest{Input: texts, Model: openai.EmbeddingModel(e.model)}
	if e.sendDim {
		req.Dimensions = e.dim
	}
	for attempt := 0; ; attempt++ {
		hint := new(retryAfterHint)
		actx, cancel := context.WithTimeout(context.WithValue(ctx, retryAfterKey{}, hint), e.timeout)
		resp, err := e.client.CreateEmbeddings(actx, req)
		cancel()
		if err == nil {
			return e.vectors(resp, len(texts))
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("embeddings endpoint %s: %w", e.endpoint, ctx.Err())
		}
		status, retry := openAIRetryable(err)
		if !retry {
			return nil, e.rejected(status, err)
		}
		if attempt >= e.maxRetries {
			tries := fmt.Sprintf("%d attempts", attempt+1)
			if attempt == 0 {
				tries = "1 attempt"
			}
			return nil, fmt.Errorf("embeddings endpoint %s still failing after %s: check that it is up and not rate-limiting this key, then retry: %w",
				e.endpoint, tries, err)
		}
		if err := e.backoff.wait(ctx, attempt, hint.wait); err != nil {
			return nil, fmt.Errorf("embeddings endpoint %s: waiting to retry: %w", e.endpoint, err)
		}
	}
}

// openAIRetryable returns the HTTP status of err (0 if there was no
// response) and whether the request may succeed if sent again: on rate
// limits, timeouts, server errors and broken connections.
func openAIRetryable(err error) (status int, retry bool) {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	}
	if status != 0 {
		return status, status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500
	}
	var urlErr *url.Error
	var netErr net.Error
	return 0, errors.As(err, &urlErr) || errors.As(err, &netErr) || errors.Is(err, io.ErrUnexpectedEOF)
}

// rejected explains a failure that retrying will not fix.
func (e *OpenAIEmbedder) rejected(status int, err error) error {
	var advice string
	switch status {
	case 0:
		return fmt.Errorf("embeddings endpoint %s sent a response that is not an embeddings list: check that the base URL points at an OpenAI-compatible API (usually ending in /v1): %w", e.endpoint, err)
	case http.StatusUnauthorized, http.StatusForbidden:
		advice = "check OPENAI_API_KEY (the API key)"
	case http.StatusNotFound:
		advice = fmt.Sprintf("check the base URL and that model or deployment %q exists", e.model)
	case http.StatusRequestEntityTooLarge:
		advice = "lower the batch size"
	case http.StatusBadRequest, http.StatusUnprocessableEntity:
		advice = fmt.Sprintf("check that %q is an embeddings model", e.model)
		if e.sendDim {
			advice += fmt.Sprintf(" that accepts dimensions=%d (or set the dimension to 0)", e.dim)
		}
	default:
		advice = "check the endpoint's configuration"
	}
	return fmt.Errorf("embeddings endpoint %s rejected the request (%d): %s: %w", e.endpoint, status, advice, err)
}

// vectors checks a response against the request and the expected dimension
// and returns its vectors in input order, L2-normalised.
func (e *OpenAIEmbedder) vectors(resp openai.EmbeddingResponse, n int) ([][]float32, error) {
	if len(resp.Data) != n {
		return nil, fmt.Errorf("embeddings endpoint %s returned %d vectors for %d texts: check that it is OpenAI-compatible", e.endpoint, len(resp.Data), n)
	}
	want := e.dim
	if want == 0 && n > 0 {
		want = len(resp.Data[0].Embedding)
	}
	out := make([][]float32, n)
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= n || out[d.Index] != nil {
			return nil, fmt.Errorf("embeddings endpoint %s returned index %d twice or out of range for %d texts", e.endpoint, d.Index, n)
		}
		if len(d.Embedding) != want || want == 0 {
			return nil, fmt.Errorf("embeddings endpoint %s returned a vector of length %d, expected %d: set the dimension to %d (or 0 to ask the endpoint), or use a model that gives %d",
				e.endpoint, len(d.Embedding), want, len(d.Embedding), want)
		}
		var sum float64
		for _, x := range d.Embedding {
			sum += float64(x) * float64(x)
		}
		if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
			return nil, fmt.Errorf("embeddings endpoint %s returned a zero or non-finite vector for text %d: check the model", e.endpoint, d.Index+1)
		}
		inv := 1 / math.Sqrt(sum)
		v := make([]float32, len(d.Embedding))
		for i, x := range d.Embedding {
			v[i] = float32(float64(x) * inv)
		}
		out[d.Index] = v
	}
	return out, nil
}

// embedEndpointLabel returns raw without user info and query, which may
// hold secrets, for use in messages.
func embedEndpointLabel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return u.String()
}

// OpenAIClientConfig returns the go-openai configuration for an
// OpenAI-compatible endpoint: Azure OpenAI (deployment names as model names,
// the given API version) or any other (OpenAI, Ollama, vLLM) at baseURL,
// empty meaning OpenAI's. It checks that the base URL is an http(s) URL.
// The embedder and the bot's chat model share it.
func OpenAIClientConfig(baseURL, apiKey string, azure bool, apiVersion string) (openai.ClientConfig, error) {
	var cc openai.ClientConfig
	if azure {
		if baseURL == "" {
			return cc, errors.New("no base URL: for Azure, set the resource endpoint, e.g. https://NAME.openai.azure.com")
		}
		cc = openai.DefaultAzureConfig(apiKey, baseURL)
		cc.AzureModelMapperFunc = func(deployment string) string { return deployment }
		if apiVersion != "" {
			cc.APIVersion = apiVersion
		}
	} else {
		cc = openai.DefaultConfig(apiKey)
		if baseURL != "" {
			cc.BaseURL = baseURL
		}
	}
	if u, err := url.Parse(cc.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return cc, fmt.Errorf("base URL %q is not an http(s) URL: use e.g. https://api.openai.com/v1", embedEndpointLabel(cc.BaseURL))
	}
	return cc, nil
}
