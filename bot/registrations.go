package bot

import (
	"regexp"
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
// thingMoves) and it names no city of places.txt, no country and nowhere
// abroad after a word of moveEnds ("von Hamburg nach Berlin", "moving to
// Berlin from Spain") and has no word of arrivalWords ("I just moved here
// with my dog"): a move into the city, or out of it, registers or
// deregisters there.

// actPattern matches the folded title word that names a registration's
// act: its first group is "an", "um" or "ab".
var actPattern = regexp.MustCompile(`^(an|um|ab)(meldung|melden)$`)

// actMove is the act of re-registering.
const actMove = "um"

// moveEnds are the folded words after which a place is where a move goes
// or comes from; arrivalWords say that a move came into the city.
var (
	moveEnds     = []string{"nach", "to", "into", "aus", "from", "von"}
	arrivalWords = []string{"here", "hierher", "hergezogen"}
)

// kinWords are the folded words for relatives that familyWords and
// coupleWords leave out.
var kinWords = []string{
	"vater", "mutter", "papa", "mama", "opa", "oma", "eltern", "kindern", "bruder", "schwester", "onkel", "tante",
	"father", "mother", "dad", "mum", "mom", "parents", "brother", "sister", "uncle", "aunt",
	"grandfather", "grandmother", "grandma", "grandpa",
}

// registration is what a title says of the registration it is one of:
// its act and the title's other words, sorted (key), which its siblings'
// titles share.
type registration struct {
	act string
	key string
}

// registrationOf returns the act and key of title, or the zero
// registration when no word, or more than one, names an act.
func registrationOf(title string) registration {
	words := knowledge.Words(title)
	at := -1
	for i, w := range words {
		if actPattern.MatchString(w) {
			if at >= 0 {
				return registration{}
			}
			at = i
		}
	}
	if at < 0 {
		return registration{}
	}
	rest := slices.Delete(slices.Clone(words), at, at+1)
	slices.Sort(rest)
	return registration{act: actPattern.FindStringSubmatch(words[at])[1], key: strings.Join(rest, " ")}
}

// movesThing reports whether the question tells of a move within the
// city of what the words of key name (see above and thingMoves), and of
// no closing down (see closesBusiness): "I'm moving my shop online and
// closing down the store" ends the business.
func movesThing(question string, key []string, lex *knowledge.Lexicon) bool {
	words := knowledge.Words(question)
	if !anyIn(words, moveWords) || anyIn(words, arrivalWords) || movesBetweenCities(words) || closesBusiness(question) {
		return false
	}
	business := slices.ContainsFunc(key, isBusinessNoun)
	return slices.ContainsFunc(clausesOf(question), func(clause string) bool {
		matches := lex.Matches(clause)
		names := func(ws []string) bool {
			return anyIn(ws, key) || business && slices.ContainsFunc(ws, isBusinessNoun) ||
				slices.ContainsFunc(matches, func(m knowledge.Match) bool {
					return slices.Contains(ws, m.Phrase[0]) && anyIn(knowledge.Words(m.Adds), key)
				})
		}
		return thingMoves(knowledge.Words(clause), names)
	})
}

// thingMoves reports whether the folded words of a clause tell of moving
// a thing of the citizen's that names reports on and that is no person: a
// word of moveWords right before the owner's word and the thing ("moving
// my pitbull to Neukölln"), "mit" or "with" before them in a clause of
// moving ("Wir ziehen mit unserem Staffordshire-Terrier nach Pankow",
// "moved w/ my american staffordshire"; the thing is one of the two words
// after the owner's), or the thing right before a word of comingMoves
// ("laden zieht von kreuzberg nach schöneberg"). For a business, a title
// word of which is one of businessNouns, names reports on the business
// nouns too. "I moved my stuff into a new flat" moves no thing registered;
// "Wir ziehen mit unseren Kindern nach Pankow" moves a family.
func thingMoves(words []string, names func([]string) bool) bool {
	owned := func(i int) bool {
		if i >= len(words) || !slices.Contains(ownerWords, words[i]) {
			return false
		}
		thing := words[i+1 : min(len(words), i+3)]
		return !slices.ContainsFunc(thing, isPerson) && names(thing)
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

// isPerson reports whether the folded word w names a person of the
// family or the couple (familyWords, coupleWords, kinWords).
func isPerson(w string) bool {
	return slices.Contains(familyWords, w) || slices.Contains(coupleWords, w) || slices.Contains(kinWords, w)
}

// movesBetweenCities reports whether the folded words name a city of
// places.txt, a country or somewhere abroad after a word of moveEnds.
func movesBetweenCities(words []string) bool {
	for i, w := range words {
		if !slices.Contains(moveEnds, w) {
			continue
		}
		place := withoutArticles(words[i+1:])
		if len(place) > 0 && (isCity(place[0]) || slices.Contains(abroadWords, place[0]) || countryNamed(place)) {
			return true
		}
	}
	return false
}

// otherActs returns, for each candidate, whether it is a sibling of
// another candidate that re-registers, and does not itself, when the
// question tells of a move of what they register (see movesThing).
func otherActs(question string, cands []candidate, lex *knowledge.Lexicon) []bool {
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
			m = movesThing(question, strings.Fields(r.key), lex)
			moves[r.key] = m
		}
		other[i] = m
	}
	return other
}
