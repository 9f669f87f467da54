package knowledge

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// failingEmbedder stands for a model endpoint that is down.
type failingEmbedder struct{ Embedder }

func (failingEmbedder) Embed(context.Context, []string) ([][]float32, error) {
	return nil, errors.New("connection refused")
}

// memIndex builds an index of entries the way loadIndex does, with the
// chunk vectors of emb.
func memIndex(t *testing.T, emb Embedder, entries ...Entry) *Index {
	t.Helper()
	slices.SortFunc(entries, func(a, b Entry) int {
		return cmp.Or(strings.Compare(a.Region, b.Region), strings.Compare(a.ID, b.ID))
	})
	var vecs []docVector
	for i, e := range entries {
		for _, c := range e.Chunks() {
			v, err := NewLocalEmbedder(0).Embed(context.Background(), []string{c.Embed})
			if err != nil {
				t.Fatal(err)
			}
			vecs = append(vecs, docVector{doc: int32(i), vec: v[0]})
		}
	}
	return newIndex(entries, vecs, emb, nil, nil)
}

var indexFixture = []Entry{
	{ID: "a-pass", Title: "Reisepass beantragen", Language: "de", Region: "a", Summary: "Ein Reisepass gilt zehn Jahre."},
	{ID: "a-hund", Title: "Hundesteuer", Language: "de", Region: "a", Summary: "Wer einen Hund hält, zahlt Steuer.", Keywords: []string{"Hund anmelden"}},
	{ID: "a-hund-en", Title: "Dog tax", Language: "en", Region: "a", Summary: "Dog owners pay a tax.",
		Extra: map[string]json.RawMessage{"translation_of": json.RawMessage(`"a-hund"`)}},
	{ID: "b-pass", Title: "Reisepass beantragen in B", Language: "de", Region: "b", Summary: "Reisepass im Bürgerbüro B."},
}

func TestIndexSearchKeepsToRegions(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0), indexFixture...)
	for _, tt := range []struct {
		regions []string
		want    []string
	}{
		{[]string{"a"}, []string{"a-pass"}},
		{[]string{"b"}, []string{"b-pass"}},
		{nil, []string{"a-pass", "b-pass"}},
		{[]string{"a", "b", "a"}, []string{"a-pass", "b-pass"}},
		{[]string{"nowhere"}, nil},
	} {
		hits, err := x.Search(context.Background(), Query{Text: "Reisepass", Regions: tt.regions})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			if h.TextRank > 0 {
				got = append(got, h.ID)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("regions %v: entries matching the word = %v, want %v", tt.regions, got, tt.want)
		}
	}
}

// Searches share working arrays (Index.scratch): a search after others,
// over other regions and words, finds what it finds alone.
func TestIndexSearchesDoNotLeak(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0), indexFixture...)
	queries := []Query{
		{Text: "Reisepass", Regions: []string{"b"}},
		{Text: "Hund anmelden Steuer"},
		{Text: "Reisepass beantragen zehn Jahre", Regions: []string{"a"}},
		{Text: "dog tax", Lang: "en"},
	}
	first := make([][]Hit, len(queries))
	for i, q := range queries {
		hits, err := x.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		first[i] = hits
	}
	for round := range 3 {
		for i, q := range slices.Backward(queries) {
			hits, err := x.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(hits, first[i]) {
				t.Errorf("round %d, %q: hits %+v, want %+v as at first", round, q.Text, hits, first[i])
			}
		}
	}
}

func TestIndexSearchByWordsWhenEmbedderFails(t *testing.T) {
	x := memIndex(t, failingEmbedder{NewLocalEmbedder(0)}, indexFixture...)
	hits, err := x.Search(context.Background(), Query{Text: "Hundesteuer zahlen"})
	if err != nil {
		t.Fatalf("search failed with the embedder: %v", err)
	}
	if len(hits) == 0 || hits[0].ID != "a-hund" || hits[0].Similarity != 0 || hits[0].TextRank <= 0 ||
		hits[0].WordRank != 1 || hits[0].MeaningRank != 0 {
		t.Fatalf("hits = %+v, want a-hund found by words alone", hits)
	}
}

func TestIndexSearchPlacesOfBothSides(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0), indexFixture...)
	hits, err := x.Search(context.Background(), Query{Text: "Hundesteuer zahlen", Regions: []string{"a"}})
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hits {
		if h.WordRank < 0 || h.MeaningRank < 0 || (h.WordRank == 0 && h.MeaningRank == 0) {
			t.Errorf("hit %d %s: word rank %d, meaning rank %d; want a place on at least one side", i, h.ID, h.WordRank, h.MeaningRank)
		}
	}
	if len(hits) == 0 || hits[0].ID != "a-hund" || hits[0].WordRank != 1 || hits[0].MeaningRank != 1 {
		t.Fatalf("hits = %+v, want a-hund first on both sides", hits)
	}
}

