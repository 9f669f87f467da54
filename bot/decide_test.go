package bot

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestCandidateIsMatch(t *testing.T) {
	for _, tt := range []struct {
		name string
		c    candidate
		want bool
	}{
		{"every score low", candidate{hit: knowledge.Hit{Similarity: 0.2, TextRank: 0.3, WordRank: 1, MeaningRank: 3}, title: 0.1}, false},
		{"close in meaning", candidate{hit: knowledge.Hit{Similarity: minSimilarity}}, true},
		{"covers the words", candidate{hit: knowledge.Hit{TextRank: minTextRank}}, true},
		{"name fits", candidate{title: minTitle}, true},
		{"both rankings agree", candidate{hit: knowledge.Hit{Similarity: 0.2, TextRank: 0.3, WordRank: 2, MeaningRank: 1}}, true},
		{"ranked by words only", candidate{hit: knowledge.Hit{TextRank: 0.3, WordRank: 1}}, false},
		{"every score near its threshold", candidate{hit: knowledge.Hit{Similarity: 0.31, TextRank: 0.25, WordRank: 1, MeaningRank: 3}, title: 0.23}, true},
		{"two scores near, one low", candidate{hit: knowledge.Hit{Similarity: 0.31, TextRank: 0.05}, title: 0.2}, false},
	} {
		if got := tt.c.isMatch(); got != tt.want {
			t.Errorf("%s: isMatch() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDecideTrustedFirst checks that a match among the first candidates
// goes before one that only its title fit lifted: the bot answers with it
// rather than declining.
func TestDecideTrustedFirst(t *testing.T) {
	trusted := knowledge.Entry{ID: "vaterschaft", Title: "Vaterschaft anerkennen", Language: "de", InfoURL: "https://service.example.de/vaterschaft"}
	touched := knowledge.Entry{ID: "geburt", Title: "Geburt melden", Language: "de", InfoURL: "https://service.example.de/geburt"}
	kb := newFakeKB(t, trusted, touched)
	kb.hits = []knowledge.Hit{
		{ID: "vaterschaft", Score: 0.032, Similarity: 0.3, TextRank: 0.3, WordRank: 1, MeaningRank: 1},
		{ID: "geburt", Score: 0.025, Similarity: 0.2, TextRank: 0.2, WordRank: 5, MeaningRank: 9, NameFit: 0.24},
	}
	r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: "Kind kommt, wir sind nicht verheiratet"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != Answered || len(r.Sources) == 0 || r.Sources[0].ID != "vaterschaft" {
		t.Fatalf("reply %s, sources %+v; want the trusted entry answered", r.Status, r.Sources)
	}
	if !slices.Equal(r.Ranking, []string{"vaterschaft", "geburt"}) {
		t.Errorf("ranking %q, want the trusted entry first", r.Ranking)
	}
}
