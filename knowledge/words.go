package knowledge

import (
	"math"
	"strings"
)

// The word side of search is BM25F (Robertson and Zaragoza, "The
// Probabilistic Relevance Framework: BM25 and Beyond", 2009): a term counts
// more the rarer it is in the catalogue (idf), more where it stands
// (title over keywords over summary over body), less each further time it
// occurs (saturation k1), and less in a long field than in a short one (b).
const bm25K1 = 1.2

// field is a part of an entry that the word index weighs on its own.
type field int

const (
	fieldTitle field = iota
	fieldKeywords
	fieldSummary // summary and topics
	fieldBody    // every other text section
	numFields
)

var (
	fieldWeight = [numFields]float64{4, 3, 1.5, 1}
	fieldB      = [numFields]float64{0.3, 0.3, 0.6, 0.75}
)

// fieldTexts returns the text of each field of e.
func fieldTexts(e *Entry) [numFields]string {
	return [numFields]string{
		fieldTitle:    e.Title,
		fieldKeywords: strings.Join(e.Keywords, "\n"),
		fieldSummary:  e.Summary + "\n" + strings.Join(e.Topics, "\n"),
		fieldBody: strings.Join([]string{e.Description, e.Prerequisites, e.Documents, e.Fees,
			e.ProcessingTime, e.Deadlines, e.Responsible}, "\n"),
	}
}

// posting says that a term occurs in a document, with the term's BM25F
// pseudo-frequency there: its counts per field, weighted and normalised
// by field length.
type posting struct {
	doc int32
	tf  float32
}

// wordIndex maps every term of the catalogue to the documents holding it.
type wordIndex struct {
	docs     int
	postings map[string][]posting
}

// newWordIndex indexes the fields of docs, analysed in each entry's language.
func newWordIndex(docs []Entry) wordIndex {
	counts := make([][numFields]map[string]int, len(docs))
	var total [numFields]float64
	lengths := make([][numFields]int, len(docs))
	for i := range docs {
		for f, text := range fieldTexts(&docs[i]) {
			terms := Terms(text, docs[i].Language)
			m := make(map[string]int, len(terms))
			for _, t := range terms {
				m[t]++
			}
			counts[i][f] = m
			lengths[i][f] = len(terms)
			total[f] += float64(len(terms))
		}
	}
	var avg [numFields]float64
	for f := range avg {
		avg[f] = max(total[f]/float64(max(len(docs), 1)), 1)
	}
	x := wordIndex{docs: len(docs), postings: map[string][]posting{}}
	tf := map[string]float64{}
	for i := range docs {
		clear(tf)
		for f := range numFields {
			norm := 1 - fieldB[f] + fieldB[f]*float64(lengths[i][f])/avg[f]
			for t, n := range counts[i][f] {
				tf[t] += fieldWeight[f] * float64(n) / norm
			}
		}
		for t, v := range tf {
			x.postings[t] = append(x.postings[t], posting{doc: int32(i), tf: float32(v)})
		}
	}
	return x
}

// idf is the inverse document frequency of a term found in df documents.
// An unknown term (df 0) weighs most: a question full of words the
// catalogue never uses is not about its services.
func (x *wordIndex) idf(df int) float64 {
	return math.Log(1 + (float64(x.docs)-float64(df)+0.5)/(float64(df)+0.5))
}

// queryWords turns a query into its words, each as the terms it may appear
// as in the index: its German stem and, where different, its English stem
// (entries in English are indexed with English stems). Repeated words count
// once.
func queryWords(text string) [][]string {
	var out [][]string
	seen := map[string]bool{}
	for _, w := range Words(text) {
		if isAnalyzerStopWord(w) || seen[w] {
			continue
		}
		seen[w] = true
		de, en := stemFolded(w, "de"), stemFolded(w, "en")
		if de == "" {
			continue
		}
		if en == "" || en == de {
			out = append(out, []string{de})
		} else {
			out = append(out, []string{de, en})
		}
	}
	return out
}

// score adds each allowed document's BM25F score for words to scores and
// returns the highest score a document could reach: the sum of the words'
// idf. A word whose forms match a document several ways counts once, by its
// best form.
func (x *wordIndex) score(words [][]string, allowed []bool, scores []float32) (ceiling float64) {
	best := map[int32]float64{}
	for _, forms := range words {
		weight := x.idf(0)
		present := 0
		for _, t := range forms {
			if ps := x.postings[t]; len(ps) > 0 {
				if present == 0 || x.idf(len(ps)) > weight {
					weight = x.idf(len(ps))
				}
				present++
			}
		}
		ceiling += weight
		if present == 0 {
			continue
		}
		clear(best)
		for _, t := range forms {
			ps := x.postings[t]
			idf := x.idf(len(ps))
			for _, p := range ps {
				if !allowed[p.doc] {
					continue
				}
				s := idf * float64(p.tf) / (bm25K1 + float64(p.tf))
				if present == 1 {
					scores[p.doc] += float32(s)
				} else if s > best[p.doc] {
					best[p.doc] = s
				}
			}
		}
		for doc, s := range best {
			scores[doc] += float32(s)
		}
	}
	return ceiling
}
