package bot

import (
	"context"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestReferralFilesLoad(t *testing.T) {
	if n := referrals().Len(); n < 50 {
		t.Fatalf("referrals have %d phrases, want both files loaded", n)
	}
}

// The bodies the bot's shape rules name (contractBodies, airline, railway)
// are left sides of the referral files, so that a referral phrase of theirs
// and the rule name the same body.
func TestShapeBodiesInReferralFiles(t *testing.T) {
	lefts := map[string]bool{}
	for _, name := range []string{"de.txt", "en.txt"} {
		for _, left := range referralLefts(t, name) {
			lefts[left.text] = true
		}
	}
	for _, body := range append([]string{airline, railway}, contractBodies...) {
		if !lefts[body] {
			t.Errorf("%q is no left side of bot/referrals/*.txt", body)
		}
	}
}

// referralLeft is the left side of a rule of a referral file and its line.
type referralLeft struct {
	text string
	line int
}

// referralLefts returns the left sides of the rules of the referral file
// name, trimmed.
func referralLefts(t *testing.T, name string) []referralLeft {
	t.Helper()
	b, err := referralFiles.ReadFile("referrals/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var lefts []referralLeft
	for n, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		left, _, _ := strings.Cut(line, "=")
		lefts = append(lefts, referralLeft{strings.TrimSpace(left), n + 1})
	}
	return lefts
}

// Each referral names its body in German and in English, and both files
// name the same bodies, so that a reply can name the body in its own
// language whichever file's phrase matched.
func TestReferralBodiesPaired(t *testing.T) {
	bodies := map[string]map[string]bool{}
	for _, name := range []string{"de.txt", "en.txt"} {
		bodies[name] = map[string]bool{}
		for _, left := range referralLefts(t, name) {
			de, en, ok := strings.Cut(left.text, " | ")
			if !ok || strings.TrimSpace(de) == "" || strings.TrimSpace(en) == "" || strings.Contains(en, "|") {
				t.Errorf("%s:%d: left side %q, want `German name | English name`", name, left.line, left.text)
			}
			bodies[name][left.text] = true
		}
	}
	for left := range bodies["de.txt"] {
		if !bodies["en.txt"][left] {
			t.Errorf("de.txt names %q, en.txt does not", left)
		}
	}
	for left := range bodies["en.txt"] {
		if !bodies["de.txt"][left] {
			t.Errorf("en.txt names %q, de.txt does not", left)
		}
	}
}

// A question about what another body handles gets no answer that names
// it, unless an entry found names the request in its title or plainly
// fits the question.
func TestAnswerRefers(t *testing.T) {
	elterngeld := knowledge.Entry{ID: "elterngeld", Title: "Elterngeld beantragen", Language: "de", InfoURL: "https://service.example.de/elterngeld", Summary: "Geld für Eltern."}
	kindergeld := knowledge.Entry{ID: "kindergeld", Title: "Kindergeld - Auskunft", Language: "de", InfoURL: "https://service.example.de/kindergeld", Summary: "Auskunft."}
	dismissal := knowledge.Entry{ID: "dismissal", Title: "Schwerbehinderung - Zustimmung zur Kündigung beantragen", Language: "de", InfoURL: "https://service.example.de/dismissal", Summary: "Zustimmung."}
	abmeldung := knowledge.Entry{ID: "abmeldung", Title: "Abmeldung einer Wohnung", Language: "de", InfoURL: "https://service.example.de/abmeldung", Summary: "Abmelden beim Wegzug."}
	witness := knowledge.Entry{ID: "witness", Title: "Zeuginnen und Zeugen - Entschädigung beantragen", Language: "de", InfoURL: "https://service.example.de/witness", Summary: "Geld für Zeugen."}
	evb := knowledge.Entry{ID: "evb", Title: "Kraftfahrzeug - elektronische Versicherungsbestätigung", Language: "de", InfoURL: "https://service.example.de/evb", Summary: "Die eVB-Nummer."}
	for _, tt := range []struct {
		name, lang, question string
		hits                 []knowledge.Hit
		want                 Status
		wantText             string
	}{
		{"neighbour found", "de", "Wie beantrage ich Kindergeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Familienkasse"},
		{"nothing found", "en", "How do I apply for child benefit?", nil, NoAnswer, "Familienkasse"},
		{"English referral", "en", "Which health insurance should I choose?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.4}}, NoAnswer, "health insurance fund"},
		{"finding a doctor", "en", "Can you recommend an English-speaking pediatrician?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "116117"},
		{"finding a dentist", "en", "Can you recommend a good English-speaking dentist in Prenzlauer Berg?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "dentist search"},
		{"a conciliation hearing's date", "de", "Ich habe gegen meine Kündigung geklagt. Wann bekomme ich den Termin für die Güteverhandlung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Gericht Ihres Verfahrens"},
		{"a court date moved", "en", "My hearing at the Arbeitsgericht was postponed. Where do I find out the new date for my case?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "court handling your case"},
		{"roads closed for the marathon", "de", "Welche Straßen sind beim Marathon gesperrt? Ich muss früh los.",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a special termination", "de", "vodafone will noch 3 monate geld obwohl ich umgezogen bin. wie mach ich die sonderkündigung?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.4, NameFit: 0.2}}, NoAnswer, "Anbieter selbst"},
		{"car insurance cancelled, a title naming insurance", "de", "Muss ich die Kfz-Versicherung wirklich bis 30. November kündigen, wenn ich wechseln will?",
			[]knowledge.Hit{{ID: "evb", Score: 0.03, Similarity: 0.4, NameFit: 0.2}}, NoAnswer, "Ihre Versicherung"},
		{"car insurance by its plain name", "de", "Bis wann muss ich meine Autoversicherung kündigen?",
			[]knowledge.Hit{{ID: "evb", Score: 0.03, Similarity: 0.4, NameFit: 0.2}}, NoAnswer, "Ihre Versicherung"},
		{"insurance confirmation for a registration", "de", "Wo bekomme ich die Versicherungsbestätigung für die Zulassung?",
			[]knowledge.Hit{{ID: "evb", Score: 0.03, Similarity: 0.5, NameFit: 0.4}}, Answered, ""},
		{"duty-free allowances", "de", "wie viele zigaretten darf ich zollfrei aus der türkei mitbringen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Zoll"},
		{"the whole bill", "en", "The tradesman left a mess and wants full payment. Do we have to pay the whole bill?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "consumer advice"},
		{"day trips for tourists as a business", "de", "Welche Genehmigung brauche ich, wenn ich mit meinem Van gewerblich Tagesausflüge für Touristen fahren will?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"day trips after a licence", "en", "Just got my US licence converted to a German one! What are some nice day trips from Berlin by car?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"day trips with a new licence", "en", "With my new driving licence, which nice day trips from Berlin do you recommend?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"day trips for tourists", "de", "Welche Tagesausflüge für Touristen lohnen sich?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Tourist-Information"},
		{"roads closed for the marathon, in English", "en", "Which roads are closed for the Berlin Marathon on Sunday? I need to drive to BER.",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a market stall that takes cash only", "en", "When does Street Food Thursday at the Markthalle start, and is it cash only?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"paying a tax in cash", "en", "pay tax arrears finanzamt – cash possible or only bank transfer?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a permit for a sale on a supermarket's car park", "de", "Wir wollen auf dem Parkplatz vom Supermarkt Weihnachtsbäume verkaufen. Brauchen wir dafür eine Erlaubnis vom Amt?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a parent's permission for the army", "de", "Mein Sohn ist 17 und will zur Bundeswehr. Braucht er dafür eine Genehmigung von uns Eltern?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Bundeswehr"},
		{"a fine on a supermarket's car park", "de", "Ich habe auf dem Parkplatz vom Supermarkt einen Strafzettel bekommen. Muss ich den bezahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Verbraucherzentrale"},
		{"a burglary told, a police report done", "de", "Mein Waffenschein ist bei einem Einbruch weggekommen. Anzeige bei der Polizei hab ich gemacht. Wie bekomme ich einen neuen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"joining the army", "de", "Ich möchte mich freiwillig bei der Bundeswehr melden. Wo bewerbe ich mich da?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Bundeswehr"},
		{"the direct debit for the car tax", "en", "I switched banks. How do I change the direct debit for my car tax?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "customs"},
		{"a death certificate for the inheritance", "en", "My uncle died in Russia in 1944. Can we get a death certificate for the inheritance papers?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a document's purpose in another sentence", "en", "Can I get a tax certificate for the refund? And how do I get the car tax refund?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "customs"},
		{"a certificate of inheritance", "en", "My uncle died last year. Can we get a certificate of inheritance?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "probate court"},
		{"the Reichstag's dome", "de", "Muss man sich für die Reichstagskuppel vorher anmelden?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a flight named by its airline", "de", "Mein Ryanair-Flug nach Malaga kam vier Stunden zu spät an. Steht mir eine Entschädigung zu?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Fluggesellschaft"},
		{"the museums' free Sunday", "de", "Ist am Museumssonntag der Eintritt wirklich frei?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a social court's pace", "de", "Wie lange dauert beim Sozialgericht ein Verfahren um die Rente?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Gericht Ihres Verfahrens"},
		{"a pension to pay back", "de", "Die Rentenversicherung will die Witwenrente zurück. Stimmt die Rechnung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rentenversicherung"},
		{"a lease's notice period", "en", "What is the notice period for my Mietvertrag if I move out?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"ending a lease", "en", "How many months notice do I have to give to end my lease?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a constitutional complaint", "de", "Braucht man beim Bundesverfassungsgericht einen Anwalt?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundesverfassungsgericht"},
		{"a hearing in person", "en", "I got a letter about my case. Do I have to attend the hearing myself?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "court handling your case"},
		{"import tax on a parcel", "en", "My parcel from Canada is waiting for me. Will I pay import tax when I pick it up?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "customs"},
		{"film festival tickets", "en", "Where can I still buy tickets for the Berlinale?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a rainy day with children", "de", "Was kann man bei Regen mit Kindern in Berlin machen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"unpaid wages", "de", "Mein Chef zahlt seit zwei Monaten keinen Lohn. Was tun?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Arbeitsgericht"},
		// A provider named before is whom to ask when the sentences that
		// ask ask to end the contract, even when the title of a move's
		// registration plainly fits.
		{"a contract to cancel after a move", "en", "I moved to a new flat and Vodafone says they can't provide internet there. Can I cancel my contract early?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "mobile or internet provider"},
		{"a contract to end before a move", "en", "Can I end my Vattenfall electricity contract early if I move out of Berlin?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "energy supplier"},
		{"out of the contract", "de", "Ich ziehe nach Kaulsdorf und da kann O2 kein Internet liefern. Komme ich vorzeitig aus dem Vertrag raus?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "Mobilfunk- oder Internetanbieter"},
		{"a contract cancelled, a registration asked", "en", "I'm leaving Germany and already cancelled my internet contract. How do I cancel my registration here?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"a dismissal, a benefit asked", "de", "Ich arbeite bei Vattenfall und habe die Kündigung bekommen. Kann ich nach der Kündigung Elterngeld beantragen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"roads closed for works", "en", "Which roads are closed in my district for the road works next month?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a provider named, a registration asked", "de", "Vodafone hat mir gekündigt, weil ich umgezogen bin. Wie melde ich meine neue Wohnung an?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"verb first, a title names only the verb", "de", "Wie kündige ich meinen Stromvertrag bei Vattenfall?",
			[]knowledge.Hit{{ID: "dismissal", Score: 0.03, Similarity: 0.4, NameFit: 0.3}}, NoAnswer, "Energieversorger"},
		{"home office costs", "en", "How much of my home office costs can I claim on the tax return?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "tax adviser"},
		{"pension payments", "de", "Wann wird meine Rente diesen Monat überwiesen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Rentenversicherung"},
		{"the pension's day", "de", "An welchem Tag im Monat überweist die Rentenversicherung die Rente?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Rentenversicherung"},
		{"the day the pension comes", "de", "an welchem tag kommt die rente aufs konto",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Rentenversicherung"},
		{"a parcel at customs", "en", "Customs is holding a parcel my aunt sent from Canada. What do I bring to pick it up?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "customs"},
		{"school fees", "en", "Can my daughter's school fees count as special expenses on my taxes?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "tax adviser"},
		{"an asylum decision", "de", "Meine Anhörung beim BAMF war im Frühjahr. Wann kommt die Asylentscheidung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Bundesamt für Migration"},
		{"university admission", "en", "Which Abitur grade do I need for medicine, and do waiting semesters help?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "university itself"},
		{"tourist VAT", "en", "Can I get a VAT refund for the camera I am taking home to Canada?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "tax-free form"},
		{"rent increase", "de", "Mein Vermieter will die Miete um 20 % erhöhen. Darf der das überhaupt?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Mieterverein"},
		{"points in Flensburg", "de", "Wie viele Punkte in Flensburg habe ich gerade?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Kraftfahrt-Bundesamt"},
		{"the rent cap", "de", "Gilt die Mietpreisbremse auch für möblierte Wohnungen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Mieterverein"},
		{"the retirement age", "en", "What is my retirement age if I was born in 1970?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "pension insurance"},
		{"file sharing", "en", "Do I have to pay the 800 euros a law firm wants for filesharing a film?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "legal advice"},
		{"evidence in court", "de", "Zählt eine Sprachnachricht als Beweis vor Gericht?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Rechtsberatung"},
		{"a brand", "en", "How can I register a trademark for my bakery's name?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Patent and Trade Mark Office"},
		{"a drone", "de", "Wo mache ich den Drohnenführerschein für meine neue Kameradrohne?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Luftfahrt-Bundesamt"},
		{"a phone contract", "en", "How do I get out of my mobile contract early?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "mobile or internet provider"},
		{"an English question in a German chat", "de", "I want to report a burglary at my flat",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Dafür ist die Polizei (im Notfall 110) zuständig"},
		{"a German question in an English chat", "en", "Wie viele Punkte in Flensburg habe ich gerade?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "a matter for the Federal Motor Transport Authority (Kraftfahrt-Bundesamt), not"},
		{"sights", "de", "Welche Sehenswürdigkeiten sollte man in Berlin gesehen haben?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"the weather", "en", "What will the weather be like at the weekend?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "German Weather Service"},
		{"a card kept by a cash machine", "en", "Last night the ATM swallowed my debit card. Can I get it back?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your bank"},
		{"debits after cancelling", "de", "Mein Streamingdienst bucht trotz Kündigung jeden Monat weiter ab. Was tun?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Verbraucherzentrale"},
		{"a blocked card", "en", "After two payments abroad my debit card got blocked. What now?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your bank"},
		{"a card to unblock", "en", "The bank froze my card when I paid for a hotel in Spain. How can I have it unblocked?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your bank"},
		{"a phone contract while leaving, a title fits the move", "en", "We leave Germany for good in May. Can I cancel my phone contract before that?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.4, NameFit: 0.6}}, NoAnswer, "mobile or internet provider"},
		{"a phone contract while leaving, in German", "de", "Im Mai melde ich meine Wohnung ab. Kann ich den Handyvertrag vorzeitig kündigen?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.4, NameFit: 0.6}}, NoAnswer, "Mobilfunk- oder Internetanbieter"},
		{"a US travel authorisation", "en", "Going to Chicago in June with my German passport. Do I need an ESTA?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "ESTA online"},
		{"the trade mark office named", "de", "Welche Gebühren verlangt das Patent- und Markenamt für die Anmeldung meines Logos?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Patent- und Markenamt"},
		{"booking a table", "en", "Should we book a table for the Christmas dinner at that Italian place in Mitte?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a pension fund abroad", "de", "Wie bekomme ich mein Geld aus der Pensionskasse in Zürich ausgezahlt?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Pensionskasse oder der Rentenversicherer"},
		{"a university's deadline", "de", "Wann ist die Bewerbungsfrist für den Master an der Humboldt-Uni?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Hochschule selbst"},
		{"a driving test date", "en", "How long is the wait for a driving test date in Spandau?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "testing organisation"},
		{"voting in the home country", "en", "I'm Polish. Can I vote in my home country's presidential election from Berlin?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "embassy of your country of origin"},
		{"a free ceremony", "de", "Wir planen eine freie Trauung am Müggelsee. Wer darf die halten?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "freie Trauredner"},
		{"a basic account", "de", "Die Sparkasse will mir kein Konto geben. Habe ich Anspruch auf ein Basiskonto?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Ihre Bank"},
		{"a certificate of inheritance", "de", "Meine Tante ist gestorben und wir sind die Erben. Wo bekommen wir den Erbschein?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Nachlassgericht"},
		{"a student loan to repay", "en", "I finished university. How do I repay my BAföG early?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundesverwaltungsamt"},
		{"a credit report told", "en", "The letting agent wants a Schufa report from me. Where do I order it?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "SCHUFA"},
		{"switching insurers", "de", "Der Beitrag steigt schon wieder. Kann ich zum Jahresende die Versicherung wechseln?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Ihre Versicherung"},
		{"a card kept by a cash machine, in German", "de", "Am Bahnhof hat der Geldautomat meine Karte eingezogen, was nun?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Ihre Bank"},
		{"customs named in the asking sentence", "de", "Die Einfuhrsteuer ist zu hoch für mich. Kann ich beim Zoll in Raten zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Zoll"},
		{"a recycling centre", "de", "Wo ist der nächste Recyclinghof?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Stadtreinigung"},
		{"a broken delivery", "de", "Der bestellte Fernseher kam kaputt an und der Händler antwortet nicht mehr.",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Verbraucherzentrale"},
		{"an energy price", "en", "Which electricity provider is the cheapest right now?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "energy supplier"},
		{"a private pension", "de", "Lohnt sich ein Riester-Vertrag mit Mitte dreißig noch?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Finanzberatung"},
		{"Sunday shopping", "en", "Are any supermarkets open on Sundays near Ostkreuz?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "the shop itself"},
		{"an event", "de", "Wann ist der Marathon dieses Jahr und wo kann man am besten zuschauen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a foreign contribution", "en", "I worked in the UK before moving to Berlin. How do I keep paying National Insurance?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tax authority"},
		{"a place to watch", "en", "Where's the best spot to watch the fireworks?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a pool", "de", "Wie sind die Öffnungszeiten vom Schwimmbad in Pankow?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bäderbetrieb"},
		{"the pools' season", "de", "freibad saisonstart dieses jahr?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bäderbetrieb"},
		{"electricity in one's name", "de", "Ich ziehe um. Wie bekomme ich den Strom auf meinen Namen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Energieversorger"},
		{"a liability insurance", "de", "Mein Sohn hat beim Nachbarn eine Scheibe eingeschossen. Zahlt das meine Haftpflicht?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Versicherung"},
		{"a rainy day", "de", "Was kann man am Sonntag bei Regen unternehmen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a cut in small letters", "de", "das jobcenter hat mir 10 prozent gekürzt weil ich krank war. dürfen die das einfach so??",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Jobcenter"},
		{"a rainy weekend", "de", "was kann man am wochenende mit kindern machen wenns regnet?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"fireworks to watch", "de", "Von wo sieht man an Silvester das Feuerwerk am besten?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a football match", "de", "Gibt es noch Karten für das Hertha-Spiel am Samstag?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a rent increase letter", "en", "My landlord sent a Mieterhöhung letter. Do I have to accept it?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a study struck out", "de", "Das Finanzamt hat mir das Arbeitszimmer komplett gestrichen. Lohnt sich ein Einspruch?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Lohnsteuerhilfeverein"},
		{"a pension rise", "de", "wie hoch ist die rentenerhöhung dieses jahr?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rentenversicherung"},
		{"a statutory benefit", "de", "Ist eine Brille für Kinder eigentlich Kassenleistung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Ihre Krankenkasse"},
		{"a visa appointment", "de", "Meine Mutter wartet seit Monaten auf einen Visumstermin. Kann man das beschleunigen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Botschaft"},
		{"switching banks", "de", "Wie funktioniert der Kontowechselservice, wenn ich zu einer anderen Bank gehe?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bank"},
		{"electricity at the new flat", "de", "Muss ich meinen Stromvertrag selbst ummelden, wenn ich umziehe?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Energieversorger"},
		{"a flatmate's electricity share", "en", "My flatmate moved out without paying his share of the electricity bill. How can I make him pay?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a private sale as seen", "de", "Ich habe das Moped gekauft wie gesehen, jetzt ist der Motor kaputt. Was nun?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Verbraucherzentrale"},
		{"an inheritance quarrel", "de", "Wir haben einen Erbstreit unter Geschwistern. Wer hilft da?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Erbrecht"},
		{"a temporary soldier", "de", "Ich will Zeitsoldatin werden, wo melde ich mich?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundeswehr"},
		{"a parcel marked as delivered", "en", "The shop says my package was delivered, but nothing came. Who do I ask?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "parcel service"},
		{"a private parking fine", "en", "I got a private parking fine at a supermarket car park. Must I pay?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "consumer advice centre"},
		{"an internet outage", "de", "Bei uns ist seit gestern das Internet weg. Wer hilft?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Internetanbieter"},
		{"a will missing", "en", "If my wife dies without a will, who inherits the flat?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "inheritance law"},
		{"a van for a move", "de", "umzug am samstag, wo kann ich günstig einen transporter mieten?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Autovermietung"},
		{"a library", "en", "What are the library opening hours on Saturdays?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "public library"},
		{"an airline", "en", "The airline lost my luggage on the way to Berlin, who do I contact?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "the airline"},
		{"spam calls", "de", "Ich bekomme ständig Werbeanrufe, wo kann ich mich beschweren?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundesnetzagentur"},
		{"a gym brand", "de", "Wie lange ist die Kündigungsfrist, wenn ich McFit kündigen will?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Anbieter selbst"},
		{"joining the army", "en", "Does the Bundeswehr accept people over 40?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "careers centres"},
		{"a flea market", "en", "is the flohmarkt open on holidays?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"museum tickets", "en", "How much are tickets for the Neues Museum?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a late pool", "en", "Which swimming pool in Spandau stays open after 9?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "public pools"},
		{"a GP who speaks English", "en", "My Hausarzt retired. Can you suggest a practice in Mitte?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "doctor search"},
		{"a flatmate's half", "en", "My flatmate left. Must I cover the full rent alone?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a sight for the elderly", "de", "Was kann man sich mit Oma gut anschauen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"free museums", "de", "Welche Museen sind sonntags frei?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a rental car", "de", "Wo kann ich günstig ein Auto mieten?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Autovermietung"},
		{"damages for pain", "de", "Müssen wir nach dem Unfall Schmerzensgeld zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rechtsberatung"},
		{"a reference from work", "de", "Mein Arbeitszeugnis ist schlecht, darf der das?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rechtsberatung"},
		{"closed streets", "de", "Welche Straßen sind gesperrt, wenn der Marathon läuft?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a tower's tickets", "de", "Was kostet der Fernsehturm?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a will's wording", "de", "Wie soll ich mein Testament formulieren?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Erbrecht"},
		{"a rainy weekend", "de", "Am Samstag soll regnen, wohin mit den Kindern?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a cheaper insurer", "en", "Can I move to a cheaper insurer before the year ends?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your insurer"},
		{"a bank by name", "en", "Is N26 good for a student?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your bank"},
		{"rent held back", "en", "How much am I allowed to hold back for a broken heater?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"smoke from next door", "en", "Who helps when a neighbour smokes on the balcony all night?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a night ride from the airport", "en", "Is there a bus from BER airport at night?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "public transport"},
		{"a street festival's dates", "en", "when is karneval der kulturen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"the asylum office's decision", "de", "Wie lange dauert die Entscheidung vom BAMF?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "BAMF"},
		{"old banknotes", "de", "Kann ich alte D-Mark-Scheine noch umtauschen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundesbank"},
		{"unpaid overtime", "en", "My boss refuses to pay my overtime, what can I do?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "labour court"},
		{"a flatmate", "de", "Mein Mitbewohner zahlt seinen Mietanteil nicht. Was kann ich tun?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Mieterverein"},
		{"a vehicle inspection", "de", "Wo bekomme ich schnell einen TÜV-Termin für meinen Golf?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "DEKRA"},
		{"conscription", "en", "Is there still Wehrpflicht in Germany? My son turns 18 soon.",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "careers centres"},
		{"a bank named by a longer phrase than the credit agency", "en", "Which bank will open an account for me without a Schufa history?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your bank"},
		{"a chamber's fee", "en", "How much is the IHK membership fee for a small shop?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "chamber of commerce"},
		{"a doctor named in German", "en", "any english speaking hausarzt in friedrichshain",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "116117"},
		{"vehicle tax by direct debit", "de", "kfz steuer lastschrift ändern",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Zoll"},
		{"vehicle tax debited by the one named before", "de", "Das Hauptzollamt hat mir die Kfz-Steuer für den verkauften Wagen abgebucht. Wie kriege ich das zurück?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Zoll"},
		{"vehicle tax debited, told at length", "de", "Das Hauptzollamt hat mir die Kfz-Steuer für mein Auto dieses Jahr zweimal abgebucht. Wie bekomme ich das Geld zurück?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Zoll"},
		{"vehicle tax taken, in English", "en", "The Hauptzollamt took the car tax for my sold car in March. How do I get the money back?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "customs"},
		// Whoever lost what the asker gave into its care is whom to ask,
		// whatever the sentences that ask name.
		{"a suitcase the airline lost", "de", "Die Fluggesellschaft hat meinen Koffer in Istanbul verloren. Bis wann muss ich das melden, damit ich eine Entschädigung bekomme?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Fluggesellschaft"},
		{"a suitcase an airline of one word lost", "de", "Eurowings hat meinen Koffer verloren. Wo muss ich den Verlust melden?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Fluggesellschaft"},
		// A decision comes from the body that decides.
		{"a decision of the body named before", "de", "Seit drei Monaten warte ich auf das Kindergeld. Wann kommt endlich die Entscheidung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Familienkasse"},
		{"a decision of the office asked", "de", "Ich wohne neben einem Fitnessstudio. Wann entscheidet das Bauamt über meinen Antrag auf Elterngeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"how long the asylum office needs", "de", "Wie viele Monate braucht das BAMF gewöhnlich für eine Entscheidung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "BAMF"},
		{"how long the asylum office takes", "de", "Wie lange dauert beim BAMF gerade so ein Verfahren?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "BAMF"},
		{"asking the asylum office", "de", "Kann meine Schwester beim BAMF nachfragen, wie weit ihre Sache ist?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "BAMF"},
		{"an asylum case not decided", "en", "Why has nobody decided on my asylum application after a whole year?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "BAMF"},
		{"a deposit", "en", "landlord won't return my kaution, what can i do",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a deposit not returned, named in German", "en", "The landlord hasn't returned my Kaution yet. What now?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tenants' association"},
		{"a gym membership", "de", "Wie kündige ich meine Mitgliedschaft im Fitnessstudio, wenn die auf meine Mails nicht antworten?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Anbieter selbst"},
		{"a gym contract before a move", "de", "Kann ich meinen Fitnessstudio-Vertrag vor dem Umzug kündigen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Anbieter selbst"},
		{"telling the insurer a new address", "de", "Ich bin umgezogen und muss das der Hausratversicherung mitteilen. Macht das das Bürgeramt?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Versicherung"},
		{"a stolen parcel", "en", "parcel stolen from the doorstep, what now",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "parcel service"},
		{"joining the army, typed short", "en", "bundeswehr join as a foreigner?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "careers centres"},
		{"second-hand furniture", "en", "where to buy second hand furniture cheaply?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"sights for a short visit", "en", "Which sights are good for kids?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"snow for the holidays", "en", "will it snow in Berlin this year?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Weather Service"},
		{"a gym by name", "en", "how do I cancel McFit?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "the provider itself"},
		{"a delayed ICE", "en", "ICE was delayed by two hours, can I get a refund?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "rail company"},
		{"the weather on a day, typed short", "de", "wetter berlin sonntag",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Wetterdienst"},
		{"rain asked of a weekend", "de", "Wird es am Wochenende in Berlin regnen? Wir wollen an den Wannsee.",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Wetterdienst"},
		{"a permit for a tent in the rain", "de", "Wir planen ein Straßenfest. Brauchen wir für ein Zelt eine Genehmigung, falls es regnen sollte?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5}}, Answered, ""},
		{"what to do when it rains", "de", "Was kann man am Wochenende mit Kindern machen, wenn es regnet?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"an account moved to another bank", "de", "Wie wechsle ich zu einer Direktbank?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Ihre Bank"},
		{"a video posted online", "de", "Darf ich das Video vom Unfall bei Instagram posten?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rechtsberatung"},
		{"a fitness platform by name", "en", "cancel urban sports club",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "the provider itself"},
		{"fired on probation", "en", "fired in probezeit, what can I do?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "labour court"},
		{"the German embassy abroad", "en", "How long is the wait for a visa appointment at the German embassy in Accra?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "German embassy"},
		{"a photo posted online", "en", "Can I post it on Instagram if the neighbour is in the photo?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "legal advice"},
		{"dismissal on sick leave", "en", "Can they have me fired while on sick leave?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "labour court"},
		{"a complaint to the network agency beside a plainly titled entry", "en", "How do I file a complaint with the Bundesnetzagentur about my slow internet?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "Federal Network Agency"},
		{"an asylum interview told before", "en", "My asylum interview at the BAMF still hasn't been scheduled. Is there any way to find out when?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Federal Office for Migration"},
		{"a visa appointment at the German embassy, in German", "de", "Wie lange wartet man bei der Deutschen Botschaft in Islamabad auf einen Termin für das Visum?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "deutsche Botschaft"},
		{"the German embassy's time for a visa beside a plainly titled entry", "en", "How long does the German embassy in Lagos take to issue a visa?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "German embassy"},
		{"running clubs", "en", "Are there English-speaking running clubs or meetups around here?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a used bike, typed short", "en", "where to buy used bike friedrichshain",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a party's tickets", "en", "Do I need tickets for the New Year's Eve party at the Brandenburger Tor?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"the army's career advice, typed short", "de", "Bundeswehr Karriereberatung Termin Berlin",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Karrierecenter"},
		{"a paediatrician taking patients", "de", "Welcher Kinderarzt hier in der Gegend nimmt noch neue Patienten an?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Arztsuche"},
		{"a car insurance switched", "de", "Ich will meine Autoversicherung wechseln. Bis wann muss ich kündigen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Versicherung"},
		{"a typed will", "de", "Ist ein Testament gültig, wenn es am Computer getippt wurde?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Erbrecht"},
		{"a photo machine", "de", "Wo gibt's am Sonntag in Mitte einen Automaten für biometrische Passfotos?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Passbild-Automat"},
		{"liability insurance, typed short", "en", "do i need haftpflichtversicherung in germany",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your insurer"},
		{"a match on a big screen", "en", "Where can we watch the match on a big screen in Mitte?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a prepaid SIM card named in three words beside a plainly titled entry", "en", "Can I get a prepaid SIM card before my Abmeldung?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "mobile or internet provider"},
		{"a premium that went up", "en", "My car insurance went up by a third. Is there a way to pay less?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your insurer"},
		{"a visa for the US", "en", "How do I apply for a US visa for my holiday?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "destination country"},
		{"the army's careers centre by name", "de", "Karrierecenter Bundeswehr Öffnungszeiten",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Karrierecenter der Bundeswehr"},
		{"an electricity provider", "de", "Wie wechsle ich nach dem Umzug meinen Stromanbieter?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Energieversorger"},
		{"good food", "de", "gutes indisches essen in kreuzberg",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"breakfast before an appointment", "de", "Wo kann ich in der Nähe vom Rathaus frühstücken?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"Christmas markets worth a visit", "de", "Welche Weihnachtsmärkte lohnen sich?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Tourist-Information"},
		{"a playground", "en", "Is there a nice playground in Pankow?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a photo booth", "en", "I need passport photos today. Is there a photo booth near Alexanderplatz?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "photo booth"},
		{"a subscription", "de", "Wie kann ich mein Zeitungsabo kündigen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "der Anbieter selbst"},
		{"a clause in a work contract", "en", "Is a two-year non-compete clause even enforceable?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "your employer"},
		{"rain, typed in a hurry", "en", "gonna rain tmrw?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "German Weather Service"},
		{"joining the army", "de", "Kann ich mich mit 34 noch bei der Bundeswehr bewerben?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Dafür ist ein Karrierecenter der Bundeswehr"},
		{"military service", "de", "Wie lange dauert der freiwillige Wehrdienst und was verdient man da?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Dafür ist ein Karrierecenter der Bundeswehr"},
		{"a student loan", "de", "Wie beantrage ich einen KfW-Studienkredit?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Dafür ist die KfW"},
		{"a rent reduction", "de", "Die Heizung geht seit Wochen nicht. Darf ich weniger Miete zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Mieterverein"},
		{"moving costs on the tax return", "de", "Kann ich die Umzugskosten in der Steuererklärung absetzen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Steuerberatung"},
		{"the home office flat rate", "en", "How many days of home office flat rate can I put in my tax return?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "a tax adviser"},
		{"telling the employer", "de", "Ich habe jetzt einen Schwerbehindertenausweis. Muss ich das meinem Arbeitgeber sagen?",
			[]knowledge.Hit{{ID: "dismissal", Score: 0.03, Similarity: 0.4, NameFit: 0.6}}, NoAnswer, "Ihr Arbeitgeber"},
		{"a phone bill", "de", "Meine Handyrechnung ist doppelt so hoch wie sonst. Wie widerspreche ich?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Mobilfunk"},
		{"a locked ELSTER account", "de", "Mein ELSTER-Konto ist gesperrt. Wie komme ich wieder rein? Ich muss die Steuererklärung abgeben.",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "ELSTER-Team"},
		{"the weekend's weather", "en", "What's the weather going to be like this weekend?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Weather Service"},
		{"a heating bill", "de", "Der Vermieter will nach zwei Jahren eine Heizkostenabrechnung mit 900 Euro Nachzahlung. Müssen wir das zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Mieterverein"},
		{"conscription", "en", "If they bring back conscription, will I have to go to the Bundeswehr?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundeswehr"},
		{"an early cancellation", "en", "I moved and did my Ummeldung. Can I cancel my Vodafone contract early?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "mobile or internet provider"},
		{"a visa refused abroad", "en", "My brother's Schengen visa was refused by the German consulate in Lagos. How does he appeal?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "embassy or consulate"},
		{"the day pensions are paid", "en", "I'm already retired. On which day of the month does the Deutsche Rentenversicherung pay the pension?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rentenversicherung"},
		{"a care grade rated too low", "de", "Die Pflegekasse hat meine Mutter nur in Pflegegrad 2 eingestuft. Wie lege ich gegen die Einstufung Widerspruch ein?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Pflegekasse"},
		{"a child benefit number", "de", "Das Kindergeld kam noch nicht. An welchem Tag kommt das Geld bei Kindergeldnummer mit Endziffer 7?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Familienkasse"},
		{"an electricity provider for a new flat", "en", "Moving into a new flat in Pankow on 1 May. Do I have to pick an electricity provider myself?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "energy supplier"},
		{"electricity for a new flat", "de", "Wir ziehen am 1. nach Pankow. Wie melde ich den Strom in der neuen Wohnung an?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "Energieversorger"},
		{"a fee for ending a contract early", "en", "Can Vodafone charge me a fee for ending my internet contract early if they can't provide service at my new address?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "mobile or internet provider"},
		{"a dental cleaning", "de", "Zahlt die AOK eine professionelle Zahnreinigung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Krankenkasse"},
		{"a compulsory share", "de", "Mein Vater hat mich im Testament enterbt. Wie viel steht mir als Pflichtteil zu?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Erbrecht"},
		{"applying to the army", "de", "Wie bewerbe ich mich bei der Bundeswehr als Soldat auf Zeit?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Bundeswehr"},
		{"a vehicle tax refund", "en", "I sold my car in March. When will customs refund the vehicle tax I paid in advance?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Hauptzollamt"},
		{"an admission letter", "en", "I applied via uni-assist in March. When do they send out the admission letters?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "university itself"},
		{"a numerus clausus", "de", "Welchen NC brauchte man letztes Jahr für Psychologie an der HU?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Hochschule"},
		{"a pension account online", "de", "Ich komme nicht mehr in mein Online-Konto bei der Deutschen Rentenversicherung. Wie setze ich das Passwort zurück?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Rentenversicherung"},
		{"a parcel at customs", "de", "Mein Paket aus China liegt beim Zollamt. Kann mein Mitbewohner es abholen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Zoll"},
		{"a cancelled train", "en", "My train to Munich was cancelled, how do I get a refund?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "rail company"},
		{"a pharmacy at night", "de", "Welche Apotheke hat heute Nacht Notdienst?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Apotheken-Notdienst"},
		{"an entry permit abroad", "de", "Wo beantrage ich das ESTA für New York?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Dafür ist die Einreisebehörde des Reiselandes"},
		{"a single ticket", "de", "Was kostet ein Einzelfahrschein bei der BVG?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Dafür ist das Verkehrsunternehmen"},
		{"tap water", "en", "Is tap water safe to drink in Berlin?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "water supplier"},
		{"gross to net pay", "en", "How do I work out gross to net for a 60k salary?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tax adviser"},
		{"giving blood", "de", "Wo kann ich Blut spenden?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Blutspendedienst"},
		{"a Stasi file", "en", "How do I access my Stasi file?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Stasi Records Archive"},
		{"a petition", "de", "Wie kann ich eine Petition einreichen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Petitionsausschuss"},
		{"a petition in English", "en", "Where do I send a petition about school holidays?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "petitions committee"},
		{"the Reichstag's dome, in English", "en", "Can we go up the dome on the Reichstag with kids?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"free museums", "en", "Are the galleries free on the first Sunday of the month?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a fare dodging fine", "en", "I was on the tram without a valid ticket and they want 60 euros. What now?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "public transport"},
		{"a Covid test", "de", "Wie bekomme ich einen Corona-Test?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Teststelle"},
		{"school holidays", "de", "Wann sind die Sommerferien in Berlin?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Ferientermine"},
		{"a stolen bank card", "de", "Mir wurde die Bankkarte geklaut. Wie lasse ich die sperren?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "Sperr-Notruf 116 116"},
		{"a lost parcel", "en", "My parcel never arrived, who pays for it?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "parcel service"},
		{"a festival", "en", "When does the Festival of Lights start this year?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "tourist information"},
		{"a bank", "de", "Bei wem kann ich mich über meine Bank beschweren?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.2}}, NoAnswer, "BaFin"},
		{"a body in the background", "de", "Ich bekomme Bürgergeld. Wie komme ich an das vergünstigte Ticket?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"data going to the army is no wish to join it", "en", "How do I stop my data going to the Bundeswehr?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a body in the background, a document asked for", "de", "Die Familienkasse will einen Nachweis. Wie komme ich an den?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a body in the sentence before, whom to turn to asked", "de", "Die Familienkasse hat das Kindergeld nicht überwiesen. An wen wende ich mich da?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Familienkasse"},
		{"a contract in the sentence before, a pronoun in the question", "de", "Mein Handyvertrag verlängert sich um ein Jahr. Wie kann ich den kündigen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Mobilfunk"},
		{"a benefit drawn, told before a dash", "de", "Ich bekomme Bürgergeld – wie komme ich an das vergünstigte Ticket?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a benefit drawn, told before a comma", "en", "I'm on Bürgergeld, can I get the cheap ticket?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a pronoun in small letters", "de", "ich bekomme bürgergeld. wie geht das mit dem ticket?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a question in small letters after a noun", "de", "Ich bekomme Bürgergeld. wie geht das mit dem ticket?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"the city asked whether it helps", "de", "Ich bekomme kein Bürgergeld – hilft mir das Land bei der Stromrechnung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"an English question that names no matter", "en", "My Bürgergeld didn't arrive this month. What should I do?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Jobcenter"},
		{"an English question that names its matter", "en", "I'm on Bürgergeld. Can I get the cheap ticket?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a body in the question", "de", "Ich bin arbeitslos. Wie beantrage ich Bürgergeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Jobcenter"},
		{"catalogue has it", "de", "Wie beantrage ich Kindergeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5}, {ID: "kindergeld", Score: 0.029, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"plainly another service", "de", "Brauche ich für das Kindergeld Elterngeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"a title fits, a longer phrase names the matter", "en", "How do I switch my electricity provider after moving into a new flat?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "energy supplier"},
		{"a title fits, a three-word phrase asks for the benefit", "en", "I was let go by my employer. Will they still pay me unemployment benefit?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "Employment Agency"},
		{"a title fits, the benefit only named", "en", "Does unemployment benefit count as income for the parental allowance?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"a title fits the sentences that tell, the question names the matter", "en", "We get Elterngeld for our son. How much are the customs fees for a parcel from the US?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "customs"},
		{"a title fits the question, the matter told before", "en", "Our parcel was stuck at customs for weeks. How do we apply for Elterngeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"a move names a title, the question a contract", "en", "How do I cancel my mobile contract before I move back to Spain?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, NoAnswer, "mobile or internet provider"},
		{"a move names a title, a contract in the background", "en", "Moving back to Spain. My mobile contract ends early with proof. How do I get that?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.6}}, Answered, ""},
		{"an English compound in the background", "en", "My dad's wheelchair is paid for by his health insurance. Can he use the transport service?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a company's name in the background", "en", "Deutsche Bahn cancelled my train yesterday. How do I get my money back?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Deutsche Bahn"},
		{"a benefit compared with", "en", "Someone said the child allowance can be better than Kindergeld. How does that work?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a benefit asked for, compared with another", "de", "Bekomme ich Kindergeld statt Elterngeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Familienkasse"},
		{"the amount of the vehicle tax", "de", "Wie hoch wäre die Kfz-Steuer für einen kleinen Benziner?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Hauptzollamt"},
		// A referral phrase in a clause of purpose says why, not what.
		{"a purpose beside the title", "de", "Wie beantrage ich das Elterngeld, damit meine Krankenkasse Bescheid weiß?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a purpose that is the matter", "de", "Was muss ich tun, damit ich Kindergeld bekomme?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Familienkasse"},
		{"a purpose after an approval", "de", "Wie werden wir als Verein anerkannt, damit die Familien das mit der Krankenkasse abrechnen können?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a purpose that opens the sentence", "de", "Damit die Krankenkasse zahlt, was muss ich beantragen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"an English purpose after so", "en", "How do we get officially recognised so the health insurance can pay for it?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a purpose after a document recognised", "de", "Wie wird meine Krankschreibung anerkannt, damit die Krankenkasse Krankengeld zahlt?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Ihre Krankenkasse"},
		{"an English purpose after an approval", "en", "How do I get my sick note approved so my health insurance can pay me sick pay?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "health insurance"},
		{"an English so that is no purpose", "en", "My health insurance won't pay, so what can I do?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "health insurance"},
		// What an adviser said is why the asker needs a document asked for.
		{"an adviser's words", "de", "Die Steuerberaterin meint, ich kann das steuerlich absetzen, wenn ich den Elterngeldbescheid vorlege. Wo bekomme ich den?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"an adviser's words, in English", "en", "Our tax adviser says we can deduct the costs from income tax with a certificate. How do we apply for it?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"an employer's words, and what to do", "de", "Mein Arbeitgeber sagt, ich hätte die Elternzeit zu spät angemeldet. Wie viele Wochen vorher muss man die anmelden?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Arbeitgeber"},
		{"a patent, the verb split", "de", "Wie melde ich ein Patent für mein neues Werkzeug an?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Patent- und Markenamt"},
		{"a bank transfer", "de", "Wie lange dauert eine Überweisung zur Volksbank?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Ihre Bank"},
		{"moving the internet line", "de", "telekom anschluss umzug, wie lange dauert das",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.4, NameFit: 0.3}}, NoAnswer, "Internetanbieter"},
		{"household insurance, spelt with s", "de", "Mein Roller wurde aus dem Hof gestohlen. Zahlt die Hausratsversicherung?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Versicherung"},
		{"notice in the trial period", "de", "Kündigung in der Probezeit per WhatsApp, geht das?",
			[]knowledge.Hit{{ID: "dismissal", Score: 0.03, Similarity: 0.4, NameFit: 0.3}}, NoAnswer, "Arbeitsgericht"},
		{"points in Flensburg, in other words", "en", "how many flensburg points do I have",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Kraftfahrt-Bundesamt"},
		{"a ride from the airport", "en", "Is there a bus from BER to Spandau after midnight?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "public transport"},
		{"a streaming subscription", "en", "How do I end my late mother's Netflix subscription?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "provider itself"},
		{"a service charge bill", "de", "Der Vermieter will eine Nachzahlung für die Nebenkosten. Stimmt das?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Mieterverein"},
		{"an asylum decision taken, a permit asked for", "de", "Über meinen Asylantrag wurde positiv entschieden. Wie bekomme ich jetzt meine Aufenthaltserlaubnis?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"taking the electricity contract along", "de", "Kann ich beim Umzug meinen Stromvertrag mitnehmen?",
			[]knowledge.Hit{{ID: "abmeldung", Score: 0.03, Similarity: 0.4, NameFit: 0.3}}, NoAnswer, "Energieversorger"},
		{"a broken heating", "en", "The heating in my rented flat is out and it's freezing. Who fixes it?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "tenants' association"},
		{"less from the Jobcenter", "en", "The Jobcenter paid me less in March. Why?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Jobcenter"},
		{"no referral phrase", "de", "Wie beantrage ich Elterngeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		// The costs a witness asks to be paid back are what the city's
		// compensation pays; a ticket among them names no transport matter.
		{"a witness's ticket", "de", "Ich war als Zeuge beim Amtsgericht und hatte einen Tag Verdienstausfall. Bekomme ich das und die Fahrkarte ersetzt?",
			[]knowledge.Hit{{ID: "witness", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a witness's train ticket", "en", "I was a witness at the local court and lost a day of work. Can I get money back for the lost wages and the train ticket?",
			[]knowledge.Hit{{ID: "witness", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a witness compensated for a train ticket", "en", "I was a witness at the local court and lost a day's pay. How do I get compensated for that and for my train ticket?",
			[]knowledge.Hit{{ID: "witness", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a witness entschädigt for the ticket", "de", "Ich war Zeugin vor Gericht. Werde ich für den Lohnausfall und die Fahrkarte entschädigt?",
			[]knowledge.Hit{{ID: "witness", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"an interpreter's train tickets", "en", "I was the interpreter at a hearing at the local court last week. How do I get paid, including my train tickets?",
			[]knowledge.Hit{{ID: "witness", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		// A body the sentences before name as refusing counts when the
		// sentence that asks asks how to object: the objection goes to it.
		{"an objection to the health insurer", "en", "Barmer rejected paying for my physiotherapy. How long do I have to send them a Widerspruch?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "health insurance fund"},
		{"a complaint about the health insurer", "en", "My health insurance refuses to pay for my physiotherapy. Who can I complain to?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "health insurance fund"},
		{"paying the Familienkasse back in instalments", "de", "Bei der Familienkasse wurde der Kinderzuschlag neu berechnet und jetzt soll ich 1.800 € zurückzahlen. Kann ich das in Raten abzahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Familienkasse"},
		{"a fine in instalments beside a benefit", "de", "Ich bekomme Bürgergeld vom Jobcenter und habe einen Strafzettel bekommen. Kann ich den in Raten zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a tax's extra payment in instalments beside a benefit", "de", "Beim Arbeitslosengeld gab es einen Fehler und jetzt soll ich eine Nachzahlung für die Einkommensteuer leisten. Kann ich die in Raten zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"an extra payment named only where the question asks", "de", "Das Kindergeld ist durch. Kann ich die Nachzahlung in Raten zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"advice, not instalments", "de", "Die Familienkasse sagt, ich muss 300 Euro Kindergeld zurückzahlen. Was raten Sie mir, soll ich jetzt Elterngeld beantragen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a complaint about the Jobcenter", "en", "The Jobcenter rejected my application for help with the rent. Where can I file a complaint?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Jobcenter"},
		{"BAföG paid back for being overpaid", "en", "The BAföG office says I got too much and I have to pay back BAföG for last semester. Can I pay in instalments?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a certificate of good conduct from the Federal Office of Justice", "de", "Ich brauche ein Führungszeugnis vom Bundesamt für Justiz. Wie beantrage ich das?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a late annual account in German", "de", "Das Bundesamt für Justiz hat ein Ordnungsgeld verhängt, weil wir den Jahresabschluss zu spät veröffentlicht haben. Kann ich in Raten zahlen?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Bundesamt für Justiz"},
		{"paying back a student loan", "en", "I graduated five years ago. When do I have to start paying back my student BAföG?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Federal Office of Administration"},
		{"a fine of the Federal Office of Justice", "en", "The Bundesamt für Justiz fined my company because we published the Jahresabschluss too late. Can I pay in instalments?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Federal Office of Justice"},
		{"an objection to a refusal in the perfect", "de", "Das Jobcenter hat meinen Antrag auf Weiterbewilligung abgelehnt. Lohnt sich ein Widerspruch?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.3}}, NoAnswer, "Jobcenter"},
		{"an objection for the city", "de", "Mein Elterngeld wurde wegen Krankengeld abgelehnt. Wie lege ich Widerspruch ein?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		// A benefit a certificate is for is why the asker needs it.
		{"a birth certificate for Kindergeld", "en", "Our son was born at home. How do we register the birth and get the birth certificates for Kindergeld?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a Geburtsurkunde for the Familienkasse", "de", "Wie bekomme ich eine Geburtsurkunde für die Familienkasse?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""},
		{"a Heiratsurkunde for the Krankenkasse, after a dash", "de", "Jetzt brauche ich eine Heiratsurkunde für die Krankenkasse – wo bekomme ich die?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, Answered, ""}, // "krankenkassen" matches in another inflection
		{"the certificates for the Familienkasse", "en", "How do I get the certificates for the Familienkasse?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Familienkasse"},
		{"a certificate from the Familienkasse", "en", "How do I get a certificate for the Kindergeld I was paid last year?",
			[]knowledge.Hit{{ID: "elterngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Familienkasse"},
		{"a ticket paid back, no one summoned", "de", "Der Zug ist ausgefallen. Bekomme ich die Fahrkarte ersetzt?",
			[]knowledge.Hit{{ID: "witness", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}, NoAnswer, "Verkehrsunternehmen"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kb := newFakeKB(t, elterngeld, kindergeld, dismissal, abmeldung, witness, evb)
			kb.hits = tt.hits
			r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: tt.lang, Text: tt.question}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tt.want {
				t.Fatalf("status %s (%q), want %s", r.Status, r.Text, tt.want)
			}
			if tt.wantText != "" && (!strings.Contains(r.Text, tt.wantText) || !strings.Contains(r.Text, testTenant().FallbackPhone)) {
				t.Errorf("text %q, want it to name %q and the fallback number", r.Text, tt.wantText)
			}
			if tt.want == NoAnswer && len(r.Actions) == 0 {
				t.Errorf("no fallback actions with the referral")
			}
		})
	}
}

func TestNamesProper(t *testing.T) {
	for _, tt := range []struct {
		text   string
		phrase []string
		want   bool
	}{
		{"Deutsche Bahn cancelled my train.", []string{"deutsche", "bahn"}, true},
		{"My O2 contract ends.", []string{"o2"}, true},
		{"It is paid for by his health insurance.", []string{"health", "insurance"}, false},
	} {
		if got := namesProper(tt.text, tt.phrase); got != tt.want {
			t.Errorf("namesProper(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// checkTexts checks that f, named name, turns each key of cases into its
// value.
func checkTexts(t *testing.T, name string, f func(string) string, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if got := f(text); got != want {
			t.Errorf("%s(%q) = %q, want %q", name, text, got, want)
		}
	}
}

func TestWithoutAsides(t *testing.T) {
	checkTexts(t, "withoutSideMentions", withoutSideMentions, map[string]string{
		"Is the child allowance better than Kindergeld? How does it work?":            "is the child allowance better. how does it work",
		"Lohnt sich der Kinderfreibetrag mehr als Kindergeld?":                        "lohnt sich der kinderfreibetrag mehr",
		"Kann ich Wohngeld statt Bürgergeld bekommen?":                                "kann ich wohngeld",
		"Wo werde ich beraten, welche Hilfen es gibt, zum Beispiel Kindergeld?":       "wo werde ich beraten. welche hilfen es gibt. ",
		"Ich arbeite als Erzieher. Wie beantrage ich Kindergeld?":                     "Ich arbeite als Erzieher. Wie beantrage ich Kindergeld?",
		"Ich bekomme Bürgergeld – wie komme ich an das Sozialticket?":                 "wie komme ich an das sozialticket",
		"Ich bekomme Bürgergeld?":                                                     "Ich bekomme Bürgergeld?",
		"ich krieg bürgergeld muss ich trotzdem die gez zahlen":                       "muss ich trotzdem die gez zahlen",
		"My mother died and I live on Bürgergeld – can the city pay for her funeral?": "my mother died. can the city pay for her funeral",
	})
}

func TestAskedPart(t *testing.T) {
	checkTexts(t, "askedPart", askedPart, map[string]string{
		"Ich bekomme Bürgergeld. Wie komme ich an das Sozialticket?":                "Wie komme ich an das Sozialticket?",
		"Wie beantrage ich Kindergeld?":                                             "Wie beantrage ich Kindergeld?",
		"Kindergeld beantragen":                                                     "Kindergeld beantragen",
		"Die Familienkasse will einen Nachweis. Wo bekomme ich den? Danke!":         "Wo bekomme ich den?",
		"Ich bekomme Bürgergeld; wie komme ich an das Sozialticket?":                "wie komme ich an das Sozialticket?",
		"Wo ist das Jobcenter? Und wann hat es offen?":                              "Wo ist das Jobcenter? Und wann hat es offen?",
		"ich bekomme bürgergeld. wie komm ich an das sozialticket":                  "wie komm ich an das sozialticket",
		"ich bekomme bürgergeld. das sozialticket fehlt":                            "ich bekomme bürgergeld. das sozialticket fehlt",
		"Die Rentenversicherung will einen Nachweis. Wer kann mir das bescheinigen": "Wer kann mir das bescheinigen",
		"Jemand verkauft Asbestplatten. Darf der das? wo kann man sowas melden":     "Darf der das? wo kann man sowas melden",
	})
}

func TestDashAsked(t *testing.T) {
	german := func(text string) string { return dashAsked(text, "de") }
	checkTexts(t, "dashAsked", german, map[string]string{
		"Den Erbschein habe ich jetzt – wie wird das Grundbuch auf mich umgeschrieben?": "wie wird das Grundbuch auf mich umgeschrieben?",
		"Den Erbschein habe ich jetzt - wie wird das Grundbuch umgeschrieben?":          "wie wird das Grundbuch umgeschrieben?",
		"Ich habe kein Geld – wer bezahlt den Arzt?":                                    "wer bezahlt den Arzt?",
		// The part after the dash asks about what the part before it names.
		"Ich habe bei der Familienkasse Kindergeld beantragt – warum ist da nichts passiert?":      "Ich habe bei der Familienkasse Kindergeld beantragt – warum ist da nichts passiert?",
		"Ich habe einen Nachsendeauftrag bei der Post – was kostet der?":                           "Ich habe einen Nachsendeauftrag bei der Post – was kostet der?",
		"Ich habe einen Nachsendeauftrag bei der Post – was kostet der ?":                          "Ich habe einen Nachsendeauftrag bei der Post – was kostet der ?",
		"Ich habe bei der Post einen Nachsendeauftrag gestellt – wann läuft er ab?":                "Ich habe bei der Post einen Nachsendeauftrag gestellt – wann läuft er ab?",
		"Ich habe einen Nachsendeauftrag gestellt – wann läuft er bei der Post ab?":                "Ich habe einen Nachsendeauftrag gestellt – wann läuft er bei der Post ab?",
		"Ich brauche einen Nachsendeauftrag – wie lange vorher muss ich den bei der Post stellen?": "Ich brauche einen Nachsendeauftrag – wie lange vorher muss ich den bei der Post stellen?",
		"Ich habe den Kindergeldantrag gestellt – wie lange dauert das?":                           "Ich habe den Kindergeldantrag gestellt – wie lange dauert das?",
		"Ich habe ein Schreiben der Familienkasse – was muss ich jetzt tun?":                       "Ich habe ein Schreiben der Familienkasse – was muss ich jetzt tun?", // names no noun
		"KfW-Zuschuss Wärmepumpe – wo beantragen?":                                                 "KfW-Zuschuss Wärmepumpe – wo beantragen?",                           // tells nothing of the asker
		"Wo ist das Jobcenter – und wann hat es offen?":                                            "Wo ist das Jobcenter – und wann hat es offen?",
		"Ich habe den Erbschein – danke":                                                           "Ich habe den Erbschein – danke", // asks nothing after it
		"Wie beantrage ich Kindergeld?":                                                            "Wie beantrage ich Kindergeld?",
	})
	english := func(text string) string { return dashAsked(text, "en") }
	checkTexts(t, "dashAsked", english, map[string]string{
		"I need some ID fast for the Jobcenter — can I get a temporary card?": "can I get a temporary card?",
		"I have an O2 contract – how do I cancel it?":                         "I have an O2 contract – how do I cancel it?",
		"I applied at the Familienkasse – when will they answer?":             "I applied at the Familienkasse – when will they answer?",
		"I wrote to the Familienkasse – why is there no answer from them?":    "I wrote to the Familienkasse – why is there no answer from them?",
	})
}

// A referral phrase of one word before a dash, in a part that tells of the
// asker, is the asker's situation, as in a sentence of its own.
func TestReferralAfterDash(t *testing.T) {
	for q, want := range map[string]string{
		"Mein Vater ist gestorben. Den Erbschein habe ich jetzt – wie wird das Grundbuch umgeschrieben?": "",
		"Mein Vater ist gestorben. Wo beantrage ich den Erbschein?":                                      "das Nachlassgericht beim Amtsgericht",
		"Ich habe bei der Familienkasse Kindergeld beantragt – warum ist da nichts passiert?":            "die Familienkasse der Bundesagentur für Arbeit",
		"Ich habe ein Schreiben der Familienkasse – was muss ich jetzt tun?":                             "die Familienkasse der Bundesagentur für Arbeit",
	} {
		checkReferral(t, q, "de", nil, want)
	}
}

// A body that failed to pay or does not answer the phone is whom to ask,
// whatever the sentences that ask name.
func TestReferralFailedBy(t *testing.T) {
	birth := []candidate{{entry: knowledge.Entry{Title: "Geburt eines Kindes melden"}, title: 0.3}}
	wohngeld := []candidate{{entry: knowledge.Entry{Title: "Wohngeld beantragen"}, title: 0.3}}
	for _, tt := range []struct {
		q, lang string
		cands   []candidate
		want    string
	}{
		{"Die Familienkasse hat seit drei Monaten kein Kindergeld mehr überwiesen. Können Sie da mal nachfragen, was los ist?", "de", birth, "die Familienkasse"},
		{"The Familienkasse still hasn't paid Kindergeld for my newborn. Is there some way to speed this up?", "en", birth, "the Familienkasse"},
		{"Bei der Familienkasse geht keiner ans Telefon. Wen kann ich sonst fragen?", "de", birth, "die Familienkasse"},
		{"familienkasse hängt ewig in der warteschleife. an wen wend ich mich?", "de", birth, "die Familienkasse"},
		{"kindergeld seit 3 monaten nicht aufm konto, familienkasse geht nie ans telefon. was soll ich machen??", "de", birth, "die Familienkasse"},
		{"Hi, nobody at the Familienkasse ever picks up the phone. Is there anyone in Berlin I can complain to?", "en", birth, "the Familienkasse"},
		{"I found a job, so the Jobcenter stopped paying. How do I get the paper for my room?", "en", birth, ""},                                                // why the asker needs a service
		{"Die Krankenkasse sagte am Telefon, ich sei nie versichert gewesen. Brauche ich eine Meldebescheinigung?", "de", birth, ""},                            // "nie" after the phone
		{"Ich habe beim Bürgeramt angerufen wegen Kindergeld, aber ich hänge ewig in der Warteschleife. Kann ich online einen Termin buchen?", "de", birth, ""}, // the office's line
		{"Ich habe keine Krankenversicherung und kein Geld. Wer bezahlt, wenn ich zum Arzt muss?", "de", birth, ""},                                             // a present tense
		{"The Jobcenter hasn't paid my rent share for two months. Can I apply for Wohngeld?", "en", wohngeld, ""},                                               // the title asked for
	} {
		checkReferral(t, tt.q, tt.lang, tt.cands, tt.want)
	}
}

// The sentences that ask for a new one ask about what the sentences
// before name.
func TestReferralAsksNewOne(t *testing.T) {
	checkReferral(t, "Meine Gesundheitskarte ist durchgebrochen. Bekomme ich eine neue beim Bürgeramt?", "de", nil, "Ihre Krankenkasse")
	checkReferral(t, "My Gesundheitskarte broke in half. Can I get a new one at the Bürgeramt?", "en", nil, "your health insurance fund")
	health := []candidate{{entry: knowledge.Entry{Title: "Hilfen zur Gesundheit"}, title: 0.54}}
	checkReferral(t, "Lost my Barmer health insurance card. How fast can I get a replacement card?", "en", health, "your health insurance fund")
	checkReferral(t, "Meine Gesundheitskarte ist durchgebrochen. Bekomme ich den Parkausweis beim Bürgeramt?", "de", nil, "")
	checkReferral(t, "Meine Gesundheitskarte und mein Führerschein waren in der Tasche. Wie bekomme ich einen neuen Führerschein?", "de", nil, "") // names its thing
	disability := []candidate{{entry: knowledge.Entry{Title: "Schwerbehindertenausweis - Ersatz beantragen"}, title: 0.2}}
	checkReferral(t, "Mein Schwerbehindertenausweis war mit der Gesundheitskarte im Rucksack. Wie bekomme ich einen neuen?", "de", disability, "") // the title named
}

// A phrase of two words in the sentences before counts for nothing when
// the best entry leads by words and the sentences that ask name its title.
func TestReferralLeavesLeadingTitle(t *testing.T) {
	green := knowledge.Entry{Title: "Kraftfahrzeugkennzeichen - Grünes Kennzeichen beantragen"}
	leading := []candidate{{entry: green, title: 0.2, lead: true}}
	behind := []candidate{{entry: green, title: 0.2}}
	question := "Für den Traktor zahlen wir keine Kfz-Steuer. Bekommen wir dann diese grünen Nummernschilder?"
	checkReferral(t, question, "de", leading, "")
	checkReferral(t, question, "de", behind, "der Zoll (Hauptzollamt)")
	checkReferral(t, "Für den Traktor zahlen wir keine Kfz-Steuer. Wo kann man das beantragen?", "de", leading, "der Zoll (Hauptzollamt)") // names only the procedure
	checkReferral(t, "Für den Traktor zahlen wir keine Kfz-Steuer. Wie hoch ist die Steuer für den Anhänger?", "de", leading, "der Zoll (Hauptzollamt)")

	// English names the title by the lexicon's official words.
	prints := []candidate{{entry: knowledge.Entry{Title: "Beglaubigung von Fingerabdrücken zur Vorlage bei ausländischen Behörden"}, title: 0.2, lead: true}}
	question = "My embassy needs my fingerprints for a police clearance certificate from my home country. Can I get my fingerprints taken and certified in Berlin?"
	checkReferral(t, question, "en", prints, "")
	fine := []candidate{{entry: knowledge.Entry{Title: "Bußgeldverfahren - Stundung und Ratenzahlung bei verkehrsrechtlichen Ordnungswidrigkeiten"}, title: 0.2, lead: true}}
	checkReferral(t, "Got caught without a valid ticket and BVG wants 60 euros. Can I pay it in instalments?", "en", fine, "the public transport") // paying in parts is the creditor's
}

// A question whose shape tells a private matter, a ranking or a complaint
// about staff gets no answer that says whom to ask or why, although search
// found a service that matches, in German and English alike.
func TestAnswerByShape(t *testing.T) {
	for _, tt := range []struct {
		name, title, text string
		nameFit           float64
		want              func(lang string) string
	}{
		{"a ranking", "Kraftfahrzeug - elektronische Versicherungsbestätigung", "Welche Kfz-Versicherung ist am günstigsten?", 0,
			func(lang string) string { return phrasesFor(lang).advice }},
		{"a dispute", "Immissionsschutz - Beschwerde über eine Baustelle einreichen", "Mein Nachbar grillt jeden Abend auf dem Balkon. Darf der das?", 0,
			func(lang string) string { return composeNoAnswer(testTenant(), lang, bodyName(legalAdvice, lang)) }},
		{"a place's hours", "Ladenöffnungszeiten - Ausnahmen aus besonderem Anlass anzeigen", "Hat das KaDeWe am Sonntag geöffnet?", 0,
			func(lang string) string { return composeNoAnswer(testTenant(), lang, bodyName(placeHours, lang)) }},
		{"a line's times", "Kinderschutz gewährleistende Sozialarbeit", "Fährt die S41 an Silvester die ganze Nacht?", 0,
			func(lang string) string {
				return composeNoAnswer(testTenant(), lang, bodyName(transportTimetable, lang))
			}},
		{"a pastime", "Feuerwerk - Anzeige für das Abbrennen von pyrotechnischen Gegenständen", "Wo kann man im Winter draußen Schlittschuh laufen?", 0,
			func(lang string) string { return composeNoAnswer(testTenant(), lang, bodyName(leisureListings, lang)) }},
		{"a complaint about a clerk", "Staatsaufsicht - Beschwerde über die Berliner Sparkasse einreichen",
			"Der Beamte am Schalter hat mich angeschrien. Wo beschwere ich mich über ihn?", 0.2,
			func(lang string) string { return phrasesFor(lang).staffComplaint }},
		{"a legal assessment", "Blaue Karte EU beantragen",
			"Mein Antrag wurde abgelehnt. Hätte eine Klage vor dem Verwaltungsgericht Aussicht auf Erfolg?", 0.2,
			func(lang string) string { return composeNoAnswer(testTenant(), lang, bodyName(legalAssessment, lang)) }},
		{"signing up with a club", "Anmeldung einer Wohnung", "Wie funktioniert die Anmeldung beim Urban Sports Club?", 0.8,
			func(lang string) string { return composeNoAnswer(testTenant(), lang, bodyName(providerSignUp, lang)) }},
	} {
		kb := newFakeKB(t, knowledge.Entry{ID: "found", Title: tt.title, Language: "de"})
		kb.hits = []knowledge.Hit{{ID: "found", Score: 0.03, Similarity: 0.5, NameFit: tt.nameFit}}
		for _, lang := range []string{"de", "en"} {
			r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: lang, Text: tt.text}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.want(lang); r.Status != NoAnswer || r.Text != want {
				t.Errorf("%s, %s: reply %s %q, want %q", tt.name, lang, r.Status, r.Text, want)
			}
		}
	}
}

// checkReferral fails t unless referral names, for question in lang with
// cands, the body whose name starts with want, or no body when want is "".
func checkReferral(t *testing.T, question, lang string, cands []candidate, want string) {
	t.Helper()
	got := referral(question, lang, cands, knowledge.DefaultLexicon())
	if !strings.HasPrefix(got, want) || want == "" && got != "" {
		title := ""
		if len(cands) > 0 {
			title = cands[0].entry.Title
		}
		t.Errorf("referral(%q) with best title %q = %q, want %q", question, title, got, want)
	}
}

// A question that asks what the city's social welfare office or its
// insurance office does is for the city, whatever body it names beside.
func TestReferralLeavesSocialOffice(t *testing.T) {
	for q, want := range map[string]string{
		"Übernimmt das Sozialamt die Arztkosten, wenn man keine Krankenversicherung hat?":                        "",
		"Gibt es vom Sozialamt Hilfe fürs Einkaufen, wenn die Krankenkasse keine Haushaltshilfe zahlt?":          "",
		"Das Sozialamt hat mich geschickt. Wie wechsle ich die Krankenkasse?":                                    "Ihre Krankenkasse",
		"Die Rentenversicherung will meine Witwenrente zurück. Hilft mir das Versicherungsamt beim Widerspruch?": "",
		"Die Rentenversicherung will meine Witwenrente zurück. Wie kann ich die Rechnung prüfen?":                "die Deutsche Rentenversicherung",
	} {
		checkReferral(t, q, "de", nil, want)
	}
}

// A question for someone who helps with the matters of other bodies asks
// for the city's advice when the best entry offers it by its title.
func TestReferralLeavesAdvice(t *testing.T) {
	advice := []candidate{{entry: knowledge.Entry{Title: "Sozialversicherung - Auskunft"}, title: 0.1}}
	other := []candidate{{entry: knowledge.Entry{Title: "Elterngeld beantragen"}, title: 0.1}}
	for _, tt := range []struct {
		question string
		cands    []candidate
		want     string
	}{
		{"Gibt es im Bezirksamt jemanden, der mir bei Fragen zu Rente und Krankenkasse hilft?", advice, ""},
		{"Gibt es im Bezirksamt jemanden, der mir bei Fragen zu Rente und Krankenkasse hilft?", other, "Ihre Krankenkasse"}, // no advice by title
		{"Wie wechsle ich die Krankenkasse?", advice, "Ihre Krankenkasse"},                                                  // asks for no help
	} {
		checkReferral(t, tt.question, "de", tt.cands, tt.want)
	}
}

// A body of one word that demands a document is why the asker needs it
// when the question asks how to get it; it is whom to ask when the
// question asks something else of it.
func TestReferralLeavesDemandingBody(t *testing.T) {
	for q, want := range map[string]string{
		"Das Jobcenter will eine Bescheinigung über meine Wohnfläche – wer stellt die aus?":   "",
		"The Jobcenter wants a certificate of my rent – who issues that in Berlin?":           "",
		"Das Jobcenter will, dass ich mich auf mehr Stellen bewerbe. Ist das normal so?":      "das Jobcenter",
		"The Jobcenter cut my money. Where do I get help with my application for Bürgergeld?": "the Jobcenter",
	} {
		lang := "de"
		if strings.HasPrefix(q, "The ") {
			lang = "en"
		}
		checkReferral(t, q, lang, nil, want)
	}
}

func TestAsksPlainly(t *testing.T) {
	for part, want := range map[string]bool{
		"What should I do?":            true,
		"Is that even legal?":          true,
		"Is this allowed?":             true,
		"How do I do that?":            false, // may ask for a procedure the sentences before hint at
		"Is the rent increase legal?":  false, // names its matter
		"Are they allowed to do that?": true,
		"dürfen die das einfach so??":  true,
		"was muss ich jetzt machen?":   false, // German asks plainly only whether it is lawful
		"darf der vermieter das":       false, // names who
	} {
		if got := asksPlainly(part); got != want {
			t.Errorf("asksPlainly(%q) = %v, want %v", part, got, want)
		}
	}
}

// A monthly ticket called cheap or reduced is the social ticket, whose
// proof the city issues; a ticket's price is the transport companies'
// matter, and so is a cheap train ticket.
func TestReferralLeavesDiscountedTicket(t *testing.T) {
	for q, want := range map[string]string{
		"I receive Wohngeld. How do I get the cheap monthly ticket for bus and U-Bahn?":           "",
		"I get Bürgergeld. How do I get the proof that lets me buy the cheap 'S' monthly ticket?": "",
		"How much is a monthly ticket for the BVG?":                                               "the public transport companies",
	} {
		checkReferral(t, q, "en", nil, want)
	}
}

func TestComplainsOfDecision(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"My health insurance refuses to pay for my physiotherapy. Who can I complain to?", true},
		{"Die Krankenkasse lehnt die Reha ab. Wo kann ich mich beschweren?", true},
		{"The Jobcenter rejected my application because the clerk at the Bürgeramt got my address wrong. Where can I complain about that clerk?", false}, // staff
		{"Die Pflegekasse war am Telefon unfreundlich und lehnt ab. Wo beschwere ich mich?", false},                                                      // rude
		{"My health insurance refused to pay for my physiotherapy. Where can I make an official complaint?", true},                                       // the kind of complaint
		{"The Jobcenter rejected my application. What can I do?", false},                                                                                 // no complaint
	} {
		words := knowledge.Words(tt.question)
		if got := complainsNotOfStaff(words, knowledge.Words(askedPart(tt.question))); got != tt.want {
			t.Errorf("complainsNotOfStaff(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}
