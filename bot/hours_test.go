package bot

import "testing"

func TestAsksHours(t *testing.T) {
	for q, want := range map[string]bool{
		"Hat das KaDeWe am Sonntag geöffnet?":                                       true,
		"tierpark opening times christmas":                                          true,
		"Öffnungszeiten Zoo Berlin Ostern":                                          true,
		"sommerbad pankow öffnungszeiten":                                           true,  // the hours need no time
		"Öffnungszeiten Fundbüro Tempelhof am Samstag":                              false, // an office
		"Die Bar hat jede Nacht bis 3 offen. Wen rufe ich an?":                      false, // told, not asked
		"Das Sommerbad hat am Sonntag geöffnet. Wann genau?":                        true,  // asked of what was told
		"Hat das Kaufhaus am Alex am Karfreitag geöffnet?":                          true,
		"welche weihnachtsmärkte haben am 24.12. noch offen?":                       true,  // a date ends no sentence
		"Bürgeramt Neukölln opening hours saturday":                                 false, // an office
		"Can our market ignore the Sunday opening hours rules?":                     false, // the rules
		"Hat der Baumarkt in Tempelhof am Samstag bis 20 Uhr auf?":                  true,
		"Welcher Späti in Neukölln hat am Sonntag nach 23 Uhr noch offen?":          true,
		"Is the Teufelsberg listening station open in summer?":                      true,
		"Is KaDeWe open this Sunday?":                                               true,
		"what time does the Pergamonmuseum open on sundays and do i need tickets":   true,
		"Wann öffnet das Strandbad am Wochenende?":                                  true,
		"Wann macht das Strandbad Wannsee dieses Jahr auf?":                         true,
		"When does the Christmas market at Gendarmenmarkt open this year?":          true,
		"Welche Apotheke hat heute Nacht in Friedrichshain Notdienst?":              true,
		"Hat das Gesundheitsamt am Wochenende Notdienst?":                           false, // an office
		"Wann macht man das am besten auf?":                                         false, // no time
		"Wann dürfen Läden am Sonntag öffnen?":                                      false, // the rules for shops
		"Hat das Bürgeramt Mitte samstags geöffnet?":                                false, // an office
		"Mein Antrag ist seit Montag offen, wann kommt der Bescheid?":               false, // the asker's case
		"My shop turns 10 and I'd like to open on a Sunday. Who allows that?":       false, // a permit
		"Is it possible to open a shop on Sunday?":                                  false, // opening a shop
		"Hat die Stadtbibliothek auch offen?":                                       false, // no time
		"Haben die Weihnachtsmärkte in Spandau schon offen?":                        true,  // an event needs no time
		"Are supermarkets closed on Sundays here?":                                  true,
		"Sind die Läden am Feiertag geschlossen?":                                   true,
		"Nachts ist alles geschlossen, kann ich es morgen abgeben?":                 false, // tells, then asks
		"Is the Chancenfonds bonus open again this year?":                           false, // no time
		"Hat der Weihnachtsmarkt am Gendarmenmarkt auch an Heiligabend geöffnet?":   true,
		"Is the zoo open on Christmas Day?":                                         true,
		"Welche Weihnachtsmärkte haben schon vor dem ersten Advent geöffnet?":       true,
		"Ist das Freibad im September noch offen?":                                  true,
		"Is the beach bar open in October?":                                         true,
		"Is the grant open in May?":                                                 false, // "may" asks; no time
		"Bis wann hat der Fotoladen neben dem Bürgeramt heute offen?":               true,  // the office tells where
		"Is the café opposite the Bürgeramt open on Sunday?":                        true,
		"Is there a photo shop near Bürgeramt Schöneberg that's open on Saturdays?": true,
		"what time does the photo shop next to the Bürgeramt open on saturdays?":    true,
		"Hat das Bürgeramt neben dem Rathaus samstags offen?":                       false, // the office is asked about
		"zoo sonntags geöffnet?":                                                    true,  // typed as a search
		"späti in neukölln samstags offen?":                                         true,  // bareHours words
		"bürgeramt spandau samstags geöffnet?":                                      false, // an office
		"Antrag seit Montag in Bearbeitung und offen?":                              false, // no verb, and more than bareHours words
	} {
		if got := asksHours(q); got != want {
			t.Errorf("asksHours(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAsksEventDate(t *testing.T) {
	for q, want := range map[string]bool{
		"Wann findet dieses Jahr das Festival of Lights statt?":                      true,
		"When is the Berlin Marathon this year?":                                     true,
		"Wann ist der Weihnachtsmarkt am Alex?":                                      true,
		"Wann ist das Straßenfest in der Bergmannstraße?":                            true,
		"Wann muss das Straßenfest angemeldet werden?":                               false, // a permit
		"Wann kann ich auf dem Flohmarkt meinen Stand aufbauen?":                     false, // the asker's
		"When do we need to apply for a permit for our street fair?":                 false, // the asker's
		"Wo findet der Karneval der Kulturen statt?":                                 false, // where, not when
		"Wann steht fest, ob mein Antrag bewilligt ist?":                             false, // no event
		"Is the Christmas market a good place to sell my crafts? When does it open?": false, // the asker's, no event in the second sentence
		"Ist der Flohmarkt im Mauerpark auch im Winter jeden Sonntag?":               true,  // a time, asked yes or no
		"Is the Christmas market at Gendarmenmarkt on at Christmas?":                 true,
		"Ist für den Flohmarkt am Sonntag eine Genehmigung nötig?":                   false, // a permit
		"Ist mein Stand auf dem Flohmarkt am Sonntag erlaubt?":                       false, // the asker's
	} {
		if got := asksEventDate(q); got != want {
			t.Errorf("asksEventDate(%q) = %v, want %v", q, got, want)
		}
	}
}