func TestIndexTextRank(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0), indexFixture...)
	rank := func(q, id string) float64 {
		hits, err := x.Search(context.Background(), Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if h.ID == id {
				return h.TextRank
			}
		}
		return 0
	}
	full := rank("Hundesteuer", "a-hund")
	if full <= 0.5 || full >= 1 {
		t.Errorf("title word: text rank %.3f, want between 0.5 and 1", full)
	}
	// A word the catalogue never uses lowers the share the entry covers.
	if half := rank("Hundesteuer Quantenphysik", "a-hund"); half >= full || half <= 0 {
		t.Errorf("with an unknown word: text rank %.3f, want below %.3f", half, full)
	}
	// English words reach the English entry through English stems.
	if en := rank("dog owners", "a-hund-en"); en <= 0 {
		t.Errorf("English question: text rank %.3f for the English entry, want > 0", en)
	}
}

func TestIndexPublishedEntriesBringsTranslations(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0), indexFixture...)
	for _, id := range []string{"a-hund", "a-hund-en"} {
		got := x.PublishedEntries([]string{id, "missing"})
		if len(got) != 2 || got["a-hund"].ID == "" || got["a-hund-en"].ID == "" {
			t.Errorf("PublishedEntries(%s) = %d entries, want the entry and its translation", id, len(got))
		}
	}
}

func TestNameFitPrefersTheServiceNamedAlone(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0),
		Entry{ID: "pass", Title: "Reisepass beantragen", Language: "de", Region: "a",
			Keywords: []string{"Pass", "Reisedokument", "Passantrag", "Expresspass", "Passbild"}},
		Entry{ID: "verlust", Title: "Verlust des Reisepasses melden", Language: "de", Region: "a",
			Keywords: []string{"Pass verloren"}},
		Entry{ID: "hund", Title: "Hundesteuer", Language: "de", Region: "a"},
	)
	hits, err := x.Search(context.Background(), Query{Text: "Was kostet ein Reisepass?"})
	if err != nil {
		t.Fatal(err)
	}
	fit := map[string]float64{}
	for _, h := range hits {
		fit[h.ID] = h.NameFit
	}
	if fit["pass"] <= fit["verlust"] {
		t.Errorf("name fit %v: want \"Reisepass beantragen\" above \"Verlust des Reisepasses melden\"; its keywords are other names, not more of its name", fit)
	}
}

func TestNameFitLeavesOutWhatATitleIsWithout(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0),
		Entry{ID: "ohne", Title: "Eheschließung (ohne Auslandsbeteiligung) anmelden", Language: "de", Region: "a"},
		Entry{ID: "mit", Title: "Eheschließung (mit Auslandsbeteiligung) anmelden", Language: "de", Region: "a"},
		Entry{ID: "marke", Title: "Beiblatt mit oder ohne Wertmarke beantragen", Language: "de", Region: "a"},
		Entry{ID: "hund", Title: "Hundesteuer", Language: "de", Region: "a"},
	)
	fits := func(q string) map[string]float64 {
		hits, err := x.Search(context.Background(), Query{Text: q, Lexicon: &Lexicon{}})
		if err != nil {
			t.Fatal(err)
		}
		fit := map[string]float64{}
		for _, h := range hits {
			fit[h.ID] = h.NameFit
		}
		return fit
	}
	if fit := fits("Eheschließung Auslandsbeteiligung"); fit["mit"] <= fit["ohne"] {
		t.Errorf("name fit %v: want the marriage with a foreigner above the one without", fit)
	}
	if fit := fits("Eheschließung ohne Auslandsbeteiligung"); fit["ohne"] < fit["mit"] {
		t.Errorf("name fit %v: a question that says \"ohne\" fits the title without as well", fit)
	}
	if fit := fits("Wertmarke"); fit["marke"] == 0 {
		t.Errorf("name fit %v: \"mit oder ohne Wertmarke\" names the Wertmarke", fit)
	}
}

