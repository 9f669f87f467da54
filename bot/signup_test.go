package bot

import (
	"context"
	"testing"

	"citizenbot/knowledge"
)

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

// Signing up with a club gets no answer that names the provider, although
// the address registration fits the word plainly.
func TestAnswerSignUp(t *testing.T) {
	kb := newFakeKB(t, knowledge.Entry{ID: "anmeldung", Title: "Anmeldung einer Wohnung", Language: "de"})
	kb.hits = []knowledge.Hit{{ID: "anmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.8}}
	for _, lang := range []string{"de", "en"} {
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: lang, Text: "Wie funktioniert die Anmeldung beim Urban Sports Club?"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := composeNoAnswer(testTenant(), lang, bodyName(providerSignUp, lang)); r.Status != NoAnswer || r.Text != want {
			t.Errorf("%s: reply %s %q, want %q", lang, r.Status, r.Text, want)
		}
	}
}
