package bot

import "testing"

func TestAsksOuting(t *testing.T) {
	for q, want := range map[string]bool{
		"Wo kann man in Kreuzberg abends gut essen gehen?":                            true,
		"Where can I go ice skating outside this winter?":                             true,
		"Welche Museen kann man sonntags umsonst besuchen?":                           true,
		"Gibt es am Schlachtensee eine Stelle, wo Hunde baden dürfen?":                true,
		"Gibt es in Berlin einen Hundestrand, wo mein Hund ins Wasser darf?":          true,
		"Wo melde ich, dass jemand Öl ins Wasser kippt?":                              false, // a report
		"Which lakes around Berlin have a beach where dogs are allowed?":              true,
		"Wo kann man an Silvester gut feiern?":                                        true,
		"Wo melde ich ein Straßenfest an, bei dem wir feiern wollen?":                 false, // a procedure
		"Wo kann ich Müll am Badesee melden?":                                         false, // a report
		"Where can I open a café in Neukölln?":                                        false, // a business
		"Wo beantrage ich Tische vor unserem Café?":                                   false, // a procedure, the asker's own café
		"Ich fange einen Job im Restaurant an. Wo kriege ich das Gesundheitszeugnis?": false, // a job
		"Welche Museen kann man mit dem berlinpass billiger besuchen?":                false, // the pass
		"Wo kann man in Berlin außerhalb des Standesamts am Strand heiraten?":         false, // a wedding
		"Wo kann mein Sohn mit Behinderung tanzen lernen?":                            false, // learning
		"Wo kann meine Mutter als Rentnerin in Spandau tanzen gehen?":                 false, // the offers for seniors
		"Bis wann dürfen wir im Garten laut feiern, und wo ist die Grenze?":           false, // noise
		"Wo dürfen wir im Park feiern? Brauchen wir eine Erlaubnis?":                  false, // a permit, in the other sentence
		"Welche Strände eignen sich für einen Filmdreh mit Drehgenehmigung?":          false, // a permit by its end
		"Are there free youth clubs where my son can do sports?":                      false, // no pastime of outingWords
		"Unser Café hat Ärger mit dem Nachbarn, welche Rechte haben wir?":             false, // the asker's own café
		"Was kann man in Berlin an einem Regentag mit zwei Kindern unternehmen?":      true,
		"What can we do in Berlin on a rainy day?":                                    true,
		"Was kann ich machen, wenn bei Regen das Dach tropft?":                        false, // a condition, not a day out
		"What can I do about the noise from the bar downstairs?":                      false, // no bad weather
		"Which Weihnachtsmärkte in Berlin are free to enter this year?":               true,
		"Which documents do I need to sell mulled wine at a Christmas market?":        false, // selling
		"Wo beantrage ich einen Standplatz auf dem Weihnachtsmarkt?":                  false, // a stall's pitch
		"Auf welchen Weihnachtsmärkten gibt es Glühwein?":                             true,
		"Was kann ich machen, mein Keller ist nach dem Regen vollgelaufen?":           false, // the rain is another clause's
		"What do I do, my roof leaks on rainy days?":                                  false,
	} {
		if got := asksOuting(q); got != want {
			t.Errorf("asksOuting(%q) = %v, want %v", q, got, want)
		}
	}
}
