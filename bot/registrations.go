package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Catalogues split the registration of one thing by what happens to it:
// "Gewerbe anmelden", "Gewerbe ummelden" and "Gewerbe abmelden"; "Tiere -
// Hundehaltung - Anmeldung - Gefährlicher Hund", "… Ummeldung …" and
// "… Gefährlicher Hund - Abmeldung". Such siblings share every other word
// of their titles, in any order, so they fit a question alike. A move
// within the city of something of the citizen's re-registers it: "Wir
// ziehen mit unserem Staffordshire von Wedding nach Köpenick", "my café is
// moving from Kreuzberg to Wedding". Of siblings among the candidates,
// when one re-registers and the question tells of such a move, the others
// rank otherSide lower.
//
// A question tells of such a move when a clause moves a thing (see
// thingMoves), or, for what is no business, a clause tells of the asker's
// move (a word of selfWords and one of moveWords), the question tells of
// the asker's thing (see ownsThing) and not that it changed hands (see
// changedHands): "Mein Staffordshire-Mix ist als Listenhund registriert.
// Wir ziehen jetzt nach Köpenick" (a shop need not move with its owner);
// and the question names no other place a move goes to or comes from (see
// movesFromElsewhere) and has no word of arrivalWords ("I just moved here
// with my dog"): a move into the city, or out of it, registers or
// deregisters there.

// acts are the acts of a registration as its title words begin, and
// actEnds how those words end: "anmelden", "Ummeldung".
var (
	acts    = []string{"an", "um", "ab"}
	actEnds = []string{"melden", "meldung"}
)

// actMove is the act of re-registering.
const actMove = "um"

// actOf returns the act the folded word w names, or "".
func actOf(w string) string {
	for _, a := range acts {
		if rest, ok := strings.CutPrefix(w, a); ok && slices.Contains(actEnds, rest) {
			return a
		}
	}
	return ""
}

// moveEnds are the folded words after which a place is where a move goes
// or comes from; arrivalWords say that a move came into the city.
var (
	moveEnds     = []string{"nach", "to", "into", "aus", "from", "von"}
	arrivalWords = []string{"here", "hierher", "hergezogen"}
)

// registration is what a title says of the registration it is one of:
// its act and the title's other words, sorted (key), which its siblings'
// titles share.
type registration struct {
	act string
	key string
}

// registrationOf returns the act and key of title, or the zero
// registration when no word, or more than one, names an act. A compound
// that ends in the act's own word ("Gewerbe anmelden (Gewerbeanmeldung)")
// repeats it and is left out of the key.
func registrationOf(title string) registration {
	words := knowledge.Words(title)
	at := -1
	for i, w := range words {
		if actOf(w) != "" {
			if at >= 0 {
				return registration{}
			}
			at = i
		}
	}
	if at < 0 {
		return registration{}
	}
	act := actOf(words[at])
	rest := slices.DeleteFunc(slices.Clone(words), func(w string) bool {
		return slices.ContainsFunc(actEnds, func(end string) bool { return strings.HasSuffix(w, act+end) })
	})
	slices.Sort(rest)
	return registration{act: act, key: strings.Join(rest, " ")}
}

// movesThing reports whether the question tells of a move within the
// city of what the words of key name (see above and thingMoves), and of
// no closing down (see closesBusiness): "I'm moving my shop online and
// closing down the store" ends the business. own are the tenant's places
// (see ownPlaces).
func movesThing(question string, key, own []string, lex *knowledge.Lexicon) bool {
	words := knowledge.Words(question)
	if !anyIn(words, moveWords) || anyIn(words, arrivalWords) || movesFromElsewhere(words, own) || closesBusiness(question) {
		return false
	}
	business := slices.ContainsFunc(key, isBusinessNoun)
	namer := func(text string) func([]string) bool {
		// heads are the first words of the text's lexicon phrases whose
		// official words name what key names.
		var heads []string
		for _, m := range lex.Matches(text) {
			if anyIn(knowledge.Words(m.Adds), key) {
				heads = append(heads, m.Phrase[0])
			}
		}
		return func(ws []string) bool {
			return anyIn(ws, key) || anyIn(ws, heads) || business && slices.ContainsFunc(ws, isBusinessNoun)
		}
	}
	clauses := clausesOf(question)
	if slices.ContainsFunc(clauses, func(clause string) bool { return thingMoves(knowledge.Words(clause), namer(clause)) }) {
		return true
	}
	return !business && !anyIn(words, changedHands) && slices.ContainsFunc(clauses, func(clause string) bool {
		ws := knowledge.Words(clause)
		return anyIn(ws, selfWords) && anyIn(ws, moveWords)
	}) && ownsThing(words, namer(question))
}

