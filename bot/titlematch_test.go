package bot

import (
	"testing"

	"citizenbot/knowledge"
)

// questionTerms are a question's terms as decide computes them.
func questionTerms(q, lang string) []string {
	return dedupe(knowledge.Terms(q, lang))
}

func TestTitleMatch(t *testing.T) {
	ausweis := knowledge.Entry{Title: "Personalausweis beantragen", Language: "de"}
	tests := []struct {
		name     string
		question string
		entry    knowledge.Entry
		want     float64
	}{
		{"exact title", "Personalausweis beantragen", ausweis, 1},
		{"exact title, other case and inflection", "personalausweis BEANTRAGEN?", ausweis, 1},
		{"compound part", "Ausweis", ausweis, 0.75}, // all asked found, half the title asked
		{"unrelated", "Hundesteuer", ausweis, 0},
		{"a short term is no compound part", "Amt", knowledge.Entry{Title: "Standesamt", Language: "de"}, 0},
		{"only stop words asked", "Was ist das?", ausweis, 0},
		{"half the question in the title", "Personalausweis Hund", ausweis, 0.5},
		{"keyword covers the question", "Ummeldung",
			knowledge.Entry{Title: "Wohnsitz anmelden", Language: "de", Keywords: []string{"Ummeldung", "Umzug"}}, 0.5},
		{"title of stop words only", "Ausweis", knowledge.Entry{Title: "Was ist das", Keywords: []string{"Ausweis"}, Language: "de"}, 0.5},
		{"English entry", "passport", knowledge.Entry{Title: "Passport", Language: "en"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := Lang(tt.entry.Language)
			if got := titleMatch(questionTerms(tt.question, lang), tt.entry); got != tt.want {
				t.Errorf("titleMatch(%q, %q) = %v, want %v", tt.question, tt.entry.Title, got, tt.want)
			}
		})
	}
}

// TestTitleMatchOrder checks the comparisons decide relies on to tell
// services apart that search ranks alike.
func TestTitleMatchOrder(t *testing.T) {
	tests := []struct {
		name          string
		question      string
		better, worse knowledge.Entry
	}{
		{"extra words in the title",
			"Personalausweis beantragen",
			knowledge.Entry{Title: "Personalausweis beantragen", Language: "de"},
			knowledge.Entry{Title: "Personalausweis beantragen für Kinder unter 16 Jahren", Language: "de"}},
		{"compound part rather than nothing",
			"Ausweis verloren",
			knowledge.Entry{Title: "Personalausweis Verlust melden", Language: "de"},
			knowledge.Entry{Title: "Reisepass beantragen", Language: "de"}},
		{"keywords count",
			"Ummeldung",
			knowledge.Entry{Title: "Wohnsitz anmelden", Language: "de", Keywords: []string{"Ummeldung"}},
			knowledge.Entry{Title: "Wohnsitz anmelden", Language: "de"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := questionTerms(tt.question, "de")
			b, w := titleMatch(q, tt.better), titleMatch(q, tt.worse)
			if !(b > w) {
				t.Errorf("question %q: %q scores %v, not above %q with %v", tt.question, tt.better.Title, b, tt.worse.Title, w)
			}
			for _, s := range []float64{b, w} {
				if s < 0 || s > 1 {
					t.Errorf("score %v out of [0, 1]", s)
				}
			}
		})
	}
}

func TestTitleMatchEmptyQuestion(t *testing.T) {
	e := knowledge.Entry{Title: "Personalausweis beantragen", Language: "de"}
	for _, q := range [][]string{nil, {}} {
		if got := titleMatch(q, e); got != 0 {
			t.Errorf("titleMatch(%q) = %v, want 0", q, got)
		}
	}
}
