package bot

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestTwinOf(t *testing.T) {
	for _, tt := range []struct {
		title string
		with  int
		heads []string
	}{
		{"Eheschließung (mit Auslandsbeteiligung) anmelden", caseWith, []string{"auslandsbeteiligung"}},
		{"Eheschließung (ohne Auslandsbeteiligung) anmelden", caseWithout, []string{"auslandsbeteiligung"}},
		{"Ausfuhrkennzeichen für Neuwagen mit Fahrzeugbrief bzw. Zulassungsbescheinigung Teil II", caseWith,
			[]string{"fahrzeugbrief", "zulassungsbescheinigung"}}, // "Teil" is too short to be a head
		{"Schwerbehindertenausweis - Beiblatt mit oder ohne Wertmarke beantragen", caseNone, nil}, // both cases
		{"Reisepass beantragen", caseNone, nil},
		{"Termin mit uns vereinbaren", caseNone, nil}, // no head
	} {
		got := twinOf(tt.title)
		if got.with != tt.with || !slices.Equal(got.heads, tt.heads) {
			t.Errorf("twinOf(%q) = %d %v, want %d %v", tt.title, got.with, got.heads, tt.with, tt.heads)
		}
	}
	if a, b := twinOf("Eheschließung (mit Auslandsbeteiligung) anmelden"), twinOf("Eheschließung (ohne Auslandsbeteiligung) anmelden"); a.key != b.key {
		t.Errorf("twins' keys differ: %q, %q", a.key, b.key)
	}
	if a, b := twinOf("Eheschließung (Mit Auslandsbeteiligung) anmelden"), twinOf("Eheschließung (ohne Auslandsbeteiligung) anmelden"); a.key != b.key {
		t.Errorf("twins' keys differ by the case word's capital: %q, %q", a.key, b.key)
	}
	if a, b := twinOf("Eheschließung (mit Auslandsbeteiligung) anmelden"), twinOf("Lebenspartnerschaft (ohne Auslandsbeteiligung) anmelden"); a.key == b.key {
		t.Errorf("keys of titles that differ elsewhere are alike: %q", a.key)
	}
}

func TestTwinCase(t *testing.T) {
	lex := knowledge.DefaultLexicon()
	brief := []string{"fahrzeugbrief", "zulassungsbescheinigung"}
	abroad := []string{"auslandsbeteiligung"}
	for _, tt := range []struct {
		question string
		heads    []string
		want     int
	}{
		{"Ich habe einen neuen Transporter aus Korea eingeführt, einen Fahrzeugbrief habe ich nicht.", brief, caseWithout},
		{"Neuer Transporter aus Korea, ohne Fahrzeugbrief. Welche Kennzeichen bekomme ich?", brief, caseWithout},
		{"I imported a new van and there's no vehicle title for it.", brief, caseWithout},       // the lexicon's word for it
		{"The dealer didn't give me any German vehicle title for the van.", brief, caseWithout}, // the negation six words before
		{"Neuer Transporter aus Korea, der Fahrzeugbrief liegt vor. Welche Kennzeichen bekomme ich?", brief, caseWith},
		{"Neuer Transporter aus Korea, keinen Fahrzeugbrief, aber die Zulassungsbescheinigung liegt vor.", brief, caseNone}, // both
		{"Welche Kennzeichen bekomme ich für einen neuen Transporter aus Korea?", brief, caseNone},
		{"My fiancé is Peruvian and we want to marry in Berlin.", abroad, caseWith},
		{"Wir sind beide Deutsche und wollen im Mai heiraten.", abroad, caseWithout},
		{"We want to register our wedding at the Standesamt.", abroad, caseNone},                                   // the lexicon's reading says "ohne"
		{"Neuer Transporter aus Korea, den Fahrzeugbrief habe ich, aber noch keine Kennzeichen.", brief, caseWith}, // a negation of something else
		{"The dealer sent the vehicle title but not the invoice.", brief, caseWith},                                // English "not" after the title
		{"Der Fahrzeugbrief ist beim Transport verloren gegangen.", brief, caseWithout},                            // lost
		{"Ist für die Ausfuhr ein Fahrzeugbrief nötig, oder geht es auch ohne?", brief, caseNone},                  // asked whether needed
		{"Ich habe meine Verlobte im Urlaub in Thailand kennengelernt und wir wollen heiraten.", abroad, caseNone}, // a country as a place
		{"Wir sind beide Deutsche, ich bin allerdings eingebürgert.", abroad, caseWith},                            // naturalised
		{"Our wedding guests are flying in from Canada. How do we give notice of marriage?", abroad, caseNone},     // no one of the couple
		{"Most of our wedding guests come from Canada.", abroad, caseNone},                                         // they come, not one of the couple
		{"I come from Peru and want to marry my German boyfriend.", abroad, caseWith},
		{"Mein Verlobter zieht nach der Hochzeit mit mir nach Australien.", abroad, caseNone},                                         // a country as a place
		{"Der Händler hat den Fahrzeugbrief aber nicht die Rechnung geschickt.", brief, caseWith},                                     // the negation after "aber"
		{"Ich habe einen Neuwagen in Italien gekauft, eine Zulassungsbescheinigung Teil II gibt es dafür nicht.", brief, caseWithout}, // "nicht" six words on
	} {
		if got := twinCase(tt.question, tt.heads, lex); got != tt.want {
			t.Errorf("twinCase(%q) = %d, want %d", tt.question, got, tt.want)
		}
	}
}

