package knowledge

import (
	"math/bits"
	"strings"
	"testing"
)

func TestTypoDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"fuehrerschien", "fuehrerschein", 2, 1}, // swapped neighbours
		{"privatinsolvens", "privatinsolvenz", 2, 1},
		{"meldebescheiningung", "meldebescheinigung", 2, 1}, // one letter too many
		{"anmleden", "anmelden", 1, 1},
		{"zustendig", "zustaendig", 1, 1}, // one letter missing
		{"german", "gelten", 1, 2},        // beyond the limit: limit+1
		{"abc", "abc", 1, 0},
		{"bauantrag", "bauantrxg", 1, 1},
	} {
		if got := new(typoRows).distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
		// The letter sets of words within the limit differ in at most two
		// bits per typo, or correct would pass them over.
		if diff := bits.OnesCount32(letterSet(tt.a) ^ letterSet(tt.b)); tt.want <= tt.limit && diff > 2*tt.want {
			t.Errorf("%q and %q: letter sets differ in %d bits, more than twice %d typos", tt.a, tt.b, diff, tt.want)
		}
	}
}

func TestAnalyzeCorrectsTypos(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "fs", Title: "Führerschein umtauschen", Language: "de"},
		{ID: "mb", Title: "Meldebescheinigung beantragen", Language: "de"},
		{ID: "mbs", Summary: "Die Meldebescheinigung", Language: "de"},
		{ID: "mk", Title: "Meldebescheinigungen drucken", Language: "de"},
		{ID: "ak", Title: "Antrag auf Wohngeld", Language: "de"},
		{ID: "p1", Summary: "Parkzonen Parkzonen Parkzonen", Language: "de"},
		{ID: "p2", Summary: "Parkzonem", Language: "de"},
		{ID: "wm", Title: "Wohnmobil zulassen", Language: "de"},
	}, nil)
	checkTerms(t, &x, nil, []termCase{
		{"Führerschien umtauschen", []string{"fuhrerschein"}, []string{"fuhrerschi"}},
		{"meldebescheiningung", []string{"meldebeschein"}, nil},
		{"Antrog", nil, []string{"antrag"}},                       // too short to correct
		{"Wohngelds", []string{"wohngeld"}, nil},                  // known through its stem: no correction needed
		{"Xührerschein", []string{"xuhrerschein"}, nil},           // the first letter must agree
		{"Parkzonex", []string{"parkzon"}, []string{"parkzonem"}}, // of two words one typo away, the more frequent
		{"Wohnmobix", []string{"wohnmobil"}, nil},                 // a changed letter: two letters differ in the sets
	})
	// A word the catalogue lacks is corrected to a lexicon phrase's word.
	lex, err := ParseLexicon(strings.NewReader("Wohngeld = Mietzuschuss"), "test.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	checkTerms(t, &x, lex, []termCase{{"Mietzuschus", []string{"wohngeld"}, nil}})
	// A word of a longer phrase is known, not a typo of a one-word phrase.
	lex, err = ParseLexicon(strings.NewReader("Energiesperre = cut off my electricity\nHandwerk = electrician"), "test.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	checkTerms(t, &x, lex, []termCase{{"they cut off our electricity", []string{"energiesperr"}, []string{"handwerk"}}})
	// A misspelt word of a longer phrase is read as the phrase's word.
	lex, err = ParseLexicon(strings.NewReader("Abwesenheitspfleger = disappeared years ago"), "test.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	checkTerms(t, &x, lex, []termCase{
		{"my cousin dissapeared years ago", []string{"abwesenheitspfleg"}, nil},
		{"my cousin dissapeared", []string{"dissapear"}, []string{"disappear"}}, // the phrase does not match: as written
	})
}
