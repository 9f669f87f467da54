package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the one spelling that every comparison of words in this
// package uses: lower case, German umlauts written out (ä→ae, ö→oe, ü→ue,
// ß→ss) and other diacritics dropped (é→e, ç→c). Writing umlauts out, rather
// than dropping their dots, is what lets "Fuehrerschein", typed on a foreign
// keyboard, meet "Führerschein" and "FÜHRERSCHEIN". Characters other than
// letters (digits, spaces, punctuation) are kept. Fold is idempotent:
// Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	buf := make([]byte, 0, len(s)+8)
	for _, r := range s {
		buf = foldRune(buf, r)
	}
	return string(buf)
}

// foldRune appends the folded form of r to buf.
func foldRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(buf, byte(r))
	}
	r = unicode.ToLower(r)
	switch r {
	case 'ä', 'æ':
		return append(buf, 'a', 'e')
	case 'ö', 'œ':
		return append(buf, 'o', 'e')
	case 'ü':
		return append(buf, 'u', 'e')
	case 'ß':
		return append(buf, 's', 's')
	case 'ø':
		return append(buf, 'o')
	case 'ł':
		return append(buf, 'l')
	case 'đ':
		return append(buf, 'd')
	case 'ı':
		return append(buf, 'i')
	case '\u0308': // combining diaeresis, as in a decomposed "u\u0308"
		if n := len(buf); n > 0 && (buf[n-1] == 'a' || buf[n-1] == 'o' || buf[n-1] == 'u') {
			return append(buf, 'e')
		}
		return buf
	}
	if unicode.Is(unicode.Mn, r) {
		return buf
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	if dec := norm.NFD.Properties(enc[:n]).Decomposition(); dec != nil {
		for _, d := range string(dec) {
			buf = foldRune(buf, d)
		}
		return buf
	}
	return utf8.AppendRune(buf, r)
}

// WordRune reports whether r belongs to a word (see Words): a letter, a
// digit or a mark.
func WordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// Words splits s into folded word tokens: runs of letters and digits. Hyphens,
// apostrophes, slashes and all other punctuation separate words, so
// "Kita-Gutschein" gives "kita" and "gutschein" and a compound written with a
// hyphen meets the same compound written as two words. A possessive "'s"
// is dropped: "driver's licence" meets "drivers licence". An English
// negation typed without its apostrophe splits as if it had one (see
// apostropheless): "hasnt" meets "hasn't".
func Words(s string) []string {
	isSep := func(r rune) bool { return !WordRune(r) }
	f := Fold(s)
	if strings.ContainsAny(f, "'’") {
		rs := []rune(f)
		for i := 0; i+1 < len(rs); i++ {
			if (rs[i] == '\'' || rs[i] == '’') && rs[i+1] == 's' && (i+2 == len(rs) || isSep(rs[i+2])) {
				rs[i+1] = ' '
			}
		}
		f = string(rs)
	}
	words := strings.FieldsFunc(f, isSep)
	for i := 0; i < len(words); i++ {
		if w := words[i]; len(w) >= 4 && strings.HasSuffix(w, "nt") {
			if stem, ok := apostropheless[w]; ok {
				words = slices.Insert(words, i+1, "t")
				words[i] = stem
				i++
			}
		}
	}
	return words
}

// apostropheless maps the English negations citizens type without their
// apostrophe to the word before it.
var apostropheless = map[string]string{
	"dont": "don", "doesnt": "doesn", "didnt": "didn", "isnt": "isn", "arent": "aren", "wasnt": "wasn",
	"werent": "weren", "hasnt": "hasn", "havent": "haven", "hadnt": "hadn", "cant": "can", "couldnt": "couldn",
	"wont": "won", "wouldnt": "wouldn", "shouldnt": "shouldn",
}

// Stem reduces a word to its Snowball stem so that inflected forms meet:
// "Anmeldung", "Anmeldungen" and "anmelden" all give "anmeld". lang "en" (or
// any tag starting with "en") selects the English stemmer; anything else,
// including "", selects German, the language of most of the catalogue. The
// word is folded first, so every spelling of it gives the same stem; German
// stems also lose their umlauts ("Väter" and "Vater" both give "vat").
func Stem(word, lang string) string {
	return stemFolded(Fold(word), lang)
}

// stemFolded is Stem for a word that is already folded.
func stemFolded(word, lang string) string {
	if strings.HasPrefix(lang, "en") {
		return english.Stem(word, true)
	}
	return fieldToPerson(stemGerman(word))
}

// fieldEndings are the stem endings of German field names taken from
// Greek ("Logopädie", "Podologie", "Fotografie", "Gastronomie") whose
// practitioner drops the "-ie" ("Logopäde", "Podologe", "Fotograf",
// "Gastronom"). Snowball stems them apart ("logopadi", "logopad").
var fieldEndings = []string{"logi", "grafi", "graphi", "nomi", "padi", "sophi"}

// fieldToPerson stems a field name as its practitioner: the catalogue
// names the professions ("Erlaubnis … als Logopäde"), citizens the
// subject they trained in ("Logopädie studiert").
func fieldToPerson(stem string) string {
	for _, e := range fieldEndings {
		if strings.HasSuffix(stem, e) {
			return stem[:len(stem)-1]
		}
	}
	return stem
}

// QuestionWords returns the folded words of a question that search looks
// up: Words minus stop words and everyday filler ("eigentlich", "just").
func QuestionWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if lookedUp(w) {
			out = append(out, w)
		}
	}
	return out
}

// contentWords returns the folded words of s that carry meaning for
// retrieval: Words minus stop words and single letters, in order, repeats
// kept (term frequency matters to ranking).
func contentWords(s string) []string {
	words := Words(s)
	out := words[:0]
	for _, w := range words {
		if !isAnalyzerStopWord(w) {
			out = append(out, w)
		}
	}
	return out
}
