package bot

import "testing"

func TestAsksNameIdeas(t *testing.T) {
	for q, want := range map[string]bool{
		"Wir bekommen einen Welpen. Hast du ein paar schöne Namensideen für sie?":           true,
		"We just adopted a puppy, can you suggest some cute German dog names?":              true,
		"Hast du Vorschläge für Namen für unser Baby?":                                      true,
		"Any ideas for names for our new cat?":                                              true,
		"Habt ihr Namensvorschläge für einen Kater?":                                        true,
		"Können Sie vorschlagen, welche Namen für ein Baby erlaubt sind?":                   false, // what the register accepts
		"Wie melde ich meinen Welpen für die Hundesteuer an?":                               false,
		"Any ideas why the names of my children are spelled wrong in the registry?":         false, // names borne
		"Können Sie vorschlagen, welchen unserer Namen wir als Ehenamen nehmen sollen?":     false,
		"We want to change our children's names after the wedding – any suggestions how?":   false,
		"Hast du Ideen, wo ich die Namen meiner Großeltern in alten Registern finden kann?": false,
		"Ich möchte die Namen meiner Kinder ändern lassen. Welche Unterlagen brauche ich?":  false,
	} {
		if got := asksNameIdeas(q); got != want {
			t.Errorf("asksNameIdeas(%q) = %v, want %v", q, got, want)
		}
	}
}

// A request for name ideas gets no answer, though search finds the dog's
// registration.
func TestAnswerNameIdeas(t *testing.T) {
	b := siblings(t, "Hundehaltung - Hund steuerlich anmelden", "Hundehaltung - Hund im Hunderegister registrieren")
	if r := answerDE(t, b, "Wir bekommen einen Welpen. Hast du ein paar schöne Namensideen für ihn?"); r.Status != NoAnswer {
		t.Errorf("name ideas: status %s, want %s", r.Status, NoAnswer)
	}
	if r := answerDE(t, b, "Wir bekommen einen Welpen. Wie melde ich ihn für die Hundesteuer an?"); r.Status == NoAnswer {
		t.Errorf("registering the puppy: status %s, want an answer", r.Status)
	}
}
