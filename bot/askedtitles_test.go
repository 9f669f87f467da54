package bot

import (
	"slices"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestAskedStems(t *testing.T) {
	lex, err := knowledge.ParseLexicon(strings.NewReader("Einbürgerung = naturalisation\n"), "t.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	stems := func(q string) []string { return askedStems(q, askedPart(q), lex) }
	if got := stems("Wie beantrage ich die Einbürgerung?"); got != nil {
		t.Errorf("a question that only asks: stems %q, want none", got)
	}
	got := stems("I've lived in Berlin for six years with a Blue Card. How do I apply for naturalisation?")
	if !slices.Contains(got, knowledge.Stem("einbuergerung", "de")) {
		t.Errorf("stems %q lack the lexicon's official word for what is asked", got)
	}
	if slices.Contains(got, knowledge.Stem("berlin", "de")) {
		t.Errorf("stems %q hold a word of the sentence that tells", got)
	}
}

func TestTitleAsked(t *testing.T) {
	stems := []string{knowledge.Stem("einbuergerung", "de"), knowledge.Stem("beantragen", "de"), knowledge.Stem("erteilung", "de")}
	for title, want := range map[string]bool{
		"Einbürgerung - Verleihung der deutschen Staatsangehörigkeit beantragen": true,
		"Einbürgerungstest - Anmeldung":                                          true, // a compound with the noun
		"Niederlassungserlaubnis für Inhaber einer Blauen Karte EU":              false,
		"Aufenthaltserlaubnis - Erteilung":                                       false, // a procedure noun does not count
		"Personalausweis beantragen":                                             false, // nor a verb
	} {
		if got := titleAsked(title, stems); got != want {
			t.Errorf("titleAsked(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestTitlePending(t *testing.T) {
	stems := []string{knowledge.Stem("approbationsverfahren", "de")}
	for title, want := range map[string]bool{
		"Approbation (Drittstaat) als Zahnarzt/ärztin beantragen": true, // the compound names the noun first
		"Berufserlaubnis als Zahnärztin/Zahnarzt beantragen":      false,
		"Verfahren - Auskunft": false, // nor its last part
	} {
		if got := titlePending(title, stems); got != want {
			t.Errorf("titlePending(%q) = %v, want %v", title, got, want)
		}
		if titleAsked(title, stems) {
			t.Errorf("titleAsked(%q): a compound of the question does not ask for the title's noun alone", title)
		}
	}
}
