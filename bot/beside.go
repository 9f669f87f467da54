package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// beside returns, for each candidate whose title's folded words satisfy
// first, whether another candidate's title words satisfy second and have
// every word of the first's but those of ignored: the first is the sibling
// of the second that a rule ranks lower ("Reisegewerbe -
// Reisegewerbekarte beantragen" beside "… verlängern").
func beside(cands []candidate, first, second func([]string) bool, ignored []string) []bool {
	titles := make([][]string, len(cands))
	for i, c := range cands {
		titles[i] = knowledge.Words(c.hit.Title)
	}
	other := make([]bool, len(cands))
	for i := range cands {
		if !first(titles[i]) {
			continue
		}
		rest := without(titles[i], ignored)
		other[i] = slices.ContainsFunc(titles, func(ws []string) bool {
			return second(ws) && !slices.ContainsFunc(rest, func(w string) bool { return !slices.Contains(ws, w) })
		})
	}
	return other
}

// besideMarked returns, for each candidate, whether its title has no word
// of marks while another candidate's title has one and every word of the
// first's but those of ignored (see beside).
func besideMarked(cands []candidate, marks, ignored []string) []bool {
	marked := func(ws []string) bool { return anyIn(ws, marks) }
	return beside(cands, func(ws []string) bool { return !marked(ws) }, marked, ignored)
}
