package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestRegistersOnly(t *testing.T) {
	for q, want := range map[string]bool{
		"Wir haben einen Hund aus dem Tierheim geholt. Wie melden wir ihn für die Hundesteuer an?": true,
		"adopted a dog from the Tierheim, how do I register it for dog tax?":                       true,
		"Tierheimhund adoptiert – müssen wir trotzdem Hundesteuer zahlen?":                         false, // paying
		"hund aus dem tierheim keine hundesteuer?":                                                 false,
		"Muss ich die Solaranlage anmelden oder gibt es eine Ausnahme?":                            false, // an exception
		"Wir haben einen Hund aus dem Tierheim geholt.":                                            false, // nothing asked to register
		"Muss ich den Hund aus dem Tierheim anmelden und Hundesteuer zahlen?":                      false, // paying
	} {
		if got := registersOnly(q); got != want {
			t.Errorf("registersOnly(%q) = %v, want %v", q, got, want)
		}
	}
}

// An exemption ranks lower only beside the registration of what it is
// for.
func TestOtherExemptions(t *testing.T) {
	lex := knowledge.DefaultLexicon()
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	exempt, register := cand("Hundehaltung - Befreiung von der Hundesteuer beantragen"), cand("Hundehaltung - Hund steuerlich anmelden")
	const question = "Hund aus dem Tierheim geholt – wie und bis wann melde ich ihn für die Hundesteuer an?"
	if got := otherExemptions(question, []candidate{exempt, register}, lex); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("beside the registration: %v, want [true false]", got)
	}
	if got := otherExemptions(question, []candidate{exempt, cand("Gewerbe anmelden")}, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("beside another registration: %v, want none", got)
	}
	if got := otherExemptions("Muss ich den Hund aus dem Tierheim anmelden und Hundesteuer zahlen?", []candidate{exempt, register}, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("asked about paying: %v, want none", got)
	}
	leash := cand("Hundehaltung - Befreiung von der Leinenpflicht")
	if got := otherExemptions(question, []candidate{leash, register}, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("an exemption from another duty: %v, want none", got)
	}
	if got := otherExemptions("Wie melde ich meinen Wohnsitz an?", []candidate{exempt, register}, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("the duty not named: %v, want none", got)
	}
}

func TestAnswerPrefersRegistrationToExemption(t *testing.T) {
	b := siblings(t, "Hundehaltung - Befreiung von der Hundesteuer beantragen", "Hundehaltung - Hund steuerlich anmelden")
	wantFirst(t, b, map[string]string{
		"Wir haben einen Hund aus dem Tierheim. Wie melde ich ihn für die Hundesteuer an?": "second",
		"Wir haben einen Hund aus dem Tierheim. Müssen wir Hundesteuer zahlen?":            "first",
	})
}
