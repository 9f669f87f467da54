package quality

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// WriteText prints the report as a table, then the questions the bot got
// wrong with what it did instead.
func WriteText(w io.Writer, r Report) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	langs := make([]string, 0, len(r.ByLang))
	for _, l := range []string{"de", "en"} {
		if _, ok := r.ByLang[l]; ok {
			langs = append(langs, l)
		}
	}
	fmt.Fprint(tw, "\tall")
	for _, l := range langs {
		fmt.Fprintf(tw, "\t%s", l)
	}
	fmt.Fprint(tw, "\tbaseline")
	for _, l := range langs {
		fmt.Fprintf(tw, "\tbaseline %s", l)
	}
	fmt.Fprintln(tw, "\t")
	row := func(name string, all float64, lang func(Figures) float64, base func(Retrieval) float64, format string) {
		fmt.Fprintf(tw, "%s\t"+format, name, all)
		for _, l := range langs {
			fmt.Fprintf(tw, "\t"+format, lang(r.ByLang[l]))
		}
		if base == nil {
			fmt.Fprint(tw, strings.Repeat("\t", len(langs)+1))
		} else {
			fmt.Fprintf(tw, "\t"+format, base(r.Baseline))
			for _, l := range langs {
				fmt.Fprintf(tw, "\t"+format, base(r.Baseline.ByLang[l]))
			}
		}
		fmt.Fprintln(tw, "\t")
	}
	row("service questions", float64(r.Services), func(f Figures) float64 { return float64(f.Services) }, nil, "%.0f")
	row("other questions", float64(r.Others), func(f Figures) float64 { return float64(f.Others) }, nil, "%.0f")
	row("top1", r.Top1, func(f Figures) float64 { return f.Top1 }, func(b Retrieval) float64 { return b.Top1 }, "%.3f")
	row("recall_at_5", r.RecallAt5, func(f Figures) float64 { return f.RecallAt5 }, func(b Retrieval) float64 { return b.RecallAt5 }, "%.3f")
	row("mrr", r.MRR, func(f Figures) float64 { return f.MRR }, func(b Retrieval) float64 { return b.MRR }, "%.3f")
	row("resolved", r.Resolved, func(f Figures) float64 { return f.Resolved }, nil, "%.3f")
	row("false_no_answer", r.FalseNoAnswer, func(f Figures) float64 { return f.FalseNoAnswer }, nil, "%.3f")
	row("no_answer_recall", r.NoAnswerRecall, func(f Figures) float64 { return f.NoAnswerRecall }, func(b Retrieval) float64 { return b.NoAnswerRecall }, "%.3f")
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Wrong) == 0 {
		_, err := fmt.Fprintln(w, "\nno question handled wrongly")
		return err
	}
	fmt.Fprintf(w, "\n%d questions handled wrongly:\n", len(r.Wrong))
	for _, res := range r.Wrong {
		q := res.Question
		want := "no_answer"
		if q.Kind == KindService {
			want = strings.Join(q.ServiceIDs, " or ")
		}
		fmt.Fprintf(w, "%s [%s] %s\n    want %s; got %s\n", q.QID, q.Lang, clip(q.Question, 100), want, res.Chose)
	}
	return nil
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
