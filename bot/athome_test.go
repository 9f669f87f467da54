package bot

import "testing"

func TestEventAtHome(t *testing.T) {
	own := []string{"berlin"}
	for q, want := range map[string]bool{
		"Wir haben 2015 in Berlin-Pankow geheiratet, wo bekomme ich eine Heiratsurkunde?":         true,
		"My son was born in Berlin in 2020 and we need his birth certificate":                     true,
		"Meine Tante ist letztes Jahr in Berlin gestorben, ich brauche die Sterbeurkunde":         true,
		"Our son was born in Lisbon. We have lived in Berlin for a year. How do we register him?": false, // where the family lives
		"Wir haben in Rom geheiratet und wohnen jetzt in Berlin.":                                 false,
		"Born in Chile, my birth was registered in Berlin later. Where is my certificate?":        false, // another country
		"Ich wohne in Berlin und brauche eine Geburtsurkunde":                                     false, // no event
		"Mein Vater ist heute Nacht zu Hause gestorben. Was muss ich beim Standesamt machen?":     true,  // at the asker's home
		"Our baby was born at home with a midwife last week":                                      true,
		"Oma ist zuhause gestorben, was müssen wir melden?":                                       true,
		"Meine Mutter ist zu Hause in Polen gestorben, ich brauche die Sterbeurkunde":             false, // another country
		"Ich war zu Hause und er starb in Rom":                                                    false, // a conjunction between
		"Meine Oma ist daheim in Istanbul gestorben, wie lasse ich den Tod beurkunden?":           false, // a home in a city abroad
		"My mother died at home in her sleep last night":                                          true,
		"Mein Vater ist zu Hause im Schlaf gestorben":                                             true,
		"Er starb am Montag früh zu Hause in Berlin-Spandau":                                      true,
		"Mein Vater ist zu Hause gestorben, meine Schwester lebt im Ausland":                      true, // abroad in another clause
		"We got married at home in my village before coming to Germany":                           false,
		"My grandmother died at home back home, she was German":                                   false,
		"Mein Onkel ist in seiner Heimat daheim verstorben":                                       false,
		"Our son was born at home abroad":                                                         false,
		"Mein Vater ist zu Hause in Berlin-Spandau gestorben":                                     true,
	} {
		if got := eventAtHome(q, own); got != want {
			t.Errorf("eventAtHome(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAbroadTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Urkunden - Sterbeurkunde bei Sterbefall im Ausland oder auf Seeschiffen beantragen": true,
		"Sterbeurkunde beantragen":                                  false,
		"Zulassung eines aus dem EU-Ausland eingeführten Fahrzeugs": false, // a thing from abroad, no event
	} {
		if got := abroadTitle(title); got != want {
			t.Errorf("abroadTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestAwayTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Sterbefall auf deutschen Seeschiffen - Erstbeurkundung / Erstregistrierung": true,
		"Sterbefall im Ausland - Nachbeurkundung beantragen":                         true,
		"Sterbefall melden": false,
	} {
		if got := awayTitle(title); got != want {
			t.Errorf("awayTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestWeddingAbroad(t *testing.T) {
	for q, want := range map[string]bool{
		"Wir wollen nächstes Jahr in Italien heiraten. Das Standesamt dort will ein Papier, dass ich heiraten darf.": true,
		"We're getting married in Italy in September and the town hall wants a document.":                            true,
		"Mein Verlobter ist Italiener, wir wollen in Berlin heiraten.":                                               false, // at home
		"Wir wollen heiraten und wohnen in Italien.":                                                                 false, // a conjunction between
		"Ich wohne in Italien und brauche eine Geburtsurkunde.":                                                      false, // no wedding
		"Wir wollen nächstes Jahr in der Türkei heiraten.":                                                           true,  // an article before the country
		"Wir wollen im Ausland heiraten, was brauche ich?":                                                           true,
		"My parents married in Italy. I want to get married in Berlin. How do we give notice?":                       false, // another's wedding
		"We want to get married in Italy near my parents.":                                                           true,  // the asker's wedding
	} {
		if got := weddingAbroad(q); got != want {
			t.Errorf("weddingAbroad(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestHomeWeddingTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Eheschließung (mit Auslandsbeteiligung) anmelden":                                      true,
		"Eheschließung im Ausland - Nachbeurkundung beantragen":                                 false,
		"Namensrechtliche Erklärungen - Erklärung - bei Eheschließung und ohne Inlandswohnsitz": false, // for a name
		"Ehefähigkeitszeugnis beantragen":                                                       false,
	} {
		if got := homeWeddingTitle(title); got != want {
			t.Errorf("homeWeddingTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// For a wedding abroad the certificate of no impediment comes before
// giving notice of a marriage at home.
func TestAnswerWeddingAbroad(t *testing.T) {
	b := siblings(t, "Eheschließung (mit Auslandsbeteiligung) anmelden", "Ehefähigkeitszeugnis beantragen")
	wantFirst(t, b, map[string]string{
		"Wir wollen in Italien heiraten. Was brauche ich vom Standesamt für die Eheschließung?": "second",
		"Wir wollen in Berlin heiraten. Was brauche ich vom Standesamt für die Eheschließung?":  "first",
	})
}