func TestNegatedInTitle(t *testing.T) {
	for _, tt := range []struct {
		title         string
		negated, rest []string
	}{
		{"Eheschließung (ohne Auslandsbeteiligung) anmelden", []string{"auslandsbeteiligung"}, []string{"eheschliessung", "ohne", "anmelden"}},
		{"Ehefähigkeitszeugnis - Ausstellung - ohne jemals Inlandswohnsitz", []string{"jemals", "inlandswohnsitz"}, []string{"ehefaehigkeitszeugnis", "ausstellung", "ohne"}},
		{"Zulassung ohne Zulassungsbescheinigung Teil II", []string{"zulassungsbescheinigung"}, []string{"zulassung", "ohne", "teil", "ii"}},
		{"Beiblatt mit oder ohne Wertmarke beantragen", nil, []string{"beiblatt", "mit", "oder", "ohne", "wertmarke", "beantragen"}},
	} {
		negated, rest := negatedInTitle(tt.title)
		if !slices.Equal(negated, tt.negated) || !slices.Equal(rest, tt.rest) {
			t.Errorf("negatedInTitle(%q) = %q, %q; want %q, %q", tt.title, negated, rest, tt.negated, tt.rest)
		}
	}
	// A negated compound's parts that the title names elsewhere stay in its name.
	x := newWordIndex([]Entry{{ID: "z", Title: "Zulassung ohne Zulassungsbescheinigung", Language: "de"},
		{ID: "b", Title: "Bescheinigung beantragen", Language: "de"}}, nil)
	if id, ok := x.fitIDs[Stem("Zulassung", "de")]; !ok || !slices.Contains(x.titles[0], id) {
		t.Errorf("title terms %q: want \"Zulassung\" kept", x.titles[0])
	}
}

// TestSearchScoresByWeightedSum checks that every hit, whatever the
// question's language, scores the weighted sum of its text rank and
// similarity, best first.
func TestSearchScoresByWeightedSum(t *testing.T) {
	x := memIndex(t, NewLocalEmbedder(0),
		Entry{ID: "film", Title: "Straßensondernutzung für Filmaufnahmen beantragen", Language: "de", Region: "a"},
		Entry{ID: "pyro", Title: "Genehmigung für Pyrotechnik im Theater", Language: "de", Region: "a"},
		Entry{ID: "hund", Title: "Hundesteuer", Language: "de", Region: "a"},
	)
	for _, lang := range []string{"", "de", "en", "en-GB"} {
		hits, err := x.Search(context.Background(), Query{Text: "film crew permission", Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Fatalf("lang %q: no hits", lang)
		}
		for i, h := range hits {
			want := sumFloor + (1-sumFloor)*(sumWordWeight*h.TextRank+(1-sumWordWeight)*h.Similarity)
			if math.Abs(h.Score-want) > 1e-9 {
				t.Errorf("lang %q: %s scored %v, want the weighted sum %v", lang, h.ID, h.Score, want)
			}
			if i > 0 && h.Score > hits[i-1].Score {
				t.Errorf("lang %q: hits not best first: %v", lang, hits)
			}
		}
	}
}

func TestWordIndexWeighsDetailsLess(t *testing.T) {
	docs := []Entry{
		{ID: "issues", Title: "Reisepass beantragen", Language: "de"},
		{ID: "needs-1", Title: "Wohnung anmelden", Language: "de", Documents: "Reisepass"},
		{ID: "needs-2", Title: "Gewerbe anmelden", Language: "de", Documents: "Reisepass"},
		{ID: "needs-3", Title: "Hund anmelden", Language: "de", Documents: "Reisepass"},
		{ID: "needs-4", Title: "Auto anmelden", Language: "de", Documents: "Reisepass"},
	}
	x := newWordIndex(docs, nil)
	if got, want := x.dfs[Stem("Reisepass", "de")], 1+4*fieldDF[fieldDetails]; got != want || got >= 5 {
		t.Errorf("document frequency of a word in one title and four document lists = %v, want %v, less than 5", got, want)
	}
	if got := len(x.postings[Stem("Reisepass", "de")]); got != 5 {
		t.Errorf("the word is found in %d documents, want all 5: details are searched too", got)
	}

	y := memIndex(t, NewLocalEmbedder(0),
		Entry{ID: "described", Title: "Tierhaltung", Language: "de", Description: "Für jeden Hund gilt das."},
		Entry{ID: "listed", Title: "Tierhaltung melden", Language: "de", Documents: "Für jeden Hund gilt das."})
	words, _ := y.words.analyze("Hund", nil)
	scores := make([]float32, 2)
	b := newBestScratch(len(scores))
	y.words.score(words, []bool{true, true}, scores, make([]float32, len(scores)), &b)
	if described, listed := scores[y.byID["described"]], scores[y.byID["listed"]]; listed >= described {
		t.Errorf("word score in a document list %v, in the description %v: want the description higher", listed, described)
	}
}

func TestLexiconAlternativesAreOneWord(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("Neuausstellung|Ersatz = replacement\n"), "t.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	x := newWordIndex([]Entry{{ID: "a", Title: "Ersatz und Neuausstellung", Language: "de"}}, nil)
	words, adds := x.analyze("replacement", lex)
	if len(adds) != 1 || len(words) != 1 {
		t.Fatalf("analyze = %+v, %q; want one word for the alternatives", words, adds)
	}
	for _, w := range []string{"Neuausstellung", "Ersatz"} {
		if !slices.Contains(words[0].forms, Stem(w, "de")) {
			t.Errorf("forms %q lack %s", words[0].forms, w)
		}
	}
}

func TestAnalyzeDropsFiller(t *testing.T) {
	x := newWordIndex([]Entry{{ID: "a", Title: "Personalausweis beantragen", Language: "de"}}, nil)
	for _, q := range []string{
		"Was mache ich, wenn ich einen Personalausweis oder Ähnliches benötige?",
		"Personalausweis or similar stuff, whatever",
	} {
		words, _ := x.analyze(q, nil)
		if len(words) != 1 || !slices.Contains(words[0].forms, Stem("Personalausweis", "de")) {
			t.Errorf("%q: words %+v, want Personalausweis alone", q, words)
		}
	}
}

// Callers encode the hits as JSON as they are: no match must be [], not null.
func TestIndexSearchNoMatchIsEmptyNotNil(t *testing.T) {
	x := memIndex(t, failingEmbedder{NewLocalEmbedder(0)}, indexFixture...)
	hits, err := x.Search(context.Background(), Query{Text: "Quarkspeise"})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := json.Marshal(hits); string(b) != "[]" {
		t.Errorf("hits for a word no entry has encode as %s, want []", b)
	}
}

// In a German question a word the lexicon added counts less in the name
// fit than the question's own words; in an English one, where the German
// titles are met only through added words, the same.
func TestNameFitWeighsAddedWordsLessInGerman(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "flat", Title: "Wohnung anmelden", Language: "de"},
		{ID: "dog", Title: "Hund anmelden", Language: "de"},
	}, nil)
	words := []queryWord{
		{forms: wordForms("hund"), weight: 1},
		{forms: wordForms("wohnung"), weight: 1, added: true},
	}
	const flat, dog = 0, 1
	de, en := x.weigh(words, false), x.weigh(words, true)
	if f, d := x.nameFit(de, flat, false), x.nameFit(de, dog, false); d <= f {
		t.Errorf("German: name fit of the title the question names %v, of the one the lexicon added %v: want the first higher", d, f)
	}
	if f, d := x.nameFit(en, flat, false), x.nameFit(en, dog, false); math.Abs(d-f) > 1e-9 {
		t.Errorf("English: name fits %v and %v, want them equal", d, f)
	}
}

