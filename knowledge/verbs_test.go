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
		{ID: "weg", Title: "Wohnungseigentumssachen (WEG-Sachen)", Language: "de"},
	}, nil)
	lex, err := ParseLexicon(strings.NewReader("Wohnung anmelden = ummelden\nMeldebescheinigung = mich anmelden\nVerlust melden = Perso weg"), "test.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	checkTerms(t, &x, lex, []termCase{
		{"Wie melde ich mich an?", []string{"anmeld"}, []string{"abmeld"}},
		{"Wie melde ich mich ab, wenn ich wegziehe?", []string{"abmeld"}, []string{"anmeld"}},
		{"Wann melde ich mich? Ich ziehe an den Stadtrand.", nil, []string{"anmeld"}}, // "an" is not at the end of the verb's clause
		{"Was brauche ich, um mich umzumelden?", []string{"anmeld", "wohnung"}, []string{"umzumeld", "brauch"}},
		{"Wo melde ich mich an?", []string{"meldebeschein"}, nil}, // the joined verb stands where "an" stood: "mich anmelde"
		{"Ich kriege das eigentlich nicht hin", nil, []string{"krieg", "eigentlich"}},
		// A prefix that joins no verb is no word to search for, but the
		// lexicon sees it.
		{"Wer räumt das Fahrrad weg?", nil, []string{"weg"}},
		{"Mein Perso ist weg", []string{"verlust"}, []string{"weg"}},
		{"Was ist eine WEG?", []string{"weg"}, nil},
		{"WIE MELDE ICH MICH AN?", []string{"anmeld"}, nil},
	})
}

func TestAnalyzeFindsInfinitivesOfVerbForms(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "an", Title: "Wohnung anmelden", Language: "de"},
		{ID: "job", Title: "Beschäftigung - Wechsel des Arbeitgebers", Language: "de"},
		{ID: "zu", Title: "Fahrzeug zulassen", Language: "de"},
		{ID: "pass", Title: "Reisepass beantragen", Language: "de"},
		{ID: "kauf", Title: "Kauf eines Hauses", Language: "de"},
		{ID: "post", Title: "Post nachsenden", Language: "de"},
	}, nil)
	lex, err := ParseLexicon(strings.NewReader("Arbeitgeberwechsel = Job wechseln"), "test.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	checkTerms(t, &x, lex, []termCase{
		{"Wenn ich den Job wechsle", []string{"wechsel", "arbeitgeberwechsel"}, nil},
		{"Ich habe mich angemeldet", []string{"anmeld"}, nil},
		{"Wer beantragt den Pass?", []string{"beantrag"}, nil},
		{"Das Auto ist zugelassen", []string{"zulass"}, nil},
		{"Ich habe es gekauft", []string{"kauf"}, nil},
		{"Post", []string{"post"}, []string{"pos"}},
		{"Schule", nil, []string{"schuleln"}},
	})
}

// termCase is a question and the stems its analysis must give (want) and
// must not give (not).
type termCase struct {
	question string
	want     []string
	not      []string
}

// checkTerms checks the terms x's analysis gives for each case.
func checkTerms(t *testing.T, x *wordIndex, lex *Lexicon, cases []termCase) {
	t.Helper()
	for _, tt := range cases {
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