// Of twin services, the one for what the question says the citizen has
// or lacks comes first.
func TestAnswerPrefersTwinOfQuestion(t *testing.T) {
	b := siblings(t, "Ausfuhrkennzeichen für Neuwagen mit Fahrzeugbrief", "Ausfuhrkennzeichen für Neuwagen ohne Fahrzeugbrief")
	wantFirst(t, b, map[string]string{
		"Unser Neuwagen hat keinen Fahrzeugbrief. Welche Ausfuhrkennzeichen bekommen wir?":          "second",
		"Der Fahrzeugbrief für unseren Neuwagen liegt vor. Welche Ausfuhrkennzeichen brauchen wir?": "first",
		"Welche Ausfuhrkennzeichen bekommen wir für unseren Neuwagen?":                              "first",
	})
	b = siblings(t, "Ausfuhrkennzeichen für Neuwagen ohne Fahrzeugbrief", "Ausfuhrkennzeichen für Neuwagen mit Fahrzeugbrief")
	wantFirst(t, b, map[string]string{
		"Der Fahrzeugbrief für unseren Neuwagen liegt vor. Welche Ausfuhrkennzeichen brauchen wir?": "second",
	})
}

// Of candidates with no twin among them, none is ranked down.
func TestOtherTwinsNeedTwins(t *testing.T) {
	lex := knowledge.DefaultLexicon()
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	with, without := cand("Ausfuhrkennzeichen für Neuwagen mit Fahrzeugbrief"), cand("Ausfuhrkennzeichen für Neuwagen ohne Fahrzeugbrief")
	const question = "Unser Neuwagen hat keinen Fahrzeugbrief. Welche Ausfuhrkennzeichen bekommen wir?"
	if got := otherTwins(question, []candidate{with, without}, lex); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("twins: against %v, want [true false]", got)
	}
	if got := otherTwins(question, []candidate{with, cand("Neufahrzeug anmelden")}, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("no twin: against %v, want none", got)
	}
}

// What a message tells the citizen already has picks a twin; it is no
// service had, which the answer would leave out (see Bot.withoutDone).
func TestAnswerKeepsTwinOfDone(t *testing.T) {
	with := knowledge.Entry{ID: "with", Title: "Ausfuhrkennzeichen für Neuwagen mit Fahrzeugbrief", Language: "de"}
	without := knowledge.Entry{ID: "without", Title: "Ausfuhrkennzeichen für Neuwagen ohne Fahrzeugbrief", Language: "de"}
	const asked = "Welche Kennzeichen brauche ich für die Ausfuhr?"
	kb := newFakeKB(t, with, without)
	kb.hits = []knowledge.Hit{
		{ID: "with", Title: with.Title, Score: 0.03, Similarity: 0.6, NameFit: 0.4},
		{ID: "without", Title: without.Title, Score: 0.03, Similarity: 0.6, NameFit: 0.4},
	}
	kb.hitsFor = map[string][]knowledge.Hit{asked: nil}
	r, err := New(kb, Options{}).Answer(context.Background(), Request{Lang: "de", Text: "Den Fahrzeugbrief hat mir der Händler schon mitgegeben. " + asked}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Ranking) == 0 || r.Ranking[0] != "with" {
		t.Errorf("ranking %v, want the twin with the Fahrzeugbrief first", r.Ranking)
	}
}
