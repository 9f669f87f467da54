package bot

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestCandidateIsMatch(t *testing.T) {
	for _, tt := range []struct {
		name string
		c    candidate
		want bool
	}{
		{"every score low", candidate{hit: knowledge.Hit{Similarity: 0.2, OfficialRank: 0.3, WordRank: 1, MeaningRank: 3}, title: 0.1}, false},
		{"close in meaning", candidate{hit: knowledge.Hit{Similarity: minSimilarity}}, true},
		{"covers the words", candidate{hit: knowledge.Hit{OfficialRank: minTextRank}}, true},
		// How citizens ask for a service finds it; only its own text makes it a match.
		{"covers the words by its phrasings only", candidate{hit: knowledge.Hit{TextRank: 0.9, OfficialRank: 0.1}}, false},
		{"name fits", candidate{title: minTitle}, true},
		{"both rankings agree", candidate{hit: knowledge.Hit{Similarity: 0.2, OfficialRank: 0.3, WordRank: 2, MeaningRank: 1}}, true},
		{"ranked by words only", candidate{hit: knowledge.Hit{OfficialRank: 0.3, WordRank: 1}}, false},
		{"every score near its threshold", candidate{hit: knowledge.Hit{Similarity: 0.31, OfficialRank: 0.25, WordRank: 1, MeaningRank: 3}, title: 0.23}, true},
		{"two scores near, one low", candidate{hit: knowledge.Hit{Similarity: 0.31, OfficialRank: 0.05}, title: 0.2}, false},
		// A question put much as one of its phrasings puts it.
		{"a phrasing fits, first by words", candidate{hit: knowledge.Hit{PhrasingFit: minPhrasingFit, WordRank: 1}}, true},
		{"a phrasing fits, second by words", candidate{hit: knowledge.Hit{PhrasingFit: 0.9, WordRank: 2}}, false},
		{"phrasings fit a little, first by words", candidate{hit: knowledge.Hit{PhrasingFit: 0.5, WordRank: 1, TextRank: 0.2}}, false},
		{"a phrasing fits fairly, words covered fairly", candidate{hit: knowledge.Hit{PhrasingFit: minFairPhrasingFit, TextRank: minFairTextRank, WordRank: 1}}, true},
		{"a phrasing fits fairly, words covered fairly, second by words", candidate{hit: knowledge.Hit{PhrasingFit: 0.5, TextRank: 0.4, WordRank: 2}}, false},
		{"a phrasing fits less than fairly", candidate{hit: knowledge.Hit{PhrasingFit: 0.35, TextRank: 0.4, WordRank: 1}}, false},
		// A question that asks for a procedure.
		{"asked for a procedure, first by words", candidate{hit: knowledge.Hit{TextRank: minAskedTextRank, WordRank: 1}, procedure: true}, true},
		{"asked for a procedure, second by words", candidate{hit: knowledge.Hit{TextRank: 0.5, WordRank: 2}, procedure: true}, false},
		{"asked for a procedure, words covered little", candidate{hit: knowledge.Hit{TextRank: 0.2, WordRank: 1}, procedure: true}, false},
		{"first by words, no procedure asked", candidate{hit: knowledge.Hit{TextRank: 0.5, WordRank: 1}}, false},
		// All scores together, reranked.
		{"ranked high, name fits a little", candidate{hit: knowledge.Hit{Similarity: 0.2, OfficialRank: 0.1, WordRank: 2}, title: 0.05, rank: minRanked}, true},
		{"ranked high, name fits not at all", candidate{hit: knowledge.Hit{Similarity: 0.2, OfficialRank: 0.1, WordRank: 2}, rank: 2.1}, false},
		{"name fits a little, ranked lower", candidate{hit: knowledge.Hit{Similarity: 0.2, OfficialRank: 0.1, WordRank: 2}, title: 0.05, rank: 1.7}, false},
	} {
		if got := tt.c.isMatch(); got != tt.want {
			t.Errorf("%s: isMatch() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A candidate leads by words when the word side ranks it first and its
// text rank, phrasings included, is at least minLeadText and leadFactor
// times every other's; a lead makes it a match.
func TestMarkLead(t *testing.T) {
	hit := func(wordRank int, textRank float64) candidate {
		return candidate{hit: knowledge.Hit{WordRank: wordRank, TextRank: textRank}}
	}
	for _, tt := range []struct {
		name  string
		cands []candidate
		want  []bool
	}{
		{"clear lead", []candidate{hit(2, 0.2), hit(1, 0.33), hit(3, 0.1)}, []bool{false, true, false}},
		{"others too close", []candidate{hit(1, 0.33), hit(2, 0.23)}, []bool{false, false}},
		{"too little of the question", []candidate{hit(1, 0.29), hit(2, 0.05)}, []bool{false, false}},
		{"not first by words", []candidate{hit(2, 0.5), hit(1, 0.1)}, []bool{false, false}},
		{"alone", []candidate{hit(1, minLeadText)}, []bool{true}},
	} {
		markLead(tt.cands)
		for i, c := range tt.cands {
			if c.lead != tt.want[i] {
				t.Errorf("%s: candidate %d lead = %v, want %v", tt.name, i, c.lead, tt.want[i])
			}
			if c.lead && !c.isMatch() {
				t.Errorf("%s: candidate %d leads but is no match", tt.name, i)
			}
		}
	}
}

// TestRerankWeighsTextRank checks that the rerank counts how much of the
// question an entry covers, not only how well its title fits: the title
// that shares a word of the question does not win over the service the
// question describes.
func TestRerankWeighsTextRank(t *testing.T) {
	occasion := knowledge.Entry{ID: "anlass", Title: "Gaststättengewerbe - Gestattung aus besonderem Anlass beantragen", Language: "de", InfoURL: "https://service.example.de/anlass"}
	licence := knowledge.Entry{ID: "erlaubnis", Title: "Gaststättengewerbe - Erlaubnis beantragen", Language: "de", InfoURL: "https://service.example.de/erlaubnis"}
	kb := newFakeKB(t, occasion, licence)
	kb.hits = []knowledge.Hit{
		{ID: "anlass", Score: 0.48, Similarity: 0.4, TextRank: 0.33, WordRank: 1, NameFit: 0.14},
		{ID: "erlaubnis", Score: 0.44, Similarity: 0.4, TextRank: 0.19, WordRank: 2, MeaningRank: 1, NameFit: 0.27},
	}
	r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "en",
		Text: "our sports club wants to sell beer at its summer party, do we need a license?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Ranking, []string{"anlass", "erlaubnis"}) {
		t.Errorf("ranking %q, want the service the question describes first", r.Ranking)
	}
}

// TestDecideUnsureTitled checks that a match whose title fits the
// question stands in for a best that is no match from the fourth place,
// and one that matches otherwise does not.
func TestDecideUnsureTitled(t *testing.T) {
	var entries []knowledge.Entry
	for _, id := range []string{"a", "b", "c", "d"} {
		entries = append(entries, knowledge.Entry{ID: id, Title: "Dienst " + id, Language: "de", InfoURL: "https://service.example.de/" + id})
	}
	for _, c := range []struct {
		name    string
		fourth  knowledge.Hit
		status  Status
		options []string
	}{
		{"title fits", knowledge.Hit{ID: "d", Score: 0.5, Similarity: 0.2, TextRank: 0.1, WordRank: 8, MeaningRank: 12, NameFit: 0.3}, Clarify, []string{"a", "d"}},
		{"similar, title does not fit", knowledge.Hit{ID: "d", Score: 0.5, Similarity: 0.36, TextRank: 0.1, WordRank: 8, MeaningRank: 12, NameFit: 0.2}, NoAnswer, nil},
	} {
		kb := newFakeKB(t, entries...)
		kb.hits = []knowledge.Hit{
			{ID: "a", Score: 0.5, Similarity: 0.2, TextRank: 0.5, WordRank: 5, MeaningRank: 9, NameFit: 0.1},
			{ID: "b", Score: 0.5, Similarity: 0.2, TextRank: 0.45, WordRank: 6, MeaningRank: 10, NameFit: 0.1},
			{ID: "c", Score: 0.5, Similarity: 0.2, TextRank: 0.4, WordRank: 7, MeaningRank: 11, NameFit: 0.1},
			c.fourth,
		}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: "Dienst gesucht"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		options := choiceIDs(r)
		if r.Status != c.status || !slices.Equal(options, c.options) {
			t.Errorf("%s: reply %s with choices %q, want %s with %q", c.name, r.Status, options, c.status, c.options)
		}
	}
}

// TestRerankWeighsNameByLength checks that the title's fit counts in full
// for a short question, which names its service, and less for a long one,
// whose title fit often comes from a word it tells in passing.
func TestRerankWeighsNameByLength(t *testing.T) {
	named := knowledge.Entry{ID: "named", Title: "Bewohnerparkausweis beantragen", Language: "de", InfoURL: "https://service.example.de/named"}
	told := knowledge.Entry{ID: "told", Title: "Parkausweis für Gäste beantragen", Language: "de", InfoURL: "https://service.example.de/told"}
	for text, want := range map[string][]string{
		"Parkausweis beantragen": {"named", "told"},
		"Meine Mutter besucht mich drei Wochen mit dem Auto und ist kaum gut zu Fuß, wo bekommt sie einen Parkausweis?": {"told", "named"},
	} {
		kb := newFakeKB(t, named, told)
		kb.hits = []knowledge.Hit{
			{ID: "named", Score: 0.5, Similarity: 0.4, TextRank: 0.2, WordRank: 1, MeaningRank: 1, NameFit: 0.5},
			{ID: "told", Score: 0.5, Similarity: 0.4, TextRank: 0.45, WordRank: 2, MeaningRank: 2, NameFit: 0.2},
		}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: text}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Ranking, want) {
			t.Errorf("%q: ranking %q, want %q", text, r.Ranking, want)
		}
	}
}

// TestRerankWeighsPhrasingFit checks that a phrasing that fits the
// question better than the title does lifts its entry, and that one that
// fits only as well as the title adds nothing.
func TestRerankWeighsPhrasingFit(t *testing.T) {
	name := knowledge.Entry{ID: "name", Title: "Namensrechtliche Erklärungen - Nachname eines Kindes", Language: "de", InfoURL: "https://service.example.de/name"}
	custody := knowledge.Entry{ID: "custody", Title: "Familiensachen - Sorgerecht übertragen", Language: "de", InfoURL: "https://service.example.de/custody"}
	for _, c := range []struct {
		phrasingFit float64
		want        []string
	}{{0.6, []string{"name", "custody"}}, {0.3, []string{"custody", "name"}}} {
		kb := newFakeKB(t, name, custody)
		kb.hits = []knowledge.Hit{
			{ID: "custody", Score: 0.033, Similarity: 0.44, TextRank: 0.31, WordRank: 2, MeaningRank: 1, NameFit: 0.32, PhrasingFit: 0.32},
			{ID: "name", Score: 0.032, Similarity: 0.29, TextRank: 0.33, WordRank: 1, MeaningRank: 3, NameFit: 0.30, PhrasingFit: c.phrasingFit},
		}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de",
			Text: "ich habe das alleinige Sorgerecht, meine Tochter soll den Nachnamen ihres Vaters bekommen"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Ranking, c.want) {
			t.Errorf("phrasing fit %v: ranking %q, want %q", c.phrasingFit, r.Ranking, c.want)
		}
	}
}

