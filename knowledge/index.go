package knowledge

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Search limits.
const (
	MaxQueryLen = 1000 // characters in a search query
	MaxHits     = 50   // hits one search returns at most
	sideDepth   = 100  // how far down each side's ranking search takes candidates from
	// A hit's score is a weighted sum of its text rank (sumWordWeight) and
	// its similarity, mapped above sumFloor so that scores relative to the
	// best stay about as close as the bot's margins were chosen for. The
	// word side knows the catalogue's language, the lexicon and the
	// phrasings; the built-in vectors see only the words written. Fusing
	// the two rankings by reciprocal rank instead let an entry the words put
	// far ahead, and the vectors did not rank, lose to entries both sides
	// rank middling ("a student film crew … who gives permission": the
	// filming permit, first by words, fell behind every "Erlaubnis").
	// Values chosen with `citizenbot eval` (docs/quality.md).
	sumWordWeight = 0.7
	sumFloor      = 0.3
)

// Query is a search over the published entries of some regions.
type Query struct {
	Text    string
	Regions []string // empty means every region
	Limit   int      // 0 means 10
	Lexicon *Lexicon // everyday and English words to official ones; nil: DefaultLexicon()
	// Lang is the question's language where the caller knows it: in an
	// English question ("en", "en-GB" and the like) the words the lexicon
	// adds count in full in the name fit (see wordIndex.weigh).
	Lang string
	// Adds are official words the caller adds for what the text says
	// ("Anmeldung Wohnung" for a move into the city). They reach the
	// embedder's text as the lexicon's additions do, but count in full in
	// the name fit: they are the caller's reading of the question, not a
	// guess at what it may mean.
	Adds []string
}

// Hit is one entry found by Search, best first.
type Hit struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	URL      string  `json:"url"`
	Language string  `json:"language"`
	Region   string  `json:"region"`
	Score    float64 `json:"score"` // both sides' score: higher is better (see sumWordWeight)
	// Similarity is the cosine similarity of the entry's closest chunk to
	// the query (0 when none is closer than orthogonal, or the vector side
	// could not run).
	Similarity float64 `json:"similarity"`
	// TextRank is the entry's word score as a share of the most the query's
	// words could score, from 0 (no word of the query) towards 1 (every
	// word, in the title, several times).
	TextRank float64 `json:"text_rank"`
	// OfficialRank is the same share for the entry's own text alone,
	// without the phrasings of how citizens ask for it (see Phrasings).
	OfficialRank float64 `json:"official_rank"`
	// NameFit says how well the entry's title and keywords fit the query,
	// from 0 to 1 (see wordIndex.nameFit).
	NameFit float64 `json:"name_fit"`
	// PhrasingFit says how well the entry's phrasing that fits the query
	// best fits it, from 0 to 1 (see wordIndex.phrasingFit).
	PhrasingFit float64 `json:"phrasing_fit"`
	// WordRank and MeaningRank are the entry's places in the ranking by
	// words and in the ranking by meaning, from 1; 0 when that side did
	// not rank it (no word of the query, or the embedder failed).
	WordRank    int `json:"word_rank"`
	MeaningRank int `json:"meaning_rank"`
}

// Index is a read-only snapshot of the published knowledge, in memory: the
// entries, a word index over their fields and the vectors of their chunks.
// Searching it needs no database; Live keeps one current. It is safe for
// concurrent use.
type Index struct {
	embedder Embedder
	log      *slog.Logger
	docs     []Entry          // published entries, by region, then id
	byID     map[string]int32 // docs by id
	// translations lists, for an entry id, the docs that translate it.
	translations map[string][]int32
	regions      map[string]span
	words        wordIndex
	vectors      vectorIndex
	// scratches holds the *searchScratch of searches that ended, for the
	// next: one for Berlin's catalogue is about 80 KB.
	scratches sync.Pool
}

// searchScratch is what one search works in, sized for the index's
// documents and chunks (see Index.scratch).
type searchScratch struct {
	allowed                 []bool
	byWords, official, sims []float32
	acc                     []float32 // chunk similarities of one span
	dims                    []int     // the query vector's non-zero dimensions
	best                    bestScratch
	places                  [][2]int
	top                     []int32
	ranked                  []rankedDoc
}

