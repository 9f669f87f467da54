package bot

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFieldItems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"headings joined with their paragraphs",
			"Antrag\nSie stellen den Antrag im Bürgeramt.\nAbholung\nSie holen den Pass persönlich ab.",
			[]string{"Antrag: Sie stellen den Antrag im Bürgeramt.", "Abholung: Sie holen den Pass persönlich ab."}},
		{"list markers stripped",
			"- Personalausweis\n• Passfoto\n* Meldebescheinigung\n– Geburtsurkunde",
			[]string{"Personalausweis", "Passfoto", "Meldebescheinigung", "Geburtsurkunde"}},
		{"blank lines and surrounding space dropped",
			"  \n  Erster Absatz.  \n\n\t Zweiter Absatz. \n",
			[]string{"Erster Absatz.", "Zweiter Absatz."}},
		{"CRLF line ends",
			"Kosten\r\nDer Pass kostet 37,50 Euro.\r\n",
			[]string{"Kosten: Der Pass kostet 37,50 Euro."}},
		{"heading followed by a heading stays alone",
			"Kosten\nGebühren\nDer Pass kostet 37,50 Euro.",
			[]string{"Kosten", "Gebühren: Der Pass kostet 37,50 Euro."}},
		{"heading at the end stays alone",
			"Der Pass kostet 37,50 Euro.\nHinweis",
			[]string{"Der Pass kostet 37,50 Euro.", "Hinweis"}},
		{"a line ending in a colon is no heading",
			"Sie brauchen:\nIhren Personalausweis.",
			[]string{"Sie brauchen:", "Ihren Personalausweis."}},
		{"a long line is no heading",
			"Dies ist eine lange Zeile ohne Satzzeichen am Ende die mehr als sechzig Zeichen hat\nNächste Zeile.",
			[]string{"Dies ist eine lange Zeile ohne Satzzeichen am Ende die mehr als sechzig Zeichen hat", "Nächste Zeile."}},
		{"empty", "", nil},
		{"only space", " \n\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fieldItems(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("fieldItems(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutSentence(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"short text unchanged", "Kurz.", 10, "Kurz."},
		{"text of exactly limit runes unchanged", "Gebühr: 37,50 €.", 16, "Gebühr: 37,50 €."},
		{"cut at a sentence end",
			"Der Pass kostet 37,50 Euro. Für Personen unter 24 Jahren kostet er 22,50 Euro.", 40,
			"Der Pass kostet 37,50 Euro."},
		{"cut at the last sentence end that fits",
			"Erstens gilt dies. Zweitens gilt das! Drittens gilt jenes? Viertens nichts.", 60,
			"Erstens gilt dies. Zweitens gilt das! Drittens gilt jenes?"},
		{"too early a sentence end: cut at a word",
			"Ja. Der Reisepass wird in der Bundesdruckerei hergestellt und verschickt.", 30,
			"Ja. Der Reisepass wird in der …"},
		{"no sentence end: cut at a word",
			"Personalausweis Reisepass Kinderreisepass", 20,
			"Personalausweis …"},
		{"limit counted in runes",
			"Öffnungszeiten für Bürgerämter", 18,
			"Öffnungszeiten …"},
		{"separators before the ellipsis trimmed",
			"Pass, Ausweis, Führerschein und mehr", 15,
			"Pass, Ausweis …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cutSentence(tt.in, tt.limit)
			if got != tt.want {
				t.Errorf("cutSentence(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("cutSentence(%q, %d) = %q: broken UTF-8", tt.in, tt.limit, got)
			}
		})
	}
}

func TestBrief(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"empty", "", 100, ""},
		{"only space", "\n  \n", 100, ""},
		{"single paragraph fits", "Der Pass kostet 37,50 Euro.", 100, "Der Pass kostet 37,50 Euro."},
		{"single paragraph cut at a sentence end",
			"Der Pass kostet 37,50 Euro. Für Personen unter 24 Jahren kostet er 22,50 Euro.", 40,
			"Der Pass kostet 37,50 Euro."},
		{"single paragraph cut at a word",
			"Personalausweis Reisepass Kinderreisepass", 20,
			"Personalausweis …"},
		{"heading and paragraph pairs become items",
			"Antrag\nSie stellen den Antrag im Bürgeramt.\nAbholung\nSie holen den Pass persönlich ab.", 200,
			"- Antrag: Sie stellen den Antrag im Bürgeramt.\n- Abholung: Sie holen den Pass persönlich ab."},
		{"list without markers repeated",
			"- Personalausweis\n- Biometrisches Passfoto", 200,
			"- Personalausweis\n- Biometrisches Passfoto"},
		{"items beyond the limit become an ellipsis",
			"- Personalausweis\n- Biometrisches Passfoto\n- Meldebescheinigung\n- Geburtsurkunde", 60,
			"- Personalausweis\n- Biometrisches Passfoto\n- …"},
		{"each item cut to half the limit",
			"Kosten\nDer Ausweis kostet 37 Euro.\nDauer\nEs dauert drei Wochen.", 60,
			"- Kosten: Der Ausweis kostet 37 …\n- …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(tt.in, tt.limit); got != tt.want {
				t.Errorf("brief(%q, %d)\n got %q\nwant %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

// TestBriefLimit checks that a long field comes out about as long as asked
// for, whatever its shape: the items and the "- …" of a list may only add a
// line break each.
func TestBriefLimit(t *testing.T) {
	sentences := strings.Repeat("Die Gebühr beträgt 37,50 Euro für Personen ab 24 Jahren. ", 20)
	list := strings.Repeat("- Nachweis über den Wohnsitz in der Gemeinde\n", 30)
	pairs := strings.Repeat("Abholung\nSie holen den Pass persönlich im Bürgeramt ab.\n", 15)
	for _, in := range []string{sentences, list, pairs} {
		for _, limit := range []int{50, 120, 280, 400, 700} {
			got := brief(in, limit)
			n := utf8.RuneCountInString(got)
			slack := strings.Count(got, "\n") + 4 // line breaks and a final "\n- …"
			if n > limit+slack || n < limit/3 {
				t.Errorf("brief(%.20q…, %d) has %d runes: %q", in, limit, n, got)
			}
		}
	}
}
