package bot

import "testing"

func TestAsksErrand(t *testing.T) {
	for q, want := range map[string]bool{
		"Could you please order me a taxi to Hauptbahnhof for 7 am?":   true,
		"Kannst du mir einen Tisch beim Italiener reservieren?":        true,
		"Können Sie mir für morgen früh ein Taxi rufen?":               true,
		"Can you book me a flight to Rome?":                            true,
		"Can you book me an appointment at the Bürgeramt?":             false, // an appointment is the city's
		"Can you book me a slot for the taxi licence test?":            false, // a permit
		"Can you tell me where I apply for a licence to drive a taxi?": false, // a permit
		"How do I get a licence to drive a taxi?":                      false, // does not address the bot
		"Can you tell me whether I may call a taxi in the evening?":    false, // the verb is far from the request
		"Wo kann ich einen Tisch vor meinem Café beantragen?":          false, // does not address the bot
	} {
		if got := asksErrand(q); got != want {
			t.Errorf("asksErrand(%q) = %v, want %v", q, got, want)
		}
	}
}
