package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func runCmd(t *testing.T, vars map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, env(vars), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestIngestAndSearchDemoCatalogue(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": knowledgetest.URL(t)}
	out, errOut, err := runCmd(t, vars, "ingest", "--json", "../../data/demo.jsonl")
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	var sum map[string]float64
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("ingest --json printed %q: %v", out, err)
	}
	for _, k := range []string{"added", "updated", "unchanged", "removed", "failed", "seconds"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary lacks %q: %s", k, out)
		}
	}
	if sum["added"] < 84 || sum["failed"] != 0 {
		t.Errorf("demo catalogue: %s, want ≥ 84 added (60 services, 24 in English) and none failed", out)
	}

	out, _, err = runCmd(t, vars, "ingest", "../../data/demo.jsonl")
	if err != nil || !strings.HasPrefix(out, "added 0, updated 0, unchanged ") {
		t.Errorf("second ingest printed %q, %v; want everything unchanged", out, err)
	}

	// "ummelden" alone is ambiguous (car, business, address): the address
	// registration must be among the first five; with "Wohnung" it is first.
	for query, within := range map[string]int{"ummelden": 5, "Wohnung ummelden": 1} {
		out, _, err = runCmd(t, vars, "search", "--json", "--limit", "5", query)
		if err != nil {
			t.Fatal(err)
		}
		var hits []knowledge.Hit
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("search --json printed %q: %v", out, err)
		}
		if len(hits) != 5 {
			t.Fatalf("search %q gave %d hits, want 5", query, len(hits))
		}
		rank := slices.IndexFunc(hits, func(h knowledge.Hit) bool { return h.ID == "demo-wohnung-anmelden" })
		if rank < 0 || rank >= within || !strings.HasPrefix(hits[rank].URL, "https://") || hits[rank].NameFit == 0 {
			t.Errorf("search %q: %+v, want demo-wohnung-anmelden with its URL among the first %d", query, hits, within)
		}
	}

	out, _, err = runCmd(t, vars, "search", "Führerscheinumtausch")
	if err != nil || !strings.HasPrefix(out, "ID") || !strings.Contains(strings.SplitN(out, "\n", 3)[1], "hrerschein") {
		t.Errorf("search Führerscheinumtausch printed:\n%s\n%v; want a driving licence entry first", out, err)
	}
}

func TestIngestReportsBadLines(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": knowledgetest.URL(t)}
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(path, []byte(`{"id":"ok","title":"Gut"}`+"\n"+`{"id":"bad","title":"Schlecht","info_url":"ftp://x"}`+"\n"), 0o644)
	out, errOut, err := runCmd(t, vars, "ingest", "--json", path)
	if err == nil || !strings.Contains(err.Error(), "1 lines failed") {
		t.Errorf("err = %v, want a non-zero exit naming the failed line count", err)
	}
	if !strings.Contains(errOut, path+":2: ") {
		t.Errorf("stderr %q does not name %s:2", errOut, path)
	}
	if !strings.Contains(out, `"added":1`) || !strings.Contains(out, `"failed":1`) {
		t.Errorf("summary %q, want 1 added and 1 failed", out)
	}
}