// TestDecideUnsure checks what the bot does when the best candidate
// after the rerank is no match: it asks between it and a match among the
// next two, keeping the reranked order, and declines when there is none.
func TestDecideUnsure(t *testing.T) {
	touched := knowledge.Entry{ID: "geburt", Title: "Geburt melden", Language: "de", InfoURL: "https://service.example.de/geburt"}
	trusted := knowledge.Entry{ID: "vaterschaft", Title: "Vaterschaft anerkennen", Language: "de", InfoURL: "https://service.example.de/vaterschaft"}
	for _, c := range []struct {
		name    string
		second  knowledge.Hit
		status  Status
		options []string
	}{
		{"a match second", knowledge.Hit{ID: "vaterschaft", Score: 0.030, Similarity: 0.36, TextRank: 0.2, WordRank: 1, MeaningRank: 1}, Clarify, []string{"geburt", "vaterschaft"}},
		{"no match", knowledge.Hit{ID: "vaterschaft", Score: 0.030, Similarity: 0.2, TextRank: 0.2, WordRank: 3, MeaningRank: 3}, NoAnswer, nil},
	} {
		kb := newFakeKB(t, touched, trusted)
		kb.hits = []knowledge.Hit{
			{ID: "geburt", Score: 0.032, Similarity: 0.2, TextRank: 0.3, WordRank: 5, MeaningRank: 9, NameFit: 0.24},
			c.second,
		}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: "Kind kommt, wir sind nicht verheiratet"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		options := choiceIDs(r)
		if r.Status != c.status || !slices.Equal(options, c.options) {
			t.Errorf("%s: reply %s with choices %q, want %s with %q", c.name, r.Status, options, c.status, c.options)
		}
		if !slices.Equal(r.Ranking, []string{"geburt", "vaterschaft"}) {
			t.Errorf("%s: ranking %q, want the reranked order", c.name, r.Ranking)
		}
	}
}

// choiceIDs returns the ids of the reply's choices, in order.
func choiceIDs(r Reply) []string {
	var ids []string
	for _, o := range r.Choices {
		ids = append(ids, o.ID)
	}
	return ids
}
