package knowledge

import (
	"bufio"
	"cmp"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Lexicon maps the words citizens use to the words catalogues use:
// everyday German to official German ("Perso" → "Personalausweis",
// "ummelden" → "Wohnung anmelden") and English to German ("residence
// permit" → "Aufenthaltserlaubnis"). Search adds the official words of
// every phrase of a question the lexicon knows, unless the phrase lies
// within a longer one it knows.
//
// A lexicon file is UTF-8 text, one rule a line:
//
//	Personalausweis = Perso, Ausweis, ID card, identity card
//
// The left side is what is added, the right side the phrases that call for
// it, separated by commas. Words joined by "|" on the left are
// alternatives, one word in either form:
//
//	Verlängerung|verlängern = renew, renewal, extend
//
// The other words of the left side all count, each as a word of the
// question. The phrases of a file are in one language, German or English;
// they match whole words in any inflection that language's stemmer joins,
// case and umlaut spelling ignored, in order, with up to maxGap other words
// between two of them. A stop word between the first and the last word may
// be missing when the phrase has two other words, unless it is a negation.
// Matching in the phrase's own language keeps false friends apart: the
// English "VAT" does not match the German "Vater", which German stems to
// "vat". It cannot tell the language of a question,
// though: a German phrase that is also an English word ("BuT" for "Bildung
// und Teilhabe", "but") fires on English questions too, so such a phrase
// needs a second word. Blank lines and lines starting with # are ignored.
type Lexicon struct {
	rules []lexRule
	// single holds the one-word phrases, by language and stem
	// ("en:passport"), for hasWord.
	single map[string]bool
	// byFirst lists the rules by the key of their phrase's first word:
	// its language and stem ("de:ausweis"), or "=" and the word itself for
	// a stop word (see add and find). A question is so checked against the
	// few rules that can start at each of its words rather than all.
	byFirst map[string][]int
	// vocab holds the words of all phrases, for typo correction: a
	// misspelt word of a longer phrase ("dissapeared years ago") is read as
	// the phrase's word where the phrase then matches (see
	// wordIndex.analyze).
	vocab vocabulary
	// words holds the words of all phrases, by language and stem: a word
	// the lexicon knows is no typo ("electricity" of "cut off my
	// electricity" is not "electrician").
	words map[string]bool
}

// add appends rules to the lexicon.
func (l *Lexicon) add(rules ...lexRule) {
	if l.single == nil {
		l.single, l.byFirst, l.vocab, l.words = map[string]bool{}, map[string][]int{}, vocabulary{}, map[string]bool{}
	}
	for _, r := range rules {
		for i, w := range r.words {
			if isAnalyzerStopWord(w) {
				continue
			}
			l.words[r.lang()+":"+r.stems[i]] = true
			l.vocab.add(w)
		}
		if len(r.stems) == 1 {
			l.single[r.lang()+":"+r.stems[0]] = true
		}
		k := r.lang() + ":" + r.stems[0]
		if isAnalyzerStopWord(r.words[0]) {
			k = "=" + r.words[0]
		}
		l.byFirst[k] = append(l.byFirst[k], len(l.rules))
		l.rules = append(l.rules, r)
	}
}

// found is a rule whose phrase occurs in a question, and where: the
// positions of its words.
type found struct {
	rule int
	at   []int
}

// within reports whether f's words are all words of a longer phrase of
// fs.
func (f found) within(fs []found) bool {
	for _, g := range fs {
		if len(g.at) > len(f.at) && !slices.ContainsFunc(f.at, func(i int) bool { return !slices.Contains(g.at, i) }) {
			return true
		}
	}
	return false
}

// find returns every occurrence of the lexicon's phrases in the question,
// given as its folded words and their forms (see wordForms), in the order
// of the rules, then of the question.
func (l *Lexicon) find(words []string, forms [][]string) []found {
	var fs []found
	for start, w := range words {
		// A phrase's first word is a stop word only when the question's
		// word is that very word (see lexRule.at). A rule has one key and
		// the keys differ (a word's German forms are distinct), so no rule
		// is found twice at one start.
		keys := []string{"=" + w, "en:" + forms[start][len(forms[start])-1]}
		for _, f := range germanForms(forms[start]) {
			keys = append(keys, "de:"+f)
		}
		for _, k := range keys {
			for _, i := range l.byFirst[k] {
				r := l.rules[i]
				if at := r.at(words, forms, start); at != nil {
					fs = append(fs, found{i, at})
				}
			}
		}
	}
	slices.SortFunc(fs, func(a, b found) int { return cmp.Or(a.rule-b.rule, a.at[0]-b.at[0]) })
	return fs
}

// lexRule is one phrase and the words it adds.
type lexRule struct {
	words []string // the phrase's folded words
	stems []string // their stems in the phrase's language
	en    bool     // the phrase is English
	adds  string
}

// defaultLexicons are the project's own lexicons, written for German
// administrative language; every search uses them. A file's name starts
// with the language of its phrases: de.txt, en.txt, de-vehicles.txt.
//
//go:embed lexicon/*.txt
var defaultLexicons embed.FS

// DefaultLexicon returns the built-in lexicon, which search uses when a
// query names none.
var DefaultLexicon = EmbeddedLexicon(defaultLexicons, "lexicon/*.txt")

// EmbeddedLexicon returns a function that reads the lexicon files of fsys
// matching pattern (see ReadLexicons) on its first call and returns them on
// every call. It is for files built into the program, which a test reads:
// a bad file panics.
func EmbeddedLexicon(fsys fs.FS, pattern string) func() *Lexicon {
	return sync.OnceValue(func() *Lexicon {
		l, err := ReadLexicons(fsys, pattern)
		if err != nil {
			panic(err)
		}
		return l
	})
}

// ReadLexicons reads the lexicon files of fsys that match pattern (see
// fs.Glob) into one lexicon. A file's name starts with the language of its
// phrases, followed by "-" or ".": de.txt, en-traffic.txt.
func ReadLexicons(fsys fs.FS, pattern string) (*Lexicon, error) {
	l := &Lexicon{}
	err := readLangFiles(fsys, pattern, func(r io.Reader, name, lang string) error {
		more, err := ParseLexicon(r, name, lang)
		if err == nil {
			l.add(more.rules...)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// readLangFiles calls read for each file of fsys that matches pattern, in
// name order, with the language its name starts with, followed by "-" or
// ".", and stops at the first error.
func readLangFiles(fsys fs.FS, pattern string, read func(r io.Reader, name, lang string) error) error {
	files, err := fs.Glob(fsys, pattern)
	if err != nil {
		return err
	}
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			return err
		}
		err = read(f, name, fileLang(path.Base(name)))
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// fileLang returns the language a file's name starts with, before the
// first "-" or ".txt": "de" for de-terms.txt and de.txt.
func fileLang(name string) string {
	lang, _, _ := strings.Cut(strings.TrimSuffix(name, ".txt"), "-")
	return lang
}

// ParseLexicon reads a lexicon file whose phrases are in lang ("de" or
// "en"); name is used in errors, which name the line.
func ParseLexicon(r io.Reader, name, lang string) (*Lexicon, error) {
	if lang != "de" && lang != "en" {
		return nil, fmt.Errorf("%s: the language of a lexicon is de or en, not %q", name, lang)
	}
	l := &Lexicon{}
	err := scanRuleLines(r, name, "write a rule as `official words = phrase, phrase`", "phrase", func(_ int, adds string, phrases []string) error {
		seen := map[string]bool{}
		for _, p := range phrases {
			all := [][]string{Words(p)}
			if lang == "en" {
				all = append(all, mixedVariants(all[0])...)
			}
			for _, words := range all {
				if k := strings.Join(words, " "); !seen[k] {
					seen[k] = true
					l.add(newLexRule(words, lang, adds))
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// scanRuleLines calls rule for each line of r written `left = item, item`
// (the format of lexicons and phrasings), with its number, its left side
// (trimmed) and its items, each of at least one word. Blank lines and
// lines starting with # are skipped. A line without "=", or with nothing
// on either side of it, is an error that says how to write one (form), an
// empty item one that names the extra comma; name is used in errors, which
// name the line.
func scanRuleLines(r io.Reader, name, form, item string, rule func(n int, left string, items []string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		left, right, ok := strings.Cut(line, "=")
		left = strings.TrimSpace(left)
		if !ok || left == "" || strings.TrimSpace(right) == "" {
			return fmt.Errorf("%s:%d: %s", name, n, form)
		}
		items := strings.Split(right, ",")
		for _, it := range items {
			if len(Words(it)) == 0 {
				return fmt.Errorf("%s:%d: an empty %s: remove the extra comma", name, n, item)
			}
		}
		if err := rule(n, left, items); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func newLexRule(words []string, lang, adds string) lexRule {
	r := lexRule{words: words, stems: make([]string, len(words)), en: lang == "en", adds: adds}
	for i, w := range words {
		r.stems[i] = stemFolded(w, lang)
	}
	return r
}

// Newcomers write English with German names in it: "my Aufenthaltstitel
// expires", "no Termin at the Bürgeramt". mixed.txt pairs such German names
// with the English ones the English lexicon files use, and every English
// phrase with an English name also matches with each of its German names.
//
//go:embed mixed.txt
var mixedFile string

// mixedName is a line of mixed.txt: an English name and its German names,
// as folded words.
type mixedName struct {
	en []string
	de [][]string
}

var mixedNames = sync.OnceValue(func() []mixedName {
	var names []mixedName
	for _, line := range strings.Split(mixedFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		de, en, _ := strings.Cut(line, "=")
		var germans [][]string
		for _, g := range strings.Split(de, ",") {
			germans = append(germans, Words(g))
		}
		for _, e := range strings.Split(en, ",") {
			names = append(names, mixedName{en: Words(e), de: germans})
		}
	}
	return names
})

// mixedVariants returns the English phrase words with one English name of
// mixed.txt replaced by each of its German names: "residence permit
// expired" also as "aufenthaltstitel expired" and "aufenthaltserlaubnis
// expired".
func mixedVariants(words []string) [][]string {
	var out [][]string
	for _, n := range mixedNames() {
		for i := 0; i+len(n.en) <= len(words); i++ {
			if !slices.Equal(words[i:i+len(n.en)], n.en) {
				continue
			}
			for _, g := range n.de {
				out = append(out, slices.Concat(words[:i], g, words[i+len(n.en):]))
			}
		}
	}
	return out
}

// Len returns the number of phrases the lexicon knows.
func (l *Lexicon) Len() int { return len(l.rules) }

// expand returns the official words for the phrases found in a question,
// given as its folded words and their forms (see wordForms) in order, each
// once, and which words a phrase covered. A phrase found within a longer
// one adds nothing: "permit" in "residence permit" is not a permit of any
// kind, and "passport" in "passport runs out" is said by the longer
// phrase's words already.
func (l *Lexicon) expand(words []string, forms [][]string) (adds []string, covered []bool) {
	if l == nil {
		return nil, nil
	}
	covered = make([]bool, len(forms))
	fs := l.find(words, forms)
	for _, f := range fs {
		if f.within(fs) {
			continue
		}
		r := l.rules[f.rule]
		if !slices.Contains(adds, r.adds) {
			adds = append(adds, r.adds)
		}
		for _, i := range f.at {
			covered[i] = true
		}
	}
	return adds, covered
}

// Match is a phrase of a lexicon found in a text.
type Match struct {
	Adds   string   // the left side of the phrase's rule
	Phrase []string // the phrase's words, folded
}

// Matches returns the phrases of the lexicon that occur in text, in the
// order of the rules. As in search, separable verbs are put together again
// and verb forms are matched to their infinitives, as far as the lexicon
// knows them: "Wann holt die Stadt die Weihnachtsbäume ab?" says
// "Weihnachtsbäume abholen".
func (l *Lexicon) Matches(text string) []Match {
	known := func(w string) bool { return l.knowsWord(w, wordForms(w)) }
	asVerb := func(w string) bool {
		forms := wordForms(w)
		return known(w) || len(withVerbForms(w, forms, known)) > len(forms)
	}
	words, _ := questionWords(text, asVerb)
	forms := make([][]string, len(words))
	for i, w := range words {
		forms[i] = withVerbForms(w, wordForms(w), known)
	}
	var ms []Match
	last := -1
	for _, f := range l.find(words, forms) {
		if f.rule != last {
			ms = append(ms, Match{Adds: l.rules[f.rule].adds, Phrase: l.rules[f.rule].words})
			last = f.rule
		}
	}
	return ms
}

// knowsWord reports whether the folded word w, with its forms, is a word
// of a phrase of the lexicon. A stop word never is.
func (l *Lexicon) knowsWord(w string, forms []string) bool {
	if l == nil || isAnalyzerStopWord(w) {
		return false
	}
	return l.words["de:"+forms[0]] || l.words["en:"+forms[len(forms)-1]]
}

// hasWord reports whether the folded word w, with its forms, is a one-word
// phrase of the lexicon. A stop word never is.
func (l *Lexicon) hasWord(w string, forms []string) bool {
	if l == nil || isAnalyzerStopWord(w) {
		return false
	}
	return l.single["de:"+forms[0]] || l.single["en:"+forms[len(forms)-1]]
}

func (r lexRule) lang() string {
	if r.en {
		return "en"
	}
	return "de"
}

// maxGap is how many words of a question may stand between two words of
// a phrase: "Ausweis ist leider abgelaufen" says "Ausweis abgelaufen",
// "Knöllchen noch nicht bezahlt" says "Knöllchen bezahlen".
const maxGap = 2

// at returns the positions of the rule's phrase in the question words,
// given with their forms, when the phrase starts at start and each further
// word follows within maxGap words; nil when it does not. A word matches
// in any inflection of the phrase's language, except that a stop word of
// the question matches only itself: the German article "die" is not the
// English "died".
func (r lexRule) at(words []string, forms [][]string, start int) []int {
	if !r.matches(0, words[start], forms[start]) {
		return nil
	}
	at := []int{start}
	for k := 1; k < len(r.stems); k++ {
		last := at[len(at)-1]
		next := -1
		for i := last + 1; i < min(len(words), last+2+maxGap); i++ {
			if r.matches(k, words[i], forms[i]) {
				next = i
				break
			}
		}
		if next < 0 && r.optional(k) {
			continue
		}
		if next < 0 {
			return nil
		}
		at = append(at, next)
	}
	return at
}

// optional reports whether the phrase's k-th word may be missing from a
// question: a stop word between its first and last word, in a phrase with
// two words that are not ("wie weit ist mein Bauantrag" is said by "wie
// weit mein Bauantrag"). A negation never is, and the last word is kept:
// "police found my" says the thing is the citizen's, more than "police
// found".
func (r lexRule) optional(k int) bool {
	w := r.words[k]
	if k == 0 || k == len(r.words)-1 || !isAnalyzerStopWord(w) || isNegation(w) {
		return false
	}
	n := 0
	for _, o := range r.words {
		if !isAnalyzerStopWord(o) {
			n++
		}
	}
	return n >= 2
}

// matches reports whether the question word w, with its forms, is the
// phrase's k-th word.
func (r lexRule) matches(k int, w string, forms []string) bool {
	if isAnalyzerStopWord(w) {
		return w == r.words[k]
	}
	if r.en {
		return forms[len(forms)-1] == r.stems[k]
	}
	return slices.Contains(germanForms(forms), r.stems[k])
}

// germanForms are the German stems among a word's forms: all but the
// English one, which wordForms and withVerbForms put last.
func germanForms(forms []string) []string {
	return forms[:max(1, len(forms)-1)]
}

// numberWords are the German and English words of the numbers from two to
// twelve, by their digits: "hab 2 autos" asks what "zwei Autos" and "two
// cars" ask.
var numberWords = map[string][2]string{
	"2": {"zwei", "two"}, "3": {"drei", "three"}, "4": {"vier", "four"}, "5": {"fuenf", "five"},
	"6": {"sechs", "six"}, "7": {"sieben", "seven"}, "8": {"acht", "eight"}, "9": {"neun", "nine"},
	"10": {"zehn", "ten"}, "11": {"elf", "eleven"}, "12": {"zwoelf", "twelve"},
}

// Number returns the number a folded word stands for, written in digits
// or as a word of numberWords: "zwei" and "2" are 2.
func Number(w string) (int, bool) {
	for digits, names := range numberWords {
		if w == names[0] || w == names[1] {
			w = digits
			break
		}
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// wordForms returns the stems a folded word may be indexed as: German and,
// where different, English. A number written in digits (numberWords) is
// its German word, the digits, and its English word.
func wordForms(w string) []string {
	if n, ok := numberWords[w]; ok {
		return []string{stemFolded(n[0], "de"), w, stemFolded(n[1], "en")}
	}
	de, en := stemFolded(w, "de"), stemFolded(w, "en")
	if en == "" || en == de {
		return []string{de}
	}
	return []string{de, en}
}
