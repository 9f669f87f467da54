package bot

import "testing"

func TestSignsUpWithProvider(t *testing.T) {
	for q, want := range map[string]bool{
		"Wie funktioniert die Anmeldung beim Urban Sports Club?":                  true,
		"How does the Anmeldung at Boulderklub Kreuzberg work?":                   true,
		"Was kostet die Abmeldung beim Fitnessstudio?":                            true,
		"Nagelstudio im Wohnzimmer eröffnen, Anmeldung beim Amt?":                 false, // a business
		"magnetic field machine in my studio registration":                        false, // one's own studio
		"How do I do the Abmeldung for my newspaper subscription?":                true,
		"Wie funktioniert die Anmeldung beim Bürgeramt?":                          false, // the city's registration
		"Ich will mein Laser-Studio anmelden, bei welcher Stelle?":                false, // a business registering
		"I need my Anmeldung before I can join the gym. How do I book a slot?":    false, // the address
		"Where do I do the Anmeldung? I found a flat near the gym. Is that okay?": false, // not in one sentence
	} {
		if got := signsUpWithProvider(q); got != want {
			t.Errorf("signsUpWithProvider(%q) = %v, want %v", q, got, want)
		}
	}
}
