package knowledge_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := newIndex(t)
	tests := []struct {
		query   string
		regions []string
		want    string
	}{
		// No entry contains "ummelden": the vector side must bridge it.
		{"ummelden", []string{"berlin"}, "t-anmeldung"},
		{"Wohnung anmelden", []string{"berlin"}, "t-anmeldung"},
		// Compound: only the parts' n-grams connect it to the entry.
		{"Führerscheinumtausch", nil, "t-fuehrerschein"},
		{"Fuehrerschein", nil, "t-fuehrerschein"},
		{"Was kostet ein Reisepass?", nil, "t-reisepass"},
		{"Kindergeld für mein Kind", nil, "t-kindergeld"},
		{"Wohnung anmelden Hamburg", []string{"hamburg"}, "t-hamburg"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, knowledge.Query{Text: tt.query, Regions: tt.regions})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].ID != tt.want {
				t.Fatalf("top hit for %q = %v, want %s", tt.query, ids(hits), tt.want)
			}
			for _, h := range hits {
				if len(tt.regions) > 0 && h.Region != tt.regions[0] {
					t.Errorf("hit %s of region %q outside the tenant's regions %v", h.ID, h.Region, tt.regions)
				}
			}
		})
	}
}

func TestSearchFusesBothSides(t *testing.T) {
	s := newIndex(t)
	hits, err := s.Search(context.Background(), knowledge.Query{Text: "Hundesteuer"})
	if err != nil {
		t.Fatal(err)
	}
	h := hits[0]
	if h.ID != "t-hundesteuer" || h.TextRank <= 0 || h.Similarity <= 0 || h.URL != "https://service.example.org/hund" {
		t.Errorf("top hit = %+v, want t-hundesteuer found by words and by vector, with its URL", h)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("hits not sorted by score: %v", hits)
		}
	}
}

func TestSearchRejectsBadQueries(t *testing.T) {
	s := newIndex(t)
	for _, q := range []string{"", "   ", strings.Repeat("a", knowledge.MaxQueryLen+1)} {
		if _, err := s.Search(context.Background(), knowledge.Query{Text: q}); !errors.Is(err, knowledge.ErrInvalid) {
			t.Errorf("query of %d characters: err = %v, want ErrInvalid", len(q), err)
		}
	}
	// Query syntax characters are words' separators, not operators.
	hits, err := s.Search(context.Background(), knowledge.Query{Text: `Hund & | ! :* ( ' "`})
	if err != nil || len(hits) == 0 {
		t.Errorf("query with tsquery operators: %v, %v", hits, err)
	}
}

func ids(hits []knowledge.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

// newIndex is the fixture entries, searchable.
func newIndex(t *testing.T) *knowledge.Live {
	t.Helper()
	kb, err := newStore(t).Live(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return kb
}
