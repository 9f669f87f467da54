package knowledge

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// Lexicon maps the words citizens use to the words catalogues use:
// everyday German to official German ("Perso" → "Personalausweis",
// "ummelden" → "Wohnung anmelden") and English to German ("residence
// permit" → "Aufenthaltserlaubnis"). Search adds the official words of
// every phrase of a question the lexicon knows.
//
// A lexicon file is UTF-8 text, one rule a line:
//
//	Personalausweis = Perso, Ausweis, ID card, identity card
//
// The left side is what is added, the right side the phrases that call for
// it, separated by commas. Phrases match whole words in any inflection the
// stemmers join (German and English), case and umlaut spelling ignored.
// Blank lines and lines starting with # are ignored.
type Lexicon struct {
	rules []lexRule
}

// lexRule is one phrase and the words it adds.
type lexRule struct {
	words  []string   // the phrase's folded words
	phrase [][]string // per word of the phrase, the stems it matches
	adds   string
}

// defaultLexicons are the project's own lexicons, written for German
// administrative language; every search uses them.
//
//go:embed lexicon/*.txt
var defaultLexicons embed.FS

// DefaultLexicon returns the built-in lexicon, which search uses when a
// query names none.
var DefaultLexicon = sync.OnceValue(loadDefaultLexicon)

func loadDefaultLexicon() *Lexicon {
	l := &Lexicon{}
	files, _ := fs.Glob(defaultLexicons, "lexicon/*.txt")
	for _, name := range files {
		f, err := defaultLexicons.Open(name)
		if err != nil {
			panic(err) // embedded: cannot fail
		}
		more, err := ParseLexicon(f, name)
		f.Close()
		if err != nil {
			panic(err) // embedded and covered by a test
		}
		l.rules = append(l.rules, more.rules...)
	}
	return l
}

// ParseLexicon reads a lexicon file; name is used in errors, which name
// the line.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := &Lexicon{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		adds, phrases, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(adds) == "" || strings.TrimSpace(phrases) == "" {
			return nil, fmt.Errorf("%s:%d: write a rule as `official words = phrase, phrase`", name, n)
		}
		for _, p := range strings.Split(phrases, ",") {
			words := Words(p)
			if len(words) == 0 {
				return nil, fmt.Errorf("%s:%d: an empty phrase: remove the extra comma", name, n)
			}
			phrase := make([][]string, len(words))
			for i, w := range words {
				phrase[i] = wordForms(w)
			}
			l.rules = append(l.rules, lexRule{words: words, phrase: phrase, adds: strings.TrimSpace(adds)})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return l, nil
}

// Len returns the number of phrases the lexicon knows.
func (l *Lexicon) Len() int { return len(l.rules) }

// expand returns the official words for the phrases found in a question,
// given as its folded words and their forms (see wordForms) in order, each
// once, and which words a phrase covered.
func (l *Lexicon) expand(words []string, forms [][]string) (adds []string, covered []bool) {
	if l == nil {
		return nil, nil
	}
	covered = make([]bool, len(forms))
	for _, r := range l.rules {
		for start := 0; start+len(r.phrase) <= len(forms); start++ {
			if !r.at(words[start:], forms[start:]) {
				continue
			}
			if !slices.Contains(adds, r.adds) {
				adds = append(adds, r.adds)
			}
			for i := range r.phrase {
				covered[start+i] = true
			}
		}
	}
	return adds, covered
}

// hasWord reports whether the folded word w, with its forms, is a one-word
// phrase of the lexicon.
func (l *Lexicon) hasWord(w string, forms []string) bool {
	if l == nil {
		return false
	}
	for _, r := range l.rules {
		if len(r.phrase) == 1 && r.at([]string{w}, [][]string{forms}) {
			return true
		}
	}
	return false
}

// at reports whether the rule's phrase starts the question words. A word
// matches in any inflection, except that a stop word of the question
// matches only itself: the German article "die" is not the English "died".
func (r lexRule) at(words []string, forms [][]string) bool {
	for i, want := range r.phrase {
		if isAnalyzerStopWord(words[i]) {
			if words[i] != r.words[i] {
				return false
			}
			continue
		}
		if !slices.ContainsFunc(want, func(s string) bool { return slices.Contains(forms[i], s) }) {
			return false
		}
	}
	return true
}

// wordForms returns the stems a folded word may be indexed as: German and,
// where different, English.
func wordForms(w string) []string {
	de, en := stemFolded(w, "de"), stemFolded(w, "en")
	if en == "" || en == de {
		return []string{de}
	}
	return []string{de, en}
}
