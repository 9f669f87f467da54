package bot

import "testing"

func TestGermanMission(t *testing.T) {
	const (
		de = "die deutsche Botschaft oder das Konsulat, bei dem das Visum beantragt wurde"
		en = "the German embassy or consulate where the visa was applied for"
	)
	for _, tt := range []struct {
		question, lang, want string
	}{
		{"Die deutsche Botschaft in Accra hat das Visum meines Bruders abgelehnt. Was kann ich dagegen tun?", "de", de},
		{"Wie lange dauert gerade ein Visumtermin beim deutschen Generalkonsulat in Istanbul?", "de", de}, // a compound
		{"Meine Tante wartet auf ihr Besuchsvisum. Die deutsche Botschaft meldet sich nicht.", "de", de},
		{"The German consulate in Chennai refused my father's visa. Can we object?", "en", en},
		{"How long does the German embassy in Manila take to decide on a spouse visa?", "en", en},
		// the mission demands what the city issues
		{"Die deutsche Botschaft in Accra sagt, für den Visumtermin muss jemand hier für die Kosten bürgen. Wo mache ich das?", "de", ""},
		{"The German embassy wants a guarantee before it gives my nephew a visa appointment. How do I sign one?", "en", ""},
		// a skilled worker or an employer: the accelerated procedure
		{"Unsere neue Fachkraft wartet seit Monaten auf einen Visumtermin bei der deutschen Botschaft. Können wir das beschleunigen?", "de", ""},
		// what the city does asked
		{"The German embassy in Lagos gave my wife her visa appointment. How does she get her residence permit here afterwards?", "en", ""},
		// no act of the mission, no German mission, no visa
		{"My mother got her visa from the German embassy. What should she bring on the flight?", "en", ""},
		{"The Turkish consulate refused my visa. Can I appeal?", "en", ""},
		{"The German embassy in Lagos has no appointments for a passport. What can I do?", "en", ""},
		{"The German embassy told me my visa was refused. How can I appeal?", "en", en},                            // told, not demanded
		{"Ein deutsches Konsulat hat mein Visum abgelehnt. Was kann ich tun?", "de", de},                           // "deutsches"
		{"Die deutsche Botschaft braucht ewig für die Entscheidung über das Visum. Kann man nachhaken?", "de", de}, // "braucht" takes time
		{"The German embassy says my nephew needs a guarantee before he gets a visa appointment. How do I give one?", "en", ""},
		// an act of the city's, not of the mission's
		{"Die deutsche Botschaft in Lagos hat das Visum bewilligt, mein Sohn kommt nächste Woche. Wann bekommt er einen Termin beim Bürgeramt?", "de", ""},
		{"My wife got her visa from the German embassy. Which documents should she take to the Ausländerbehörde?", "en", ""},
		// a document the city issues asked for
		{"Die deutsche Botschaft hat das Visum meiner Mutter abgelehnt. Wo gebe ich eine neue Verpflichtungserklärung ab?", "de", ""},
		// an employer, the accelerated procedure, a make-up artist
		{"Can we use the accelerated procedure for skilled workers? The German embassy gives our new employee a visa appointment in eight months.", "en", ""},
		{"Wir wollen als Arbeitgeberin das Vorabzustimmungsverfahren nutzen, die deutsche Botschaft hat keinen Visumtermin frei.", "de", ""},
		{"Die deutsche Botschaft sucht eine Visagistin. Wie lange dauert die Bewerbung?", "de", ""},
	} {
		if got := germanMission(tt.question, tt.lang); got != tt.want {
			t.Errorf("germanMission(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}