// rankedDoc is a document placed on either side of a search, with its
// text ranks and score (see Hit).
type rankedDoc struct {
	doc                   int32
	text, official, score float64
}

// scratch returns a searchScratch for x, cleared, from x.scratches or
// new.
func (x *Index) scratch() *searchScratch {
	if sc, ok := x.scratches.Get().(*searchScratch); ok {
		clear(sc.allowed)
		clear(sc.byWords)
		clear(sc.official)
		clear(sc.sims)
		clear(sc.places)
		sc.best.forget()
		return sc
	}
	n := len(x.docs)
	return &searchScratch{
		allowed: make([]bool, n), byWords: make([]float32, n), official: make([]float32, n), sims: make([]float32, n),
		acc: make([]float32, x.vectors.chunks), best: newBestScratch(n), places: make([][2]int, n),
	}
}

// span is the documents [docLo, docHi) of one region and their chunks
// [chunkLo, chunkHi).
type span struct{ docLo, docHi, chunkLo, chunkHi int }

// newIndex builds an index of docs, which must be sorted by region and id,
// and vecs, the vectors of their chunks in document order (none when the
// stored vectors are not the embedder's), with the phrasings phr (nil:
// DefaultPhrasings).
func newIndex(docs []Entry, vecs []docVector, emb Embedder, phr *Phrasings, log *slog.Logger) *Index {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if phr == nil {
		phr = DefaultPhrasings()
	}
	x := &Index{
		embedder: emb, log: log, docs: docs,
		byID: make(map[string]int32, len(docs)), translations: map[string][]int32{}, regions: map[string]span{},
		words: newWordIndex(docs, phr), vectors: newVectorIndex(emb.Dim(), vecs),
	}
	chunk := 0
	for i := range docs {
		e := &docs[i]
		x.byID[e.ID] = int32(i)
		if t := e.TranslationOf(); t != "" {
			x.translations[t] = append(x.translations[t], int32(i))
		}
		sp, ok := x.regions[e.Region]
		if !ok {
			sp = span{docLo: i, chunkLo: chunk}
		}
		for chunk < len(vecs) && vecs[chunk].doc == int32(i) {
			chunk++
		}
		sp.docHi, sp.chunkHi = i+1, chunk
		x.regions[e.Region] = sp
	}
	return x
}

// Len returns the number of published entries in the index.
func (x *Index) Len() int { return len(x.docs) }

