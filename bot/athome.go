package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Some services are for an event abroad: "Urkunden - Eheurkunde bei
// Eheschließung im Ausland …", "Sterbefall im Ausland - Nachbeurkundung
// beantragen". They share every word but "Ausland" with the service for
// the same event at home, and search may put them first. A question that
// places the event in the city ("Wir haben 2019 in Berlin-Mitte
// geheiratet", "we registered our partnership in Berlin-Schöneberg") does
// not mean them: a candidate whose title says "im Ausland", or "auf
// deutschen Seeschiffen", ranks otherSide lower (see awayTitle). The
// event is placed in the city when a word of eventWords stands within
// eventReach words of "in" and one of the tenant's places (see
// ownPlaces), or of a phrase of homePhrases ("Mein Vater ist heute Nacht
// zu Hause gestorben": the asker's home is in the city whose chat they
// ask), in one clause and with no conjunction between: "born in Toronto,
// now we live in Berlin" places only where the family lives. A question
// that names another country is left alone: "born in Brazil, my birth was
// registered in Berlin" asks for the certificate of a birth abroad, "zu
// Hause in Polen gestorben" tells of a death abroad.

// eventWords are the folded words that tell of a marriage, a partnership,
// a birth or a death having taken place.
var eventWords = []string{"geheiratet", "verheiratet", "heirateten", "married", "geboren", "born",
	"gestorben", "verstorben", "starb", "died", "eingetragen", "registered", "verpartnert"}

// homePhrases are the folded phrases that place an event at the asker's
// home. That home is elsewhere when the clause names abroad (abroadWords)
// or a homeland or village (homelandWords, homelandPhrases: "in seiner
// Heimat daheim verstorben", "married at home in my village before coming
// to Germany"), or when a preposition of placePrepositions and a city
// abroad follow the phrase ("zu Hause in Istanbul"; a country the question
// names anywhere keeps every event abroad). "at home in her sleep" is at
// home.
var (
	homePhrases       = [][]string{{"zu", "hause"}, {"zuhause"}, {"daheim"}, {"at", "home"}}
	homelandWords     = []string{"heimat", "heimatland", "heimatdorf", "heimatstadt", "dorf", "village"}
	homelandPhrases   = [][]string{{"back", "home"}, {"home", "country"}, {"home", "town"}, {"home", "village"}}
	placePrepositions = []string{"in", "im"}
)

// eventReach is how many words from "in" and the place an event word may
// stand: "in Berlin-Mitte geheiratet", "married at the Standesamt in
// Berlin".
const eventReach = 4

// joiningWords are the folded conjunctions that join another clause:
// "in Rom geheiratet und wohnen jetzt in Berlin" places the wedding in Rome.
var joiningWords = []string{"und", "aber", "oder", "and", "but", "or"}

// eventAtHome reports whether a clause of the question places an event in
// one of own, the tenant's places, or at the asker's home (see above),
// with no conjunction between the event and the place, and the question
// names no country of countries.txt.
func eventAtHome(question string, own []string) bool {
	if eu, third := namedSides(question); eu || third {
		return false
	}
	clauses := clausesOf(question)
	return placesEvent(clauses, eventWords, prepositionPlace([]string{"in"}, func(place []string) bool { return slices.Contains(own, place[0]) })) ||
		placesEvent(clauses, eventWords, homePlace)
}

// homePlace is the at of placesEvent for a phrase of homePhrases in a
// clause that places the home nowhere else (see homePhrases).
func homePlace(words []string, i int) int {
	p := slices.IndexFunc(homePhrases, func(p []string) bool { return phraseAt(words, i, p) })
	if p < 0 || anyIn(words, abroadWords) || anyIn(words, homelandWords) || containsPhrase(words, homelandPhrases) {
		return 0
	}
	n := len(homePhrases[p])
	if rest := words[i+n:]; len(rest) > 1 && slices.Contains(placePrepositions, rest[0]) {
		if _, abroad := citiesAbroad()[withoutPlaceArticles(rest[1:])[0]]; abroad {
			return 0
		}
	}
	return n
}

