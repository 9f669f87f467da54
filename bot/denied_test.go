package bot

import (
	"slices"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestDeniedWords(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     [][]string
	}{
		{"Bin seit kurzem selbstständig und kein Kleinunternehmer. Wie oft muss ich melden?", [][]string{{"kleinunternehmer"}}},
		{"Bis wann muss ich als Grafikdesignerin (keine Kleinunternehmerin) die Erklärung abgeben?", [][]string{{"kleinunternehmerin"}}},
		{"What do I need to own a pistol? I'm not a sport shooter or hunter.", [][]string{{"sport", "shooter"}}},
		{"Ich bin Mitglied der Baukammer, nicht als beratender Ingenieur eingetragen.", [][]string{{"beratender", "ingenieur"}}},
		{"My husband has a work permit (not a Blue Card). How do I join him?", [][]string{{"blue", "card"}}},
		// having nothing, and a nationality, deny nothing
		{"Ich habe keinen Personalausweis, wie beantrage ich einen?", nil},
		{"Neuwagen gekauft, ich hab nur die Rechnung, keinen Fahrzeugbrief.", nil},
		{"Ich bin kein Deutscher, kann ich mich einbürgern lassen?", nil},
		{"I'm not a German citizen yet. How do I naturalise?", [][]string{{"citizen"}}},
	} {
		if got := deniedWords(tt.question); !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("deniedWords(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestNamesDenied(t *testing.T) {
	words := func(ws ...string) []denial { return []denial{{words: ws}} }
	for _, tt := range []struct {
		title  string
		denied []denial
		want   bool
	}{
		{"Umsatzsteuer - Kleinunternehmer", words("kleinunternehmerin"), true},
		{"Umsatzsteuer - Voranmeldungen - Jahreserklärungen", words("kleinunternehmerin"), false},
		{"Waffenbesitzkarte (gelb) für Sportschützen", words("sport", "shooter"), true}, // "sport" starts the compound
		{"Reisepass beantragen", words("pass"), false},                                  // stems under five letters count not alone
		{"Baukammer - Löschung der Mitgliedschaft - beratende Ingenieure", words("beratender", "ingenieur"), true},
		{"Aufenthaltserlaubnis für Inhaber einer Blauen Karte EU", words("blaue", "karte"), true}, // short stems, all of them
		{"Parkausweis - Blaue Zone", words("blaue", "karte"), false},
		// official words count only all together
		{"Aufenthaltserlaubnis für Inhaber einer Blauen Karte EU", []denial{{words: []string{"blaue", "karte", "eu"}, phrase: true}}, true},
		{"Aufenthaltserlaubnis für Fachkräfte", []denial{{words: []string{"aufenthaltserlaubnis", "blaue", "karte"}, phrase: true}}, false},
	} {
		if got := namesDenied(tt.title, tt.denied); got != tt.want {
			t.Errorf("namesDenied(%q, %v) = %v, want %v", tt.title, tt.denied, got, tt.want)
		}
	}
}

// An English denial reaches a German title through the lexicon.
func TestDenialsOfficial(t *testing.T) {
	lex, err := knowledge.ParseLexicon(strings.NewReader("Blaue Karte EU = Blue Card\n"), "t.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	ds := denials("My wife has a permit for skilled workers (not a Blue Card). How do we join her?", lex)
	if !namesDenied("Aufenthaltserlaubnis für Familien von Inhabern einer Blauen Karte EU", ds) {
		t.Errorf("denials %v do not name the Blue Card title", ds)
	}
	if namesDenied("Aufenthaltserlaubnis für Familien von Fachkräften", ds) {
		t.Errorf("denials %v name the skilled workers' title", ds)
	}
}
