package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Where a qualification, a driving licence or a vehicle comes from decides
// which of two sibling services applies: catalogues split the recognition
// of professional qualifications, licences to practise, the exchange of a
// driving licence and the registration of an imported vehicle into one for
// the EU, the EEA and Switzerland and one for third countries, in words a
// citizen does not use ("midwife from Ireland", "Zahnarzt aus Syrien"). A
// question that names countries of countries.txt, all on the same side,
// ranks the services of the other side lower (otherSide), and those of its
// own side a little higher (sameSide).

// Sides of the EU, the EEA and Switzerland.
const (
	sideNone  = 0
	sideEU    = 1
	sideThird = -1
)

// otherSide is how much lower a candidate ranks whose title names the other
// side than the question's countries: more than closeRank, so that the
// bot does not ask which side is meant when the question says it.
const otherSide = 0.3

// sameSide is how much higher a candidate ranks whose title names the
// question's side: beside a sibling that names none ("Berufserlaubnis als
// Tierärztin", "Erlaubnis zum Führen der Berufsbezeichnung"), the service
// for qualifications from that side is more often the one meant by a
// question that says where the qualification comes from. It is less than
// closeRank: the bot may still ask which one is meant.
const sameSide = 0.1

// originSide returns the side of the countries the question names, or
// sideNone when it names none or some on each side.
func originSide(question string) int {
	eu, third := namedSides(question)
	switch {
	case eu && !third:
		return sideEU
	case third && !eu:
		return sideThird
	}
	return sideNone
}

// namedSides reports whether the question names a country of
// countries.txt of the EU, the EEA and Switzerland, and whether it names a
// third country, by name, adjective or the noun for its citizens.
func namedSides(question string) (eu, third bool) {
	words := knowledge.Words(question)
	for i, w := range words {
		if c, ok := countryOf(words[i:], w); ok {
			eu, third = eu || c.eu, third || !c.eu
		}
	}
	return eu, third
}

// titleSide returns the side a title names: "(Drittstaat)", "aus einem
// Nicht-EU-Mitgliedstaat" a third country, "(EU/EWR/Schweiz)", "aus dem
// EU-Ausland", "für Unionsbürger" the EU; sideNone for a title that names
// neither. "EU" alone names no side: the "Blaue Karte EU" and the
// "Daueraufenthalt-EU" are for citizens of third countries, and a card for
// the "Familienangehörige von Bürgern der EU … und des EWR" is for a family
// of both sides.
func titleSide(title string) int {
	words := knowledge.Words(title)
	for i, w := range words {
		if w == "drittstaat" || w == "drittstaaten" || w == "drittland" || w == "nicht" && i+1 < len(words) && words[i+1] == "eu" {
			return sideThird
		}
	}
	switch {
	case slices.Contains(words, "familienangehoerige"):
	case slices.Contains(words, "ewr") || slices.Contains(words, "unionsbuerger") || containsPhrase(words, [][]string{{"eu", "ausland"}}):
		return sideEU
	}
	return sideNone
}

// A citizen of the EU, the EEA or Switzerland needs no residence title:
// the right to live and work in the country comes with the citizenship.
// A question that gives the people it tells of only nationalities of that
// side and names no residence title of third countries (euCitizen: "Ich
// bin Italienerin und wohne seit fünf Jahren in Berlin. Kann ich mir
// bestätigen lassen, dass ich für immer bleiben darf?", "my Polish wife")
// ranks a candidate whose title names a title for the citizens of third
// countries (thirdResidenceWords, or a Blue Card) otherSide lower: the
// certificate for the citizens of the Union, or the card for their
// families, is meant. "Blaue Karte EU" and
// "Daueraufenthalt-EU" name no side by titleSide, so that a question from a
// third country does not rank them higher; this only ranks them lower. The
// residence title of the Swiss ("Aufenthaltserlaubnis-Schweiz") is theirs.
var thirdResidenceWords = []string{"aufenthaltserlaubnis", "niederlassungserlaubnis", "daueraufenthalt", "visum",
	"aufenthaltstitel", "aufenthaltsgestattung", "duldung", "aufenthaltsgewaehrung"}

// namesThirdResidence reports whether the folded words name a residence
// title for the citizens of third countries (see thirdResidenceWords).
func namesThirdResidence(words []string) bool {
	for i, w := range words {
		if slices.Contains(thirdResidenceWords, w) && (i+1 == len(words) || words[i+1] != "schweiz") {
			return true
		}
	}
	return containsPhrase(words, [][]string{{"blaue", "karte"}, {"blauen", "karte"}})
}

// euCitizen reports whether the nationalities the question gives a person
// (see personCountry) are all of the EU, the EEA and Switzerland, and it
// names no residence title of third countries: "Ich lebe mit
// Aufenthaltserlaubnis in Berlin und will nach Frankreich ziehen" holds
// one.
func euCitizen(question string) bool {
	words := knowledge.Words(question)
	if namesThirdResidence(words) {
		return false
	}
	eu, third := false, false
	for i := range words {
		if c, ok := personCountry(words, i); ok {
			eu, third = eu || c.eu, third || !c.eu
		}
	}
	return eu && !third
}