// placesEvent reports whether one of clauses has a place (at returns how
// many of a clause's folded words the place starting at word i takes, or
// 0) and, within eventReach words of it, a word of events with no
// conjunction between.
func placesEvent(clauses, events []string, at func(words []string, i int) int) bool {
	for _, clause := range clauses {
		words := knowledge.Words(clause)
		for i := range words {
			n := at(words, i)
			if n == 0 {
				continue
			}
			for j := max(0, i-eventReach); j < min(len(words), i+n+eventReach); j++ {
				between := words[min(j+1, i):i]
				if j > i {
					between = words[min(i+n, j):j]
				}
				if slices.Contains(events, words[j]) && !anyIn(between, joiningWords) {
					return true
				}
			}
		}
	}
	return false
}

// A wedding placed in another country ("Wir wollen in Italien heiraten",
// "getting married in Italy this summer", "in der Türkei heiraten", "im
// Ausland heiraten") is not one to give notice of at the city's registry
// office: a candidate whose title is for a marriage (see homeWeddingTitle)
// and not one abroad ranks otherSide lower. The certificate of no
// impediment the other country asks for (Ehefähigkeitszeugnis) and the
// marriage abroad's own services keep their rank. A clause that names a
// relative (kinWords) and not the asker (selfWords) tells of another's
// wedding: "My parents married in Italy", not "We want to get married in
// Italy near my parents". weddingWords are the folded words of marrying
// ("married" of "getting married" too).
var weddingWords = []string{"heiraten", "heirate", "marry", "marrying", "married"}

// kinWords are the folded words for relatives other than a spouse or a
// child.
var kinWords = []string{
	"vater", "mutter", "papa", "mama", "opa", "oma", "eltern", "bruder", "schwester", "onkel", "tante",
	"father", "mother", "dad", "mum", "mom", "parents", "brother", "sister", "uncle", "aunt",
	"grandfather", "grandmother", "grandma", "grandpa",
}

// weddingAbroad reports whether a clause of the question places a wedding
// in a country of countries.txt or abroad (see above).
func weddingAbroad(question string) bool {
	clauses := slices.DeleteFunc(clausesOf(question), func(c string) bool {
		words := knowledge.Words(c)
		return anyIn(words, kinWords) && !anyIn(words, selfWords)
	})
	return placesEvent(clauses, weddingWords, prepositionPlace(placePrepositions, func(place []string) bool {
		place = withoutPlaceArticles(place)
		return slices.Contains(abroadWords, place[0]) || countryNamed(place)
	}))
}

// prepositionPlace returns the at of placesEvent for a word of preps
// followed by a place: isPlace reports on the words from the word after
// the preposition on, and the place takes the two words.
func prepositionPlace(preps []string, isPlace func([]string) bool) func([]string, int) int {
	return func(words []string, i int) int {
		if i+1 < len(words) && slices.Contains(preps, words[i]) && isPlace(words[i+1:]) {
			return 2
		}
		return 0
	}
}

// homeWeddingTitle reports whether a title is for a marriage (it begins
// with "Eheschließung"; "Namensrechtliche Erklärungen - … bei
// Eheschließung" is for a name) and not for one abroad.
func homeWeddingTitle(title string) bool {
	words := knowledge.Words(title)
	return len(words) > 0 && words[0] == "eheschliessung" && !abroadTitle(title)
}

// abroadTitle reports whether a title names an event abroad: it says "im
// Ausland".
func abroadTitle(title string) bool {
	return containsPhrase(knowledge.Words(title), [][]string{{"im", "ausland"}})
}

// awayTitle reports whether a title names an event abroad or at sea:
// "Sterbefall auf deutschen Seeschiffen - Erstbeurkundung" is no death at
// home either ("mein opa ist heute zuhause gestorben").
func awayTitle(title string) bool {
	return abroadTitle(title) || slices.Contains(knowledge.Words(title), "seeschiffen")
}
