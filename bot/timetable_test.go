package bot

import "testing"

func TestAsksTimetable(t *testing.T) {
	for q, want := range map[string]bool{
		"Fährt die S41 an Silvester die ganze Nacht?":                                                              true,
		"When does the first U2 leave Pankow on Sundays?":                                                          true,
		"Fährt der Bus 248 auch am Feiertag?":                                                                      true,
		"Does tram 12 run during the marathon?":                                                                    true,
		"Fahren morgen wegen dem Streik überhaupt S-Bahnen oder nur Busse?":                                        true,
		"Fährt die S-Bahn am Wochenende? Hab was von Bauarbeiten gelesen":                                          true,
		"Die Bauarbeiten nebenan sind laut. Fährt da noch ein Bus, und wo beschwere ich mich?":                     false, // a complaint
		"Wegen Bauarbeiten steht ein Kran auf der Straße. Fährt der Bus noch, oder brauchen wir eine Genehmigung?": false, // a permit
		"Are any trains running during the strike tomorrow?":                                                       true,
		"is the S-Bahn ring running this weekend or is there construction again?":                                  true,
		"Fährt die S-Bahn am Sonntag zum BER oder ist da wieder Ersatzverkehr?":                                    true,
		"Warum fährt die S-Bahn heute nicht bis Spandau?":                                                          true, // why it does not run
		"Is the Ringbahn running on Sunday or is there construction?":                                              true,
		"Why is the new bus running past our school without a crossing?":                                           false, // why it runs so
		"Warum kann ich mit dem Berlin-Ticket S nicht mehr Bus fahren?":                                            false, // a ticket, not the line
		"Our trucks go to a construction site every day. Do we need a permit for the street?":                      false, // no train nor bus
		"the S-Bahn construction next to my flat runs all night, where can I complain?":                            false, // a complaint
		"Our construction company has to close a lane where the bus goes. Which permit do we need?":                false, // works told
		"Wegen des BVG-Streiks kam ich nicht zum Termin. Bekomme ich einen neuen?":                                 false, // no travel asked
		"My bag was stolen on the U6 yesterday with my ID card in it.":                                             false, // a place, no travel
		"Ich fahre jeden Tag mit dem Auto, brauche ich eine Plakette?":                                             false, // no line
		"Wie viele Busse fahren in Berlin?":                                                                        false,
		"Wir sind 2 Personen und fahren nach Hamburg, was brauchen wir?":                                           false, // a number, not a line
	} {
		if got := asksTimetable(q); got != want {
			t.Errorf("asksTimetable(%q) = %v, want %v", q, got, want)
		}
	}
}