// A nationality is a person's when the noun for a citizen says it ("Ich
// bin Italienerin"), an adjective stands after a word of being or before a
// word for a person ("I'm Italian", "my Polish wife", "eine französische
// Staatsbürgerin"), or a country follows "aus" or "from" a few words after
// a word of being or coming (fromReach: "I'm a designer from the
// Netherlands", "Meine Frau kommt aus Polen"); "a French company", "a
// Dutch university" and "a residence permit from Italy" give no one a
// nationality. Folded words: beingWords are the verbs of being or coming
// that tell where someone is from (originVerbs) and their past; the
// articles between "aus" and a country (fromArticles) take in "aus den
// USA".
var (
	beingWords   = slices.Concat(originVerbs, []string{"was", "war"})
	fromArticles = slices.Concat(originArticles, []string{"den"})
	personWords  = []string{"wife", "husband", "partner", "girlfriend", "boyfriend", "fiance", "fiancee", "citizen", "citizens",
		"national", "nationals", "mother", "father", "parents", "son", "daughter", "mann", "frau", "ehemann", "ehefrau",
		"partnerin", "freund", "freundin", "verlobter", "verlobte", "mutter", "vater", "eltern", "sohn", "tochter",
		"staatsbuerger", "staatsbuergerin", "staatsangehoeriger", "staatsangehoerige"}
)

// fromReach is how many words before "aus" or "from" a word of being or
// coming may stand.
const fromReach = 4

// personCountry returns the country the i-th of the folded words gives a
// person as nationality (see above): the word's own, or for "aus" or
// "from" the one after it. The context of an adjective is looked at before
// the adjective, whose lookup costs a stem.
func personCountry(words []string, i int) (country, bool) {
	w := words[i]
	if c, ok := citizenNounCountries()[w]; ok {
		return c, true
	}
	if i > 0 && slices.Contains(beingWords, words[i-1]) || i+1 < len(words) && slices.Contains(personWords, words[i+1]) {
		if c, ok := adjectiveCountry(w); ok {
			return c, true
		}
	}
	if (w == "aus" || w == "from") && anyIn(words[max(0, i-fromReach):i], beingWords) {
		return countryAfter(words, i, fromArticles)
	}
	return country{}, false
}

// countryOf returns the country of countries.txt that words start with,
// by its name, or by its adjective or the noun for its citizens w: English
// folded, German adjectives by stem.
func countryOf(words []string, w string) (country, bool) {
	if c, ok := countryByName(words); ok {
		return c, true
	}
	return nationalityCountry(w)
}

// countryByName returns the country of countries.txt whose name words
// start with.
func countryByName(words []string) (country, bool) {
	for _, c := range countryList() {
		if slices.ContainsFunc(c.names, func(n []string) bool { return len(words) >= len(n) && slices.Equal(words[:len(n)], n) }) {
			return c, true
		}
	}
	return country{}, false
}

// countryNamed reports whether words start with the name of a country of
// countries.txt.
func countryNamed(words []string) bool {
	_, ok := countryByName(words)
	return ok
}

// A question that names a foreign country's law ("nach spanischem Recht",
// "governed by Italian law", "the law of Turkey") is about foreign law,
// as the catalogue calls it: a declaration choosing it for a name, the
// recognition of a divorce under it, legal services in it. The catalogue
// says "ausländisches Recht", which no lexicon phrase can say for every
// country; foreignLawQuery adds it to the search.
var lawWords = []string{"recht", "rechts", "law", "laws"}

// foreignLawWords are the catalogue's words for a foreign country's law.
const foreignLawWords = "ausländisches Recht Rechtswahl"

// lawReach is how many words before "Recht" or "law" the country's
// adjective may stand: "nach dem spanischen Recht", "Italian family law".
const lawReach = 2

// foreignLawQuery returns foreignLawWords when the question names the law
// of a country of countries.txt by its adjective before "Recht" or "law",
// or by its name after "law of" or "Recht des"; else "".
func foreignLawQuery(question string) string {
	words := knowledge.Words(question)
	for i, w := range words {
		if !slices.Contains(lawWords, w) {
			continue
		}
		for j := max(0, i-lawReach); j < i; j++ {
			if _, ok := countryOf(words[j:j+1], words[j]); ok {
				return foreignLawWords
			}
		}
		if i+2 < len(words) && (words[i+1] == "of" || words[i+1] == "des") && countryNamed(words[i+2:]) {
			return foreignLawWords
		}
	}
	return ""
}

// titleForeign reports whether a title names no side but something from
// abroad: "Architektenliste - Ausländische Architekten registrieren",
// "Berufsqualifikation aus dem Ausland anerkennen". Beside its sibling
// for what is from here, it is the one meant by a question that names
// where the thing comes from, and ranks sameSide higher, unless another
// candidate names the question's side: that one is meant more plainly.
func titleForeign(title string) bool {
	words := knowledge.Words(title)
	return slices.ContainsFunc(words, func(w string) bool {
		return w == "auslaendische" || w == "auslaendischer" || w == "auslaendischen"
	}) || containsPhrase(words, [][]string{{"aus", "dem", "ausland"}})
}

