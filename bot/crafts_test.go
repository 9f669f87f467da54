package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestNamesCraft(t *testing.T) {
	for q, want := range map[string]bool{
		"Ich bin Elektromeister aus Polen.":           true,
		"Ich habe einen Installateurbetrieb in Polen": true,
		"I run a roofing company in Poland.":          true,
		"Ich bin Handwerker aus Tschechien.":          true,
		"Ich habe eine Spedition in Polen.":           false,
		"I run a translation agency in Poland.":       false,
	} {
		if got := namesCraft(knowledge.Words(q)); got != want {
			t.Errorf("namesCraft(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOtherTrades(t *testing.T) {
	cands := []candidate{
		{hit: knowledge.Hit{Title: "Gewerbe - Grenzüberschreitende Erbringung von Dienstleistungen anzeigen"}},
		{hit: knowledge.Hit{Title: "Handwerk - Gestattung zur Erbringung vorübergehender grenzüberschreitender Dienstleistungen"}},
		{hit: knowledge.Hit{Title: "Gewerbe anmelden"}},
		{hit: knowledge.Hit{Title: "Handwerk - Eintragung in die Handwerksrolle beantragen"}},
		// one long word shared besides a procedure's and a short one: not
		// the same procedure
		{hit: knowledge.Hit{Title: "Gewerbe - Ausnahme für Messen beantragen"}},
		{hit: knowledge.Hit{Title: "Handwerk - Ausnahme für Lehrlinge beantragen"}},
		// the head word twice is no shared word
		{hit: knowledge.Hit{Title: "Gewerbe - ein überwachungsbedürftiges Gewerbe anmelden"}},
		{hit: knowledge.Hit{Title: "Handwerk - Eintragung in das Verzeichnis handwerksähnliche Gewerbe"}},
	}
	for q, want := range map[string][]bool{
		"Ich bin Elektromeister aus Polen und habe einen Auftrag in Berlin.": {true, false, false, false, false, false, false, false},
		"Ich habe eine Spedition in Polen und einen Auftrag in Berlin.":      {false, false, false, false, false, false, false, false}, // no craft
		"Ich bin Dachdecker. Muss ich mein Gewerbe anmelden oder eintragen?": {true, false, false, false, false, false, false, false},
	} {
		if got := otherTrades(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherTrades(%q) = %v, want %v", q, got, want)
		}
	}
}

// A craftsman gets the craft's procedure, though search ranks the
// trade's first.
func TestAnswerCraft(t *testing.T) {
	b := siblings(t, "Gewerbe - Grenzüberschreitende Erbringung von Dienstleistungen anzeigen",
		"Handwerk - Gestattung zur Erbringung vorübergehender grenzüberschreitender Dienstleistungen")
	wantFirst(t, b, map[string]string{
		"Ich bin Elektromeister aus Polen und habe ein paar Wochen einen Auftrag in Berlin. Muss ich das anzeigen?": "second",
		"Ich bin Übersetzerin aus Polen und habe ein paar Wochen einen Auftrag in Berlin. Muss ich das anzeigen?":   "first",
	})
}

func TestSharedLong(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"Gewerbe - Grenzüberschreitende Erbringung von Dienstleistungen anzeigen",
			"Handwerk - Gestattung zur Erbringung vorübergehender grenzüberschreitender Dienstleistungen", 2},
		{"Gewerbe - Verzeichnis anzeigen", "Handwerk - Verzeichnis handwerksähnliche Gewerbe", 1}, // the head is no shared word
		{"Gewerbe - Messen und Messen festsetzen", "Handwerk - Messen", 1},                        // a word once
		{"Gewerbe - Ausnahme für Messen beantragen", "Handwerk - Ausnahme für Lehrlinge beantragen", 1},
	} {
		if got := sharedLong(knowledge.Words(tt.a), knowledge.Words(tt.b)); got != tt.want {
			t.Errorf("sharedLong(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOtherFreeCrafts(t *testing.T) {
	cands := []candidate{
		{hit: knowledge.Hit{Title: "Handwerk - Eintragung in das Verzeichnis zulassungsfreier Handwerke beantragen"}},
		{hit: knowledge.Hit{Title: "Handwerk - Eintragung in das Verzeichnis handwerksähnliche Gewerbe"}},
		// both registers named: not the free crafts' alone
		{hit: knowledge.Hit{Title: "Handwerk - Gleichwertigkeit im zulassungsfreien Handwerk oder handwerksähnlichen Gewerbe feststellen"}},
	}
	for q, want := range map[string][]bool{
		"Ich eröffne ein Kosmetikstudio. Muss ich zur Handwerkskammer?": {true, false, false},
		"Ich werde selbstständige Kosmetikerin. Wo trage ich mich ein?": {true, false, false},
		"Ich mache mich als Fotografin selbstständig. Wo eintragen?":    {false, false, false}, // a free craft
	} {
		if got := otherFreeCrafts(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherFreeCrafts(%q) = %v, want %v", q, got, want)
		}
	}
	// Without the register of the trades like crafts among them, the free
	// crafts' stands.
	q := "Ich eröffne ein Kosmetikstudio. Muss ich zur Handwerkskammer?"
	if got := otherFreeCrafts(q, cands[:1]); !slices.Equal(got, []bool{false}) {
		t.Errorf("otherFreeCrafts(%q) alone = %v, want [false]", q, got)
	}
}
