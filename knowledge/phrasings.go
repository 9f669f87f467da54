package knowledge

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Phrasings say how citizens ask for catalogue entries, in their own
// words: "Sommerfest vom Sportverein Bier verkaufen" for the permit to
// serve drinks on a special occasion. Search indexes them as one more
// field of the entries they are for (fieldPhrasings), so that a question
// sharing several of their words finds the entry although its official
// text says none of them. This is document expansion, as doc2query does
// with generated questions (Nogueira et al., "Document Expansion by Query
// Prediction", 2019); unlike a lexicon phrase, a phrasing need not occur
// in the question, word for word and in order: each of its words counts
// on its own, by BM25F, as every other field's do.
//
// A phrasings file is UTF-8 text, one entry a line:
//
//	Gaststättengewerbe - Gestattung aus besonderem Anlass beantragen = Bier verkaufen beim Vereinsfest, Ausschank auf dem Straßenfest
//
// The left side, up to the first "=", names the entry: the one whose
// title has the same words, stop words aside (but for negations: "mit"
// and "ohne Fahrzeugbrief" are two services), in any inflection; if no
// title has just these words, every entry whose title has all of them.
// Usually it is one entry's title. The right side is the phrasings,
// separated by commas, in the file's language, which starts the file's
// name (de-…, en-…). Blank lines and lines starting with # are ignored.
//
// Phrasings help to find and order entries. Hit.OfficialRank, the share
// of a question an entry's own text covers, leaves them out: the bot
// answers on phrasings alone only when they set one entry clearly apart.
type Phrasings struct {
	rules []phrasingRule
}

// phrasingRule is one line of a phrasings file.
type phrasingRule struct {
	title     []string   // the left side's words (see titleKey)
	phrasings [][]string // each phrasing's folded words, stop words left out
	lang      string     // the phrasings' language, "de" or "en"
}

// defaultPhrasings are the project's own phrasings, for Berlin's catalogue
// (berlin.jsonl): a catalogue whose titles differ gets none of them.
//
//go:embed phrasings/*.txt
var defaultPhrasings embed.FS

// DefaultPhrasings returns the built-in phrasings, which every index uses,
// with an installation's own if its store was given them (LoadPhrasings,
// Store.UsePhrasings).
// A bad built-in file panics; a test reads them.
var DefaultPhrasings = sync.OnceValue(func() *Phrasings {
	p, err := ReadPhrasings(defaultPhrasings, "phrasings/*.txt")
	if err != nil {
		panic(err)
	}
	return p
})

