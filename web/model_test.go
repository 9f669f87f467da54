package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"citizenbot/bot"
)

// fakeLLM is an OpenAI-compatible chat completions endpoint that streams
// the reply a test sets, or fails the way a test says.
type fakeLLM struct {
	mu       sync.Mutex
	mode     string // ok, slow, 500, 429, cut
	chunks   []string
	requests []string // request bodies, as received
}

func (f *fakeLLM) set(mode string, chunks ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.mode, f.chunks = mode, chunks
}

func (f *fakeLLM) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.requests = append(f.requests, string(body))
	mode, chunks := f.mode, f.chunks
	f.mu.Unlock()
	if r.URL.Path != "/v1/chat/completions" {
		http.NotFound(w, r)
		return
	}
	switch mode {
	case "500":
		http.Error(w, `{"error":{"message":"boom","type":"server_error"}}`, http.StatusInternalServerError)
		return
	case "429":
		w.Header().Set("Retry-After", "30")
		http.Error(w, `{"error":{"message":"rate limit","type":"rate_limit_error"}}`, http.StatusTooManyRequests)
		return
	case "slow":
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for i, c := range chunks {
		if mode == "cut" && i == len(chunks)/2 {
			// Half the answer, then the connection breaks.
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			conn.Close()
			return
		}
		b, _ := json.Marshal(map[string]any{
			"id": "c", "object": "chat.completion.chunk", "model": "m",
			"choices": []map[string]any{{"index": 0, "delta": map[string]string{"content": c}}},
		})
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func (f *fakeLLM) lastRequest() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.requests) == 0 {
		return ""
	}
	return f.requests[len(f.requests)-1]
}

func TestModelAnswers(t *testing.T) {
	llm := &fakeLLM{}
	fake := httptest.NewServer(llm)
	defer fake.Close()
	model, err := bot.NewOpenAIModel(bot.ChatConfig{BaseURL: fake.URL + "/v1", APIKey: "k", Model: "m"})
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, harnessOptions{model: model, wait: 500 * time.Millisecond})
	c := h.dial(nil)
	w := c.hello("demo", "de")
	seq := w.Seq
	tenant, err := h.store.Tenant(t.Context(), "demo")
	if err != nil {
		t.Fatal(err)
	}
	const question = "Wie beantrage ich einen Reisepass? Ich bin max.muster@example.org, Tel. 030 12345678."
	builtin, err := h.srv.bot.Answer(t.Context(), bot.Request{Tenant: tenant, Lang: "de", Text: question}, nil)
	if err != nil {
		t.Fatal(err)
	}

	// The model's answer streams through, its own links kept when they
	// are the entry's, invented ones removed before anything is sent.
	llm.set("ok", "Den Reisepass ", "beantragen Sie im Bürgeramt. ", "Termin: [hier buchen](https://service.berlin.de/dienstleistung/121151/). ",
		"Formular: [Antrag](https://evil.example/phish?x=1) und https://", "evil.example/more. Mehr unter www.evil.example.")
	fs := c.ask("1", question)
	end := checkAnswer(t, fs, seq, "1")
	seq = end.Seq
	const want = "Den Reisepass beantragen Sie im Bürgeramt. Termin: [hier buchen](https://service.berlin.de/dienstleistung/121151/). Formular: Antrag und . Mehr unter ."
	if end.Status != "answered" || end.Text != want {
		t.Errorf("model answer = %s %q\nwant %q", end.Status, end.Text, want)
	}
	for _, f := range fs {
		if strings.Contains(f.Text, "evil") {
			t.Errorf("an invented link reached the client in %s: %q", f.Type, f.Text)
		}
	}
	if end.Sources[0].ID != "demo-reisepass" {
		t.Errorf("sources %+v", end.Sources)
	}
	// What the model saw was masked.
	sent := llm.lastRequest()
	if strings.Contains(sent, "max.muster") || strings.Contains(sent, "12345678") || !strings.Contains(sent, "[E-Mail]") {
		t.Errorf("personal data reached the model: %s", sent)
	}

	// A failing model: the citizen gets the built-in answer.
	for _, mode := range []string{"slow", "500", "429", "cut"} {
		llm.set(mode, "Der Reisepass ", "kostet ", "70 Euro ", "und mehr.")
		id := "m-" + mode
		fs := c.ask(id, question)
		end := checkAnswer(t, fs, seq, id)
		seq = end.Seq
		if end.Status != "answered" || end.Text != builtin.Text {
			t.Errorf("model %s: %s %q, want the built-in answer %q", mode, end.Status, end.Text, builtin.Text)
		}
	}

	// The stored transcript is masked too.
	turns, err := h.store.Turns(t.Context(), w.Conversation)
	if err != nil || len(turns) != 5 {
		t.Fatalf("turns: %d %v", len(turns), err)
	}
	for _, tr := range turns {
		if strings.Contains(tr.Question, "max.muster") || strings.Contains(tr.Question, "12345678") {
			t.Errorf("stored question not masked: %q", tr.Question)
		}
	}
	if turns[0].Mode != "model" || turns[1].Mode != "fallback" {
		t.Errorf("modes %s, %s, want model, fallback", turns[0].Mode, turns[1].Mode)
	}
}