func TestCommandErrors(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"no command", nil, nil, "no command given"},
		{"unknown command", nil, []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"no database", nil, []string{"search", "x"}, "DATABASE_URL is not set: run `make db`"},
		{"database down", map[string]string{"DATABASE_URL": "postgres://x@127.0.0.1:1/x?connect_timeout=2"}, []string{"search", "x"}, "cannot reach the database"},
		{"bad dim", map[string]string{"CITIZENBOT_EMBED_DIM": "5000"}, []string{"config"}, "CITIZENBOT_EMBED_DIM"},
		{"bad api type", map[string]string{"CITIZENBOT_OPENAI_API_TYPE": "x"}, []string{"config"}, "use openai or azure"},
		{"ingest without file", nil, []string{"ingest"}, "at least one catalogue file"},
		{"missing file", nil, []string{"ingest", "/nonexistent.jsonl"}, "does not exist"},
		{"search without query", nil, []string{"search"}, "needs a query"},
		{"ask without question", nil, []string{"ask"}, "needs a question"},
		{"bad retention", map[string]string{"CITIZENBOT_RETENTION": "a month"}, []string{"config"}, "CITIZENBOT_RETENTION"},
		{"bad rate", map[string]string{"CITIZENBOT_RATE_IP": "0"}, []string{"config"}, "CITIZENBOT_RATE_IP"},
		{"bad proxy flag", map[string]string{"CITIZENBOT_TRUST_PROXY": "maybe"}, []string{"config"}, "use true or false"},
		{"missing lexicons", map[string]string{"CITIZENBOT_LEXICONS": "/nonexistent"}, []string{"config"}, "CITIZENBOT_LEXICONS"},
		{"missing phrasings", map[string]string{"CITIZENBOT_PHRASINGS": "/nonexistent"}, []string{"config"}, "CITIZENBOT_PHRASINGS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := runCmd(t, tt.vars, tt.args...); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestAsk(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": knowledgetest.URL(t)}
	if _, errOut, err := runCmd(t, vars, "ingest", "../../data/demo.jsonl"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	out, errOut, err := runCmd(t, vars, "ask", "--json", "Wie beantrage ich einen Reisepass?")
	if err != nil {
		t.Fatalf("ask: %v\n%s", err, errOut)
	}
	var reply struct {
		Status  string `json:"status"`
		Text    string `json:"text"`
		Sources []struct {
			ID string `json:"id"`
		} `json:"sources"`
		Actions     []struct{ URL, Kind string } `json:"actions"`
		Choices     []any                        `json:"choices"`
		Suggestions []string                     `json:"suggestions"`
	}
	if err := json.Unmarshal([]byte(out), &reply); err != nil {
		t.Fatalf("ask --json printed %q: %v", out, err)
	}
	if reply.Status != "answered" || len(reply.Sources) == 0 || reply.Sources[0].ID != "demo-reisepass" ||
		len(reply.Actions) == 0 || reply.Choices == nil || !strings.Contains(reply.Text, "Reisepass") {
		t.Errorf("ask --json = %s", out)
	}
	out, _, err = runCmd(t, vars, "ask", "--lang", "en", "--tenant", "demo", "How do I register my address?")
	if err != nil || !strings.Contains(out, "[answered]") || !strings.Contains(out, "Registering your address") {
		t.Errorf("ask = %v\n%s", err, out)
	}
	if _, _, err := runCmd(t, vars, "ask", "--tenant", "nowhere", "x"); err == nil || !strings.Contains(err.Error(), `tenant "nowhere"`) {
		t.Errorf("ask with unknown tenant: %v", err)
	}

	// A tenant's own word reaches the bot once its lexicon is configured.
	const question = "Wo bekomme ich ein Weltbüchlein?"
	if out, _, err := runCmd(t, vars, "ask", question); err != nil || strings.Contains(out, "Reisepass beantragen") {
		t.Fatalf("without a lexicon, %q = %v\n%s", question, err, out)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "demo.de.txt"), []byte("Reisepass = Weltbüchlein\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars["CITIZENBOT_LEXICONS"] = dir
	if out, _, err := runCmd(t, vars, "ask", question); err != nil || !strings.Contains(out, "Reisepass beantragen") {
		t.Errorf("with the demo tenant's lexicon, %q = %v\n%s", question, err, out)
	}

	// An installation's own phrasing for an entry reaches search.
	delete(vars, "CITIZENBOT_LEXICONS")
	phrasings := t.TempDir()
	if err := os.WriteFile(filepath.Join(phrasings, "de-demo.txt"), []byte("Reisepass beantragen = ein Weltbüchlein holen\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"", phrasings} {
		vars["CITIZENBOT_PHRASINGS"] = dir
		out, _, err := runCmd(t, vars, "search", "--json", question)
		if err != nil {
			t.Fatal(err)
		}
		var hits []knowledge.Hit
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("search --json: %v\n%s", err, out)
		}
		found := len(hits) > 0 && hits[0].Title == "Reisepass beantragen" && hits[0].PhrasingFit > 0
		if found != (dir != "") {
			t.Errorf("phrasings %q: hits %+v, want the passport first by its phrasing only with the installation's phrasings", dir, hits)
		}
	}
}

func TestConfigMasksSecrets(t *testing.T) {
	out, _, err := runCmd(t, map[string]string{
		"OPENAI_API_KEY": "sk-secret", "DATABASE_URL": "postgres://u:hunter2@db:5432/x",
	}, "config")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "sk-secret") || strings.Contains(out, "hunter2") || !strings.Contains(out, "postgres://u:%2A%2A%2A%2A@db:5432/x") {
		t.Errorf("config printed secrets or lost the URL:\n%s", out)
	}
}

