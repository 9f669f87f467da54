package knowledge

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestChunks(t *testing.T) {
	long := strings.Repeat("Ein Satz über die Anmeldung. ", 100) // ~2,900 characters, one paragraph
	e := Entry{ID: "a", Title: "Anmeldung einer Wohnung", Language: "de", Keywords: []string{"ummelden", "Umzug"},
		Summary: "Kurz.", Description: "Absatz eins.\n\nAbsatz zwei.", Documents: long, Fees: "gebührenfrei"}
	chunks := e.Chunks()
	if h := chunks[0]; h.Section != "head" || h.Heading != "Anmeldung einer Wohnung\nummelden, Umzug" || h.Embed != h.Heading || h.Body != "" {
		t.Errorf("head chunk = %+v, want title and keywords only", h)
	}
	if chunks[1].Section != "summary" || chunks[1].Body != "Kurz." {
		t.Errorf("summary chunk = %+v", chunks[1])
	}
	if chunks[2].Section != "description" || chunks[2].Body != "Absatz eins.\n\nAbsatz zwei." {
		t.Errorf("short paragraphs must share a chunk: %+v", chunks[2])
	}
	var docs []Chunk
	for i, c := range chunks {
		if c.Ord != i {
			t.Errorf("chunk %d has Ord %d", i, c.Ord)
		}
		if c.Section == "documents" {
			docs = append(docs, c)
		}
		if !strings.HasPrefix(c.Embed, e.Title) {
			t.Errorf("chunk %d's embedding text lacks the title: %q", i, c.Embed[:40])
		}
	}
	if len(docs) < 4 {
		t.Fatalf("a 2,900-character section gave %d chunks, want ≥ 4", len(docs))
	}
	var joined []string
	for _, c := range docs {
		if n := utf8.RuneCountInString(c.Body); n > MaxChunkLen {
			t.Errorf("chunk of %d characters, limit %d", n, MaxChunkLen)
		}
		if !strings.HasSuffix(c.Body, ".") {
			t.Errorf("chunk not cut at a sentence end: …%q", c.Body[len(c.Body)-20:])
		}
		joined = append(joined, c.Body)
	}
	if got, want := strings.Join(joined, " "), strings.TrimSpace(long); got != want {
		t.Error("splitting lost or changed text")
	}
	if last := chunks[len(chunks)-1]; last.Section != "fees" || !strings.Contains(last.Embed, "Gebühren") {
		t.Errorf("last chunk = %+v", last)
	}
}

func TestChunksEnglishLabels(t *testing.T) {
	e := Entry{ID: "a", Title: "Registering an address", Language: "en", Fees: "free"}
	chunks := e.Chunks()
	if got := chunks[1].Embed; got != "Registering an address – Fees:\nfree" {
		t.Errorf("embed text = %q", got)
	}
}
