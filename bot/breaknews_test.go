package bot

import "testing"

func TestAsksHowToTell(t *testing.T) {
	for q, want := range map[string]bool{
		"Meine Eltern erwarten eine große Feier. Wie bringe ich ihnen das schonend bei?":     true,
		"Meine beste Freundin will mich als Trauzeugin. Wie sage ich ihr das?":               true,
		"Mein Chef will, dass ich Überstunden mache. Wie sage ich ihm, dass ich nicht kann?": true,
		"Wie sage ich dem Standesamt, dass wir einen anderen Termin brauchen?":               false, // an office
		"Wie sage ich ihr das? Sie heiratet morgen.":                                         true,  // the first sentence asks
		"Ich muss ihr das sagen. Wie geht die Anmeldung?":                                    false, // not asked how to tell
	} {
		if got := asksHowToTell(q); got != want {
			t.Errorf("asksHowToTell(%q) = %v, want %v", q, got, want)
		}
	}
}