// The words a caller adds (Query.Adds) reach the embedder's text, as the
// lexicon's additions do, but count in full in a German name fit: they are
// the caller's reading of the question.
func TestAnalyzeTakesTheCallersWordsAsRead(t *testing.T) {
	x := newWordIndex([]Entry{
		{ID: "flat", Title: "Wohnung anmelden", Language: "de"},
		{ID: "dog", Title: "Hund anmelden", Language: "de"},
		{ID: "tax", Title: "Steuer zahlen", Language: "de"},
	}, nil)
	lex, err := ParseLexicon(strings.NewReader("Steuer = Abgabe\n"), "t.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	words, adds := x.analyze("Hund Abgabe", lex, "Wohnung")
	if !slices.Contains(adds, "Wohnung") {
		t.Errorf("adds %q, want the caller's %q", adds, "Wohnung")
	}
	var added []bool
	for _, w := range words {
		added = append(added, w.added)
	}
	if !slices.Equal(added, []bool{false, true, false}) {
		t.Errorf("words added %v, want [false true false]: the question's word, the lexicon's guess, the caller's reading", added)
	}
}

func TestReadsEnglish(t *testing.T) {
	for q, want := range map[string]bool{
		"ID card for my kid":                               true,
		"my passport was stolen":                           true,
		"my neighbours are too noisy":                      true,
		"Wie melde ich meine Wohnung an?":                  false,
		"Personalausweis":                                  false,
		"Ich brauche eine Meldebescheinigung for the bank": false,
	} {
		if got := readsEnglish(Words(q)); got != want {
			t.Errorf("readsEnglish(%q) = %v, want %v", q, got, want)
		}
	}
}
