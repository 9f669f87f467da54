package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestMoveQuery(t *testing.T) {
	berlin := knowledge.Tenant{Name: "Berlin", Regions: []string{"berlin"}}
	for _, tt := range []struct{ question, want string }{
		{"Wir ziehen nach Pankow", moveInWords},
		{"Ich ziehe im Mai nach Neukölln, was muss ich tun?", moveInWords},
		{"We are moving to Neukölln", moveInWords},
		{"Ich will nach Spandau umziehen", moveInWords},                               // the verb after the place
		{"Ich ziehe von München nach Berlin", moveInWords},                            // the tenant's own city
		{"Wir ziehen Ende Mai mit zwei Kindern von Hamburg nach Pankow", moveInWords}, // from … to: the verb further off
		{"Wir ziehen Ende Mai mit zwei Kindern und dem Hund nach Pankow", ""},         // too far without "von"
		{"Ich ziehe nach Spanien", moveOutWords},
		{"We are moving back to the US", moveOutWords},
		{"moving to the United Kingdom next year", moveOutWords}, // a name of several words
		{"Wir ziehen im Sommer in die Schweiz", moveOutWords},
		{"We lived in the UK before moving to Berlin", moveInWords}, // English "in" is where one was
		{"Moving back to Toronto in June", moveOutWords},            // back where one came from
		{"Ich ziehe zurück nach Pankow", moveInWords},
		{"I'm moving abroad", ""}, // no "to": the lexicon's phrases see to it
		{"Ich ziehe ins Ausland", ""},
		{"Wir ziehen nach Köln", ""},                               // another city's: see elsewhere
		{"I moved to Neukölln in 2019 and want to naturalise", ""}, // a past move tells where one lives
		{"Can I move my appointment to Friday?", ""},               // moves no one
		{"We are moving our bakery shop to Pankow", ""},            // the business moves, not the home
		{"Unser Laden zieht im Herbst nach Spandau", ""},
		{"Blumenladen zieht von Wedding nach Moabit, Gewerbeamt Bescheid geben?", ""},                 // the business moves, a compound names it
		{"Mein Friseursalon zieht von Kreuzberg nach Schöneberg um. Muss ich das ändern lassen?", ""}, // the owner's compound
		{"Ich muss meine Möbel ausladen und ziehe nach Pankow", moveInWords},                          // a verb, no business
		{"Unser Weinladen in Mitte zieht nach Pankow", ""},                                            // the owner's compound
		{"Unser Laden in Mitte zieht nach Pankow", ""},
		{"Firma zieht innerhalb Berlins um", ""},
		{"Ich ziehe mit meinem Hund nach Pankow", moveInWords},
		{"Was muss ich nach dem Umzug beachten?", ""}, // "nach" of time
		{"Ich fahre nach Spanien in den Urlaub", ""},
		{"Ziehe nächsten Monat innerhalb Berlins um", moveInWords}, // a genitive "s"
		{"Wir ziehen innerhalb des Bezirks um", moveInWords},
		{"moving within the city, do I have to tell anyone?", moveInWords},
		{"Umzug innerhalb Deutschlands", moveInWords},
		{"Ich ziehe innerhalb Münchens um", ""},             // another city's
		{"Ich muss innerhalb von zwei Wochen umziehen", ""}, // tells when
		{"Innerhalb der Familie ziehen wir zusammen", ""},   // no area
		{"Personalausweis beantragen", ""},
	} {
		if got := moveQuery(tt.question, berlin).words; got != tt.want {
			t.Errorf("moveQuery(%q) words %q, want %q", tt.question, got, tt.want)
		}
	}
}

// The words a move within the city is read from, its places with their
// prepositions and its verbs, are left out of the search; a noun after an
// article is no place, and a move with no place read keeps its words.
func TestMoveRead(t *testing.T) {
	berlin := knowledge.Tenant{Name: "Berlin", Regions: []string{"berlin"}}
	for _, tt := range []struct {
		question string
		want     [][]string
	}{
		{"Wir ziehen nach Pankow", [][]string{{"nach", "pankow"}, {"ziehen"}}},
		{"Ich ziehe Ende des Monats von Kreuzberg nach Pankow.", [][]string{{"nach", "pankow"}, {"von", "kreuzberg"}, {"ziehe"}}},
		{"We are moving from Hamburg to Neukölln next month", [][]string{{"to", "neukoelln"}, {"from", "hamburg"}, {"moving"}}},
		{"Wir ziehen nach dem Studium in die Stadt", nil},
		{"Ich ziehe nach Spanien", nil}, // abroad: not within the city
		{"Wir ziehen nach Köln", nil},   // another city's
		{"Wir ziehen innerhalb des Bezirks um", [][]string{{"innerhalb", "des", "bezirks"}, {"ziehen"}}},
		{"Ziehe innerhalb Berlins um", [][]string{{"innerhalb", "berlins"}, {"ziehe"}}},
		{"Ich ziehe innerhalb Münchens um", [][]string{{"innerhalb", "muenchens"}, {"ziehe"}}},
		{"Ich muss innerhalb von zwei Wochen umziehen", nil},
	} {
		if got := moveQuery(tt.question, berlin).read; !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("moveQuery(%q) read %q, want %q", tt.question, got, tt.want)
		}
	}
}

