package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// What the citizen says they are not is not what they ask for: "Bin
// selbstständig und kein Kleinunternehmer", "als Grafikdesignerin (keine
// Kleinunternehmerin)", "I'm not a sport shooter", "nicht als beratender
// Ingenieur eingetragen", "a skilled-worker permit (not a Blue Card)". A
// candidate whose title names it ranks otherSide lower, as one for the
// other side of the EU does (see origin.go). Not having something is no
// such denial: "Ich habe keinen Personalausweis" asks for one, and a
// nationality denied ("Ich bin kein Deutscher") is a condition of the
// services for foreigners.

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

// denial is what the question says the citizen is not: its folded words,
// or, for a phrase (phrase), the lexicon's official words for them, which
// count only together (see namesDenied).
type denial struct {
	words  []string
	phrase bool
}

// denials returns what the question says the citizen is not (see above):
// the words after each denial, and the lexicon's official words for those
// of them that lex knows in more than one word ("not a Blue Card" →
// "Blaue Karte EU").
func denials(question string, lex *knowledge.Lexicon) []denial {
	var ds []denial
	for _, ws := range deniedWords(question) {
		ds = append(ds, denial{words: ws})
		for _, m := range lex.Matches(strings.Join(ws, " ")) {
			if official := knowledge.Words(m.Adds); len(official) > 1 {
				ds = append(ds, denial{words: official, phrase: true})
			}
		}
	}
	return ds
}

// deniedWords returns the folded words the question says the citizen is
// not (see above), those of each denial together.
func deniedWords(question string) [][]string {
	var denied [][]string
	take := func(ws []string) {
		var kept []string
		for _, w := range knowledge.QuestionWords(strings.Join(ws[:min(deniedReach, len(ws))], " ")) {
			if _, nationality := nationalityCountry(w); !nationality && !hasStemPrefix(w, germanStems) {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			denied = append(denied, kept)
		}
	}
	for _, aside := range asides(question) {
		ws := knowledge.Words(aside)
		switch {
		case len(ws) > 1 && slices.Contains(noArticles, ws[0]):
			take(ws[1:])
		case len(ws) > 2 && ws[0] == "not" && (ws[1] == "a" || ws[1] == "an"):
			take(ws[2:])
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

// namesDenied reports whether a title names one of the denials: a word of
// one by German stem, the one a prefix of the other ("Kleinunternehmerin",
// "Kleinunternehmer"), or all the words of one of several words, each by
// its German stem among the title's ("keine Blaue Karte", "Inhabern einer
// Blauen Karte EU"), however short. Official words count only all
// together.
func namesDenied(title string, denied []denial) bool {
	var titleStems []string
	for _, t := range knowledge.Words(title) {
		titleStems = append(titleStems, knowledge.Stem(t, "de"))
	}
	for _, d := range denied {
		if len(d.words) > 1 && !slices.ContainsFunc(d.words, func(w string) bool { return !slices.Contains(titleStems, knowledge.Stem(w, "de")) }) {
			return true
		}
		if d.phrase {
			continue
		}
		for _, w := range d.words {
			ds := knowledge.Stem(w, "de")
			if len(ds) < minDeniedStem {
				continue
			}
			if slices.ContainsFunc(titleStems, func(ts string) bool {
				return len(ts) >= minDeniedStem && (strings.HasPrefix(ts, ds) || strings.HasPrefix(ds, ts))
			}) {
				return true
			}
		}
	}
	return false
}

// minDeniedStem is the shortest stem that counts alone in namesDenied.
const minDeniedStem = 5
