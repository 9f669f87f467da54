package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestAnalyzeJoinsSeparableVerbs(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "an", Title: "Wohnung anmelden", Language: "de"},
		{ID: "ab", Title: "Wohnung abmelden", Language: "de"},
		{ID: "fest", Title: "Festnahme melden", Language: "de"},
	})
	lex, err := ParseLexicon(strings.NewReader("Wohnung anmelden = ummelden\nMeldebescheinigung = mich anmelden"), "test.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		question string
		want     []string // stems that must be among the query's terms
		not      []string // and that must not
	}{
		{"Wie melde ich mich an?", []string{"anmeld"}, []string{"abmeld"}},
		{"Wie melde ich mich ab, wenn ich wegziehe?", []string{"abmeld"}, []string{"anmeld"}},
		{"Wann melde ich mich? Ich ziehe an den Stadtrand.", nil, []string{"anmeld"}}, // "an" is not at the end of the verb's clause
		{"Was brauche ich, um mich umzumelden?", []string{"anmeld", "wohnung"}, []string{"umzumeld", "brauch"}},
		{"Wo melde ich mich an?", []string{"meldebeschein"}, nil}, // the joined verb stands where "an" stood: "mich anmelde"
		{"Ich kriege das eigentlich nicht hin", nil, []string{"krieg", "eigentlich"}},
	} {
		words, _ := x.analyze(tt.question, lex)
		var got []string
		for _, w := range words {
			got = append(got, w.forms...)
		}
		for _, s := range tt.want {
			if !slices.Contains(got, s) {
				t.Errorf("%q: terms %v, want %q among them", tt.question, got, s)
			}
		}
		for _, s := range tt.not {
			if slices.Contains(got, s) {
				t.Errorf("%q: terms %v, do not want %q", tt.question, got, s)
			}
		}
	}
}