// Search gets the reading's words, not the words it was read from.
func TestSearchMoveWithinCity(t *testing.T) {
	anmeldung := knowledge.Entry{ID: "anmeldung", Title: "Anmeldung einer Wohnung", Language: "de", Region: "berlin"}
	kb := newFakeKB(t, anmeldung)
	kb.hits = []knowledge.Hit{{ID: "anmeldung", Region: "berlin", Score: 0.03, Similarity: 0.5}}
	text := "Wir ziehen nach Pankow. Was muss ich tun?"
	if _, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: text}, nil); err != nil {
		t.Fatal(err)
	}
	blank := func(s string) string { return strings.Repeat(" ", len(s)) }
	want := "Wir " + blank("ziehen nach Pankow") + ". Was muss ich tun? + " + moveInWords
	if len(kb.queries) == 0 {
		t.Fatal("no search")
	}
	if got := kb.queries[0].Text + " + " + strings.Join(kb.queries[0].Adds, " + "); got != want {
		t.Errorf("searched %q, want %q", got, want)
	}
}

func TestWithoutPhrases(t *testing.T) {
	blank := func(s string) string { return strings.Repeat(" ", len(s)) }
	for _, tt := range []struct {
		text string
		drop [][]string
		want string
	}{
		{"Wir ziehen nach Neukölln. Was nun?", [][]string{{"nach", "neukoelln"}}, "Wir ziehen " + blank("nach Neukölln") + ". Was nun?"},
		{"von Kreuzberg nach Pankow", [][]string{{"nach", "pankow"}, {"von", "kreuzberg"}}, blank("von Kreuzberg nach Pankow")},
		{"nach dem Umzug nach Pankow", [][]string{{"nach", "pankow"}}, "nach dem Umzug " + blank("nach Pankow")},
		{"Pankower Straße, Pankow", [][]string{{"pankow"}}, "Pankower Straße, " + blank("Pankow")},
		{"nichts zu tun", nil, "nichts zu tun"},
	} {
		if got := withoutPhrases(tt.text, tt.drop); got != tt.want {
			t.Errorf("withoutPhrases(%q, %q) = %q, want %q", tt.text, tt.drop, got, tt.want)
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

// A move to a city the tenant's settings do not name is searched for as a
// move in when what search finds is of that city's region, and as the
// question alone when it is not (that city's administration is then the
// one to ask; see elsewhere). A move within that city leaves out the words
// it was read from, as one within a named city does.
func TestSearchMoveToUnnamedCity(t *testing.T) {
	anmeldung := knowledge.Entry{ID: "anmeldung", Title: "Anmeldung einer Wohnung", Language: "de", Region: "berlin"}
	blank := func(s string) string { return strings.Repeat(" ", len(s)) }
	for _, tt := range []struct {
		text, region string
		want         []string
	}{
		{"Ich ziehe nach Berlin", "berlin", []string{"Ich ziehe nach Berlin", "Ich ziehe nach Berlin + " + moveInWords}},
		{"Ich ziehe nach Berlin", "hamburg", []string{"Ich ziehe nach Berlin"}},
		{"Ich ziehe innerhalb Berlins um", "berlin", []string{"Ich ziehe innerhalb Berlins um", "Ich " + blank("ziehe innerhalb Berlins") + " um + " + moveInWords}},
	} {
		kb := newFakeKB(t, anmeldung)
		kb.hits = []knowledge.Hit{{ID: "anmeldung", Region: tt.region, Score: 0.03, Similarity: 0.5}}
		tenant := knowledge.Tenant{ID: "all", Name: "Serviceportal"}
		if _, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: tenant, Lang: "de", Text: tt.text}, nil); err != nil {
			t.Fatal(err)
		}
		got := kb.searched()
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q, entries of %s: searched %q, want %q", tt.text, tt.region, got, tt.want)
		}
	}
}
