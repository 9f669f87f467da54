package knowledge

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeEmbeddings is an OpenAI-compatible embeddings server. Request n (from
// 0) fails with failures[n] if that is set; otherwise it answers with
// vectors of length dim whose first entry is the text's length and second is
// 1, listed in reverse order to check that clients sort by index.
type fakeEmbeddings struct {
	dim        int
	failures   []int
	retryAfter string

	mu       sync.Mutex
	requests []fakeRequest
}

type fakeRequest struct {
	path, apiVersion, auth, apiKey string
	body                           map[string]any
}

func (f *fakeEmbeddings) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	_ = json.NewDecoder(r.Body).Decode(&body)
	f.mu.Lock()
	n := len(f.requests)
	f.requests = append(f.requests, fakeRequest{r.URL.Path, r.URL.Query().Get("api-version"), r.Header.Get("Authorization"), r.Header.Get("api-key"), body})
	f.mu.Unlock()

	w.Header().Set("Content-Type", "application/json")
	if n < len(f.failures) && f.failures[n] != 0 {
		if f.retryAfter != "" {
			w.Header().Set("Retry-After", f.retryAfter)
		}
		w.WriteHeader(f.failures[n])
		fmt.Fprintf(w, `{"error":{"message":"fake failure %d","type":"fake"}}`, f.failures[n])
		return
	}
	inputs, _ := body["input"].([]any)
	type item struct {
		Object    string    `json:"object"`
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	var data []item
	for i := len(inputs) - 1; i >= 0; i-- {
		v := make([]float32, f.dim)
		text, _ := inputs[i].(string)
		v[0], v[1] = float32(len(text)), 1
		data = append(data, item{"embedding", i, v})
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": body["model"]})
}

func (f *fakeEmbeddings) seen() []fakeRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeRequest(nil), f.requests...)
}

// newFakeEmbedder starts f and returns an embedder for it whose retries
// record their waits instead of sleeping.
func newFakeEmbedder(t *testing.T, f *fakeEmbeddings, cfg OpenAIConfig) (*OpenAIEmbedder, *[]time.Duration) {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	if cfg.BaseURL == "" {
		cfg.BaseURL = srv.URL + "/v1"
	} else {
		cfg.BaseURL = strings.ReplaceAll(cfg.BaseURL, "SERVER", srv.URL)
	}
	cfg.APIKey = cmp.Or(cfg.APIKey, "sk-secret")
	cfg.Model = cmp.Or(cfg.Model, "text-embedding-3-small")
	e, err := NewOpenAIEmbedder(context.Background(), cfg)
	if err != nil {
		t.Fatalf("NewOpenAIEmbedder: %v", err)
	}
	var waits []time.Duration
	e.backoff.sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		return ctx.Err()
	}
	return e, &waits
}

func TestOpenAIEmbedBatches(t *testing.T) {
	f := &fakeEmbeddings{dim: 4}
	e, _ := newFakeEmbedder(t, f, OpenAIConfig{Dim: 4, BatchSize: 2})
	texts := []string{"a", "bb", "ccc", "dddd", "eeeee"}
	vecs, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatalf("Embed: %v", err)
	}
	if got := len(f.seen()); got != 3 {
		t.Errorf("%d requests for 5 texts in batches of 2, want 3", got)
	}
	for i, v := range vecs {
		if len(v) != 4 {
			t.Fatalf("vector %d has %d entries, want 4", i, len(v))
		}
		if ratio := v[0] / v[1]; math.Abs(float64(ratio)-float64(len(texts[i]))) > 1e-4 {
			t.Errorf("vector %d belongs to a text of length %.1f, want %d (out of order?)", i, ratio, len(texts[i]))
		}
		if norm := math.Hypot(float64(v[0]), float64(v[1])); math.Abs(norm-1) > 1e-6 {
			t.Errorf("vector %d has length %v, want 1", i, norm)
		}
	}
	r := f.seen()[0]
	if r.path != "/v1/embeddings" || r.auth != "Bearer sk-secret" || r.body["model"] != "text-embedding-3-small" || r.body["dimensions"] != 4.0 {
		t.Errorf("request = %s auth %q body %v; want /v1/embeddings, bearer key, model and dimensions 4", r.path, r.auth, r.body)
	}
	if e.Name() != "openai/text-embedding-3-small/4" || e.Dim() != 4 {
		t.Errorf("Name() = %q, Dim() = %d", e.Name(), e.Dim())
	}
}

func TestOpenAIRetries(t *testing.T) {
	tests := []struct {
		name         string
		failures     []int
		retryAfter   string
		maxRetries   int
		wantRequests int
		wantErr      string // "" for success
		wantWaits    []time.Duration
	}{
		{name: "429 then success", failures: []int{429}, wantRequests: 2},
		{name: "Retry-After honoured", failures: []int{429, 503}, retryAfter: "7", wantRequests: 3, wantWaits: []time.Duration{7 * time.Second, 7 * time.Second}},
		{name: "500 then success", failures: []int{500}, wantRequests: 2},
		{name: "persistent 500", failures: []int{500, 500, 500, 500, 500, 500}, maxRetries: 3, wantRequests: 4, wantErr: "still failing after 4 attempts"},
		{name: "no retries", failures: []int{503}, maxRetries: -1, wantRequests: 1, wantErr: "still failing after 1 attempt:"},
		{name: "401 not retried", failures: []int{401}, wantRequests: 1, wantErr: "rejected the request (401): check OPENAI_API_KEY"},
		{name: "404 not retried", failures: []int{404}, wantRequests: 1, wantErr: `(404): check the base URL and that model or deployment "text-embedding-3-small" exists`},
		{name: "400 not retried", failures: []int{400}, wantRequests: 1, wantErr: "accepts dimensions=4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeEmbeddings{dim: 4, failures: tt.failures, retryAfter: tt.retryAfter}
			e, waits := newFakeEmbedder(t, f, OpenAIConfig{Dim: 4, MaxRetries: tt.maxRetries})
			_, err := e.Embed(context.Background(), []string{"Reisepass"})
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Embed: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("Embed error = %v, want it to contain %q", err, tt.wantErr)
			case err != nil && strings.Contains(err.Error(), "sk-secret"):
				t.Errorf("error reveals the API key: %v", err)
			}
			if got := len(f.seen()); got != tt.wantRequests {
				t.Errorf("%d requests, want %d", got, tt.wantRequests)
			}
			if tt.wantWaits != nil && fmt.Sprint(*waits) != fmt.Sprint(tt.wantWaits) {
				t.Errorf("waited %v, want %v", *waits, tt.wantWaits)
			}
			for _, d := range *waits {
				if tt.retryAfter == "" && (d < 100*time.Millisecond || d > 5*time.Second) {
					t.Errorf("backoff %v outside [100ms, 5s]", d)
				}
			}
		})
	}
}

