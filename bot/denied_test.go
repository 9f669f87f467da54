package bot

import (
	"slices"
	"testing"
)

func TestDeniedWords(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     []string
	}{
		{"Bin seit kurzem selbstständig und kein Kleinunternehmer. Wie oft muss ich melden?", []string{"kleinunternehmer"}},
		{"Bis wann muss ich als Grafikdesignerin (keine Kleinunternehmerin) die Erklärung abgeben?", []string{"kleinunternehmerin"}},
		{"What do I need to own a pistol? I'm not a sport shooter or hunter.", []string{"sport", "shooter"}},
		{"Ich bin Mitglied der Baukammer, nicht als beratender Ingenieur eingetragen.", []string{"beratender", "ingenieur"}},
		// having nothing, and a nationality, deny nothing
		{"Ich habe keinen Personalausweis, wie beantrage ich einen?", nil},
		{"Neuwagen gekauft, ich hab nur die Rechnung, keinen Fahrzeugbrief.", nil},
		{"Ich bin kein Deutscher, kann ich mich einbürgern lassen?", nil},
		{"I'm not a German citizen yet. How do I naturalise?", []string{"citizen"}},
	} {
		if got := deniedWords(tt.question); !slices.Equal(got, tt.want) {
			t.Errorf("deniedWords(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestNamesDenied(t *testing.T) {
	for _, tt := range []struct {
		title  string
		denied []string
		want   bool
	}{
		{"Umsatzsteuer - Kleinunternehmer", []string{"kleinunternehmerin"}, true},
		{"Umsatzsteuer - Voranmeldungen - Jahreserklärungen", []string{"kleinunternehmerin"}, false},
		{"Waffenbesitzkarte (gelb) für Sportschützen", []string{"sport", "shooter"}, true}, // "sport" starts the compound
		{"Reisepass beantragen", []string{"pass"}, false},                                  // stems under five letters count not
		{"Baukammer - Löschung der Mitgliedschaft - beratende Ingenieure", []string{"beratender", "ingenieur"}, true},
	} {
		if got := namesDenied(tt.title, tt.denied); got != tt.want {
			t.Errorf("namesDenied(%q, %q) = %v, want %v", tt.title, tt.denied, got, tt.want)
		}
	}
}
