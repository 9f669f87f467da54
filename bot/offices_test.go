package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestOfficesOf(t *testing.T) {
	for title, want := range map[string][]string{
		"Beratung und Unterstützung bei der Ausübung des Umgangsrechts und Begleiteter Umgang - Jugendamt": {"jugendamt"},
		"Betreuung - Beratung und Unterstützung durch die Betreuungsbehörde":                               {"betreuungsbehoerde"},
		"Familiensachen - Umgangsrecht regeln":                                                             nil,
		"Amtsvormundschaft - Amtspflegschaft - Jugendamt":                                                  {"jugendamt"},
		"Baustelle - Arbeitsstelle sichern und Verkehr regeln":                                             nil, // a place, not an office
	} {
		if got := officesOf(title); !slices.Equal(got, want) {
			t.Errorf("officesOf(%q) = %v, want %v", title, got, want)
		}
	}
}

// A sibling of an office's service ranks lower only when the sentences
// that ask ask the office for help.
func TestOtherThanOffice(t *testing.T) {
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	court, office := cand("Familiensachen - Umgangsrecht regeln"),
		cand("Beratung und Unterstützung bei der Ausübung des Umgangsrechts und Begleiteter Umgang - Jugendamt")
	cands := []candidate{court, office}
	for q, want := range map[string][]bool{
		"Mein Ex lässt mich mein Kind nicht sehen. Kann das Jugendamt helfen?":                      {true, false},
		"My ex won't let me see my daughter. Can the Jugendamt help arrange visits?":                {true, false},
		"Does the Jugendamt organise supervised visits?":                                            {true, false},
		"Das Jugendamt konnte uns nicht helfen. Wie regelt das Gericht den Umgang?":                 {false, false}, // the office in a sentence that tells
		"Muss ich die Besuchsregelung beim Jugendamt eintragen lassen?":                             {false, false}, // no help asked
		"Kann das Jugendamt helfen, oder muss ich wegen der Familiensachen gleich zum Gericht?":     {false, false}, // the court's own noun asked
		"Kann das Gesundheitsamt helfen, den Umgang mit meinem Kind zu regeln?":                     {false, false}, // another office
		"Das Jugendamt hilft uns nicht, wie beantrage ich beim Gericht eine Regelung des Umgangs?":  {false, false}, // negated
		"Hilft mir das Familiengericht beim Umgangsrecht oder muss ich zuerst zum Jugendamt gehen?": {false, false}, // the help is the court's
	} {
		if got := otherThanOffice(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherThanOffice(%q) = %v, want %v", q, got, want)
		}
	}
	if got := otherThanOffice("Kann das Jugendamt helfen?", []candidate{cand("Gewerbe anmelden"), office}); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("a candidate sharing no noun: %v, want none", got)
	}
}

func TestAnswerPrefersTheOfficeAsked(t *testing.T) {
	b := siblings(t, "Familiensachen - Umgangsrecht regeln",
		"Beratung und Unterstützung bei der Ausübung des Umgangsrechts und Begleiteter Umgang - Jugendamt")
	wantFirst(t, b, map[string]string{
		"Mein Ex lässt mich mein Kind nicht sehen. Kann das Jugendamt beim Umgangsrecht helfen?": "second",
		"Mein Ex lässt mich mein Kind nicht sehen. Wie regle ich das Umgangsrecht?":              "first",
	})
}
