package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"citizenbot/knowledge"
)

// Catalogues split some services in two by whether the citizen has
// something: "Ausfuhrkennzeichen … mit Fahrzeugbrief" and "… ohne
// Fahrzeugbrief", "Eheschließung (mit Auslandsbeteiligung) anmelden" and
// "(ohne Auslandsbeteiligung)". The two titles differ in nothing else, so
// their words fit a question alike; what decides is whether the question
// says the citizen has the thing or lacks it: "einen deutschen
// Fahrzeugbrief gibt es nicht", "there's no German vehicle title", "den
// Fahrzeugbrief habe ich schon". Of such twins among the candidates, the
// one for the other case ranks otherSide lower.
//
// What the twins differ by is named by heads: the words of the title after
// "mit" or "ohne", up to a closing bracket, that begin with a capital and
// are longer than shortHead letters ("Fahrzeugbrief", "Zulassungsbescheinigung"
// of "Fahrzeugbrief bzw. Zulassungsbescheinigung Teil II"). A part of a
// clause of the question (see andParts) names the thing when it has a
// head, or the lexicon's official words for its phrases do ("vehicle
// title" → "Zulassungsbescheinigung Teil II"); it tells that the citizen
// lacks it when it has a word of lackWords, else that they have it. The
// lexicon's words that say "mit" or "ohne" themselves are its reading of
// the twins, not what the question says, and do not count. Foreign
// involvement (a head that begins with "ausland") is had when the question
// names a country of countries.txt (see namedSides): "My fiancée is from
// Colombia" marries with it; it lacks when the question says that both
// are German (bothGerman).

// bothGerman are the folded words by which a question says that no one
// abroad is involved: "Wir sind beide Deutsche", "We're both German
// (I grew up in Canada)".
var bothGerman = [][]string{{"beide", "deutsch"}, {"beide", "deutsche"}, {"beide", "deutscher"}, {"both", "german"}, {"both", "germans"}}

// shortHead is the length up to which a capitalised word after "mit" or
// "ohne" is no head: "Teil" of "Teil II".
const shortHead = 4

// lackWords are the folded words that make a part of a clause tell that
// the citizen lacks what it names.
var lackWords = []string{
	"kein", "keine", "keinen", "keinem", "keiner", "keines", "nicht", "ohne",
	"no", "not", "without", "don", "didn", "doesn", "haven", "hasn", "isn", "wasn",
}

// Cases of a twin title and of what a question says of the thing.
const (
	caseNone    = 0
	caseWith    = 1
	caseWithout = -1
)

// twin is what a title says of the thing twins differ by: its case, its
// heads, and the title with the case word left out (key), which a twin's
// title shares.
type twin struct {
	with  int
	heads []string
	key   string
}

// twinOf returns what title says of a thing it has "mit" or "ohne", or a
// twin of caseNone when it says neither, or both ("mit oder ohne
// Wertmarke"), or names no head.
func twinOf(title string) twin {
	tokens := strings.Fields(title)
	at, with := -1, caseNone
	for i, t := range tokens {
		w := strings.ToLower(strings.Trim(t, "()"))
		if w != "mit" && w != "ohne" {
			continue
		}
		if at >= 0 {
			return twin{}
		}
		at, with = i, caseWith
		if w == "ohne" {
			with = caseWithout
		}
	}
	if at < 0 {
		return twin{}
	}
	var heads []string
	for _, t := range tokens[at+1:] {
		word := strings.TrimLeft(t, "(\"'„")
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && utf8.RuneCountInString(strings.TrimRight(word, ").,")) > shortHead {
			heads = append(heads, knowledge.Words(word)...)
		}
		if strings.HasSuffix(t, ")") {
			break
		}
	}
	if len(heads) == 0 {
		return twin{}
	}
	key := slices.Concat(tokens[:at], []string{strings.ReplaceAll(strings.ReplaceAll(tokens[at], "mit", ""), "ohne", "")}, tokens[at+1:])
	return twin{with: with, heads: heads, key: strings.Join(key, " ")}
}

// twinCase returns whether the question says the citizen has the thing
// the heads name (caseWith), lacks it (caseWithout), or neither or both
// (caseNone); see above.
func twinCase(question string, heads []string, lex *knowledge.Lexicon) int {
	has, lacks := false, false
	for _, part := range andParts(question) {
		words := knowledge.Words(part)
		named := words
		for _, m := range lex.Matches(part) {
			if adds := knowledge.Words(m.Adds); !slices.Contains(adds, "mit") && !slices.Contains(adds, "ohne") {
				named = append(named, adds...)
			}
		}
		if !anyIn(named, heads) {
			continue
		}
		if anyIn(words, lackWords) {
			lacks = true
		} else {
			has = true
		}
	}
	if slices.ContainsFunc(heads, func(h string) bool { return strings.HasPrefix(h, "ausland") }) {
		eu, third := namedSides(question)
		has = has || eu || third
		lacks = lacks || containsPhrase(knowledge.Words(question), bothGerman)
	}
	switch {
	case has && !lacks:
		return caseWith
	case lacks && !has:
		return caseWithout
	}
	return caseNone
}

// twinsAgainst returns, for each candidate, whether it is one of twins
// (see above) for the other case than the question's.
func twinsAgainst(question string, cands []candidate, lex *knowledge.Lexicon) []bool {
	against := make([]bool, len(cands))
	for i, t := range twinsOf(cands) {
		if t.with == caseNone {
			continue
		}
		if asked := twinCase(question, t.heads, lex); asked != caseNone && asked != t.with {
			against[i] = true
		}
	}
	return against
}

// twinsOf returns, for each candidate, what its title says of the thing
// it and another candidate are twins by, or a twin of caseNone when no
// other candidate is its twin.
func twinsOf(cands []candidate) []twin {
	twins := make([]twin, len(cands))
	for i, c := range cands {
		twins[i] = twinOf(c.hit.Title)
	}
	paired := make([]twin, len(cands))
	for i, t := range twins {
		if t.with != caseNone && slices.ContainsFunc(twins, func(o twin) bool { return o.with == -t.with && o.key == t.key }) {
			paired[i] = t
		}
	}
	return paired
}
