package bot

import "testing"

func TestAsksErrand(t *testing.T) {
	for q, want := range map[string]bool{
		"Could you please order me a taxi to Hauptbahnhof for 7 am?":                           true,
		"Kannst du mir einen Tisch beim Italiener reservieren?":                                true,
		"Können Sie mir für morgen früh ein Taxi rufen?":                                       false, // "Sie" addresses an office too
		"Can you book me a flight to Rome?":                                                    true,
		"Can you book me an appointment at the Bürgeramt?":                                     false, // an appointment is the city's
		"Can you book me a slot for the taxi licence test?":                                    false, // a permit
		"Can you tell me where I apply for a licence to drive a taxi?":                         false, // a permit
		"How do I get a licence to drive a taxi?":                                              false, // does not address the bot
		"Can you tell me whether I may call a taxi in the evening?":                            false, // the verb is far from the request
		"Wo kann ich einen Tisch vor meinem Café beantragen?":                                  false, // does not address the bot
		"Kannst du mir einen Termin für den Reisepass buchen, ich will einen Flug buchen?":     false, // an appointment
		"Can you order the certificate for me at the Bürgeramt, I am in a hotel?":              false, // an office
		"Can you order a hotel room for the naturalisation ceremony at the Bürgeramt?":         false, // an office
		"Kannst du mir sagen, ob ich für das Taxi zum Flughafen eine Quittung bestellen kann?": false, // the object far from the verb
		"Could you book me in for the citizenship test and tell me which hotel is near?":       false, // the object far from the verb
	} {
		if got := asksErrand(q); got != want {
			t.Errorf("asksErrand(%q) = %v, want %v", q, got, want)
		}
	}
}