// changedHands are the folded words by which a question tells that the
// asker got the thing or lost it: a thing got after the move is registered
// anew ("Jetzt haben wir einen Hund aus dem Tierheim geholt"), one that
// died is deregistered.
var changedHands = []string{"geholt", "gekauft", "angeschafft", "adoptiert", "uebernommen", "bought", "adopted",
	"gestorben", "verstorben", "eingeschlaefert", "died", "dead"}

// ownsThing reports whether the folded words tell of a thing of the
// citizen's that names reports on: a word of ownerWords or selfHaveWords
// with the thing among the ownedReach words after it ("Mein
// Staffordshire-Mix ist als Listenhund registriert", "I have an American
// Staffordshire terrier"; not "Meine Mutter hat einen Pitbull").
func ownsThing(words []string, names func([]string) bool) bool {
	for i, w := range words {
		if (slices.Contains(ownerWords, w) || slices.Contains(selfHaveWords, w)) && names(words[i+1:min(len(words), i+1+ownedReach)]) {
			return true
		}
	}
	return false
}

// selfHaveWords are the folded verbs by which the asker has something.
var selfHaveWords = []string{"habe", "hab", "haben", "have"}

// ownedReach is how many words after the owner's word or a verb of having
// the thing may stand.
const ownedReach = 3

// thingMoves reports whether the folded words of a clause tell of moving
// a thing of the citizen's that names reports on: a word of moveWords
// right before the owner's word and the thing ("moving my pitbull to
// Neukölln"), "mit" or "with" before them in a clause of moving ("Wir
// ziehen mit unserem Staffordshire-Terrier nach Pankow", "moved w/ my
// american staffordshire"; the thing is one of the two words after the
// owner's), or the thing right before a word of comingMoves ("laden zieht
// von kreuzberg nach schöneberg", "kampfhund umzug"). names reports on
// the title's words, the lexicon's phrases for them and, for a business,
// the business nouns (see movesThing): "I moved my stuff into a new flat"
// and "Wir ziehen mit unseren Kindern nach Pankow" move no thing
// registered.
func thingMoves(words []string, names func([]string) bool) bool {
	owned := func(i int) bool {
		return i < len(words) && slices.Contains(ownerWords, words[i]) && names(words[i+1:min(len(words), i+3)])
	}
	for i, w := range words {
		switch {
		case slices.Contains(moveWords, w) && owned(i+1),
			slices.Contains(withWords, w) && owned(i+1) && anyIn(words, moveWords),
			i+1 < len(words) && slices.Contains(comingMoves, words[i+1]) && names(words[i:i+1]):
			return true
		}
	}
	return false
}

// withWords are the folded words of going along with something; "w" is
// English "w/".
var withWords = []string{"mit", "with", "w"}

// movesFromElsewhere reports whether the folded words name, after a word
// of moveEnds, a place a move goes to or comes from outside the city: a
// city of places.txt that is not one of own (the tenant's places), a
// country or abroad; an article may stand between ("aus der Türkei", "aus
// dem Ausland"). The tenant's own city counts when a move goes to it
// ("nach Berlin": a move into the city), not when it comes from it or
// stays in it ("innerhalb von Berlin"); its districts never count.
func movesFromElsewhere(words, own []string) bool {
	for i, w := range words {
		if !slices.Contains(moveEnds, w) {
			continue
		}
		place := withoutPlaceArticles(words[i+1:])
		if len(place) == 0 {
			continue
		}
		city := isCity(place[0]) && (!slices.Contains(own, place[0]) || slices.Contains(moveDestinations, w))
		if city || slices.Contains(abroadWords, place[0]) || countryNamed(place) {
			return true
		}
	}
	return false
}

// moveDestinations are the words of moveEnds after which a place is where
// a move goes.
var moveDestinations = []string{"nach", "to", "into"}

// withoutPlaceArticles returns words without the placeArticles they start
// with, keeping the last word.
func withoutPlaceArticles(words []string) []string {
	for len(words) > 1 && slices.Contains(placeArticles, words[0]) {
		words = words[1:]
	}
	return words
}

// otherActs returns, for each candidate, whether it is a sibling of
// another candidate that re-registers, and does not itself, when the
// question tells of a move of what they register (see movesThing); own
// are the tenant's places.
func otherActs(question string, cands []candidate, own []string, lex *knowledge.Lexicon) []bool {
	other := make([]bool, len(cands))
	regs := make([]registration, len(cands))
	for i, c := range cands {
		regs[i] = registrationOf(c.hit.Title)
	}
	moves := map[string]bool{}
	for i, r := range regs {
		if r.act == "" || r.act == actMove || !slices.Contains(regs, registration{act: actMove, key: r.key}) {
			continue
		}
		m, ok := moves[r.key]
		if !ok {
			m = movesThing(question, strings.Fields(r.key), own, lex)
			moves[r.key] = m
		}
		other[i] = m
	}
	return other
}