// A qualification gained at home ("Ich habe die Staatsprüfung in Berlin
// bestanden", "I completed my training in Berlin") needs no recognition
// from abroad: a question that tells so, in a clause (or a part of one
// between "und" or "and", see andParts) that names an exam or a training
// (qualificationWords), its completion (completedWords) and the city or
// the country (homeWords), ranks the services for a foreign qualification,
// which name a side or something from abroad (see titleSide and
// titleForeign), otherSide lower. Not when the question names a country
// of countries.txt, abroad or home abroad, the recognition of a
// qualification or the exams of the foreign route (notHomeWords): "Meine
// Ausbildung wurde in Berlin nicht anerkannt", "I passed the knowledge exam
// in Berlin" (the Kenntnisprüfung of a doctor from abroad).
var (
	qualificationWords = []string{"pruefung", "examen", "staatspruefung", "abschlusspruefung", "staatsexamen", "ausbildung",
		"studium", "exam", "examination", "training", "trained"}
	completedWords = []string{"bestanden", "abgeschlossen", "absolviert", "beendet", "passed", "completed", "finished",
		"trained"}
	homeWords    = []string{"berlin", "berliner", "deutschland", "germany"}
	notHomeWords = []string{"ausland", "auslaendisch", "auslaendische", "auslaendischen", "abroad", "foreign", "heimat",
		"heimatland", "anerkannt", "anerkennen", "anerkennung", "recognised", "recognized", "recognition", "kenntnispruefung",
		"fachsprachpruefung", "knowledge"}
)

// homeQualification reports whether the question tells of a
// qualification gained at home (see above).
func homeQualification(question string) bool {
	if eu, third := namedSides(question); eu || third || anyIn(knowledge.Words(question), notHomeWords) {
		return false
	}
	return slices.ContainsFunc(andParts(question), func(part string) bool {
		ws := knowledge.Words(part)
		return anyIn(ws, qualificationWords) && anyIn(ws, completedWords) && anyIn(ws, homeWords)
	})
}

// titleHome reports whether a title is for an examination passed at
// home: "wenn ärztliche Prüfung in Berlin abgelegt".
func titleHome(title string) bool {
	words := knowledge.Words(title)
	return slices.Contains(words, "pruefung") && slices.Contains(words, "abgelegt")
}

// A used vehicle bought in another country is an imported one, as the
// catalogue calls it: "Ich hab in den Niederlanden einen gebrauchten VW
// gekauft, der dort schon zugelassen war. Was brauch ich, um ihn in Berlin
// anzumelden?". Its words fit the registration of a used car bought in the
// city as well, and no lexicon phrase can name every country; importQuery
// adds the catalogue's words for an imported one. The country's side picks
// the sibling for it (see originSide). Folded words: usedWords name a
// used thing, boughtWords its purchase, vehicleRegistration registering it.
var (
	usedWords           = []string{"gebraucht", "gebrauchte", "gebrauchten", "gebrauchter", "gebrauchtes", "gebrauchtwagen", "used"}
	boughtWords         = []string{"gekauft", "abgekauft", "bought", "purchased"}
	vehicleRegistration = []string{"anmelden", "anzumelden", "zulassen", "zuzulassen", "zulassung", "zulassungsstelle", "kennzeichen",
		"register", "registration", "plates"}
)

// asksRegistration reports whether the folded words of a sentence ask to
// register a vehicle: by a word of vehicleRegistration, or by the
// separable verb "anmelden" split, its particle ending the sentence: "Wie
// melde ich den in Berlin an?", not "Wie melde ich den Verlust an die
// Versicherung?".
func asksRegistration(words []string) bool {
	return anyIn(words, vehicleRegistration) || anyIn(words, splitRegistering) && words[len(words)-1] == "an"
}

// splitRegistering are the folded forms of "anmelden" whose particle "an"
// stands apart.
var splitRegistering = []string{"melde", "melden", "meldet"}

// importedVehicle is the catalogue's name for a used vehicle from abroad.
const importedVehicle = "eingeführten Gebrauchtfahrzeuges"

// importQuery returns importedVehicle when a sentence that asks asks to
// register a vehicle (see asksRegistration) and a clause of the question
// tells of a used thing bought (usedWords, boughtWords) and names a
// country of countries.txt; else "".
func importQuery(question string) string {
	if !someSentence(askedPart(question), asksRegistration) {
		return ""
	}
	for _, c := range clausesOf(question) {
		ws := knowledge.Words(c)
		if !anyIn(ws, usedWords) || !anyIn(ws, boughtWords) {
			continue
		}
		if eu, third := namedSides(c); eu || third {
			return importedVehicle
		}
	}
	return ""
}
