package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestAnalyzeFindsInfinitivesOfVerbForms(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "an", Title: "Wohnung anmelden", Language: "de"},
		{ID: "job", Title: "Beschäftigung - Wechsel des Arbeitgebers", Language: "de"},
		{ID: "zu", Title: "Fahrzeug zulassen", Language: "de"},
		{ID: "pass", Title: "Reisepass beantragen", Language: "de"},
		{ID: "kauf", Title: "Kauf eines Hauses", Language: "de"},
		{ID: "post", Title: "Post nachsenden", Language: "de"},
	})
	lex, err := ParseLexicon(strings.NewReader("Arbeitgeberwechsel = Job wechseln"), "test.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		question string
		want     []string // stems that must be among the query's terms
		not      []string // and that must not
	}{
		{"Wenn ich den Job wechsle", []string{"wechsel", "arbeitgeberwechsel"}, nil},
		{"Ich habe mich angemeldet", []string{"anmeld"}, nil},
		{"Wer beantragt den Pass?", []string{"beantrag"}, nil},
		{"Das Auto ist zugelassen", []string{"zulass"}, nil},
		{"Ich habe es gekauft", []string{"kauf"}, nil},
		{"Post", []string{"post"}, []string{"pos"}},
		{"Schule", nil, []string{"schuleln"}},
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
