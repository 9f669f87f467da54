package bot

import (
	"slices"
	"unicode/utf8"

	"citizenbot/knowledge"
)

// Catalogues set a procedure for the crafts beside the same procedure for
// any trade: "Handwerk - Gestattung zur Erbringung vorübergehender
// grenzüberschreitender Dienstleistungen in zulassungspflichtigen
// Handwerken" beside "Gewerbe - Grenzüberschreitende Erbringung von
// Dienstleistungen anzeigen". A question that names a craft or a
// craftsman (craftStarts: "Ich bin Elektromeister aus Polen", "I run a
// roofing company in Poland") fits the craft's: of a candidate whose
// title opens with a word of tradeHeads and another's that opens with one
// of craftHeads and shares at least minSharedWords distinct words of its
// title (of minWordLen letters or more, not of procedureWords nor a head
// word; see sharedLong), the first ranks otherSide lower.

// Folded words: craftStarts start the words for a craft, a craftsman or
// a craft's business; tradeHeads and craftHeads open the titles of the
// two.
var (
	craftStarts = []string{
		"handwerk", "elektriker", "elektromeister", "elektroinstallateur", "elektrotechniker", "elektroniker", "elektrobetrieb",
		"installateur", "klempner", "sanitaer", "heizungsbauer", "dachdecker", "tischler", "schreiner", "zimmerer", "maler",
		"maurer", "fliesenleger", "glaser", "schornsteinfeger",
		"craftsman", "craftsmen", "tradesman", "tradesmen", "electrician", "plumber", "roofer", "roofing", "carpenter",
		"joiner", "tiler", "bricklayer", "glazier",
	}
	tradeHeads = []string{"gewerbe"}
	craftHeads = []string{"handwerk"}
)

// minSharedWords is how many long words two titles must share to be for
// the same procedure; minWordLen is how many letters such a word has at
// least.
const (
	minSharedWords = 2
	minWordLen     = 6
)

// namesCraft reports whether the folded words name a craft (see
// craftStarts).
func namesCraft(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return startsIn(w, craftStarts) })
}

// otherTrades returns, for each candidate, whether its title is a
// trade's procedure beside a craft's when the message names a craft (see
// above).
func otherTrades(message string, cands []candidate) []bool {
	other := make([]bool, len(cands))
	if !namesCraft(knowledge.Words(message)) {
		return other
	}
	words := make([][]string, len(cands))
	for i, c := range cands {
		words[i] = knowledge.Words(c.hit.Title)
	}
	for i := range cands {
		if len(words[i]) == 0 || !slices.Contains(tradeHeads, words[i][0]) {
			continue
		}
		other[i] = slices.ContainsFunc(words, func(ws []string) bool {
			return len(ws) > 0 && slices.Contains(craftHeads, ws[0]) && sharedLong(words[i], ws) >= minSharedWords
		})
	}
	return other
}

// sharedLong returns how many distinct words of a, of minWordLen letters
// or more and not of procedureWords, tradeHeads or craftHeads, b has too:
// "Gewerbe - ein überwachungsbedürftiges Gewerbe anmelden" shares no word
// with "Handwerk - … handwerksähnliche Gewerbe".
func sharedLong(a, b []string) int {
	var shared []string
	for _, w := range a {
		if utf8.RuneCountInString(w) >= minWordLen && !slices.Contains(procedureWords, w) && !slices.Contains(tradeHeads, w) &&
			!slices.Contains(craftHeads, w) && slices.Contains(b, w) && !slices.Contains(shared, w) {
			shared = append(shared, w)
		}
	}
	return len(shared)
}

// The crafts' own registers set the crafts free of the master's
// requirement ("Verzeichnis zulassungsfreier Handwerke") apart from the
// trades like crafts ("Verzeichnis handwerksähnliche Gewerbe"), and a
// beautician's trade is one of the latter (Handwerksordnung, Anlage B,
// Abschnitt 2). A question that names such a trade (craftLikeStarts: "Ich
// mach mich als Kosmetikerin selbstständig") ranks a candidate whose title
// names the free crafts and not the trades like them otherSide lower, when
// another candidate's title names those trades. Folded words and parts of
// them: freeCraftTitles and craftLikeTitles name the two registers.
var (
	craftLikeStarts = []string{"kosmetik"}
	freeCraftTitles = []string{"zulassungsfrei"}
	craftLikeTitles = []string{"handwerksaehnlich"}
)

// otherFreeCrafts returns, for each candidate, whether its title is the
// free crafts' register beside the one of the trades like crafts when the
// message names such a trade (see above).
func otherFreeCrafts(message string, cands []candidate) []bool {
	free := make([]bool, len(cands))
	if !slices.ContainsFunc(knowledge.Words(message), func(w string) bool { return startsIn(w, craftLikeStarts) }) {
		return free
	}
	craftLike := false
	for i, c := range cands {
		words := knowledge.Words(c.hit.Title)
		like := hasPart(words, craftLikeTitles)
		free[i] = hasPart(words, freeCraftTitles) && !like
		craftLike = craftLike || like
	}
	if !craftLike {
		clear(free)
	}
	return free
}
