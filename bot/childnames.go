package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Catalogues set the declarations for a child beside those of the same
// kind for the parents: "Namensrechtliche Erklärungen - Anschlusserklärung
// eines Kindes abgeben" beside "Namensrechtliche Erklärung - Ehenamen
// bestimmen". A question that tells of the parents' new name and asks
// whether their child gets it too fits the parents' declaration by most of
// its words: "Wir haben letztes Jahr geheiratet und den Namen meines
// Mannes als gemeinsamen Familiennamen genommen. Unsere Tochter ist 8.
// Wie kann sie auch den neuen Nachnamen bekommen?". When the message names
// the asker's child (a word of ownerWords before one of kidWords, two
// words may stand between: "unsere 8-jährige Tochter") and its sentences that
// ask speak of a child or of a third person (kidWords, thirdPersons; a
// capitalised "Sie" inside a sentence is the polite "you": "Können Sie mir
// sagen …"), of candidates whose titles begin alike (the stems of the
// words before the first " - "), those that name no child (kidTitleWords)
// rank otherSide lower when another names one. In this catalogue only the
// name declarations begin alike with and without a child.
//
// A part of a clause (see andParts) that tells of a child's marriage, and
// not of the asker's (a word of marriageWords and none of selfWords:
// "Unsere Tochter heiratet nächsten Monat", "Our son is getting
// married"), is about the child's own married name, which the parents'
// declarations are for.

// kidWords, thirdPersons, kidTitleWords and marriageWords are folded
// words (see above); "wedding" is no word of marrying here, as Wedding is a
// district of Berlin.
var (
	kidWords      = []string{"kind", "sohn", "tochter", "child", "son", "daughter"}
	thirdPersons  = []string{"er", "sie", "ihn", "he", "she", "him", "her"}
	kidTitleWords = []string{"kind", "kindes"}
	marriageWords = []string{"heiratet", "heiraten", "geheiratet", "hochzeit", "marry", "marries", "married", "marrying"}
)

// asksForChild reports whether the message names the asker's child, asks
// of a child or a third person and tells of no child's marriage (see
// above).
func asksForChild(message string) bool {
	words := knowledge.Words(message)
	names := false
	for i, w := range words {
		names = names || slices.Contains(ownerWords, w) && anyIn(words[i+1:min(len(words), i+4)], kidWords)
	}
	return names && asksOfChild(askedPart(message)) && !slices.ContainsFunc(andParts(message), childMarries)
}

// asksOfChild reports whether the sentences that ask speak of a child or
// of a third person, leaving out a capitalised "Sie" that does not open a
// sentence (see above).
func asksOfChild(asked string) bool {
	for _, sentence := range sentencesOf(asked) {
		for i, t := range strings.Fields(sentence) {
			if i > 0 && strings.Trim(t, ",;:!?.") == "Sie" {
				continue
			}
			if ws := knowledge.Words(t); anyIn(ws, kidWords) || anyIn(ws, thirdPersons) {
				return true
			}
		}
	}
	return false
}

// childMarries reports whether a part of a clause tells of a child's
// marriage (see above).
func childMarries(part string) bool {
	words := knowledge.Words(part)
	return anyIn(words, kidWords) && anyIn(words, marriageWords) && !anyIn(words, selfWords)
}

// titleGroup returns the stems of the folded words of title before its
// first " - ", or "" when it has none.
func titleGroup(title string) string {
	head, _, ok := strings.Cut(title, " - ")
	if !ok {
		return ""
	}
	var stems []string
	for _, w := range knowledge.Words(head) {
		stems = append(stems, knowledge.Stem(w, "de"))
	}
	return strings.Join(stems, " ")
}

// otherThanChild returns, for each candidate, whether its title names no
// child while one that begins alike does, when the message asks for the
// asker's child (see above).
func otherThanChild(message string, cands []candidate) []bool {
	other := make([]bool, len(cands))
	groups := make([]string, len(cands))
	kid := make([]bool, len(cands))
	for i, c := range cands {
		groups[i] = titleGroup(c.hit.Title)
		kid[i] = anyIn(knowledge.Words(c.hit.Title), kidTitleWords)
	}
	if !slices.Contains(kid, true) || !asksForChild(message) {
		return other
	}
	for i, g := range groups {
		if g == "" || kid[i] {
			continue
		}
		for j, h := range groups {
			other[i] = other[i] || h == g && kid[j]
		}
	}
	return other
}
