package knowledge

import "testing"

func TestAnalyzeReadsFeminineForms(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "m", Title: "Makler Erlaubnis", Language: "de"},
		{ID: "a", Title: "Approbation als Arzt", Language: "de"},
		{ID: "r", Title: "Zulassung als Rechtsanwalt", Language: "de"},
		{ID: "t", Title: "Termin buchen", Language: "de"},
		{ID: "tm", Title: "Term", Language: "de"},
	}, nil)
	checkTerms(t, &x, nil, []termCase{
		{"Maklerin", []string{Stem("Makler", "de")}, nil},
		{"Maklerinnen", []string{Stem("Makler", "de")}, nil},
		{"Ärztin", []string{Stem("Arzt", "de")}, nil},                 // the umlaut undone
		{"Rechtsanwältin", []string{Stem("Rechtsanwalt", "de")}, nil}, // the last umlaut
		{"Termin", []string{Stem("Termin", "de")}, []string{"term"}},  // too short a stem
		{"Kollegin", nil, []string{Stem("Kolleg", "de")}},             // unknown without the ending
	})
}
