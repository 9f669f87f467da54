package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestOutsidePlates(t *testing.T) {
	own := []string{"berlin", "berliner", "spandau", "spandauer"}
	for q, want := range map[string]bool{
		"Habe ein gebrauchtes Auto in Hamburg gekauft. Wie melde ich es in Berlin auf mich um?":       true,
		"Hab ein gebrauchtes Auto mit Münchner Kennzeichen gekauft, wie melde ich das um?":            true, // an adjective before plates
		"bought a used car, it still has Potsdam plates. how do I register it in my name?":            true,
		"Gebrauchten Golf gekauft. Der hat noch Hamburger Kennzeichen. Wie melde ich ihn um?":         true, // plates in another sentence
		"I just bought a used car from a guy in Hamburg. How do I get it registered to me here?":      true,
		"Bin von Hamburg nach Berlin gezogen und habe ein Auto gekauft. Wie melde ich es an?":         false, // a move
		"Ich bin aus Köln hergezogen und hab ein Auto gekauft, wie melde ich es um?":                  false,
		"Auto in Potsdam gekauft, hat aber schon ein Berliner Kennzeichen. Wie schreibe ich es um?":   false, // the own plates
		"Ich will mein Auto mit Münchner Kennzeichen wieder zulassen.":                                false, // nothing bought
		"Auto in Spandau gekauft, wie melde ich es auf mich um?":                                      false, // an own place
		"Ich habe ein Auto gekauft. Meine Schwester wohnt in Hamburg, kann sie es für mich ummelden?": false, // the city in another sentence
		"Gebrauchtwagen gekauft, wie melde ich den um?":                                               false,
		"Wir haben ein Haus in Potsdam gekauft. Wie schreibe ich mein Auto auf meine Frau um?":        false, // a house bought there
		"Auto von einem Potsdamer gekauft, es ist in Berlin zugelassen. Wie schreibe ich es um?":      false, // registered in the own city
		"Hab einen Hammer gekauft und ein Auto mit Hamburger Kennzeichen. Was nun?":                   true,
		"Habe einen Hammer gekauft. Wie melde ich mein Auto um?":                                      false, // a word that only looks like a city's adjective
		"Auto mit Bremer Kennzeichen gekauft, wie melde ich es um?":                                   true,
	} {
		if got := outsidePlates(q, own); got != want {
			t.Errorf("outsidePlates(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestCityOf(t *testing.T) {
	for w, want := range map[string]string{
		"hamburg": "hamburg", "hamburger": "hamburg", "muenchner": "muenchen", "munich": "munich", "koelner": "koeln",
		"bremer": "bremen", "berliner": "berlin", "fahrer": "", "kennzeichen": "", "er": "",
	} {
		if got, ok := cityOf(w); got != want || ok != (want != "") {
			t.Errorf("cityOf(%q) = %q, %v, want %q", w, got, ok, want)
		}
	}
}

// Only a title that registers a vehicle ranks lower, and only beside one
// for outside plates.
func TestOtherThanOutside(t *testing.T) {
	own := []string{"berlin", "berliner"}
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	general, outside := cand("Kraftfahrzeug - Umschreibung beantragen"), cand("Zulassung eines Fahrzeuges mit auswärtigem Kennzeichen mit Halterwechsel")
	reserve := cand("Kraftfahrzeugkennzeichen reservieren")
	const question = "Auto in Hamburg gekauft, wie melde ich es auf mich um?"
	if got := otherThanOutside(question, []candidate{general, outside, reserve}, own); !slices.Equal(got, []bool{true, false, false}) {
		t.Errorf("beside outside plates: %v, want [true false false]", got)
	}
	if got := otherThanOutside(question, []candidate{general, reserve}, own); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("no outside plates among the candidates: %v, want none", got)
	}
	if got := otherThanOutside("Auto in Spandau gekauft, wie melde ich es auf mich um?", []candidate{general, outside}, own); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("bought in an own place: %v, want none", got)
	}
}

func TestAnswerPrefersOutsidePlates(t *testing.T) {
	b := siblings(t, "Kraftfahrzeug - Umschreibung beantragen", "Zulassung eines Fahrzeuges mit auswärtigem Kennzeichen mit Halterwechsel")
	wantFirst(t, b, map[string]string{
		"Gebrauchtes Auto in Hamburg gekauft, wie schreibe ich es auf mich um?": "second",
		"Gebrauchtes Auto gekauft, wie schreibe ich es auf mich um?":            "first",
	})
}
