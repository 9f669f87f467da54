package bot

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestDoneParts(t *testing.T) {
	for _, tt := range []struct{ text, done, asked string }{
		{"Ich habe mich letzte Woche angemeldet. Wie finde ich einen Stromanbieter?",
			"Ich habe mich letzte Woche angemeldet.", "Wie finde ich einen Stromanbieter?"},
		{"Gewerbe ist angemeldet, ich mache ein Café auf. Lohnt sich ein Vollautomat?",
			"Gewerbe ist angemeldet", "Lohnt sich ein Vollautomat?"},
		{"Habe meinen Führerschein umschreiben lassen, jetzt hab ich den deutschen. Welches Carsharing nimmt mich?",
			"Habe meinen Führerschein umschreiben lassen", "Welches Carsharing nimmt mich?"},
		{"Ich habe gerade eine GmbH gegründet. Wie viel Gewerbesteuer kommt auf mich zu?",
			"Ich habe gerade eine GmbH gegründet.", "Wie viel Gewerbesteuer kommt auf mich zu?"},
		{"The Anmeldung is done, we moved in on Monday. Which internet provider is fastest?",
			"The Anmeldung is done", "Which internet provider is fastest?"},
		{"Can the Anmeldung be done online? I move on Monday.", "", ""}, // asks, tells nothing done
		// a clause that asks before the clause that ends the sentence
		{"My taxi licence was issued last week. How do I get the car registered as a taxi – do I go to the registration office?",
			"My taxi licence was issued last week.", "How do I get the car registered as a taxi, do I go to the registration office?"},
		{"Wir sind ein Verein und möchten unsere Kosten prüfen lassen. An wen wenden wir uns?", "", ""}, // a wish of several, not done
		{"I have a Blue Card, which I renewed last month – can I change jobs?", // a relative clause tells
			"which I renewed last month", "I have a Blue Card, can I change jobs?"},
		{"I did my Anmeldung two weeks ago. Which bank will open an account?",
			"I did my Anmeldung two weeks ago.", "Which bank will open an account?"},
		{"Got my Blue Card last month. Is a non-compete clause enforceable?",
			"Got my Blue Card last month.", "Is a non-compete clause enforceable?"},
		{"My residence permit was just extended. Does my landlord need a copy?",
			"My residence permit was just extended.", "Does my landlord need a copy?"},
		{"We got married in May, can I take a day off work?", "We got married in May", "can I take a day off work?"},
		{"Wir haben die Erlaubnis schon, das Labor startet aber erst im Mai. Muss ich dem Amt Bescheid geben?",
			"Wir haben die Erlaubnis schon", "Muss ich dem Amt Bescheid geben?"},
		{"Ich habe meinen Ausweis als verloren gemeldet und jetzt ist er wieder da. Was muss ich tun?",
			"Ich habe meinen Ausweis als verloren gemeldet", "Was muss ich tun?"},
		// What a done clause goes on to tell after its done verb is not done.
		{"hab meinen reisepass als verloren gemeldet und jetzt doch in der jacke wiedergefunden. muss ich das irgendwo melden?",
			"hab meinen reisepass als verloren gemeldet", "muss ich das irgendwo melden?"},
		{"Ich habe Kindergeld und Elterngeld beantragt. Wie finde ich eine Kita?",
			"Ich habe Kindergeld und Elterngeld beantragt.", "Wie finde ich eine Kita?"},
		// A clause that tells what is wanted asks too.
		{"I'm registered in Munich. Now Berlin should become my main residence. How do I switch?",
			"I'm registered in Munich.", "Now Berlin should become my main residence., How do I switch?"},
		{"Ich habe mein Testament beim Amtsgericht hinterlegen lassen. Jetzt möchte ich es zurückhaben. Wie geht das?",
			"Ich habe mein Testament beim Amtsgericht hinterlegen lassen.", "Jetzt möchte ich es zurückhaben., Wie geht das?"}, // a wish refers back, and still asks
		{"Ich habe Wohngeld beantragt. Das kann dauern. Wo finde ich eine Kita?",
			"Ich habe Wohngeld beantragt.", "Wo finde ich eine Kita?"}, // what can be asks nothing
		// ... unless the question asks what else is needed.
		{"Ich will Spielautomaten aufstellen. Die Erlaubnis als Aufsteller hab ich schon – was brauch ich noch?",
			"Die Erlaubnis als Aufsteller hab ich schon", "was brauch ich noch?"},
		{"Ausweis wiedergefunden nachdem ich ihn als verloren gemeldet hab, was nun?",
			"nachdem ich ihn als verloren gemeldet hab", "Ausweis wiedergefunden, was nun?"}, // the finding is asked about
		{"I already have a residence permit. How do I get the settlement permit?",
			"I already have a residence permit.", "How do I get the settlement permit?"},
		// Nothing done: lost, not yet, wished, only possible, an exam passed.
		{"Ich habe meinen Pass verloren. Was muss ich tun?", "", ""},
		{"Ich bin noch nicht angemeldet. Kann ich ein Konto eröffnen?", "", ""},
		{"I haven't registered yet. Can I open an account?", "", ""},
		{"I want to be officially approved as an expert. Where do I apply?", "", ""},
		{"Before it can be registered I need an exemption. Where?", "", ""},
		{"Just passed my state exam. How do I get the licence?", "", ""},
		{"I got a parking fine. How do I pay it?", "", ""},
		{"Ich habe schon wieder keinen Termin bekommen. Wo gibt es einen?", "", ""},
		{"Wir haben im Mai geheiratet und ich brauche eine Eheurkunde für die Krankenkasse. Wo?", "", ""},
		// The clause that asks is never done.
		{"Buying a house – how do I check if any Baulasten are registered on the plot?", "", ""},
		// The question refers back to what is done.
		{"I applied for asylum and my paper expires soon. How do I get it extended?", "", ""},
		{"Ich habe Wohngeld beantragt. Muss ich dafür Kontoauszüge einreichen?", "", ""},
		{"I applied for housing benefit in May. What happens next?", "", ""},
		// Done abroad, not here; done here too.
		{"Ich hab in Polen einen Wagen gekauft und dort angemeldet. Was brauche ich für die Zulassung in Berlin?", "", ""},
		{"Ich hab mich in den Niederlanden angemeldet und dort gewohnt. Was brauche ich für die Anmeldung in Berlin?", "", ""},
		{"Wir haben in Dänemark geheiratet und beim Standesamt in Berlin nachtragen lassen. Wo bekommen wir eine Urkunde?",
			"Wir haben in Dänemark geheiratet und beim Standesamt in Berlin nachtragen lassen.", "Wo bekommen wir eine Urkunde?"},
		// Nothing asked.
		{"Ich habe mich angemeldet und brauche eine Meldebescheinigung", "", ""},
	} {
		done, asked := doneParts(tt.text)
		if done != tt.done || asked != tt.asked {
			t.Errorf("doneParts(%q) = %q, %q; want %q, %q", tt.text, done, asked, tt.done, tt.asked)
		}
	}
}

