package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// What the citizen says they are not is not what they ask for: "Bin
// selbstständig und kein Kleinunternehmer", "als Grafikdesignerin (keine
// Kleinunternehmerin)", "I'm not a sport shooter", "nicht als beratender
// Ingenieur eingetragen". A candidate whose title names it ranks
// otherSide lower, as one for the other side of the EU does (see
// origin.go). Not having something is no such denial: "Ich habe keinen
// Personalausweis" asks for one, and a nationality denied ("Ich bin kein
// Deutscher") is a condition of the services for foreigners.

// Folded words: German copulas, the German negating article, English
// subjects with their copula, and the stems of being German.
var (
	germanCopulas = []string{"bin", "bist", "ist", "sind", "seid"}
	noArticles    = []string{"kein", "keine", "keinen", "keiner"}
	beSubjects    = [][]string{{"i", "m"}, {"im"}, {"i", "am"}, {"we", "re"}, {"we", "are"}, {"he", "s"}, {"she", "s"}, {"he", "is"}, {"she", "is"}}
	germanStems   = []string{"deutsch", "german"}
)

// deniedReach is how many words after the denial name what is denied:
// "kein Kleinunternehmer", "not a sport shooter".
const deniedReach = 2

// deniedWords returns the folded words the question says the citizen is
// not (see above).
func deniedWords(question string) []string {
	var denied []string
	take := func(ws []string) {
		for _, w := range knowledge.QuestionWords(strings.Join(ws[:min(deniedReach, len(ws))], " ")) {
			if _, nationality := nationalityCountry(w); !nationality && !hasStemPrefix(w, germanStems) {
				denied = append(denied, w)
			}
		}
	}
	for _, aside := range asides(question) {
		if ws := knowledge.Words(aside); len(ws) > 1 && slices.Contains(noArticles, ws[0]) {
			take(ws[1:])
		}
	}
	for _, clause := range clausesOf(question) {
		ws := knowledge.Words(clause)
		for i, w := range ws {
			switch {
			case slices.Contains(noArticles, w) && slices.ContainsFunc(ws[:i], func(v string) bool { return slices.Contains(germanCopulas, v) }):
				take(ws[i+1:])
			case w == "nicht" && i+1 < len(ws) && ws[i+1] == "als":
				take(ws[i+2:])
			case w == "not" && i+1 < len(ws) && (ws[i+1] == "a" || ws[i+1] == "an") && slices.ContainsFunc(beSubjects, func(s []string) bool {
				return i >= len(s) && slices.Equal(ws[i-len(s):i], s)
			}):
				take(ws[i+2:])
			}
		}
	}
	return denied
}

// asides returns the parts of text in parentheses.
func asides(text string) []string {
	var out []string
	for {
		open := strings.IndexByte(text, '(')
		if open < 0 {
			return out
		}
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			return out
		}
		out = append(out, text[open+1:open+end])
		text = text[open+end+1:]
	}
}

// namesDenied reports whether a title names one of the denied words, by
// German stem, the one a prefix of the other ("Kleinunternehmerin",
// "Kleinunternehmer").
func namesDenied(title string, denied []string) bool {
	var stems []string
	for _, d := range denied {
		if ds := knowledge.Stem(d, "de"); len(ds) >= minDeniedStem {
			stems = append(stems, ds)
		}
	}
	for _, t := range knowledge.Words(title) {
		ts := knowledge.Stem(t, "de")
		if len(ts) < minDeniedStem {
			continue
		}
		if slices.ContainsFunc(stems, func(ds string) bool { return strings.HasPrefix(ts, ds) || strings.HasPrefix(ds, ts) }) {
			return true
		}
	}
	return false
}

// minDeniedStem is the shortest stem that counts in namesDenied.
const minDeniedStem = 5
