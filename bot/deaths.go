package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// What the question tells has died ("Unser Staffordshire-Terrier ist
// letzte Woche gestorben", "our staffy had to be put to sleep") is
// deregistered, not registered: of a candidate whose title names
// registering (see startTitle) and another's that names ending (see
// endTitle) and has every other word of the first's ("Tiere -
// Hundehaltung - Anmeldung - Gefährlicher Hund" beside "Tiere -
// Hundehaltung - Gefährlicher Hund - Abmeldung"), the first ranks
// otherSide lower. The part that tells of the death names an animal
// (animalStarts, not "hundert…") and no person (kinWords, spouseWords,
// childWords): a person's death is the heirs' matter, who may register
// what they take over ("My dad died, so his dog lives with me now"), and
// a new animal is registered whatever died before (newAnimalWords:
// "Unser alter Hund ist gestorben, jetzt haben wir einen Welpen").

// Folded words: deathWords and deathPhrases tell of a death, animalStarts
// start the words for an animal, numberStarts the words for a number that
// start alike, spouseWords name a spouse or partner, newAnimalWords tell
// of a new animal.
var (
	deathWords   = []string{"gestorben", "verstorben", "eingeschlaefert", "died", "dead"}
	deathPhrases = [][]string{{"passed", "away"}, {"put", "to", "sleep"}}
	animalStarts = []string{
		"hund", "dog", "staffordshire", "staffy", "terrier", "pitbull", "listenhund", "kampfhund", "katze", "kater", "haustier",
	}
	numberStarts   = []string{"hundert"}
	spouseWords    = []string{"mann", "frau", "ehemann", "ehefrau", "partner", "partnerin", "husband", "wife"}
	newAnimalWords = []string{
		"neu", "neuen", "neuer", "new", "welpe", "welpen", "puppy", "adoptiert", "adopted", "geholt", "uebernommen",
	}
)

// diedThing reports whether a part of a clause of the message (see
// andParts) tells of an animal's death and names no person, and the
// message tells of no new animal (see above).
func diedThing(message string) bool {
	words := knowledge.Words(message)
	if !anyIn(words, deathWords) && !containsPhrase(words, deathPhrases) || anyIn(words, newAnimalWords) {
		return false
	}
	return slices.ContainsFunc(andParts(message), func(part string) bool {
		ws := knowledge.Words(part)
		died := anyIn(ws, deathWords) || containsPhrase(ws, deathPhrases)
		animal := slices.ContainsFunc(ws, func(w string) bool { return startsIn(w, animalStarts) && !startsIn(w, numberStarts) })
		person := anyIn(ws, kinWords) || anyIn(ws, spouseWords) || anyIn(ws, childWords)
		return died && animal && !person
	})
}

// otherStarts returns, for each candidate, whether its title names
// registering beside another's that names ending the same when the
// message tells of a death (see above).
func otherStarts(message string, cands []candidate) []bool {
	if !diedThing(message) {
		return make([]bool, len(cands))
	}
	return beside(cands, startWordsOnly, endWordsOnly, startWords)
}
