package quality

import (
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// tiny is a hand-made run: four service questions, two others.
//
//	s1 de: ranked right first, answered with it      → top1, at5, rr 1, resolved
//	s2 de: right at rank 3, clarify offering it     → at5, rr 1/3, resolved
//	s3 en: right at rank 6, answered with another   → rr 1/6
//	s4 en: right nowhere, no_answer                 → false no_answer
//	n1 de: no_service, no_answer                    → declined
//	a1 en: abuse, answered                          → not declined
//
// The baseline: s1 rank 2, s2 rank 1, s3 none, s4 rank 11 (beyond MRR's
// depth); n1 has hits, a1 none.
var tiny = []Result{
	{Question: Question{QID: "s1", Lang: "de", Kind: KindService, ServiceIDs: []string{"A"}},
		Status: "answered", Main: "A", Ranking: []string{"A", "B"}, Baseline: []string{"B", "A"}},
	{Question: Question{QID: "s2", Lang: "de", Kind: KindService, ServiceIDs: []string{"C", "D"}},
		Status: "clarify", Choices: []string{"X", "D"}, Ranking: []string{"X", "Y", "D"}, Baseline: []string{"C"}},
	{Question: Question{QID: "s3", Lang: "en", Kind: KindService, ServiceIDs: []string{"E"}},
		Status: "answered", Main: "X", Ranking: []string{"X", "1", "2", "3", "4", "E"}},
	{Question: Question{QID: "s4", Lang: "en", Kind: KindService, ServiceIDs: []string{"F"}},
		Status: "no_answer", Ranking: []string{"X"}, Baseline: []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "F"}},
	{Question: Question{QID: "n1", Lang: "de", Kind: KindNoService}, Status: "no_answer", Baseline: []string{"X"}},
	{Question: Question{QID: "a1", Lang: "en", Kind: KindAbuse}, Status: "answered", Main: "X"},
}

func TestScore(t *testing.T) {
	r := Score(tiny)
	want := Figures{Questions: 6, Services: 4, Others: 2,
		Top1: 1.0 / 4, RecallAt5: 2.0 / 4, MRR: (1 + 1.0/3 + 1.0/6) / 4,
		Resolved: 2.0 / 4, FalseNoAnswer: 1.0 / 4, NoAnswerRecall: 1.0 / 2}
	checkFigures(t, "all", r.Figures, want)
	checkFigures(t, "de", r.ByLang["de"], Figures{Questions: 3, Services: 2, Others: 1,
		Top1: 0.5, RecallAt5: 1, MRR: (1 + 1.0/3) / 2, Resolved: 1, NoAnswerRecall: 1})
	checkFigures(t, "en", r.ByLang["en"], Figures{Questions: 3, Services: 2, Others: 1,
		MRR: 1.0 / 6 / 2, FalseNoAnswer: 0.5})

	b := r.Baseline
	if !near(b.Top1, 1.0/4) || !near(b.RecallAt5, 2.0/4) || !near(b.MRR, (0.5+1)/4) || !near(b.NoAnswerRecall, 0.5) {
		t.Errorf("baseline = %+v, want top1 0.25, recall_at_5 0.5, mrr 0.375, no_answer_recall 0.5", b)
	}
	if de := b.ByLang["de"]; !near(de.Top1, 0.5) || !near(de.MRR, 0.75) || !near(de.NoAnswerRecall, 0) {
		t.Errorf("baseline de = %+v", de)
	}
	var wrong []string
	for _, w := range r.Wrong {
		wrong = append(wrong, w.Question.QID)
	}
	if !slices.Equal(wrong, []string{"s3", "s4", "a1"}) {
		t.Errorf("wrong = %v, want s3 s4 a1", wrong)
	}
}

func checkFigures(t *testing.T, name string, got, want Figures) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range g.NumField() {
		a, b := g.Field(i), w.Field(i)
		if a.CanFloat() && !near(a.Float(), b.Float()) || a.CanInt() && a.Int() != b.Int() {
			t.Errorf("%s: %s = %v, want %v", name, g.Type().Field(i).Name, a, b)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestReportJSONShape(t *testing.T) {
	raw, err := json.Marshal(Score(tiny))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"questions", "top1", "recall_at_5", "mrr", "resolved", "false_no_answer", "no_answer_recall", "by_lang", "baseline"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, raw)
		}
	}
	var byLang map[string]map[string]float64
	if err := json.Unmarshal(m["by_lang"], &byLang); err != nil || byLang["de"]["top1"] != 0.5 || len(byLang) != 2 {
		t.Errorf("by_lang = %s (%v)", m["by_lang"], err)
	}
	var base map[string]json.RawMessage
	json.Unmarshal(m["baseline"], &base)
	for _, k := range []string{"top1", "recall_at_5", "mrr"} {
		if _, ok := base[k]; !ok {
			t.Errorf("baseline lacks %q: %s", k, m["baseline"])
		}
	}
}

func TestWriteTextNamesWrongQuestions(t *testing.T) {
	var b strings.Builder
	r := Score(tiny)
	r.Wrong[0].Chose = `answered X "Something else"`
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"top1", "baseline en", "3 questions handled wrongly", "s3 [en]", `want E; got answered X "Something else"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
