package bot

import (
	"strings"

	"citizenbot/knowledge"
)

// minPart is the shortest term that counts as part of a compound:
// "ausweis" in "personalausweis", but not "an" in "anmeld".
const minPart = 4

// titleMatch says how well an entry's name fits the question, from 0 to 1:
// the mean of the share of question terms found in the title or keywords
// and the share of title terms found in the question. A term matches
// another that contains it, so a question about an "Ausweis" fits a
// "Personalausweis". It tells apart services that search ranks alike: the
// entry whose title says what was asked, and little else, is meant.
func titleMatch(question []string, e knowledge.Entry) float64 {
	if len(question) == 0 {
		return 0
	}
	title := dedupe(knowledge.Terms(e.Title, e.Language))
	named := append(title, knowledge.Terms(strings.Join(e.Keywords, " "), e.Language)...)
	covered := 0
	for _, q := range question {
		if matchesAny(q, named) {
			covered++
		}
	}
	precise := 0
	for _, t := range title {
		if matchesAny(t, question) {
			precise++
		}
	}
	if len(title) == 0 {
		return float64(covered) / float64(len(question)) / 2
	}
	return (float64(covered)/float64(len(question)) + float64(precise)/float64(len(title))) / 2
}

func matchesAny(term string, terms []string) bool {
	for _, t := range terms {
		if termsMatch(term, t) {
			return true
		}
	}
	return false
}

func termsMatch(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= minPart && strings.Contains(b, a)
}

func dedupe(terms []string) []string {
	seen := map[string]bool{}
	out := terms[:0]
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
