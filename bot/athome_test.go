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
