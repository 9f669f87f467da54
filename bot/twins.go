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
// are longer than shortHead letters ("Fahrzeugbrief" and
// "Zulassungsbescheinigung" of "Fahrzeugbrief bzw. Zulassungsbescheinigung
// Teil II"). A part of a
// clause of the question (see andParts) names the thing when it has a
// head, or the lexicon's official words for one of its phrases do
// ("vehicle title" → "Zulassungsbescheinigung Teil II"); it tells that the
// citizen lacks it when a word of lackWords stands at most lackBefore words
// before that word or phrase ("keinen deutschen Fahrzeugbrief", "I don't
// have any German Fahrzeugbrief") or one of lackAfterWords at most
// lackAfter words after it, before a word of contrastWords ("einen
// Fahrzeugbrief gibt es nicht", "der Brief ist beim Transport verloren
// gegangen"; not "den Fahrzeugbrief, aber nicht die Rechnung"), else that
// they have it. A part with a word of need (neededWords: "Ist ein
// Fahrzeugbrief nötig?", "Do I need the vehicle title?") tells neither. The lexicon's words that
// say "mit" or "ohne" themselves are its reading of the twins, not what
// the question says, and do not count. Foreign involvement (a head that
// begins with "ausland") is had when a part of a clause that names one of
// the couple (coupleWords, or the asker's "I'm", "ich bin", "I come"; see
// selfIntros) names a country of countries.txt (see countryOf) other than
// as a place ("in Thailand kennengelernt", "nach Australien auswandern";
// see placeWords), or the question tells of a naturalisation
// (naturalisedWords): "My fiancée is from Colombia" marries with it, "Our
// wedding guests are flying in from Canada" does not; it lacks when the
// question says that both are German (bothGerman) and tells of no
// naturalisation.

// bothGerman are the folded words by which a question says that no one
// abroad is involved: "Wir sind beide Deutsche", "We're both German
// (I grew up in Canada)".
var bothGerman = [][]string{{"beide", "deutsch"}, {"beide", "deutsche"}, {"beide", "deutscher"}, {"both", "german"}, {"both", "germans"}}

// shortHead is the length up to which a capitalised word after "mit" or
// "ohne" is no head: "Teil" of "Teil II".
const shortHead = 4

// lackWords, lackAfterWords, contrastWords, neededWords, placeWords,
// naturalisedWords, coupleWords and selfIntros are folded words (see the
// comment at the top of this file).
var (
	lackWords = []string{
		"kein", "keine", "keinen", "keinem", "keiner", "keines", "nicht", "ohne", "verloren",
		"no", "not", "without", "don", "didn", "doesn", "haven", "hasn", "isn", "wasn", "lost",
	}
	lackAfterWords   = []string{"nicht", "fehlt", "fehlen", "verloren", "missing", "lost"}
	contrastWords    = []string{"aber", "sondern", "but"}
	neededWords      = []string{"brauche", "brauchen", "braucht", "noetig", "notwendig", "erforderlich", "need", "needed", "required"}
	placeWords       = []string{"in", "im", "nach", "to"}
	naturalisedWords = []string{"eingebuergert", "naturalised", "naturalized"}
	coupleWords      = []string{
		"fiancee", "fiance", "verlobte", "verlobter", "verlobten", "partner", "partnerin", "freund", "freundin", "boyfriend",
		"girlfriend", "husband", "wife", "mann", "frau", "braut", "braeutigam", "bride", "groom",
	}
	selfIntros = [][]string{{"i", "m"}, {"i", "am"}, {"ich", "bin"}, {"i", "come"}, {"ich", "komme"}}
)

// lackBefore and lackAfter are how many words before and after what a
// part names a word of lackWords and of lackAfterWords count.
const (
	lackBefore = 6
	lackAfter  = 6
)

// Cases of a twin title and of what a question says of the thing; a
// twin's case is the other's negated.
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
	key := slices.Concat(tokens[:at], []string{strings.TrimFunc(tokens[at], unicode.IsLetter)}, tokens[at+1:])
	return twin{with: with, heads: heads, key: strings.Join(key, " ")}
}