func TestServe(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": knowledgetest.URL(t), "CITIZENBOT_ADDR": "127.0.0.1:0"}
	if _, errOut, err := runCmd(t, vars, "ingest", "../../data/demo.jsonl"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, env(vars), io.Discard, pw); pw.Close() }()
	base := waitForURL(t, pr)

	for path, want := range map[string]string{
		"/healthz": `"status":"ok"`,
		"/readyz":  `"status":"ready"`,
	} {
		if body, status := get(t, base+path); status != 200 || !strings.Contains(body, want) {
			t.Errorf("GET %s = %d %s", path, status, body)
		}
	}
	body, status := get(t, base+"/api/v1/search?q=Reisepass+beantragen&limit=2")
	var hits []map[string]any
	if err := json.Unmarshal([]byte(body), &hits); status != 200 || err != nil || len(hits) != 2 || hits[0]["url"] == "" {
		t.Errorf("search API = %d %s", status, body)
	}
	for _, tt := range []struct {
		path   string
		status int
		want   string
	}{
		{"/api/v1/search?q=", 400, "query is empty"},
		{"/api/v1/search?q=x&limit=500", 400, "limit must be"},
		{"/api/v1/search?q=x&tenant=nowhere", 404, `tenant \"nowhere\"`},
	} {
		if body, status := get(t, base+tt.path); status != tt.status || !strings.Contains(body, tt.want) {
			t.Errorf("GET %s = %d %s, want %d mentioning %q", tt.path, status, body, tt.status, tt.want)
		}
	}

	resp, err := http.Post(base+"/api/v1/chat", "application/json", strings.NewReader(`{"tenant":"demo","text":"Reisepass beantragen"}`))
	if err != nil {
		t.Fatal(err)
	}
	chatBody, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(chatBody), `"status":"answered"`) {
		t.Errorf("POST /api/v1/chat = %d %s", resp.StatusCode, chatBody)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after shutdown, want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
}

// waitForURL reads the server's log until it says where it listens, then
// keeps draining the log so the server never blocks on it.
func waitForURL(t *testing.T, r io.Reader) string {
	t.Helper()
	re := regexp.MustCompile(`url=(http://\S+)`)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			go io.Copy(io.Discard, r)
			return m[1]
		}
	}
	t.Fatal("server exited without saying where it listens")
	return ""
}

func get(t *testing.T, url string) (string, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b), resp.StatusCode
}

// TestEval runs the evaluation on a few demo questions, once with the
// built-in embedder and once with an OpenAI-compatible embedding model (an
// in-test server computing the built-in vectors): the same command, the
// same JSON.
func TestEval(t *testing.T) {
	var calls atomic.Int64
	model := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		var req struct {
			Input []string `json:"input"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		vecs, _ := knowledge.NewLocalEmbedder(64).Embed(r.Context(), req.Input)
		var data []map[string]any
		for i, v := range vecs {
			data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": v})
		}
		json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data})
	}))
	defer model.Close()
	for _, tt := range []struct {
		name string
		vars map[string]string
	}{
		{"built-in", map[string]string{}},
		{"model", map[string]string{"CITIZENBOT_EMBED_MODEL": "fake-embed", "CITIZENBOT_EMBED_DIM": "64", "OPENAI_BASE_URL": model.URL + "/v1", "OPENAI_API_KEY": "k"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.vars["DATABASE_URL"] = knowledgetest.URL(t)
			if _, errOut, err := runCmd(t, tt.vars, "ingest", "../../data/demo.jsonl"); err != nil {
				t.Fatalf("ingest: %v\n%s", err, errOut)
			}
			out, errOut, err := runCmd(t, tt.vars, "eval", "--json", "--questions", "testdata/demo-questions.jsonl")
			if err != nil {
				t.Fatalf("eval: %v\n%s", err, errOut)
			}
			var r struct {
				Questions      int            `json:"questions"`
				Top1           float64        `json:"top1"`
				RecallAt5      float64        `json:"recall_at_5"`
				NoAnswerRecall float64        `json:"no_answer_recall"`
				ByLang         map[string]any `json:"by_lang"`
				Baseline       struct {
					Top1 float64 `json:"top1"`
				} `json:"baseline"`
			}
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("eval --json printed %q: %v", out, err)
			}
			// The abuse question is refused whatever the embedder.
			if r.Questions != 6 || r.Top1 < 0.5 || r.NoAnswerRecall < 0.5 || len(r.ByLang) != 2 || r.Baseline.Top1 <= 0 {
				t.Errorf("eval --json = %s", out)
			}
		})
	}
	if calls.Load() == 0 && !t.Failed() && os.Getenv("DATABASE_URL") != "" {
		t.Error("the embedding model was never asked")
	}
}

func TestEvalRejectsBadQuestionFile(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": knowledgetest.URL(t)}
	if _, errOut, err := runCmd(t, vars, "ingest", "../../data/demo.jsonl"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte(`{"qid":"x","question":"Reisepass","lang":"de","kind":"service","service_ids":["no-such-entry"]}`+"\n"), 0o600)
	_, _, err := runCmd(t, vars, "eval", "--questions", bad)
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl:1:") || !strings.Contains(err.Error(), `"no-such-entry"`) {
		t.Errorf("eval with an unknown service id: %v", err)
	}
	if _, _, err := runCmd(t, vars, "eval"); err == nil || !strings.Contains(err.Error(), "--questions") {
		t.Errorf("eval without --questions: %v", err)
	}
}
