package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestDiedThing(t *testing.T) {
	for q, want := range map[string]bool{
		"Unser Staffordshire-Terrier ist letzte Woche gestorben – muss ich das melden?":        true,
		"Our staffy had to be put to sleep last week.":                                         true,
		"My terrier passed away. Do I have to tell anyone?":                                    true,
		"Mein Vater ist gestorben, wie melde ich seinen Hund auf mich an?":                     false, // a person
		"My husband died and I want to keep his dog.":                                          false,
		"Our daughter died last year, we want to register her dog in our name.":                false,
		"Unser alter Hund ist gestorben, jetzt haben wir einen Welpen. Wie melde ich ihn an?":  false, // a new one
		"Der Hund gehörte meinem Vater. Er ist letzte Woche gestorben. Muss ich ihn anmelden?": false, // a person's death
		"Wir haben einen Listenhund aus dem Tierheim geholt.":                                  false, // no death
		"My dad died last month so his dog lives with me now – do I have to register it?":      false, // a person in the part
		"Bei dem Brand sind hunderte gestorben. Muss ich das melden?":                          false, // a number, no animal
	} {
		if got := diedThing(q); got != want {
			t.Errorf("diedThing(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOtherStarts(t *testing.T) {
	cands := []candidate{
		{hit: knowledge.Hit{Title: "Tiere - Hundehaltung - Anmeldung - Gefährlicher Hund"}},
		{hit: knowledge.Hit{Title: "Tiere - Hundehaltung - Gefährlicher Hund - Abmeldung"}},
		{hit: knowledge.Hit{Title: "Gewerbe anmelden"}},
	}
	for q, want := range map[string][]bool{
		"Unser Listenhund ist gestorben. Muss ich das melden?":    {true, false, false},
		"Wir haben einen Listenhund. Wo muss ich den anmelden?":   {false, false, false}, // no death
		"Mein Mann ist gestorben. Muss ich seinen Hund anmelden?": {false, false, false},
	} {
		if got := otherStarts(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherStarts(%q) = %v, want %v", q, got, want)
		}
	}
}

// A citizen whose dog died gets the deregistration, though search ranks
// the registration first.
func TestAnswerDiedThing(t *testing.T) {
	b := siblings(t, "Tiere - Hundehaltung - Anmeldung - Gefährlicher Hund", "Tiere - Hundehaltung - Gefährlicher Hund - Abmeldung")
	wantFirst(t, b, map[string]string{
		"Unser Staffordshire-Terrier ist gestorben. Er war als gefährlicher Hund gemeldet. Muss ich das melden?": "second",
		"Wir haben einen Staffordshire-Terrier geholt. Er ist ein gefährlicher Hund. Muss ich das melden?":       "first",
	})
}
