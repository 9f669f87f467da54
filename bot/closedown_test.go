package bot

import "testing"

func TestClosesBusiness(t *testing.T) {
	for q, want := range map[string]bool{
		"We are closing our bakery business in June. What paperwork is left?":            true,
		"Ich gebe meine Physiotherapiepraxis zum Jahresende auf.":                        true,
		"Wir machen das Café nach zehn Jahren dicht, was muss ich erledigen?":            true,
		"I'm shutting down my web design company. Do I tell the tax office?":             true,
		"Ich höre mit meiner Selbstständigkeit auf und werde angestellt.":                true,
		"I'm giving up my flat in Hamburg and moving to Berlin.":                         false, // no business
		"Ich eröffne einen Laden in Neukölln. Wo melde ich das Gewerbe an?":              false, // opening
		"Our shop closes at 8 pm. Can we stay open longer before Christmas?":             false, // hours
		"Die Kita hatte wochenlang zu, ich bin selbstständig und hatte keine Einkünfte.": false,
	} {
		if got := closesBusiness(q); got != want {
			t.Errorf("closesBusiness(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestStartTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Gewerbe anmelden": true,
		"Gründungen - steuerliche Anmeldung von Unternehmen": true,
		"Handwerk - Eintragung in die Handwerksrolle":        true,
		"Gewerbe abmelden": false,
		"Steuerliche Abmeldung oder Ummeldung eines Unternehmens": false,
		"Handwerk - Löschung aus der Handwerksrolle":              false,
	} {
		if got := startTitle(title); got != want {
			t.Errorf("startTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestEntersOnly(t *testing.T) {
	for q, want := range map[string]bool{
		"Ich habe meinen Meister gemacht. Muss ich mich bei der Handwerkskammer eintragen lassen?":     true,
		"Meine Zweitwohnung ist aufgelöst. Wo lasse ich das eintragen?":                                false, // no register
		"Mein Hund ist weggelaufen. Muss ich das im Hunderegister eintragen lassen?":                   false, // gone
		"Ich ziehe mit meiner Firma nach Hamburg. Muss ich mich dort ins Handelsregister eintragen?":   false, // a move
		"Ich gebe meinen Betrieb auf. Muss ich mich dann neu in die Handwerksrolle eintragen lassen?":  false, // closes
		"Wie lasse ich mich aus der Handwerksrolle austragen und in Brandenburg neu eintragen?":        false, // leaves
		"Der alte Eintrag soll gelöscht werden, muss ich die Firma neu ins Handelsregister eintragen?": false, // deletes
		"Wo melde ich mein Gewerbe an?": false, // no entry asked
		"Ich melde mein Gewerbe zum Jahresende ab. Muss ich das bei der Handwerkskammer eintragen lassen?": false, // a separable verb
	} {
		if got := entersOnly(q); got != want {
			t.Errorf("entersOnly(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestLeavesEntry(t *testing.T) {
	for q, want := range map[string]bool{
		"Ich bin noch als beratender Ingenieur in der Kammer eingetragen. Wie komme ich da raus?":         true,
		"I'm a member of the chamber of engineers. How do I deregister?":                                  true,
		"I'm a member of the chamber here and moved to Hamburg. How do I deregister?":                     false, // a move
		"Ich bin Mitglied der Ingenieurkammer. Wie kann ich austreten und mich in Brandenburg eintragen?": false, // registers anew
		"Ich will in die Handwerksrolle eingetragen werden, Mitglied bin ich schon. Wie läuft das ab?":    false, // how it goes
		"Ich bin in der Kammer eingetragen. Wie ändere ich meine Adresse?":                                false, // no leaving asked
		"Wie komme ich aus dem Vertrag raus?":                                                             false, // no entry told
	} {
		if got := leavesEntry(q); got != want {
			t.Errorf("leavesEntry(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestEndTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Handwerk - Löschung aus der Handwerksrolle":                  true,
		"Gewerbe abmelden":                                            true,
		"Handwerk - Eintragung in die Handwerksrolle":                 false,
		"Steuerliche Abmeldung oder Anmeldung eines Unternehmens":     false, // both
		"Baukammer - Löschung der Mitgliedschaft in der Kammer":       true,
		"Handwerk - Bescheinigung über die Eintragung bei der Kammer": false,
	} {
		if got := endTitle(title); got != want {
			t.Errorf("endTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// A citizen who closes a business gets deregistration, though search
// ranks registration first.
func TestAnswerClosesBusiness(t *testing.T) {
	b := siblings(t, "Gewerbe anmelden", "Gewerbe abmelden")
	wantFirst(t, b, map[string]string{
		"Ich schließe mein Nagelstudio im Herbst. Was muss ich mit dem Gewerbe machen?": "second",
		"Ich eröffne ein Nagelstudio im Herbst. Was muss ich mit dem Gewerbe machen?":   "first",
	})
}

// A citizen who asks to be entered gets the entry, though search ranks
// the deletion first.
func TestAnswerEntersOnly(t *testing.T) {
	b := siblings(t, "Handwerk - Löschung aus der Handwerksrolle", "Handwerk - Eintragung in die Handwerksrolle")
	wantFirst(t, b, map[string]string{
		"Ich habe meinen Meister gemacht. Muss ich mich bei der Handwerkskammer in die Handwerksrolle eintragen lassen?": "second",
		"Ich gebe meinen Betrieb auf. Wie werde ich aus der Handwerksrolle gelöscht?":                                    "first",
	})
}

// A citizen who leaves an entry gets the deletion, though search ranks the
// entry first.
func TestAnswerLeavesEntry(t *testing.T) {
	b := siblings(t, "Baukammer - Eintragung in die Liste beantragen", "Baukammer - Löschung aus der Liste beantragen")
	wantFirst(t, b, map[string]string{
		"Ich bin noch als beratender Ingenieur in der Kammer eingetragen. Wie komme ich da raus?": "second",
		"Ich bin beratender Ingenieur. Wie komme ich in die Liste der Kammer?":                    "first",
	})
}