// twinCase returns whether the question says the citizen has the thing
// the heads name (caseWith), lacks it (caseWithout), or neither or both
// (caseNone); see the comment at the top of this file.
func twinCase(question string, heads []string, lex *knowledge.Lexicon) int {
	has, lacks := false, false
	parts := andParts(question)
	for _, part := range parts {
		words := knowledge.Words(part)
		if anyIn(words, neededWords) {
			continue
		}
		for _, at := range namedAt(part, words, heads, lex) {
			if lacksAt(words, at) {
				lacks = true
			} else {
				has = true
			}
		}
	}
	if slices.ContainsFunc(heads, func(h string) bool { return strings.HasPrefix(h, "ausland") }) {
		words := knowledge.Words(question)
		naturalised := anyIn(words, naturalisedWords)
		has = has || naturalised || slices.ContainsFunc(parts, func(part string) bool {
			ws := knowledge.Words(part)
			return (anyIn(ws, coupleWords) || containsPhrase(ws, selfIntros)) && namesCountryOfOrigin(ws)
		})
		lacks = lacks || containsPhrase(words, bothGerman) && !naturalised
	}
	switch {
	case has && !lacks:
		return caseWith
	case lacks && !has:
		return caseWithout
	}
	return caseNone
}

// namedAt returns where the folded words of a part name a head: the
// head's own places, and the first word of each of the part's lexicon
// phrases whose official words name one (see above).
func namedAt(part string, words, heads []string, lex *knowledge.Lexicon) []int {
	var at []int
	for i, w := range words {
		if slices.Contains(heads, w) {
			at = append(at, i)
		}
	}
	for _, m := range lex.Matches(part) {
		adds := knowledge.Words(m.Adds)
		if slices.Contains(adds, "mit") || slices.Contains(adds, "ohne") || !anyIn(adds, heads) {
			continue
		}
		if i := slices.Index(words, m.Phrase[0]); i >= 0 {
			at = append(at, i)
		}
	}
	return at
}

// lacksAt reports whether the folded words tell that the citizen lacks
// what words[at] names (see lackWords).
func lacksAt(words []string, at int) bool {
	if anyIn(words[max(0, at-lackBefore):at], lackWords) {
		return true
	}
	for _, w := range words[at+1 : min(len(words), at+1+lackAfter)] {
		if slices.Contains(contrastWords, w) {
			return false
		}
		if slices.Contains(lackAfterWords, w) {
			return true
		}
	}
	return false
}

// namesCountryOfOrigin reports whether the folded words name a country of
// countries.txt other than as a place (after a word of placeWords).
func namesCountryOfOrigin(words []string) bool {
	for i, w := range words {
		if _, ok := countryOf(words[i:], w); ok && (i == 0 || !slices.Contains(placeWords, words[i-1])) {
			return true
		}
	}
	return false
}

// otherTwins returns, for each candidate, whether it is one of twins (see
// the top of this file) for the other case than the question's. The
// question's case is read once for both twins of a pair, by their key.
func otherTwins(question string, cands []candidate, lex *knowledge.Lexicon) []bool {
	other := make([]bool, len(cands))
	asked := map[string]int{}
	for i, t := range twinsOf(cands) {
		if t.with == caseNone {
			continue
		}
		c, ok := asked[t.key]
		if !ok {
			c = twinCase(question, t.heads, lex)
			asked[t.key] = c
		}
		other[i] = c != caseNone && c != t.with
	}
	return other
}

// namesTwinHead reports whether the first candidate is one of twins and a
// part of text names what they differ by (see namedAt): "Den Fahrzeugbrief
// hat mir der Händler schon mitgegeben" does, "Wir haben die Eheschließung
// schon angemeldet" names the service itself.
func namesTwinHead(text string, cands []candidate, lex *knowledge.Lexicon) bool {
	t := twinsOf(cands)[0]
	return t.with != caseNone && slices.ContainsFunc(andParts(text), func(part string) bool {
		return len(namedAt(part, knowledge.Words(part), t.heads, lex)) > 0
	})
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
