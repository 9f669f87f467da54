package bot

import "testing"

func TestFamilyJoins(t *testing.T) {
	for q, want := range map[string]bool{
		"Mein Mann studiert an der TU. Unsere Tochter und ich möchten zu ihm ziehen. Was brauchen wir?": true,
		"Ich bin mit unserer kleinen Tochter nachgekommen. Was müssen wir beantragen?":                  true,
		"My husband works here. Me and our two kids want to join him. What do we need?":                 true,
		"Meine Frau soll nachkommen. Kann ich schon die Niederlassungserlaubnis beantragen?":            false,
		"Ich studiere an der TU. Welche Aufenthaltserlaubnis brauche ich?":                              false,
		"Ich will meinen Schulabschluss nachholen. Wo melde ich mich an?":                               false,
		"My wife works in Berlin. How do I register our flat? We want to join a sports club.":           false,
	} {
		if got := familyJoins(q, askedPart(q)); got != want {
			t.Errorf("familyJoins(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestPrincipalTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Aufenthaltserlaubnis zum Studium":                                             true,
		"Niederlassungserlaubnis für Fachkräfte":                                       true,
		"Aufenthaltserlaubnis für Ehepartner und Kinder von Fachkräften, Studierenden": false,
		"Aufenthaltserlaubnis für Ehepartner von Ausländern":                           false,
		"Anmeldung einer Wohnung":                                                      false,
	} {
		if got := principalTitle(title); got != want {
			t.Errorf("principalTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// A family member who joins a student gets the family's permit, though
// search ranks the student's own first.
func TestAnswerFamilyJoins(t *testing.T) {
	b := siblings(t, "Aufenthaltserlaubnis zum Studium", "Aufenthaltserlaubnis für Ehepartner und Kinder von Studierenden")
	wantFirst(t, b, map[string]string{
		"Mein Mann studiert hier. Unsere Tochter und ich möchten zu ihm ziehen. Welche Aufenthaltserlaubnis brauchen wir?": "second",
		"Ich studiere hier. Welche Aufenthaltserlaubnis brauche ich?":                                                      "first",
	})
}
