package bot

import (
	"testing"

	"citizenbot/knowledge"
)

func TestMoveQuery(t *testing.T) {
	berlin := knowledge.Tenant{Name: "Berlin", Regions: []string{"berlin"}}
	for _, tt := range []struct{ question, want string }{
		{"Wir ziehen nach Pankow", moveInWords},
		{"Ich ziehe im Mai nach Neukölln, was muss ich tun?", moveInWords},
		{"We are moving to Neukölln", moveInWords},
		{"Ich will nach Spandau umziehen", moveInWords},    // the verb after the place
		{"Ich ziehe von München nach Berlin", moveInWords}, // the tenant's own city
		{"Ich ziehe nach Spanien", moveOutWords},
		{"We are moving back to the US", moveOutWords},
		{"moving to the United Kingdom next year", moveOutWords}, // a name of several words
		{"Wir ziehen im Sommer in die Schweiz", moveOutWords},
		{"I'm moving abroad", ""}, // no "to": the lexicon's phrases see to it
		{"Ich ziehe ins Ausland", ""},
		{"Wir ziehen nach Köln", ""},                               // another city's: see elsewhere
		{"I moved to Neukölln in 2019 and want to naturalise", ""}, // a past move tells where one lives
		{"Can I move my appointment to Friday?", ""},               // moves no one
		{"Was muss ich nach dem Umzug beachten?", ""},              // "nach" of time
		{"Ich fahre nach Spanien in den Urlaub", ""},
		{"Personalausweis beantragen", ""},
	} {
		if got := moveQuery(tt.question, berlin); got != tt.want {
			t.Errorf("moveQuery(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestCountryNames(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  bool
	}{
		{[]string{"spanien"}, true},
		{[]string{"spain", "next", "year"}, true},
		{[]string{"united", "kingdom"}, true},
		{[]string{"united"}, false},
		{[]string{"pankow"}, false},
	} {
		if got := countryNamed(tt.words); got != tt.want {
			t.Errorf("countryNamed(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