// ReadPhrasings reads the phrasings files of fsys that match pattern (see
// fs.Glob) into one. A file's name starts with the language of its
// phrasings, followed by "-" or ".": de-phrasings1.txt.
func ReadPhrasings(fsys fs.FS, pattern string) (*Phrasings, error) {
	all := &Phrasings{}
	err := readLangFiles(fsys, pattern, func(r io.Reader, name, lang string) error {
		p, err := ParsePhrasings(r, name, lang)
		if err == nil {
			all.rules = append(all.rules, p.rules...)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return all, nil
}

// Len returns the number of lines of phrasings.
func (p *Phrasings) Len() int { return len(p.rules) }

// LoadPhrasings returns the built-in phrasings together with those of the
// files in dir: an installation's own, for its catalogue's entries, named
// de-….txt or en-….txt (or de.txt, en.txt) by the language of their
// phrasings. Any other file in dir, or a bad line, is an error that names
// it.
func LoadPhrasings(dir string) (*Phrasings, error) {
	files, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("phrasings: %w", err)
	}
	for _, f := range files {
		if lang := fileLang(f.Name()); f.IsDir() || !strings.HasSuffix(f.Name(), ".txt") || (lang != "de" && lang != "en") {
			return nil, fmt.Errorf("phrasings: %s: name a phrasings file de-….txt or en-….txt by its language, or move the file out of %s",
				filepath.Join(dir, f.Name()), dir)
		}
	}
	own, err := ReadPhrasings(os.DirFS(dir), "*.txt")
	if err != nil {
		return nil, fmt.Errorf("phrasings: %s: %w", dir, err)
	}
	return &Phrasings{rules: slices.Concat(DefaultPhrasings().rules, own.rules)}, nil
}

// ParsePhrasings reads a phrasings file in lang ("de" or "en"); name is
// used in errors, which name the line.
func ParsePhrasings(r io.Reader, name, lang string) (*Phrasings, error) {
	if lang != "de" && lang != "en" {
		return nil, fmt.Errorf("%s: the language of phrasings is de or en, not %q: start the file name with de- or en-", name, lang)
	}
	p := &Phrasings{}
	err := scanRuleLines(r, name, "write a line as `entry title = phrasing, phrasing`", "phrasing", func(n int, title string, phrasings []string) error {
		rule := phrasingRule{lang: lang, title: titleKey(title)}
		if len(rule.title) == 0 {
			return fmt.Errorf("%s:%d: the title has no word to find an entry by: write the entry's title before the =", name, n)
		}
		for _, ph := range phrasings {
			rule.phrasings = append(rule.phrasings, contentWords(ph))
		}
		p.rules = append(p.rules, rule)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// phrasingTerms returns, per document, the terms of the phrasings for it
// (see wordIndex.terms), how many words they have, and each phrasing's
// distinct terms (see phrasingFit). A line is for the documents whose
// title is its title, word for word, stop words aside; if there are none,
// for every document whose title has all its words.
func (x *wordIndex) phrasingTerms(p *Phrasings, docs []Entry) (terms []map[string]float64, lengths []float64, each [][][]int32) {
	terms, lengths, each = make([]map[string]float64, len(docs)), make([]float64, len(docs)), make([][][]int32, len(docs))
	if p == nil {
		return terms, lengths, each
	}
	titles := make([][]string, len(docs))
	byTerm := map[string][]int32{}
	for i := range docs {
		titles[i] = titleKey(docs[i].Title)
		for _, t := range titles[i] {
			byTerm[t] = append(byTerm[t], int32(i))
		}
	}
	var named, exact []int32
	for _, r := range p.rules {
		named, exact = named[:0], exact[:0]
		for _, doc := range byTerm[r.title[0]] {
			if !subset(r.title, titles[doc]) {
				continue
			}
			named = append(named, doc)
			if subset(titles[doc], r.title) {
				exact = append(exact, doc)
			}
		}
		if len(exact) > 0 {
			named = exact
		}
		if len(named) == 0 {
			continue // no document has this title: nothing to index
		}
		for _, ws := range r.phrasings {
			m := x.terms(ws, r.lang)
			var distinct []int32
			for _, t := range slices.Sorted(maps.Keys(m)) { // in order: fit sums over them
				distinct = append(distinct, x.fitID(t))
			}
			for _, doc := range named {
				if terms[doc] == nil {
					terms[doc] = map[string]float64{}
				}
				for t, n := range m {
					terms[doc][t] += n
				}
				lengths[doc] += float64(len(ws))
				each[doc] = append(each[doc], distinct)
			}
		}
	}
	return terms, lengths, each
}

// titleKey returns the distinct German stems of a title's words, stop
// words left out but for negations: "mit Fahrzeugbrief" and "ohne
// Fahrzeugbrief" name two services.
func titleKey(title string) []string {
	var key []string
	for _, w := range Words(title) {
		if isAnalyzerStopWord(w) && !isNegation(w) {
			continue
		}
		if t := stemFolded(w, "de"); !slices.Contains(key, t) {
			key = append(key, t)
		}
	}
	return key
}

// subset reports whether every one of a is in b.
func subset(a, b []string) bool {
	return !slices.ContainsFunc(a, func(s string) bool { return !slices.Contains(b, s) })
}
