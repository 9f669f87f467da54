package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestFirstTime(t *testing.T) {
	for q, want := range map[string]bool{
		"Ich möchte zum ersten Mal einen Angelschein haben.":    true,
		"Wir haben so einen Antrag noch nie gestellt.":          true,
		"It's the first time I run a food stall at a fair.":     true,
		"It isn't the first time I apply for this permit.":      false,
		"Das ist nicht das erste Mal, dass ich ihn verlängere.": false,
		"My taxi licence runs out in May. How do I renew it?":   false,
		"Erstmalig beantrage ich eine Erlaubnis für mein Taxi.": true,
		"Wir wollen einen Krankentransportdienst gründen.":      true,
	} {
		if got := firstTime(q); got != want {
			t.Errorf("firstTime(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestRenewalOnly(t *testing.T) {
	for title, want := range map[string]bool{
		"Konzession - Erneuerung/Erweiterung Genehmigung für Ausflugs- und Ferienzielfahrten beantragen": true,
		"Aufenthaltserlaubnis aus humanitären Gründen - Verlängerung":                                    true,
		"Reisegewerbekarte verlängern":                      true,
		"Fischereischein beantragen oder verlängern":        false,
		"Waffenschein beantragen/verlängern":                false,
		"Jagdschein - Ausstellung/Verlängerung beantragen":  false,
		"Konzession - Erteilung Taxigenehmigung beantragen": false,
	} {
		if got := renewalOnly(title); got != want {
			t.Errorf("renewalOnly(%q) = %v, want %v", title, got, want)
		}
	}
}

// A citizen who does it for the first time gets the first grant, though
// search ranks the renewal first.
func TestAnswerFirstTime(t *testing.T) {
	b := siblings(t, "Konzession - Erneuerung Taxigenehmigung beantragen", "Konzession - Erteilung Taxigenehmigung beantragen")
	wantFirst(t, b, map[string]string{
		"Ich fahre zum ersten Mal selbstständig Taxi. Welche Konzession brauche ich?": "second",
		"Welche Konzession brauche ich als Taxiunternehmer?":                          "first",
	})
}

func TestExpiring(t *testing.T) {
	for q, want := range map[string]bool{
		"Meine Genehmigung läuft in vier Monaten ab. Wie bekomme ich sie verlängert?":  true,
		"Meine Karte ist befristet – die läuft nächsten Monat aus.":                    true,
		"Was muss ich tun, bevor meine Aufenthaltserlaubnis abläuft?":                  true,
		"My registration certificate runs out next month.":                             true,
		"My permit expires in May, what do I need?":                                    true,
		"Mein Pass ist abgelaufen. Wie bekomme ich einen neuen?":                       false, // has run out
		"My passport expired last week.":                                               false,
		"privatinsolvenz wie läuft das ab":                                             false, // how it goes
		"We are running out of money for the rent.":                                    false, // out of something
		"Mein Arbeitsvertrag läuft im März aus. Welche Reisegewerbekarte brauche ich?": false, // a contract
		"Meine Probezeit läuft ab, muss ich den P-Schein neu beantragen?":              false,
		"Die Anmeldung läuft ab Januar online.":                                        false, // "ab" before a date
		"Bei uns läuft Wasser aus der Decke, wer ist zuständig?":                       false,
	} {
		if got := expiring(q); got != want {
			t.Errorf("expiring(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOtherRenewals(t *testing.T) {
	cands := []candidate{
		{hit: knowledge.Hit{Title: "Reisegewerbe - Reisegewerbekarte beantragen"}},
		{hit: knowledge.Hit{Title: "Reisegewerbe - Reisegewerbekarte verlängern"}},
		{hit: knowledge.Hit{Title: "Reisepass beantragen"}},
	}
	for q, want := range map[string][]bool{
		"Meine Reisegewerbekarte läuft nächsten Monat ab. Was muss ich tun?": {true, false, false},
		"Ich brauche eine Reisegewerbekarte. Was muss ich tun?":              {false, false, false}, // nothing runs out
	} {
		if got := otherRenewals(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherRenewals(%q) = %v, want %v", q, got, want)
		}
	}
}

// A citizen whose licence runs out gets its renewal, though search ranks
// the first grant first.
func TestAnswerExpiring(t *testing.T) {
	b := siblings(t, "Konzession - Erteilung Taxigenehmigung beantragen", "Konzession - Erneuerung Taxigenehmigung beantragen")
	wantFirst(t, b, map[string]string{
		"Meine Taxigenehmigung läuft im Sommer ab. Was muss ich tun?": "second",
		"Welche Taxigenehmigung brauche ich?":                         "first",
	})
}

func TestOtherExtensions(t *testing.T) {
	cands := []candidate{
		{hit: knowledge.Hit{Title: "Reisegewerbe - Reisegewerbekarte beantragen"}},
		{hit: knowledge.Hit{Title: "Reisegewerbe - Reisegewerbekarte erweitern"}},
		{hit: knowledge.Hit{Title: "Gewerbe anmelden"}},
	}
	for q, want := range map[string][]bool{
		"Ich hab eine Reisegewerbekarte für Haushaltswaren und will jetzt zusätzlich Scheren schleifen.": {true, false, false},
		"I have a licence for selling door to door, and now I also want to offer knife sharpening.":      {true, false, false},
		"Ich habe einen Imbiss und möchte zusätzlich eine Reisegewerbekarte.":                            {false, false, false}, // holds no licence
		"Ich habe einen Kita-Gutschein für meinen Sohn, jetzt brauche ich auch eine Reisegewerbekarte.":  {false, false, false}, // a voucher
		"Ich habe noch keine Reisegewerbekarte. Brauche ich auch eine für Wochenmärkte?":                 {false, false, false}, // holds none
		"Do I have to get a new licence if I also sell at markets?":                                      {false, false, false}, // a duty
		"Ich habe die Reisegewerbekarte beantragt und will auch Scheren schleifen.":                      {false, false, false}, // applied for
		"Ich will an der Haustür Haushaltswaren und auch Bürsten verkaufen. Was brauche ich?":            {false, false, false}, // holds none
		"Ich hab eine Reisegewerbekarte. Wo verlängere ich sie?":                                         {false, false, false}, // adds nothing
	} {
		if got := otherExtensions(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherExtensions(%q) = %v, want %v", q, got, want)
		}
	}
	// "Ersterteilung" names the first grant as "Erteilung" does.
	licences := []candidate{
		{hit: knowledge.Hit{Title: "Fahrerlaubnis - Ersterteilung beantragen"}},
		{hit: knowledge.Hit{Title: "Fahrerlaubnis - Erweiterung beantragen"}},
	}
	q := "Ich habe den Führerschein für Autos und möchte zusätzlich Lkw fahren."
	if got := otherExtensions(q, licences); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("otherExtensions(%q) = %v, want [true false]", q, got)
	}
}

// A citizen who holds a licence and adds to it gets its extension, though
// search ranks the first grant first.
func TestAnswerExtension(t *testing.T) {
	b := siblings(t, "Reisegewerbe - Reisegewerbekarte beantragen", "Reisegewerbe - Reisegewerbekarte erweitern")
	wantFirst(t, b, map[string]string{
		"Ich hab eine Reisegewerbekarte für Haushaltswaren und will jetzt zusätzlich Scheren schleifen. Was muss ich tun?": "second",
		"Ich will an der Haustür Haushaltswaren verkaufen. Welche Reisegewerbekarte brauche ich?":                          "first",
	})
}