// failFirst fails the first request as a broken connection would.
type failFirst struct {
	once sync.Once
	next http.RoundTripper
}

func (f *failFirst) RoundTrip(r *http.Request) (*http.Response, error) {
	var fail bool
	f.once.Do(func() { fail = true })
	if fail {
		return nil, errors.New("connection reset by peer")
	}
	return f.next.RoundTrip(r)
}

func TestOpenAINetworkErrorRetried(t *testing.T) {
	f := &fakeEmbeddings{dim: 4}
	client := &http.Client{Transport: &failFirst{next: http.DefaultTransport}}
	e, waits := newFakeEmbedder(t, f, OpenAIConfig{Dim: 4, HTTPClient: client})
	if _, err := e.Embed(context.Background(), []string{"Kita"}); err != nil {
		t.Fatalf("Embed: %v", err)
	}
	if len(f.seen()) != 1 || len(*waits) != 1 {
		t.Errorf("%d requests reached the server after %d waits, want 1 and 1", len(f.seen()), len(*waits))
	}
}

func TestOpenAIWrongDimension(t *testing.T) {
	e, _ := newFakeEmbedder(t, &fakeEmbeddings{dim: 3}, OpenAIConfig{Dim: 4})
	_, err := e.Embed(context.Background(), []string{"Kita"})
	if err == nil || !strings.Contains(err.Error(), "length 3, expected 4") {
		t.Errorf("Embed error = %v, want a dimension mismatch", err)
	}
}

func TestOpenAIAzure(t *testing.T) {
	f := &fakeEmbeddings{dim: 4}
	e, _ := newFakeEmbedder(t, f, OpenAIConfig{BaseURL: "SERVER", Azure: true, Model: "my-embeddings", APIVersion: "2024-02-01", Dim: 4})
	if _, err := e.Embed(context.Background(), []string{"Kita"}); err != nil {
		t.Fatalf("Embed: %v", err)
	}
	r := f.seen()[0]
	if r.path != "/openai/deployments/my-embeddings/embeddings" || r.apiVersion != "2024-02-01" || r.apiKey != "sk-secret" || r.auth != "" {
		t.Errorf("Azure request: path %q api-version %q api-key %q Authorization %q", r.path, r.apiVersion, r.apiKey, r.auth)
	}
}

func TestOpenAIProbesDimension(t *testing.T) {
	f := &fakeEmbeddings{dim: 7}
	e, _ := newFakeEmbedder(t, f, OpenAIConfig{})
	if e.Dim() != 7 || e.Name() != "openai/text-embedding-3-small/7" {
		t.Errorf("after probing: Dim() = %d, Name() = %q; want 7", e.Dim(), e.Name())
	}
	if _, err := e.Embed(context.Background(), []string{"Kita"}); err != nil {
		t.Fatalf("Embed: %v", err)
	}
	for i, r := range f.seen() {
		if _, ok := r.body["dimensions"]; ok {
			t.Errorf("request %d sent dimensions although none was configured", i)
		}
	}
}

func TestOpenAIConfigErrors(t *testing.T) {
	tests := []struct {
		name    string
		cfg     OpenAIConfig
		wantErr string
	}{
		{"no model", OpenAIConfig{Dim: 4}, "no model set"},
		{"bad base URL", OpenAIConfig{Model: "m", Dim: 4, BaseURL: "localhost:11434"}, "not an http(s) URL"},
		{"Azure without endpoint", OpenAIConfig{Model: "m", Dim: 4, Azure: true}, "resource endpoint"},
		{"unreachable probe", OpenAIConfig{Model: "m", BaseURL: "http://127.0.0.1:1/v1", MaxRetries: -1}, "still failing"},
	}
	for _, tt := range tests {
		_, err := NewOpenAIEmbedder(context.Background(), tt.cfg)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.name, err, tt.wantErr)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		header, value string
		want          time.Duration
	}{
		{"Retry-After", "3", 3 * time.Second},
		{"Retry-After", "0.5", 500 * time.Millisecond},
		{"Retry-After", now.Add(10 * time.Second).Format(http.TimeFormat), 10 * time.Second},
		{"Retry-After", "soon", 0},
		{"Retry-After-Ms", "250", 250 * time.Millisecond},
		{"Retry-After", "1e300", 1000 * time.Second},
	}
	for _, tt := range tests {
		h := http.Header{}
		h.Set(tt.header, tt.value)
		if got := parseRetryAfter(h, now); got != tt.want {
			t.Errorf("%s: %s = %v, want %v", tt.header, tt.value, got, tt.want)
		}
	}
}
