package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"citizenbot/knowledge"
)

// Catalogues set an exemption from a duty beside the duty itself:
// "Hundehaltung - Befreiung von der Hundesteuer beantragen" beside
// "Hundehaltung - Hund steuerlich anmelden". The exemption's text names
// who has it (a dog from the animal shelter, a guide dog), so a question
// that tells of such a case fits it, though it asks how to register: "Wir
// haben einen Hund aus dem Tierheim geholt, wie melden wir ihn für die
// Hundesteuer an?". A question that asks to register (registerWords),
// names the duty (the title's nouns after its exemption word,
// "Hundesteuer", in its words or in the lexicon's words for its phrases;
// not in those that name the exemption, which are the lexicon's reading)
// and says nothing of paying, of an exception or of being spared
// (payingWords: "Muss ich trotzdem Hundesteuer zahlen?", "no dog tax?") is
// about registering: of a candidate whose title names an exemption
// (exemptionWords) and one whose title names registering (titleRegisters)
// and shares a noun of the exemption's title other than the exemption
// word ("Hundehaltung"), the exemption ranks otherSide lower. An exemption
// from the leash ("Befreiung von der Leinenpflicht") is none from the tax
// a question asks to register for.

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

// titleNouns returns the folded words of the capitalised words of title.
func titleNouns(title string) []string {
	var nouns []string
	for _, t := range strings.Fields(title) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "(\"'„")); unicode.IsUpper(r) {
			nouns = append(nouns, knowledge.Words(t)...)
		}
	}
	return nouns
}

// otherExemptions returns, for each candidate, whether its title names an
// exemption from a duty the message names, beside another candidate's
// registration for what it is for (see above), when the message asks to
// register only.
func otherExemptions(message string, cands []candidate, lex *knowledge.Lexicon) []bool {
	other := make([]bool, len(cands))
	nouns := make([][]string, len(cands))
	registers := make([]bool, len(cands))
	for i, c := range cands {
		nouns[i] = titleNouns(c.hit.Title)
		registers[i] = anyIn(knowledge.Words(c.hit.Title), titleRegisters)
	}
	if !slices.ContainsFunc(nouns, func(n []string) bool { return anyIn(n, exemptionWords) }) || !registersOnly(message) {
		return other
	}
	named := knowledge.Words(message)
	for _, m := range lex.Matches(message) {
		if adds := knowledge.Words(m.Adds); !anyIn(adds, exemptionWords) {
			named = append(named, adds...)
		}
	}
	for i := range cands {
		at := slices.IndexFunc(nouns[i], func(w string) bool { return slices.Contains(exemptionWords, w) })
		if at < 0 || !anyIn(named, nouns[i][at+1:]) {
			continue
		}
		what := without(nouns[i], exemptionWords)
		for j := range cands {
			other[i] = other[i] || j != i && registers[j] && anyIn(nouns[j], what)
		}
	}
	return other
}