// The service a message tells the citizen has had is left out, unless what
// it asks finds that service too.
func TestAnswerLeavesOutServiceDone(t *testing.T) {
	anmeldung := knowledge.Entry{ID: "anmeldung", Title: "Anmeldung einer Wohnung", Language: "de"}
	hit := knowledge.Hit{ID: "anmeldung", Title: anmeldung.Title, Score: 0.03, Similarity: 0.6}
	const (
		done  = "Ich habe mich letzte Woche angemeldet."
		asked = "Wie bekomme ich einen Bewohnerparkausweis?"
	)
	for _, tt := range []struct {
		name      string
		askedHits []knowledge.Hit
		want      Status
	}{
		{"asked finds nothing", nil, NoAnswer},
		{"asked finds it too", []knowledge.Hit{hit}, Answered},
	} {
		kb := newFakeKB(t, anmeldung)
		kb.hits = []knowledge.Hit{hit}
		kb.hitsFor = map[string][]knowledge.Hit{asked: tt.askedHits}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Lang: "de", Text: done + " " + asked}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != tt.want {
			t.Errorf("%s: status %s, want %s", tt.name, r.Status, tt.want)
		}
		if len(kb.queries) != 3 {
			t.Errorf("%s: %d searches, want 3 (message, done, asked)", tt.name, len(kb.queries))
		}
	}
}

// Sentences that ask what else is needed do not ask for the service had,
// whatever search finds for them alone.
func TestAnswerLeavesOutServiceHadForRemainder(t *testing.T) {
	licence := knowledge.Entry{ID: "licence", Title: "Fischereischein beantragen", Language: "de"}
	hit := knowledge.Hit{ID: "licence", Title: licence.Title, Score: 0.03, Similarity: 0.6}
	const done = "Den Fischereischein habe ich schon."
	for asked, want := range map[string]Status{
		"Was brauche ich sonst noch zum Angeln?": NoAnswer,
		"Wie lange gilt der für das Angeln?":     Answered,
	} {
		kb := newFakeKB(t, licence)
		kb.hits = []knowledge.Hit{hit}
		kb.hitsFor = map[string][]knowledge.Hit{asked: {hit}}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Lang: "de", Text: done + " " + asked}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != want {
			t.Errorf("%q: status %s, want %s", asked, r.Status, want)
		}
	}
}

// Sentences that ask what else is needed keep the service had when they
// name its title or tell of a move that needs it again.
func TestAnswerKeepsServiceHadForRemainder(t *testing.T) {
	anmeldung := knowledge.Entry{ID: "anmeldung", Title: "Anmeldung einer Wohnung", Language: "de"}
	hit := knowledge.Hit{ID: "anmeldung", Title: anmeldung.Title, Score: 0.03, Similarity: 0.6}
	for _, text := range []string{
		"Ich habe mich schon angemeldet. Was brauche ich sonst noch für die Anmeldung der Wohnung?",
		"Ich habe mich schon angemeldet. Ich ziehe nächsten Monat innerhalb Musterstadts um. Was brauche ich sonst noch?",
	} {
		kb := newFakeKB(t, anmeldung)
		kb.hits = []knowledge.Hit{hit}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Lang: "de", Tenant: testTenant(), Text: text}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != Answered {
			t.Errorf("%q: status %s, want %s", text, r.Status, Answered)
		}
	}
}

func TestSentencesOfNumbers(t *testing.T) {
	for text, want := range map[string][]string{
		"Wir feiern am 3. Juni. Brauche ich eine Genehmigung?":   {"Wir feiern am 3. Juni.", "Brauche ich eine Genehmigung?"},
		"Die Zahlung muss bis zum 10. Kann ich sie verschieben?": {"Die Zahlung muss bis zum 10.", "Kann ich sie verschieben?"},
		"Ich bin 19. Darf ich allein ausziehen?":                 {"Ich bin 19.", "Darf ich allein ausziehen?"},
		"Hat der Markt am 24.12. noch offen?":                    {"Hat der Markt am 24.12. noch offen?"},
		"Das kostet 3.5 Euro.":                                   {"Das kostet 3.5 Euro."},
		"Ich wohne seit 2019. Was muss ich tun?":                 {"Ich wohne seit 2019.", "Was muss ich tun?"},
	} {
		if got := sentencesOf(text); !slices.Equal(got, want) {
			t.Errorf("sentencesOf(%q) = %q, want %q", text, got, want)
		}
	}
}
