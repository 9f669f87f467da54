package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"citizenbot/ingest"
	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// countingEmbedder is the built-in embedder that counts the texts it embeds
// and can be told to fail after a number of calls.
type countingEmbedder struct {
	knowledge.Embedder
	mu        sync.Mutex
	texts     int
	calls     int
	failAfter int // fail every call after this many; 0 = never
}

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	c.calls++
	fail := c.failAfter > 0 && c.calls > c.failAfter
	if !fail {
		c.texts += len(texts)
	}
	c.mu.Unlock()
	if fail {
		return nil, errors.New("embeddings endpoint answered 500")
	}
	return c.Embedder.Embed(ctx, texts)
}

func (c *countingEmbedder) reset() { c.mu.Lock(); c.texts, c.calls = 0, 0; c.mu.Unlock() }

// catalogue writes n entries; entries listed in changed get other fees.
func catalogue(t *testing.T, n int, changed map[int]bool) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fees := "10 Euro"
		if changed[i] {
			fees = "12 Euro"
		}
		fmt.Fprintf(&b, `{"id":"e%03d","title":"Leistung Nummer %d","source":"test","summary":"Beschreibung der Leistung %d.","fees":%q,"info_url":"https://example.org/%d"}`+"\n", i, i, i, fees, i)
	}
	path := filepath.Join(t.TempDir(), "cat.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func ingestFile(t *testing.T, s *knowledge.Store, path string, opts ingest.Options) (ingest.Summary, error) {
	t.Helper()
	cat, err := ingest.ReadFiles([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	return ingest.Run(context.Background(), s, cat, opts)
}

func TestIncrementalIngestion(t *testing.T) {
	emb := &countingEmbedder{Embedder: knowledge.NewLocalEmbedder(0)}
	s := knowledgetest.Store(t, emb)

	sum, err := ingestFile(t, s, catalogue(t, 100, nil), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 100 || sum.Updated+sum.Unchanged+sum.Removed+sum.Failed != 0 {
		t.Errorf("first run: %+v, want 100 added", sum)
	}
	if emb.texts != 300 { // head, summary and fees chunk per entry
		t.Errorf("first run embedded %d texts, want 300", emb.texts)
	}

	emb.reset()
	sum, err = ingestFile(t, s, catalogue(t, 100, nil), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 100 || sum.Added+sum.Updated != 0 || emb.texts != 0 {
		t.Errorf("unchanged run: %+v with %d texts embedded, want 100 unchanged and none embedded", sum, emb.texts)
	}

	emb.reset()
	sum, err = ingestFile(t, s, catalogue(t, 100, map[int]bool{7: true}), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated != 1 || sum.Unchanged != 99 || emb.texts != 3 {
		t.Errorf("one changed: %+v with %d texts embedded, want 1 updated and its 3 chunks embedded", sum, emb.texts)
	}
	e, err := s.Entry(context.Background(), "e007")
	if err != nil || e.Fees != "12 Euro" {
		t.Errorf("changed entry = %+v, %v", e, err)
	}

	sum, err = ingestFile(t, s, catalogue(t, 90, nil), ingest.Options{})
	if err != nil || sum.Removed != 0 {
		t.Errorf("without --prune: %+v, %v; want nothing removed", sum, err)
	}
	sum, err = ingestFile(t, s, catalogue(t, 90, nil), ingest.Options{Prune: true})
	if err != nil || sum.Removed != 10 {
		t.Errorf("with --prune: %+v, %v; want 10 removed", sum, err)
	}
	if _, err := s.Entry(context.Background(), "e095"); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("pruned entry still there: %v", err)
	}
}

func TestPruneSkippedWhenLinesFail(t *testing.T) {
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	if _, err := ingestFile(t, s, catalogue(t, 5, nil), ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	// e004's line is broken: pruning would delete it although it is still in the file.
	content, _ := os.ReadFile(catalogue(t, 4, nil))
	path := filepath.Join(t.TempDir(), "broken.jsonl")
	os.WriteFile(path, append(content, []byte(`{"id":"e004","title":`+"\n")...), 0o644)
	var warnings []string
	sum, err := ingestFile(t, s, path, ingest.Options{Prune: true, Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.Removed != 0 {
		t.Errorf("summary %+v, want 1 failed and nothing removed", sum)
	}
	if _, err := s.Entry(context.Background(), "e004"); err != nil {
		t.Errorf("entry of the broken line was removed: %v", err)
	}
	if len(warnings) != 2 || !strings.Contains(warnings[0], "broken.jsonl:5: ") || !strings.Contains(warnings[1], "not pruning") {
		t.Errorf("warnings = %q", warnings)
	}
}

func TestInterruptedRunKeepsKnowledge(t *testing.T) {
	ctx := context.Background()
	emb := &countingEmbedder{Embedder: knowledge.NewLocalEmbedder(0)}
	s := knowledgetest.Store(t, emb)
	if _, err := ingestFile(t, s, catalogue(t, 200, nil), ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	all := map[int]bool{}
	for i := range 200 {
		all[i] = true
	}
	emb.reset()
	emb.failAfter = 1 // the first batch of 64 goes through, then the endpoint fails
	sum, err := ingestFile(t, s, catalogue(t, 200, all), ingest.Options{})
	if err == nil || !strings.Contains(err.Error(), "after 64 of 200 changed entries") {
		t.Fatalf("err = %v, want the run to stop after the first batch", err)
	}
	if sum.Updated != 64 {
		t.Errorf("summary %+v, want 64 updated", sum)
	}
	emb.failAfter = 0
	states, err := s.EntryStates(ctx)
	if err != nil || len(states) != 200 {
		t.Fatalf("%d entries after the failed run, want 200 (%v)", len(states), err)
	}
	for i := range 200 {
		id := fmt.Sprintf("e%03d", i)
		e, err := s.Entry(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]string{true: "12 Euro", false: "10 Euro"}[i < 64]; e.Fees != want {
			t.Errorf("%s: fees %q, want %q", id, e.Fees, want)
		}
	}
	kb, err := s.Live(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := kb.Search(ctx, knowledge.Query{Text: "Leistung Nummer 150"})
	if err != nil || len(hits) == 0 || hits[0].ID != "e150" {
		t.Errorf("old knowledge not searchable after the failed run: %v, %v", hits, err)
	}
}
