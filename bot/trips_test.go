package bot

import (
	"testing"

	"citizenbot/knowledge"
)

func TestDisruptedTrip(t *testing.T) {
	vaccine := []candidate{{entry: knowledge.Entry{Title: "Impfschaden - Entschädigung für Opfer von Impfschäden beantragen"}}}
	lostProperty := []candidate{{entry: knowledge.Entry{Title: "Fundsachen - Verlorene Sachen zurückbekommen"}}}
	for _, tt := range []struct {
		q     string
		cands []candidate
		want  string
	}{
		{"Mein Flug nach Lissabon wurde zwei Tage vorher annulliert. Steht mir eine Entschädigung zu?", nil, airline},
		{"Flug mit Eurowings nach Palma hatte 5 Stunden Verspätung. Steht mir eine Entschädigung zu?", vaccine, airline},
		{"Mein ICE ist gestern ausgefallen. Wie bekomme ich von der Bahn Geld zurück?", lostProperty, railway},
		{"Our train was cancelled and we missed the connection. How do we get a refund?", nil, railway},
		{"My flight to Rome was delayed by six hours. Am I entitled to compensation?", nil, airline},
		{"Unser Flug wurde gestrichen und die Airline bietet nur einen Gutschein an. Kriegen wir das Geld zurück?", nil, airline},
		// no money asked back
		{"My flight home was cancelled and my Schengen visa expires tomorrow. How can I extend it?", nil, ""},
		// the train is where the loss happened
		{"Ich habe meinen Koffer im ICE vergessen, der hatte Verspätung. Wie bekomme ich ihn zurück?", nil, ""}, // no money asked
		// "ice" is no train in English; a fee or an office asked is the city's
		{"I slipped on the ice and my surgery was delayed. Can I get compensation?", nil, ""},
		{"My passport was not ready in time and my flight was cancelled. Can I get a refund of the express fee?", nil, ""},
		{"Mein Pass war nicht fertig und mein Flug wurde storniert. Bekomme ich die Gebühr für den Expresspass erstattet?", nil, ""},
		{"My ICE to Munich was cancelled. How do I get a refund?", nil, railway},
		// no disruption
		{"Ich bin mit dem Zug zum Gericht gefahren. Bekomme ich die Fahrt erstattet?", nil, ""},
		// the sentences that ask name the best entry by its title
		{"Mein Flug musste wegen des Impfschadens storniert werden. Wo beantrage ich eine Entschädigung für den Impfschaden?", vaccine, ""},
	} {
		if got := disruptedTrip(tt.q, tt.cands); got != tt.want {
			t.Errorf("disruptedTrip(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
