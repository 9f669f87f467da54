package bot

import "testing"

func TestAsksRanking(t *testing.T) {
	for q, want := range map[string]bool{
		"Welche Kfz-Versicherung ist am günstigsten für Fahranfänger?":                  true,
		"Welches Buchhaltungsprogramm ist besser für Anfänger, Lexoffice oder sevDesk?": true,
		"Hertha oder Union – wer ist der bessere Verein?":                               true,
		"Which bank is better for a freelancer, N26 or Sparkasse?":                      true,
		"Is the child tax allowance better for us than Kindergeld?":                     false, // how a benefit works
		"Kindergeld or the allowance for kids, which one is better for me?":             false, // which fits the asker
		"Kinderfreibetrag oder Kindergeld, welches ist besser für uns?":                 false,
		"Which gym is better for beginners, FitX or McFit?":                             true,
		"Welche Kita ist besser für uns, Montessori oder Waldorf?":                      true, // a chooser that names what
		"Elterngeld Plus oder Basiselterngeld, welches ist besser für uns?":             false,
		"Hertha oder Union, wer ist besser für uns?":                                    true, // no chooser
		"I got a better offer from another company. Do I have to tell the office?":      false,
		"welcher handyvertrag is am billigsten o2 oder vodafone":                        true,
		"Welches Standesamt in Berlin ist am schönsten zum Heiraten?":                   true,
		"best dental insurance for students germany":                                    true, // a superlative opens the query
		"günstigste kfz versicherung fahranfänger":                                      true,
		"best way to register a second car":                                             false, // how to do it
		"Wie beantrage ich einen Personalausweis? Beste Grüße, Anna":                    false, // a sign-off
		"Best, Tom": false,
		"Welcher Mädchenname war 2023 am beliebtesten?":                              true, // a past copula
		"Welcher Badesee ist am Wochenende am wenigsten voll?":                       true, // least of something
		"Which beach bar is least crowded on Sundays?":                               true,
		"Which documents do I need at least for the Anmeldung?":                      false, // "at least"
		"Welche Unterlagen brauche ich am wenigsten?":                                false, // an adverb, no copula
		"Where can we park for free near the zoo on Sunday?":                         true,  // parking for free
		"wo am ostbahnhof umsonst parken":                                            true,
		"Where do I apply for a parking permit for free?":                            false, // no place to park asked
		"welche fahrschule in friedrichshain hat die beste bestehensquote":           true,
		"Bei welcher Bank bekomme ich den besten Kredit?":                            true,
		"Which bank is best for expats in Berlin?":                                   true,
		"Christmas markets start soon. Which one is the nicest?":                     true,
		"Any tips for a good dog-friendly brunch spot in Neukölln?":                  true,
		"Hast du einen Tipp für ein gutes Restaurant am Kanal?":                      true,
		"Any tips for the Kita application in Pankow?":                               false, // asks how
		"Kennt ihr eine schöne Location für die Hochzeitsfeier mit 60 Gästen?":       true,
		"Wir kennen sie gut, sie ist unsere Nachbarin. Darf sie unser Kind abholen?": false, // "sie" is someone else
		"Do you know if a good conduct certificate is needed for the job?":           false, // asks a fact
		"Kennst du dich gut mit Elterngeld aus? Ich brauche Hilfe beim Antrag.":      false, // asks about the bot's knowledge
		"Where's the cheapest place in Neukölln to get winter tyres put on?":         true,
		"Wie finde ich die günstigste Kfz-Versicherung für meinen Sohn?":             true, // how to find what ranks
		"How do I find the best lawyer for tenancy law?":                             true,
		"How do I find the best way to apply from abroad?":                           false, // the way
		"Wo ist Parken in Mitte am günstigsten?":                                     true,
		"Ich brauche neue Passbilder. Welcher Fotoladen in Pankow ist gut?":          true,  // which one is good
		"Which residence permit is good for me as a freelancer?":                     false, // which service fits
		"We want to move. Which is nicer for families, Pankow or Köpenick?":          true,
		"Which registry office has the prettiest wedding hall?":                      true,
		"Can you recommend a cheap moving company in Berlin?":                        true,
		"Könnt ihr mir ein gutes Restaurant in Kreuzberg empfehlen?":                 true,
		"Any recommendations for a good vet?":                                        true,
		"any good open air concerts or festivals in berlin this weekend?":            true,
		"Do you know any nice cafés near the Standesamt Mitte?":                      true,
		"Is there any good reason to register a second address?":                     false, // not opened by "any good"
		"Welcher Carsharing-Anbieter nimmt Fahranfänger?":                            true,
		"Which bank will open an account for me without a Schufa history?":           true,
		"what's the best app to learn German? duolingo or babbel":                    true,
		"Was ist das beste Viertel für Familien?":                                    true,
		"What's the best thing to do if I lose my passport abroad?":                  false, // the way
		"Which bank details do I give for the Elterngeld application?":               false, // the account
		"Welches Bankkonto brauche ich für den Antrag?":                              false, // no bank named
		"Wo bekomme ich am schnellsten einen Termin für den Personalausweis?":        false, // speed
		"Welcher Aufenthaltstitel passt am besten zu meiner Stelle?":                 false, // fit
		"Which is the best way to apply for a residence permit?":                     false, // the way
		"Welche Unterlagen bringe ich am besten mit?":                                false, // an adverb
		"Wo melde ich mich am besten an, wenn ich nach Pankow ziehe?":                false, // where best
		"Where is the best place to register my address?":                            false, // where best
		"The Jugendamt will give a recommendation to the court. What do they check?": false, // asked of no one
		"Was kostet der günstigste Tarif für den Anwohnerparkausweis?":               false, // no choice asked
	} {
		if got := asksRanking(q); got != want {
			t.Errorf("asksRanking(%q) = %v, want %v", q, got, want)
		}
	}
}