// Search returns the published entries that best match the query, best
// first. It ranks twice, by words (BM25F) and by meaning (cosine similarity
// of the closest chunk), takes the first of each ranking as candidates and
// scores them by a weighted sum of their text rank and similarity (see
// sumWordWeight). When the embedder fails (a model endpoint down),
// words alone rank and the failure is logged. It returns ErrInvalid for an
// empty or overlong query. On success the hits are never nil: no match is
// an empty slice, which JSON encodes as [].
func (x *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, fmt.Errorf("%w: the query is empty: type a few words", ErrInvalid)
	}
	if utf8.RuneCountInString(text) > MaxQueryLen {
		return nil, fmt.Errorf("%w: the query is longer than %d characters: shorten it", ErrInvalid, MaxQueryLen)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, MaxHits)

	spans := x.spans(q.Regions)
	sc := x.scratch()
	defer x.scratches.Put(sc)
	allowed := sc.allowed
	for _, sp := range spans {
		for i := sp.docLo; i < sp.docHi; i++ {
			allowed[i] = true
		}
	}
	lex := q.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	words, adds := x.words.analyze(text, lex, q.Adds...)
	byWords, official := sc.byWords, sc.official
	ceiling := x.words.score(words, allowed, byWords, official, &sc.best)

	sims := sc.sims
	if x.vectors.chunks > 0 {
		vecs, err := x.embedder.Embed(ctx, []string{strings.Join(append([]string{text}, adds...), "\n")})
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("embed query: %w", err)
			}
			x.log.Warn("search by words only: the embedder failed", "embedder", x.embedder.Name(), "err", err)
		} else {
			sc.dims = nonZeroDims(vecs[0], sc.dims[:0])
			for _, sp := range spans {
				x.vectors.similarities(vecs[0], sc.dims, sp.chunkLo, sp.chunkHi, sc.acc, sims)
			}
		}
	}

	// places holds, per document, its place on each side (by words, by
	// meaning; 0: not among that side's first sideDepth), and ranked the
	// documents placed on either side.
	places, ranked := sc.places, sc.ranked[:0]
	for side, scores := range [][]float32{byWords, sims} {
		sc.top = topDocs(scores, sideDepth, sc.top[:0])
		for r, doc := range sc.top {
			if places[doc] == [2]int{} {
				ranked = append(ranked, rankedDoc{doc: doc})
			}
			places[doc][side] = r + 1
		}
	}
	for i := range ranked {
		r := &ranked[i]
		if ceiling > 0 {
			r.text, r.official = float64(byWords[r.doc])/ceiling, float64(official[r.doc])/ceiling
		}
		r.score = sumFloor + (1-sumFloor)*(sumWordWeight*r.text+(1-sumWordWeight)*float64(sims[r.doc]))
	}
	slices.SortFunc(ranked, func(a, b rankedDoc) int {
		return cmp.Or(cmp.Compare(b.score, a.score), strings.Compare(x.docs[a.doc].ID, x.docs[b.doc].ID))
	})
	hits := make([]Hit, 0, min(limit, len(ranked)))
	for _, r := range ranked[:min(limit, len(ranked))] {
		e := &x.docs[r.doc]
		hits = append(hits, Hit{ID: e.ID, Title: e.Title, URL: e.InfoURL, Language: e.Language, Region: e.Region,
			Score: r.score, Similarity: float64(sims[r.doc]), TextRank: r.text, OfficialRank: r.official,
			WordRank: places[r.doc][0], MeaningRank: places[r.doc][1]})
	}
	sc.ranked = ranked
	all := Words(text)
	negates := slices.ContainsFunc(all, func(w string) bool { return w == "ohne" || w == "without" })
	english := strings.HasPrefix(strings.ToLower(q.Lang), "en") || readsEnglish(all)
	weighed := x.words.weigh(words, english)
	for i := range hits {
		doc := x.byID[hits[i].ID]
		hits[i].NameFit = x.words.nameFit(weighed, doc, negates)
		hits[i].PhrasingFit = x.words.phrasingFit(weighed, doc)
	}
	return hits, nil
}

// topDocs returns the documents with the n highest positive scores, best
// first, appended to docs; ties go to the lower document number, which
// keeps results stable.
func topDocs(scores []float32, n int, docs []int32) []int32 {
	for i, s := range scores {
		if s > 0 {
			docs = append(docs, int32(i))
		}
	}
	slices.SortFunc(docs, func(a, b int32) int {
		return cmp.Or(cmp.Compare(scores[b], scores[a]), cmp.Compare(a, b))
	})
	return docs[:min(n, len(docs))]
}

// spans returns the spans of the given regions; none means all documents.
func (x *Index) spans(regions []string) []span {
	if len(regions) == 0 {
		return []span{{docHi: len(x.docs), chunkHi: x.vectors.chunks}}
	}
	var out []span
	for _, r := range regions {
		if sp, ok := x.regions[r]; ok && !slices.Contains(out, sp) {
			out = append(out, sp)
		}
	}
	return out
}

// PublishedEntries returns the published entries with the given ids, their
// translations (entries whose extra.translation_of names one of them) and
// the entries they translate, keyed by id. Ids not found are left out.
func (x *Index) PublishedEntries(ids []string) map[string]Entry {
	out := make(map[string]Entry, len(ids))
	add := func(doc int32) { out[x.docs[doc].ID] = x.docs[doc] }
	for _, id := range ids {
		doc, ok := x.byID[id]
		if !ok {
			continue
		}
		add(doc)
		for _, t := range x.translations[id] {
			add(t)
		}
		if orig, ok := x.byID[x.docs[doc].TranslationOf()]; ok {
			add(orig)
		}
	}
	return out
}
