package knowledge

import (
	"maps"
	"slices"
	"testing"
	"unicode"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Führerschein", "fuehrerschein"},
		{"Fuehrerschein", "fuehrerschein"},
		{"FÜHRERSCHEIN", "fuehrerschein"},
		{"Fu\u0308hrerschein", "fuehrerschein"}, // decomposed ü
		{"Straße", "strasse"},
		{"STRASSE", "strasse"},
		{"Öffnungszeiten Ämter", "oeffnungszeiten aemter"},
		{"Crème brûlée, Ça va?", "creme brulee, ca va?"},
		{"Łódź, Ærø", "lodz, aero"},
		{"§ 5 Abs. 2 – 2024", "§ 5 abs. 2 – 2024"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFold checks that folding twice changes nothing, so a folded word can
// be stored and compared with a freshly folded one.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Führerschein", "FUEHRERSCHEIN", "ẞ", "İstanbul", "ǖ", "a\u0308\u0308", "Ǆ", "Å", "ﬁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if twice := Fold(once); twice != once {
			t.Errorf("Fold not idempotent for %q: %q then %q", s, once, twice)
		}
	})
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kita-Gutschein beantragen!", []string{"kita", "gutschein", "beantragen"}},
		{"Bürger*innen, z.B. 3,5 €", []string{"buerger", "innen", "z", "b", "3", "5"}},
		{"don't", []string{"don", "t"}},
		{"driver's licence, drivers’ licence, the driver’s", []string{"driver", "licence", "drivers", "licence", "the", "driver"}},
		{"Berlin-Ticket S", []string{"berlin", "ticket", "s"}},
		{"he hasnt paid, I don't know, it isnt", []string{"he", "hasn", "t", "paid", "i", "don", "t", "know", "it", "isn", "t"}},
		{"Want, Agent, Patent", []string{"want", "agent", "patent"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuestionWords(t *testing.T) {
	for in, want := range map[string][]string{
		"We're moving, you've been helpful, I'll register": {"moving", "helpful", "register"},
		"Ich brauche eigentlich nur einen Kita-Gutschein":  {"kita", "gutschein"},
	} {
		if got := QuestionWords(in); !slices.Equal(got, want) {
			t.Errorf("QuestionWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct {
		lang  string
		words []string // all must share the stem want
		want  string
	}{
		{"de", []string{"Anmeldung", "anmelden", "Anmeldungen"}, "anmeld"},
		{"de", []string{"Führerscheine", "Führerschein", "Fuehrerschein", "FÜHRERSCHEIN"}, "fuhrerschein"},
		{"de", []string{"Kinder", "Kind", "Kindern"}, "kind"},
		{"de", []string{"Gebühren", "Gebühr"}, "gebuhr"},
		{"de", []string{"Häuser", "Haus"}, "haus"},
		{"de", []string{"Steuer", "Steuern"}, "steu"},
		{"de", []string{"Antragstellerin", "Antragstellerinnen", "Antragsteller"}, "antragstell"},
		{"de", []string{"Ergebnisse", "Ergebnis"}, "ergebnis"},
		{"de", []string{"kategorischen"}, "kategor"},
		{"de", []string{"kräftigsten"}, "kraftig"},
		{"de", []string{"aufeinanderfolgenden"}, "aufeinanderfolg"},
		{"", []string{"beantragen", "Beantragung"}, "beantrag"},
		// A field taken from Greek stems as its practitioner.
		{"de", []string{"Logopädie", "Logopäde", "Logopäden"}, "logopad"},
		{"de", []string{"Podologie", "Podologe", "Podologen"}, "podolog"},
		{"de", []string{"Fotografie", "Fotograf", "Fotografen"}, "fotograf"},
		{"de", []string{"Gastronomie", "Gastronom"}, "gastronom"},
		{"en", []string{"register", "registering", "registered"}, "regist"},
		{"en", []string{"passports", "passport"}, "passport"},
	}
	for _, tt := range tests {
		for _, w := range tt.words {
			if got := Stem(w, tt.lang); got != tt.want {
				t.Errorf("Stem(%q, %q) = %q, want %q", w, tt.lang, got, tt.want)
			}
		}
	}
}

// TestIndexTerms checks how a field's text becomes the terms it is
// indexed by: stop words dropped, words stemmed for the entry's language,
// repeats counted.
func TestIndexTerms(t *testing.T) {
	x := wordIndex{split: &splitter{}} // no vocabulary: no compound parts
	tests := []struct {
		in, lang string
		want     map[string]float64
	}{
		{"Wie kann ich meinen Führerschein umtauschen?", "de", map[string]float64{"fuhrerschein": 1, "umtausch": 1}},
		{"Ich brauche einen Kita-Gutschein für mein Kind.", "de", map[string]float64{"brauch": 1, "kita": 1, "gutschein": 1, "kind": 1}},
		{"Anmeldung einer Wohnung, Wohnung anmelden", "de", map[string]float64{"anmeld": 2, "wohnung": 2}},
		{"How do I register my apartment?", "en", map[string]float64{"regist": 1, "apart": 1}},
		{"Was ist das?", "de", map[string]float64{}},
	}
	for _, tt := range tests {
		if got := x.terms(contentWords(tt.in), tt.lang); !maps.Equal(got, tt.want) {
			t.Errorf("terms(%q, %q) = %v, want %v", tt.in, tt.lang, got, tt.want)
		}
	}
}

// TestFoldIdempotentEveryRune checks idempotence for every code point, alone
// and followed by a combining diaeresis.
func TestFoldIdempotentEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), string(r) + "\u0308"} {
			if once := Fold(s); Fold(once) != once {
				t.Fatalf("Fold not idempotent for %U%q: %q then %q", r, s, once, Fold(once))
			}
		}
	}
}
