package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"citizenbot/knowledge"
)

// In a long question the title fit counts less (longNameWeight): a title
// often fits a word told in passing. The sentences that ask say what is
// wanted, though: "I've lived in Berlin for six years with a Blue Card and
// my German is at B1. How do I apply for Einbürgerung?" wants
// naturalisation, not the Blue Card's settlement permit its first sentence
// names. A candidate whose title has a noun that the asking sentences name
// (see askedPart), in their own words or in the official words the lexicon
// adds for them, ranks askedTitleBonus higher, when the question has other
// sentences too. Nouns that name a kind of procedure, not a matter
// (procedureNouns), do not count.

// askedTitleBonus is how much higher a candidate ranks whose title the
// asking sentences name.
const askedTitleBonus = 0.1

// minAskedStem is how long a German stem of the asking sentences must be to
// name a title's noun: shorter ones are parts of too many words.
const minAskedStem = 5

// procedureNouns are the German stems of title nouns that name a kind of
// procedure, which almost every title has.
var procedureNouns = stemsOf([]string{"Antrag", "Erteilung", "Verlängerung", "Ausstellung", "Bescheinigung",
	"Änderung", "Auskunft", "Genehmigung", "Erlaubnis", "Zulassung", "Eintragung", "Anzeige", "Meldung", "Beantragung"}, nil)

// askedStems returns the German stems that asked, the asking sentences of
// message (see askedPart), name in their own words and in the lexicon's
// official words for them, or nil when every sentence asks.
func askedStems(message, asked string, lex *knowledge.Lexicon) []string {
	if asked == message {
		return nil
	}
	words := knowledge.Words(asked)
	for _, m := range lex.Matches(asked) {
		words = append(words, knowledge.Words(m.Adds)...)
	}
	return longStems(nil, words)
}

// longStems returns stems with the German stems of words that are at least
// minAskedStem long, and not among them yet, added.
func longStems(stems, words []string) []string {
	for _, w := range words {
		if stem := knowledge.Stem(w, "de"); len(stem) >= minAskedStem && !slices.Contains(stems, stem) {
			stems = append(stems, stem)
		}
	}
	return stems
}

// titleAsked reports whether a noun of title, other than a procedure
// noun, has one of stems in it.
func titleAsked(title string, stems []string) bool {
	return titleNoun(title, func(stem string) bool {
		return slices.ContainsFunc(stems, func(s string) bool { return strings.Contains(stem, s) })
	})
}

// titlePending reports whether a noun of title, other than a procedure
// noun, has one of stems in it or begins one of them, a compound that
// names the title's noun first: "Approbationsverfahren" tells of the
// "Approbation". A title that offers something for the meantime
// (interimTitles) is what the question asks for, whatever it names:
// "Ich warte noch auf meinen neuen Personalausweis – was mache ich bis
// dahin?" asks for the temporary identity card.
func titlePending(title string, stems []string) bool {
	if anyIn(knowledge.Words(title), interimTitles) {
		return false
	}
	return titleNoun(title, func(stem string) bool {
		return slices.ContainsFunc(stems, func(s string) bool {
			return strings.Contains(stem, s) || len(stem) >= minAskedStem && strings.HasPrefix(s, stem)
		})
	})
}

// titleNoun reports whether f holds for the German stem of a noun of
// title other than a procedure noun.
func titleNoun(title string, f func(stem string) bool) bool {
	for _, field := range strings.FieldsFunc(title, func(r rune) bool { return !knowledge.WordRune(r) }) {
		if r, _ := utf8.DecodeRuneInString(field); !unicode.IsUpper(r) {
			continue
		}
		for _, w := range knowledge.Words(field) {
			if stem := knowledge.Stem(w, "de"); !slices.Contains(procedureNouns, stem) && f(stem) {
				return true
			}
		}
	}
	return false
}
