package bot

import "testing"

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
