package bot

import (
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
	} {
		if got := tt.c.isMatch(); got != tt.want {
			t.Errorf("%s: isMatch() = %v, want %v", tt.name, got, tt.want)
		}
	}
}
