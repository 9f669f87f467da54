package knowledge

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word side of search is BM25F (Robertson and Zaragoza, "The
// Probabilistic Relevance Framework: BM25 and Beyond", 2009): a term counts
// more the rarer it is in the catalogue (idf), more where it stands
// (title over keywords over summary over description over details), less
// each further time it occurs (saturation k1), and less in a long field
// than in a short one (b).
const bm25K1 = 1.2

// field is a part of an entry that the word index weighs on its own.
type field int

const (
	fieldTitle field = iota
	fieldKeywords
	fieldSummary   // summary and topics
	fieldBody      // the description
	fieldDetails   // prerequisites, documents, fees, times, deadlines, office
	fieldPhrasings // how citizens ask for it (see Phrasings)
	numFields
)

// fieldWeight is how much a term counts in a field, fieldB how much a
// field's length matters. fieldDF is how much a document counts towards a
// term's document frequency when the term stands in that field and none
// before it: the details name what a service needs, not what it is, so
// that "Reisepass", listed among the documents of some 200 services,
// stays a telling word for the few that issue one. The phrasings count as
// much as the description, and half towards the document frequency: a
// word citizens use for many services ("Berlin", "Firma") tells less. The
// values were chosen with `citizenbot eval` (docs/quality.md).
var (
	fieldWeight = [numFields]float64{4, 3, 1.5, 1, 0.5, 1}
	fieldB      = [numFields]float64{0.3, 0.3, 0.6, 0.75, 0.75, 0.5}
	fieldDF     = [numFields]float64{1, 1, 1, 1, 0.25, 0.5}
)

// fieldTexts returns the text of each field of e.
func fieldTexts(e *Entry) [numFields]string {
	return [numFields]string{
		fieldTitle:    e.Title,
		fieldKeywords: strings.Join(e.Keywords, "\n"),
		fieldSummary:  e.Summary + "\n" + strings.Join(e.Topics, "\n"),
		fieldBody:     e.Description,
		fieldDetails: strings.Join([]string{e.Prerequisites, e.Documents, e.Fees,
			e.ProcessingTime, e.Deadlines, e.Responsible}, "\n"),
	}
}

// posting says that a term occurs in a document, with the term's BM25F
// pseudo-frequency there: its counts per field, weighted and normalised
// by field length; official leaves the phrasings out (Hit.OfficialRank).
type posting struct {
	doc      int32
	tf       float32
	official float32 // the same without the phrasings
}

// addedNameWeight is how much a word the lexicon adds to a German
// question counts in the name fit, relative to the question's own words
// (see nameFit). Chosen with `citizenbot eval` (docs/quality.md).
const addedNameWeight = 0.5

// partWeight is how much a part of a compound counts, relative to a whole
// word, at splitting depth 1 ("Parkausweis": "Park", "Ausweis"); each
// further depth halves it.
const partWeight = 0.5

// wordIndex maps every term of the catalogue to the documents holding it.
type wordIndex struct {
	docs     int
	postings map[string][]posting
	dfs      map[string]float64 // per term, its document frequency weighted by fieldDF
	split    *splitter
	vocab    vocabulary
	// The name and phrasing fits (see fit) compare terms by number: fitIDs
	// numbers the terms of titles, keywords and phrasings, and fitIDFs
	// holds each one's idf, worked out once when the index is built.
	fitIDs  map[string]int32
	fitIDFs []float64
	names   [][]int32 // per document, the terms of its title and keywords, parts included
	titles  [][]int32 // per document, the terms of its title, parts included
	// negated holds per document the terms of its title that follow
	// "ohne" (see negatedInTitle), which names and titles leave out.
	negated [][]int32
	// phrasings holds per document each of its phrasings' terms, parts
	// included (see phrasingFit).
	phrasings [][][]int32
}

// fitID returns the number of a term of a title, keywords or phrasing,
// giving it the next one if it has none yet.
func (x *wordIndex) fitID(t string) int32 {
	id, ok := x.fitIDs[t]
	if !ok {
		id = int32(len(x.fitIDs))
		x.fitIDs[t] = id
	}
	return id
}

// newWordIndex indexes the fields of docs, analysed in each entry's
// language; German compounds are indexed with their parts too.
func newWordIndex(docs []Entry, phrasings *Phrasings) wordIndex {
	texts := make([][numFields][]string, len(docs))
	freq := map[string]int{}
	for i := range docs {
		for f, text := range fieldTexts(&docs[i]) {
			ws := contentWords(text)
			texts[i][f] = ws
			for _, w := range ws {
				freq[w]++
			}
		}
	}
	x := wordIndex{docs: len(docs), postings: map[string][]posting{}, dfs: map[string]float64{},
		split: &splitter{freq: freq}, vocab: newVocabulary(freq), fitIDs: map[string]int32{},
		names: make([][]int32, len(docs)), titles: make([][]int32, len(docs)), negated: make([][]int32, len(docs))}
	counts := make([][numFields]map[string]float64, len(docs))
	var total [numFields]float64
	lengths := make([][numFields]float64, len(docs))
	for i := range docs {
		neg, rest := negatedInTitle(docs[i].Title)
		negated, kept := x.terms(neg, docs[i].Language), x.terms(rest, docs[i].Language)
		for t := range kept {
			delete(negated, t) // "Zulassung … ohne Zulassungsbescheinigung" is a Zulassung
		}
		for f, ws := range texts[i] {
			m := x.terms(ws, docs[i].Language)
			counts[i][f] = m
			lengths[i][f] = float64(len(ws))
			total[f] += lengths[i][f]
			for t := range m {
				if _, ok := negated[t]; ok && field(f) == fieldTitle {
					x.negated[i] = append(x.negated[i], x.fitID(t))
					continue
				}
				switch field(f) {
				case fieldTitle:
					x.titles[i] = append(x.titles[i], x.fitID(t))
					x.names[i] = append(x.names[i], x.fitID(t))
				case fieldKeywords:
					x.names[i] = append(x.names[i], x.fitID(t))
				}
			}
		}
	}
	phr, phrLen, each := x.phrasingTerms(phrasings, docs)
	x.phrasings = each
	for i := range docs {
		counts[i][fieldPhrasings], lengths[i][fieldPhrasings] = phr[i], phrLen[i]
		total[fieldPhrasings] += phrLen[i]
	}
	var avg [numFields]float64
	for f := range avg {
		avg[f] = max(total[f]/float64(max(len(docs), 1)), 1)
	}
	tf := map[string]float64{}
	official := map[string]float64{}
	df := map[string]float64{}
	for i := range docs {
		clear(tf)
		clear(official)
		clear(df)
		for f := range numFields {
			norm := 1 - fieldB[f] + fieldB[f]*lengths[i][f]/avg[f]
			for t, n := range counts[i][f] {
				tf[t] += fieldWeight[f] * n / norm
				if field(f) != fieldPhrasings {
					official[t] += fieldWeight[f] * n / norm
				}
				df[t] = max(df[t], fieldDF[f])
			}
		}
		for t, v := range tf {
			x.postings[t] = append(x.postings[t], posting{doc: int32(i), tf: float32(v), official: float32(official[t])})
			x.dfs[t] += df[t]
		}
	}
	x.fitIDFs = make([]float64, len(x.fitIDs))
	for t, id := range x.fitIDs {
		x.fitIDFs[id] = x.idf(x.dfs[t])
	}
	return x
}

// terms counts the terms of a field's content words in lang: each word's
// stem once, and in German the stems of its compound parts at partWeight,
// halved for each further depth.
func (x *wordIndex) terms(words []string, lang string) map[string]float64 {
	m := map[string]float64{}
	for _, w := range words {
		m[stemFolded(w, lang)]++
		if strings.HasPrefix(lang, "en") {
			continue
		}
		for _, p := range x.split.parts(w) {
			m[stemFolded(p.word, lang)] += partWeight / float64(p.depth)
		}
	}
	return m
}

// idf is the inverse document frequency of a term of document frequency
// df (see fieldDF). An unknown term (df 0) weighs most: a question full of
// words the catalogue never uses is not about its services.
func (x *wordIndex) idf(df float64) float64 {
	return math.Log(1 + (float64(x.docs)-df+0.5)/(df+0.5))
}

// queryWord is a word of a query: the terms it may appear as in the index
// (German stem and, where different, English stem: entries in English are
// indexed with English stems) and how much it counts.
type queryWord struct {
	forms  []string
	weight float64
	added  bool // the lexicon added it (see nameFit)
}

// analyze turns a query into its words and the official words the lexicon
// adds for it, followed by more (the caller's, see Query.Adds). The
// lexicon's words are marked added; the caller's are its reading of the
// question and count as the question's own in the name fit. Separable
// verbs are joined again first (see verbs.go). A word the catalogue does
// not know is replaced by its parts when it is a compound of known words,
// dropped when a lexicon phrase covers it (its official words stand for
// it), and kept otherwise: an unknown word lowers how much of the question
// an entry can cover.
func (x *wordIndex) analyze(text string, lex *Lexicon, more ...string) (words []queryWord, adds []string) {
	known := x.knower(lex)
	all, particle := questionWords(text, known)
	forms := make([][]string, len(all))
	// phraseTypos are the words read as a word of a longer lexicon phrase,
	// as written: such a reading stands only where the phrase then
	// matches, so that "Rentenzahlung" does not become "Ratenzahlung" of
	// some phrase that the question does not have.
	type typo struct {
		at    int
		word  string
		forms []string
	}
	var phraseTypos []typo
	for i, w := range all {
		stems := wordForms(w)
		forms[i] = withFeminineForms(w, withVerbForms(w, stems, known), known)
		if len(forms[i]) > len(stems) {
			continue // a verb form of a known word, not a typo
		}
		if c := x.typoOf(w, stems, lex); c != "" {
			cf := wordForms(c)
			if !x.known(cf) && !lex.hasWord(c, cf) {
				phraseTypos = append(phraseTypos, typo{i, w, forms[i]})
			}
			all[i], forms[i] = c, withVerbForms(c, cf, known)
		}
	}
	adds, covered := lex.expand(all, forms)
	unread := false
	for _, t := range phraseTypos {
		if !covered[t.at] {
			all[t.at], forms[t.at], unread = t.word, t.forms, true
		}
	}
	if unread {
		adds, covered = lex.expand(all, forms)
	}
	guessed := len(adds)
	adds = append(adds, more...)
	seen := map[string]bool{}
	// add adds the word w with its forms f (nil: computed here); after the
	// question's own words, those the lexicon adds, then the caller's.
	added := false
	add := func(w string, f []string, weight float64) {
		if !lookedUp(w) || seen[w] {
			return
		}
		seen[w] = true
		if f == nil {
			f = wordForms(w)
		}
		words = append(words, queryWord{forms: f, weight: weight, added: added})
	}
	for i, w := range all {
		if !lookedUp(w) || seen[w] || particle[i] {
			continue
		}
		parts := x.split.parts(w)
		switch {
		case x.known(forms[i]):
			add(w, forms[i], 1)
			for _, p := range parts {
				add(p.word, nil, partWeight/float64(p.depth))
			}
		case len(parts) > 0:
			seen[w] = true
			for _, p := range parts {
				add(p.word, nil, 1/float64(p.depth))
			}
		case covered != nil && covered[i]:
			seen[w] = true
		default:
			add(w, forms[i], 1)
		}
	}
	for i, a := range adds {
		added = i < guessed
		for _, tok := range strings.Fields(a) {
			alts := strings.Split(tok, "|")
			if len(alts) == 1 {
				for _, w := range Words(tok) {
					add(w, nil, 1)
				}
				continue
			}
			// "Neuausstellung|Ersatz" is one word of the query in either
			// form: the alternatives name one thing, and a document with
			// both does not fit it twice as well.
			var f []string
			for _, alt := range alts {
				for _, w := range Words(alt) {
					f = append(f, wordForms(w)...)
				}
			}
			if len(f) > 0 {
				add(Fold(tok), f, 1)
			}
		}
	}
	return words, adds
}

// typoOf returns the catalogue word, or else the word of a lexicon phrase,
// the folded question word w, with the forms wordForms gives it, is a typo
// of (see typos.go), or "" when w is known (to the catalogue or as a word
// of a lexicon phrase), a stop word, filler, a compound of known words, or
// no typo.
func (x *wordIndex) typoOf(w string, forms []string, lex *Lexicon) string {
	if !lookedUp(w) || x.known(forms) || lex.knowsWord(w, forms) || len(x.split.parts(w)) > 0 {
		return ""
	}
	if c := x.vocab.correct(w, x.split.freq); c != "" {
		return c
	}
	if lex == nil {
		return ""
	}
	return lex.vocab.correct(w, nil)
}

// knows reports whether the index or, as a one-word phrase, the lexicon
// knows the folded word w.
func (x *wordIndex) knows(w string, lex *Lexicon) bool {
	forms := wordForms(w)
	return x.known(forms) || lex.hasWord(w, forms)
}

// knower returns knows for the lexicon lex.
func (x *wordIndex) knower(lex *Lexicon) func(string) bool {
	return func(w string) bool { return x.knows(w, lex) }
}

func (x *wordIndex) known(forms []string) bool {
	for _, t := range forms {
		if len(x.postings[t]) > 0 {
			return true
		}
	}
	return false
}

// score adds each allowed document's BM25F score for words to scores, and
// the score without the phrasings field to official, and returns the
// highest score a document could reach: the sum of the words' weighted
// idf. A word whose forms match a document several ways counts once, by
// its best form, which b, sized for the documents, holds meanwhile.
func (x *wordIndex) score(words []queryWord, allowed []bool, scores, official []float32, b *bestScratch) (ceiling float64) {
	for _, qw := range words {
		weight := x.idf(0)
		present := 0
		for _, t := range qw.forms {
			if len(x.postings[t]) > 0 {
				if w := x.idf(x.dfs[t]); present == 0 || w > weight {
					weight = w
				}
				present++
			}
		}
		ceiling += qw.weight * weight
		if present == 0 {
			continue
		}
		for _, t := range qw.forms {
			ps := x.postings[t]
			idf := qw.weight * x.idf(x.dfs[t])
			for _, p := range ps {
				if !allowed[p.doc] {
					continue
				}
				s := idf * float64(p.tf) / (bm25K1 + float64(p.tf))
				o := idf * float64(p.official) / (bm25K1 + float64(p.official))
				if present == 1 {
					scores[p.doc] += float32(s)
					official[p.doc] += float32(o)
					continue
				}
				b.keep(p.doc, s, o)
			}
		}
		b.addTo(scores, official)
	}
	return ceiling
}

// bestScratch holds, for one word of a query, each document's best score
// and official score over the word's forms, and the documents it holds
// them for, so that adding them up touches only those.
type bestScratch struct {
	score, official []float64
	held            []bool
	docs            []int32
}

// newBestScratch returns a bestScratch for n documents.
func newBestScratch(n int) bestScratch {
	return bestScratch{score: make([]float64, n), official: make([]float64, n), held: make([]bool, n)}
}

// keep keeps s and o for doc where they are its best yet.
func (b *bestScratch) keep(doc int32, s, o float64) {
	if !b.held[doc] {
		b.held[doc] = true
		b.docs = append(b.docs, doc)
	}
	b.score[doc] = max(b.score[doc], s)
	b.official[doc] = max(b.official[doc], o)
}

// addTo adds the best scores kept to scores and official, and forgets
// them.
func (b *bestScratch) addTo(scores, official []float32) {
	for _, doc := range b.docs {
		scores[doc] += float32(b.score[doc])
		official[doc] += float32(b.official[doc])
	}
	b.forget()
}

// forget forgets the best scores kept.
func (b *bestScratch) forget() {
	for _, doc := range b.docs {
		b.score[doc], b.official[doc], b.held[doc] = 0, 0, false
	}
	b.docs = b.docs[:0]
}

// nameFit says how well a document's name fits the query, from 0 to 1: the
// mean of the share of the query's weight its title and keywords cover and
// the share of its title's weight the query covers, each word weighted by
// its idf (see fit). Of services that search ranks alike, the one whose
// name says what was asked, and little else, is meant: "Reisepass" fits
// "Reisepass beantragen" better than "Verlust des Reisepasses melden". The
// second share keeps "Reisepass beantragen" from fitting every question
// that says "beantragen"; it leaves out the keywords, which are other
// names for the service, not more of its name. A title's words after
// "ohne" count only for a query that says "ohne" or "without" itself
// (negates).
func (x *wordIndex) nameFit(q weighedQuery, doc int32, negates bool) float64 {
	name, title := x.names[doc], x.titles[doc]
	if negates {
		name, title = slices.Concat(name, x.negated[doc]), slices.Concat(title, x.negated[doc])
	}
	return x.fit(q, name, title)
}

// phrasingFit says how well the phrasing of a document that fits the
// query best fits it, from 0 to 1, as nameFit says it for the name. A
// question put much as one of the phrasings puts it ("Bier verkaufen beim
// Vereinsfest") is likely about that service, more than the phrasings
// field's score shows, which counts the words of all an entry's phrasings
// together.
func (x *wordIndex) phrasingFit(q weighedQuery, doc int32) float64 {
	best := 0.0
	for _, p := range x.phrasings[doc] {
		best = max(best, x.fit(q, p, p))
	}
	return best
}

// weighedQuery is a query's words with how much each counts in the name
// fit (see weigh).
type weighedQuery struct {
	ids     [][]int32         // per word, the fitIDs of its forms that have one
	weights []float64         // per word: its weight times its idf
	total   float64           // the sum of weights
	counts  map[int32]float64 // per fitID of a form of a word, how much the word counts
}

// weigh weighs the words of a query for nameFit and phrasingFit. In a
// German question the words the lexicon adds count addedNameWeight: they
// are a guess at what the citizen means, and the short title they name in
// full ("Anmeldung einer Wohnung" for "just moved to Berlin") would
// otherwise fit better than the title of what the question says it is
// about. An English question (english: asked in English, or reading as
// English, see readsEnglish) meets the German titles only through the
// words the lexicon adds, so there they count in full.
func (x *wordIndex) weigh(words []queryWord, english bool) weighedQuery {
	q := weighedQuery{ids: make([][]int32, len(words)), weights: make([]float64, len(words)), counts: map[int32]float64{}}
	for i, qw := range words {
		counts := 1.0
		if qw.added && !english {
			counts = addedNameWeight
		}
		q.weights[i] = counts * qw.weight * x.idf(x.df(qw.forms))
		q.total += q.weights[i]
		for _, t := range qw.forms {
			if id, ok := x.fitIDs[t]; ok {
				q.ids[i] = append(q.ids[i], id)
				q.counts[id] = max(q.counts[id], counts)
			}
		}
	}
	return q
}

// fit is the mean of the share of the query's weight that terms cover and
// the share of own's weight, each term weighted by its idf, that the
// query covers.
func (x *wordIndex) fit(q weighedQuery, terms, own []int32) float64 {
	var covered, named, namedInQuery float64
	for i, ids := range q.ids {
		if slices.ContainsFunc(ids, func(id int32) bool { return slices.Contains(terms, id) }) {
			covered += q.weights[i]
		}
	}
	for _, t := range own {
		w := x.fitIDFs[t]
		named += w
		namedInQuery += w * q.counts[t]
	}
	if q.total == 0 || named == 0 {
		return 0
	}
	return (covered/q.total + namedInQuery/named) / 2
}

// df returns the document frequency of a word (see fieldDF): that of its
// most frequent form in the index.
func (x *wordIndex) df(forms []string) float64 {
	n := 0.0
	for _, t := range forms {
		n = max(n, x.dfs[t])
	}
	return n
}

// negatedInTitle returns the words of a title that follow "ohne", up to
// and including the first noun (capitalised), which are not what the
// service is: "Eheschließung (ohne Auslandsbeteiligung)" is not the
// marriage with a foreigner, "ohne feste Wohnung" not a flat. "mit oder
// ohne Wertmarke" is both. The rest are the title's other words.
func negatedInTitle(title string) (negated, rest []string) {
	tokens := strings.Fields(title)
	for i := 0; i < len(tokens); i++ {
		ws := Words(tokens[i])
		if len(ws) != 1 || ws[0] != "ohne" || (i > 0 && Fold(tokens[i-1]) == "oder") {
			rest = append(rest, ws...)
			continue
		}
		rest = append(rest, ws...)
		for i++; i < len(tokens); i++ {
			negated = append(negated, Words(tokens[i])...)
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(tokens[i], "(\"'„")); unicode.IsUpper(r) {
				break
			}
		}
	}
	return negated, rest
}
