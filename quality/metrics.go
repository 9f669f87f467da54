package quality

import (
	"slices"
	"sort"
)

// mrrDepth is the rank beyond which a right entry counts as not found for
// the mean reciprocal rank.
const mrrDepth = 10

// Result is what happened to one question. Ids are those of services: an
// entry's translation is named by the entry it translates.
type Result struct {
	Question Question
	Status   string   // the bot's status: answered, clarify or no_answer
	Main     string   // the main source of an answer
	Choices  []string // the options of a clarifying question
	Ranking  []string // the bot's ranking, best first
	Baseline []string // the keyword search's ranking, best first
	Chose    string   // what the bot did, for people: "answered: id title"
}

// Figures are the quality figures of a set of questions. Retrieval figures
// (Top1, RecallAt5, MRR), Resolved and FalseNoAnswer are shares of the
// service questions; NoAnswerRecall is the share of no_service and abuse
// questions. A share of no questions is 0.
type Figures struct {
	Questions      int     `json:"questions"`
	Services       int     `json:"service_questions"`
	Others         int     `json:"other_questions"`
	Top1           float64 `json:"top1"`
	RecallAt5      float64 `json:"recall_at_5"`
	MRR            float64 `json:"mrr"`
	Resolved       float64 `json:"resolved"`
	FalseNoAnswer  float64 `json:"false_no_answer"`
	NoAnswerRecall float64 `json:"no_answer_recall"`
}

// Retrieval are the ranking figures, for the baseline. Its NoAnswerRecall
// is the share of no_service and abuse questions for which it finds
// nothing, the only way keyword search can decline.
type Retrieval struct {
	Top1           float64              `json:"top1"`
	RecallAt5      float64              `json:"recall_at_5"`
	MRR            float64              `json:"mrr"`
	NoAnswerRecall float64              `json:"no_answer_recall"`
	ByLang         map[string]Retrieval `json:"by_lang,omitempty"`
}

// Report is the outcome of an evaluation run.
type Report struct {
	Figures
	ByLang   map[string]Figures `json:"by_lang"`
	Baseline Retrieval          `json:"baseline"`
	// Wrong are the questions the bot handled badly: a service question
	// not resolved, another one not declined.
	Wrong []Result `json:"-"`
}

// Score computes the report of results.
func Score(results []Result) Report {
	r := Report{Figures: figures(results), ByLang: map[string]Figures{}, Baseline: baseline(results)}
	r.Baseline.ByLang = map[string]Retrieval{}
	for _, lang := range languages(results) {
		part := byLang(results, lang)
		r.ByLang[lang] = figures(part)
		r.Baseline.ByLang[lang] = baseline(part)
	}
	for _, res := range results {
		if (res.Question.Kind == KindService && !resolved(res)) || (res.Question.Kind != KindService && res.Status != "no_answer") {
			r.Wrong = append(r.Wrong, res)
		}
	}
	return r
}

func figures(results []Result) Figures {
	f := Figures{Questions: len(results)}
	var top1, at5, rr, res, falseNo, declined float64
	for _, r := range results {
		if r.Question.Kind != KindService {
			f.Others++
			if r.Status == "no_answer" {
				declined++
			}
			continue
		}
		f.Services++
		rank := firstRight(r.Ranking, r.Question.ServiceIDs)
		top1 += b2f(rank == 1)
		at5 += b2f(rank >= 1 && rank <= 5)
		rr += reciprocal(rank)
		res += b2f(resolved(r))
		falseNo += b2f(r.Status == "no_answer")
	}
	f.Top1, f.RecallAt5, f.MRR = share(top1, f.Services), share(at5, f.Services), share(rr, f.Services)
	f.Resolved, f.FalseNoAnswer = share(res, f.Services), share(falseNo, f.Services)
	f.NoAnswerRecall = share(declined, f.Others)
	return f
}

func baseline(results []Result) Retrieval {
	var services, others int
	var top1, at5, rr, declined float64
	for _, r := range results {
		if r.Question.Kind != KindService {
			others++
			declined += b2f(len(r.Baseline) == 0)
			continue
		}
		services++
		rank := firstRight(r.Baseline, r.Question.ServiceIDs)
		top1 += b2f(rank == 1)
		at5 += b2f(rank >= 1 && rank <= 5)
		rr += reciprocal(rank)
	}
	return Retrieval{Top1: share(top1, services), RecallAt5: share(at5, services), MRR: share(rr, services),
		NoAnswerRecall: share(declined, others)}
}

// resolved reports whether the bot handled a service question well: it
// answered with a right entry as the main source, or asked back with a
// right entry among the choices.
func resolved(r Result) bool {
	right := r.Question.ServiceIDs
	switch r.Status {
	case "answered":
		return slices.Contains(right, r.Main)
	case "clarify":
		return slices.ContainsFunc(r.Choices, func(id string) bool { return slices.Contains(right, id) })
	}
	return false
}

// firstRight returns the 1-based rank of the first right id in ranking, or
// 0 when there is none.
func firstRight(ranking, right []string) int {
	for i, id := range ranking {
		if slices.Contains(right, id) {
			return i + 1
		}
	}
	return 0
}

func reciprocal(rank int) float64 {
	if rank < 1 || rank > mrrDepth {
		return 0
	}
	return 1 / float64(rank)
}

func share(n float64, of int) float64 {
	if of == 0 {
		return 0
	}
	return n / float64(of)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func languages(results []Result) []string {
	set := map[string]bool{}
	for _, r := range results {
		set[r.Question.Lang] = true
	}
	var langs []string
	for l := range set {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}

func byLang(results []Result, lang string) []Result {
	var out []Result
	for _, r := range results {
		if r.Question.Lang == lang {
			out = append(out, r)
		}
	}
	return out
}
