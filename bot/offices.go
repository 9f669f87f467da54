package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Some titles name the office that offers the service: "Beratung und
// Unterstützung bei der Ausübung des Umgangsrechts und Begleiteter Umgang
// - Jugendamt" beside the court's "Familiensachen - Umgangsrecht regeln".
// A question whose asking sentences (see askedPart) ask what that office
// does for the asker asks for the office's service: a part of them (see
// andParts) names the office at most helpReach words from a word of help
// (helpWords, officeDeeds: "Kann das Jugendamt helfen?", "Does the
// Jugendamt offer supervised visits?") and no negation ("Das Jugendamt
// konnte uns nicht helfen"). Of the candidates whose titles share a noun
// with the office's title (by German stem; procedure nouns and words of
// help or advice aside), each that does not name the office ranks
// otherSide lower, unless the asking sentences name a noun of its title
// that the office's title lacks: "Berät uns die Betreuungsbehörde zur
// Anerkennung als Betreuungsverein?" asks for the recognition. An office
// is a title noun that names an authority (see isOffice) and ends in
// "amt" or "behörde" (officeTitleEnds: "Jugendamt", "Betreuungsbehörde";
// not "Baustelle"). Where the office only receives what the asker does
// ("Wo trage ich mich beim Jugendamt ein?"), the question names no help and
// the candidates keep their order.

// officeDeeds are folded words that, beside those of helpWords, ask what
// an office does for the asker; officeTitleEnds end the title nouns that
// name an office.
var (
	officeDeeds = []string{
		"unterstuetzen", "vermitteln", "vermittelt", "organisieren", "organisiert", "anbieten", "bietet",
		"advise", "offer", "offers", "organise", "organises", "organize", "organizes", "arrange", "arranges", "mediate",
	}
	officeTitleEnds = []string{"amt", "behoerde"}
)

// helpReach is how many words may stand between the office and the word
// of help.
const helpReach = 3

// officesOf returns the folded nouns of title that name an office.
func officesOf(title string) []string {
	return slices.DeleteFunc(titleNouns(title), func(w string) bool { return !isOffice(w) || !endsIn(w, officeTitleEnds) })
}

// asksHelpFrom reports whether a part of the asking sentences, their
// folded words by part, asks the office for help (see above).
func asksHelpFrom(parts [][]string, office string) bool {
	return slices.ContainsFunc(parts, func(ws []string) bool {
		if anyIn(ws, negations) {
			return false
		}
		for i, w := range ws {
			if w != office {
				continue
			}
			near := ws[max(0, i-helpReach-1):min(len(ws), i+helpReach+2)]
			if anyIn(near, helpWords) || anyIn(near, officeDeeds) {
				return true
			}
		}
		return false
	})
}

// otherThanOffice returns, for each candidate, whether another
// candidate's title names an office the message asks for help and shares
// a noun with its title, which names no such office (see above).
func otherThanOffice(message string, cands []candidate) []bool {
	other := make([]bool, len(cands))
	offices := make([][]string, len(cands))
	for i, c := range cands {
		offices[i] = officesOf(c.hit.Title)
	}
	if !slices.ContainsFunc(offices, func(o []string) bool { return len(o) > 0 }) {
		return other
	}
	asked := askedPart(message)
	var parts [][]string
	for _, part := range andParts(asked) {
		parts = append(parts, knowledge.Words(part))
	}
	helped := make([]bool, len(cands))
	for i := range cands {
		helped[i] = slices.ContainsFunc(offices[i], func(o string) bool { return asksHelpFrom(parts, o) })
	}
	if !slices.Contains(helped, true) {
		return other
	}
	var askedWordStems []string
	for _, w := range knowledge.Words(asked) {
		askedWordStems = append(askedWordStems, knowledge.Stem(w, "de"))
	}
	for i, c := range cands {
		if !helped[i] {
			continue
		}
		stems := nounStems(c.hit.Title, offices[i])
		for j, d := range cands {
			if helped[j] || other[j] {
				continue
			}
			own := nounStems(d.hit.Title, nil)
			shared := slices.ContainsFunc(own, func(s string) bool { return slices.Contains(stems, s) })
			other[j] = shared && !slices.ContainsFunc(without(own, stems), func(s string) bool { return slices.Contains(askedWordStems, s) })
		}
	}
	return other
}

// nounStems returns the German stems of the nouns of title, but for
// procedure nouns, words of help or advice (helpWords, adviceTitles) and
// the words of skip.
func nounStems(title string, skip []string) []string {
	var stems []string
	for _, w := range titleNouns(title) {
		if slices.Contains(skip, w) || slices.Contains(helpWords, w) || slices.Contains(adviceTitles, w) {
			continue
		}
		if stem := knowledge.Stem(w, "de"); !slices.Contains(procedureNouns, stem) {
			stems = append(stems, stem)
		}
	}
	return stems
}
