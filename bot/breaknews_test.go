package bot

import "testing"

func TestAsksHowToTell(t *testing.T) {
	for q, want := range map[string]bool{
		"Meine Eltern erwarten eine große Feier. Wie bringe ich ihnen das schonend bei?":     true,
		"Meine beste Freundin will mich als Trauzeugin. Wie sage ich ihr das?":               true,
		"Mein Chef will, dass ich Überstunden mache. Wie sage ich ihm das, ohne Ärger?":      true,
		"Wie sage ich dem Standesamt, dass wir einen anderen Termin brauchen?":               false, // an office
		"Die Ausländerbehörde will meinen Pass sehen. Wie sage ich ihr das?":                 false, // an office named before
		"Ich bin umgezogen. Wie sage ich ihm meine neue Adresse?":                            false, // no "das" told back
		"Das Standesamt will die Geburtsurkunde. Wie bringe ich ihnen das?":                  false, // bringing, not breaking news
		"Meine Mutter ist im Heim. Wie bringe ich ihr das Formular vorbei?":                  false, // no "das" told back right after
		"Wir lassen uns scheiden. Wie sage ich ihr das? Und wo beantrage ich die Scheidung?": false, // a second question
		"Ich muss ihr das sagen. Wie geht die Anmeldung?":                                    false, // not asked how to tell
	} {
		if got := asksHowToTell(q); got != want {
			t.Errorf("asksHowToTell(%q) = %v, want %v", q, got, want)
		}
	}
}
