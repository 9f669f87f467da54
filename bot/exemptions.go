package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Catalogues set an exemption from a duty beside the duty itself:
// "Hundehaltung - Befreiung von der Hundesteuer beantragen" beside
// "Hundehaltung - Hund steuerlich anmelden". The exemption's text names
// who has it (a dog from the animal shelter, a guide dog), so a question
// that tells of such a case fits it, though it asks how to register: "Wir
// haben einen Hund aus dem Tierheim geholt, wie melden wir ihn für die
// Hundesteuer an?". A question that asks to register (registerWords) and
// says nothing of paying, of an exception or of being spared (payingWords:
// "Muss ich trotzdem Hundesteuer zahlen?", "no dog tax?") is about
// registering: of a candidate whose title names an exemption
// (exemptionWords) and one whose title names registering (titleRegisters)
// and shares a word of the exemption's title but its exemption words
// (what the two are for: "Hundehaltung"), the exemption ranks otherSide
// lower.

// registerWords, exemptionWords and payingWords are folded words (see
// above); titleRegisters are the folded title words of registering.
var (
	registerWords  = []string{"anmelden", "melde", "melden", "register"}
	exemptionWords = []string{"befreiung"}
	payingWords    = []string{
		"zahlen", "zahle", "bezahlen", "befreit", "befreiung", "befreien", "frei", "kein", "keine", "keinen", "ausnahme",
		"pay", "paying", "exempt", "exemption", "free", "no", "exception",
	}
	titleRegisters = []string{"anmelden", "anmeldung"}
)

// registersOnly reports whether the message asks to register and says
// nothing of paying or of being spared (see above).
func registersOnly(message string) bool {
	words := knowledge.Words(message)
	return anyIn(words, registerWords) && !anyIn(words, payingWords)
}

// otherExemptions returns, for each candidate, whether its title names an
// exemption beside another candidate's registration for what it is for
// (see above), when the message asks to register only.
func otherExemptions(message string, cands []candidate) []bool {
	other := make([]bool, len(cands))
	if !registersOnly(message) {
		return other
	}
	titles := make([][]string, len(cands))
	for i, c := range cands {
		titles[i] = knowledge.Words(c.hit.Title)
	}
	for i, t := range titles {
		if !anyIn(t, exemptionWords) {
			continue
		}
		what := slices.DeleteFunc(slices.Clone(t), func(w string) bool { return slices.Contains(exemptionWords, w) })
		other[i] = slices.ContainsFunc(titles, func(o []string) bool { return anyIn(o, titleRegisters) && anyIn(o, what) })
	}
	return other
}
