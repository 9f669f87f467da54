package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Some titles name the office that offers the service: "Beratung und
// Unterstützung bei der Ausübung des Umgangsrechts und Begleiteter Umgang
// - Jugendamt" beside the court's "Familiensachen - Umgangsrecht regeln".
// A question whose asking sentences (see askedPart) ask what that office
// does for the asker, naming it with a word of help (helpWords, officeDeeds: "Kann das
// Jugendamt helfen?", "Does the Jugendamt offer supervised visits?"), asks
// for the office's service, and of the candidates whose titles share a
// noun with its title (by German stem; procedure nouns and words of help
// or advice aside), each that does not name the office ranks otherSide lower. An
// office is a title noun that names one (see isOffice: "Jugendamt",
// "Betreuungsbehörde"). Where the office only receives what the asker
// does ("Wo trage ich mich beim Jugendamt ein?"), the question names no
// help and the candidates keep their order.

// officeDeeds are folded words that, beside those of helpWords, ask what
// an office does for the asker.
var officeDeeds = []string{
	"unterstuetzen", "vermitteln", "vermittelt", "organisieren", "organisiert", "anbieten", "bietet",
	"advise", "offer", "offers", "organise", "organises", "organize", "organizes", "arrange", "arranges", "mediate",
}

// officesOf returns the folded nouns of title that name an office.
func officesOf(title string) []string {
	return slices.DeleteFunc(titleNouns(title), func(w string) bool { return !isOffice(w) })
}

// otherThanOffice returns, for each candidate, whether another
// candidate's title names an office the message asks for help from and
// shares a noun with its title, which names no such office (see above).
func otherThanOffice(message string, cands []candidate) []bool {
	other := make([]bool, len(cands))
	offices := make([][]string, len(cands))
	for i, c := range cands {
		offices[i] = officesOf(c.hit.Title)
	}
	if !slices.ContainsFunc(offices, func(o []string) bool { return len(o) > 0 }) {
		return other
	}
	asked := knowledge.Words(askedPart(message))
	if !anyIn(asked, helpWords) && !anyIn(asked, officeDeeds) {
		return other
	}
	var askedStems []string
	for _, w := range asked {
		askedStems = append(askedStems, knowledge.Stem(w, "de"))
	}
	helped := make([]bool, len(cands))
	for i := range cands {
		helped[i] = anyIn(asked, offices[i])
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
			other[j] = shared && !slices.ContainsFunc(without(own, stems), func(s string) bool { return slices.Contains(askedStems, s) })
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
