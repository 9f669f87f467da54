package bot

import "testing"

func TestByOwnFirm(t *testing.T) {
	for q, want := range map[string]bool{
		"Den Gehweg vor der Hofeinfahrt soll eine Baufirma umbauen, nicht das Bezirksamt.":        true,
		"Die Einfahrt soll eine Pflasterfirma bauen, nicht über das Bezirksamt. Was brauche ich?": true,
		"Die Einfahrt soll eine Pflasterfirma bauen statt vom Bezirk. Was brauche ich?":           true,
		"Wir lassen die Zufahrt anstatt vom Amt von einem Tiefbauer herstellen.":                  true,
		"Das macht meine eigene Baufirma. Welchen Antrag stelle ich?":                             true,
		"We want a contractor we hire ourselves to do it, not by the district office.":            true,
		"Our own builders will lower the curb. What do we need?":                                  true,
		"Das Bezirksamt hat nicht geantwortet. Wie lange dauert das?":                             false,
		"Ich habe eine eigene Wohnung und will eine Einfahrt bauen.":                              false,
		"Darf ich selbst eine Tiefbaufirma beauftragen, statt dass das Bezirksamt baut?":          true,
		"Can we hire our own construction company to lower the curb?":                             true,
		"We'd rather hire a firm than wait. Instead of waiting for the district, what can we do?": true,
		"Die Einfahrt bauen wir, statt ewig aufs Amt zu warten.":                                  true,
		"Kann das Bezirksamt das machen? Eine eigene Baufirma wollen wir nicht beauftragen.":      false,
		"Wir wollen keine eigene Baufirma beauftragen.":                                           false,
		"Statt einer eigenen Firma soll das Bezirksamt den Bordstein absenken.":                   false,
		"Die Einfahrt baut meine eigene Baufirma statt dem Bezirksamt.":                           true,
		"Ich weiß nicht, ob das Bezirksamt das macht.":                                            false,
	} {
		if got := byOwnFirm(q); got != want {
			t.Errorf("byOwnFirm(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOwnFirmShift(t *testing.T) {
	for title, want := range map[string]float64{
		"Gehwegüberfahrten - Herstellung und Änderung durch das Straßen- und Grünflächenamt": -officeShift,
		"Gehwegüberfahrten - Herstellung und Änderung durch den Anlieger":                    ownerShift,
		"Beistandschaft durch das Jugendamt":                                                 -officeShift,
		"Gehwegüberfahrten - Auskunft":                                                       0,
	} {
		if got := ownFirmShift(title); got != want {
			t.Errorf("ownFirmShift(%q) = %v, want %v", title, got, want)
		}
	}
}

// A citizen whose own firm does the work gets the owner's service, though
// search ranks the office's first.
func TestAnswerByOwnFirm(t *testing.T) {
	b := siblings(t, "Gehwegüberfahrt - Herstellung durch das Tiefbauamt", "Gehwegüberfahrt - Herstellung durch den Anlieger")
	wantFirst(t, b, map[string]string{
		"Eine Gehwegüberfahrt soll meine eigene Baufirma herstellen. Was beantrage ich?": "second",
		"Ich brauche eine Gehwegüberfahrt. Was beantrage ich?":                           "first",
	})
}
