package bot

import (
	"slices"
	"strconv"

	"citizenbot/knowledge"
)

// English says "legal guardian" both for a child's guardian (German
// "Vormund") and for an adult's ("Betreuer"), and the lexicon reads the
// plain words as the adult's, as most questions with them are about a
// parent who can no longer decide alone. A question that names a minor
// ("My sister died and her 12-year-old son has no other parent. I would
// like to become his legal guardian.") asks for the child's: guardianQuery
// reads it. One whose asker already is the guardian ("I'm the legal
// guardian of my nephew. How do I apply for his ID card?") asks for
// something else.

// guardianWords are the folded words for a guardian; a word of
// guardianSelf within guardianSelfReach words before one says that the
// asker is it ("I am"; "I'm", folded "i m").
var (
	guardianWords = []string{"guardian", "guardians", "guardianship"}
	guardianSelf  = []string{"m", "am"}
)

// guardianSelfReach is how many words before a word of guardianWords one
// of guardianSelf may stand: "I am now the child's legal guardian".
const guardianSelfReach = 6

// minorWords name a minor; adultWords tell that the one the guardian is
// for is grown up ("my adult son", "my son has dementia").
var (
	minorWords = []string{
		"child", "children", "kid", "kids", "son", "daughter", "nephew", "niece", "boy", "girl", "baby",
		"minor", "teenager", "orphan", "grandson", "granddaughter",
	}
	adultWords = []string{"adult", "grown", "dementia", "alzheimer", "alzheimers", "elderly"}
)

// adultAge is the age from which a person is of age, told by a number
// before a word of yearWords and "old" ("a 25 year old son") or after a
// word of ageVerbs ("my daughter is 30"; not an age to come: "until she
// is 18").
const adultAge = 18

// untilReach is how many words before an age a word of untilWords may
// stand.
const untilReach = 3

var (
	yearWords  = []string{"year", "years"}
	ageVerbs   = []string{"is", "ist", "turned", "wird"}
	untilWords = []string{"until", "till", "bis"}
)

// childGuardianship is the catalogue's name for a child's guardian.
const childGuardianship = "Vormundschaft"

// guardianQuery returns childGuardianship when the question says a word
// of guardianWords, not of the asker (see guardianSelf), and names a minor
// (minorWords) and no adult: no word of adultWords and no age of adultAge
// or more (see adultAge); else "".
func guardianQuery(question string) string {
	words := knowledge.Words(question)
	if !anyIn(words, minorWords) || anyIn(words, adultWords) {
		return ""
	}
	named := false
	for i, w := range words {
		if slices.Contains(guardianWords, w) && !anyIn(words[max(0, i-guardianSelfReach):i], guardianSelf) {
			named = true
		}
		if age, err := strconv.Atoi(w); err == nil && age >= adultAge && toldAge(words, i) {
			return ""
		}
	}
	if !named {
		return ""
	}
	return childGuardianship
}

// toldAge reports whether the number words[i] tells someone's age (see
// adultAge).
func toldAge(words []string, i int) bool {
	if i+2 < len(words) && slices.Contains(yearWords, words[i+1]) && words[i+2] == "old" {
		return true
	}
	return i > 0 && slices.Contains(ageVerbs, words[i-1]) && !anyIn(words[max(0, i-untilReach):i], untilWords)
}
