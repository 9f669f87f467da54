package bot

import "testing"

func TestAsksProcedure(t *testing.T) {
	for question, want := range map[string]bool{
		"Unser Haus steht unter Schutz. Müssen wir vorher jemanden fragen?":                    true,
		"Brauche ich dafür eine Genehmigung?":                                                  true,
		"Wie viel Steuer fällt beim Kauf an?":                                                  true,
		"Welche Steuer fällt beim Kauf an?":                                                    true,
		"Welche Steuern fallen beim Verkauf an?":                                               true,
		"What tax applies to a side job?":                                                      true,
		"Which taxes apply to a small shop?":                                                   true,
		"Which tax office is handling my file?":                                                false,
		"What taxes do I still owe?":                                                           false,
		"Which documents does the registry office want?":                                       true,
		"Ich habe Wohngeld beantragt. Welche Dokumente fehlen noch?":                           false, // what is missing: the case
		"Wo bekomme ich so ein Formular?":                                                      true,
		"Wie komme ich an den Berechtigungsnachweis?":                                          true,
		"What license do I need to sell door to door?":                                         true,
		"Do I need to register my dog?":                                                        true,
		"Braucht man dafür eine Erlaubnis?":                                                    true,
		"Wo bekommen wir die Freigabe?":                                                        true,
		"Mein Arbeitgeber will meine Steuer-ID. Wie komm ich da dran?":                         true,
		"What kind of residence permit does he need?":                                          true,
		"Kann ich mich dort offiziell vereidigen lassen?":                                      true,
		"Kann man sowas prüfen lassen, damit Kinder es nicht sehen?":                           true,
		"Kann ich dafür noch eine Entschädigung bekommen?":                                     true,
		"Kann man für zwei Motorräder ein Kennzeichen haben?":                                  true, // whether one can
		"Können wir dem Standesamt sagen, welches Recht gelten soll?":                          true,
		"Die Botschaft will eine Erklärung von mir. Wo mache ich das?":                         true,
		"Is there any compensation for parents who lost income?":                               true,
		"Gibt es eine Stelle, die Eltern zu Handyregeln berät?":                                true,
		"Wie werde ich Schöffin?":                                                              true,
		"How do I become a sworn interpreter?":                                                 true,
		"Ich will eine Grundschuld eintragen lassen. Wie läuft das ab?":                        true,
		"We want a Tagesmutter for our son. How does that work in Berlin?":                     true,
		"Vor dem Haus liegt ein Haufen Bauschutt. Wo meld ich das?":                            true, // the ending dropped
		"Wie bekomm ich eine neue Wertmarke?":                                                  true,
		"Wie werd ich Schöffe?":                                                                true,
		"Kann ich mir das noch überlegen?":                                                     false,
		"Ich kann das Formular nicht bekommen.":                                                false,
		"Gibt es beim Bezirk Fachleute, die uns beraten?":                                      true,
		"Is there a district service that can advise her?":                                     true,
		"Gibt es irgendwo eine Beratungsstelle, wo wir reden können?":                          true,
		"Is there any counselling for parents like us?":                                        true,
		"Gibt es im Mauerpark noch den Flohmarkt?":                                             false,
		"Wer sorgt dafür, dass das Autowrack weggeschafft wird?":                               true,
		"Is there any help for single parents?":                                                true,
		"Wie kann ich erreichen, dass mein Titel anerkannt wird?":                              true,
		"How can we make sure the seller doesn't sell it twice?":                               true,
		"Wie komme ich vom BER zum Alexanderplatz?":                                            false, // directions
		"Wie komme ich da hin?":                                                                false,
		"Welches Restaurant hat sonntags Brunch?":                                              false,
		"Hat der Vermieter recht?":                                                             false,
		"Is that even allowed in Berlin?":                                                      false,
		"Jemand hat Sperrmüll an die Ecke gestellt. Wem melde ich das?":                        true,
		"Wem kann ich das melden?":                                                             true,
		"Ich will öffentlich bestellter Gutachter werden. Wer ist dafür zuständig?":            true,
		"Kann ich beim Amt schriftlich nach seiner Adresse fragen?":                            true,
		"I want the child support put down officially. Can the youth office do that for free?": true,
		"Could the district office check my papers before the appointment?":                    true,
		"Can you tell me a joke?":                                                              false, // no office
		"Kann ich mit jemandem vom Stadtplanungsamt persönlich sprechen?":                      true,
		"Kann ich mir das noch einmal gesamt anschauen?":                                       false, // no office
		"Gibt es da was beim Gesundheitsamt?":                                                  true,
		"Gibt es einen Trick, wie man beim Bürgeramt schneller einen Termin kriegt?":           false,
	} {
		if got := asksProcedure(question); got != want {
			t.Errorf("asksProcedure(%q) = %v, want %v", question, got, want)
		}
	}
}
