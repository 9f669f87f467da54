package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// A question that asks the bot to recommend or rank gets no answer: which
// bank, driving school or registry office is the best, the cheapest or
// the nicest, what the best app or neighbourhood is, which provider or
// bank to choose, or "Can you recommend a moving company?". A city's
// assistant neither ranks providers nor judges places, and the question's
// topic would otherwise find a service ("Welche Kfz-Versicherung ist am
// günstigsten?" → the electronic insurance confirmation). A referral the
// question fits goes first ("Welche Krankenkasse ist am günstigsten?" →
// the health insurers).
//
// The words that rank are also those of questions for a service, and
// these are told apart:
//   - speed is no judgement: "Wo bekomme ich am schnellsten einen
//     Termin?" asks for a service;
//   - neither is fit: "Welcher Aufenthaltstitel passt am besten?";
//   - nor the way: "Which is the best way to apply?", "What's the best
//     thing to do?";
//   - "am besten" without "ist" or "sind" says how to do something, not
//     what is best: "Welche Unterlagen bringe ich am besten mit?";
//   - where something is best asks for a service ("Wo melde ich mich am
//     besten an?"); only where it is cheapest is a question of price.

// Superlatives that rank by quality or beauty (after a word of choosers,
// whats or finders) and by price (after a word of choosers, wheres or
// finders), folded.
var (
	bestWords = []string{
		"beste", "besten", "bester", "bestes", "schoenste", "schoensten", "schoenster", "schoenstes",
		"nettesten", "beliebteste", "beliebtesten", "beliebtester", "beliebtestes", "best", "nicest", "prettiest", "loveliest",
	}
	// leastWords rank by what a place has least of, as a superlative
	// does: "Welches Freibad ist am wenigsten überlaufen?", "which one is
	// least crowded?"; "at least" counts no more.
	leastWords    = []string{"wenigsten", "least"}
	cheapestWords = []string{
		"guenstigste", "guenstigsten", "guenstigster", "guenstigstes",
		"billigste", "billigsten", "billigster", "billigstes", "cheapest",
	}
	choosers = []string{"welche", "welcher", "welches", "welchen", "welchem", "which"}
	// betterWords compare by quality or beauty after a word of comparers
	// and a copula: "Welches Programm ist besser, Lexoffice oder sevDesk?",
	// "Which is nicer for families, Pankow or Friedrichshain?",
	// "Hertha oder Union – wer ist der bessere Verein?"; "is it better for
	// us than Kindergeld?" asks how a benefit works.
	betterWords = []string{"besser", "bessere", "besseren", "besserer", "schoener", "better", "nicer"}
	comparers   = append(slices.Clip(choosers), "wer", "who")
	// finders ask how to find what ranks: "Wie finde ich den günstigsten
	// Stromanbieter?", "how do I find the best lawyer?".
	finders = []string{"finde", "finden", "find"}
	wheres  = []string{"wo", "where"}
	whats   = []string{"was", "what"}
	copulas = []string{"ist", "sind", "war", "waren", "is", "are", "was", "were"}
	// manners follow a superlative that asks how to do something.
	manners = []string{"way", "ways", "weg", "wege", "moeglichkeit", "option", "options", "time", "zeit", "zeitpunkt", "methode",
		"thing", "things"}
	// fits are the words by which a superlative asks which service fits.
	fits = []string{"passt", "passen", "fits", "suits"}
)

// recommends are the folded words of a recommendation, and addressed the
// words that address the bot or any reader: a recommendation that is not
// asked of anyone is the topic of a question ("Jugendamt gives a
// recommendation to the court").
var (
	recommends = []string{"empfehlen", "empfiehlst", "empfehlt", "empfehlung", "empfehlungen", "recommend", "recommendation", "recommendations"}
	addressed  = []string{"du", "ihr", "sie", "you", "any"}
)

// tips are the folded words that ask for a tip, and goods the words that
// praise: a tip for something good recommends ("Any tips for a good
// dog-friendly brunch spot?", "Hast du einen Tipp für ein gutes
// Restaurant?"); "Any tips for the Kita application?" asks how. So does
// asking the bot in German whether it knows something good (knowers):
// "Kennt ihr eine schöne Location für die Feier?", not "Kennst du dich gut
// mit Elterngeld aus?". In English "do you know" asks for facts too ("Do
// you know if a good conduct certificate is needed?").
var (
	tips  = []string{"tipp", "tipps", "tip", "tips", "geheimtipp", "trick", "tricks", "suggestion", "suggestions"}
	goods = []string{"gut", "gute", "guten", "gutes", "guter", "schoen", "schoene", "schoenen", "schoenes", "nett", "nette", "netten", "nettes",
		"good", "nice", "great", "cool", "lovely"}
	knowers = [][]string{{"kennt", "ihr", "ein"}, {"kennt", "ihr", "eine"}, {"kennt", "ihr", "einen"}, {"kennst", "du", "ein"},
		{"kennst", "du", "eine"}, {"kennst", "du", "einen"}, {"kennen", "sie", "ein"}, {"kennen", "sie", "eine"}, {"kennen", "sie", "einen"}}
)

// asksRanking reports whether a sentence of the question asks the bot to
// recommend something or for a tip for something good, opens with "any
// good" ("any good open air concerts this weekend?", "know any good …"), or
// asks which is the best, the cheapest, the nicest or good, or where something
// is cheapest or one parks for free, or is a search box query that opens
// with a superlative.
func asksRanking(question string) bool {
	if opensWithSuperlative(question) {
		return true
	}
	return someSentence(question, func(ws []string) bool {
		tip := anyIn(ws, tips) || containsPhrase(ws, knowers)
		if anyIn(ws, recommends) && anyIn(ws, addressed) || tip && anyIn(ws, goods) || choosesProvider(ws) || asksForAnyGood(ws) ||
			asksFreeParking(ws) {
			return true
		}
		if anyIn(ws, fits) {
			return false
		}
		for i := range ws {
			if ranksAt(ws, i) {
				return true
			}
		}
		return false
	})
}

// forAsker are the folded words right after a comparative that compare
// for the one who asks.
var forAsker = [][]string{{"for", "me"}, {"for", "us"}, {"fuer", "mich"}, {"fuer", "uns"}}

// choosesNothing reports whether the folded words have a word of choosers
// and each stands before "one" or a copula: "which one is", "welches
// ist"; "Wer ist besser für uns, Hertha oder Union?" chooses with none.
func choosesNothing(ws []string) bool {
	chooses := false
	for i, w := range ws {
		if !slices.Contains(choosers, w) {
			continue
		}
		if i+1 == len(ws) || ws[i+1] != "one" && !slices.Contains(copulas, ws[i+1]) {
			return false
		}
		chooses = true
	}
	return chooses
}

// anyGoodLeads are the folded words that may lead "any good": "do you
// know any good …", "know any nice …".
var anyGoodLeads = []string{"do", "you", "know"}

// asksForAnyGood reports whether the folded words of a sentence open with
// "any" and a word of praise, after at most anyGoodLeads.
func asksForAnyGood(ws []string) bool {
	for len(ws) > 0 && slices.Contains(anyGoodLeads, ws[0]) {
		ws = ws[1:]
	}
	return len(ws) > 1 && ws[0] == "any" && slices.Contains(goods, ws[1])
}

// ranksAt reports whether the word of the sentence ws at i ranks: a
// superlative (see asksRanking), a comparative after a word of comparers
// (see betterWords), or a word of praise that ends a sentence which asks
// which one is: "Welcher Laden ist gut?", not "Which visa is good for
// me?", which asks which service fits, as "Kindergeld or the allowance,
// which one is better for me?" does: a comparative for the asker
// (forAsker) after a chooser that names nothing (choosesNothing). "Welche
// Kita ist besser für uns?" ranks.
func ranksAt(ws []string, i int) bool {
	if slices.Contains(betterWords, ws[i]) {
		forMe := slices.ContainsFunc(forAsker, func(p []string) bool { return phraseAt(ws, i+1, p) }) && choosesNothing(ws)
		return anyIn(ws, comparers) && anyIn(ws, copulas) && !forMe
	}
	if slices.Contains(goods, ws[i]) && i == len(ws)-1 {
		return anyIn(ws[:i], choosers) && anyIn(ws[:i], copulas)
	}
	var askers []string
	switch {
	case slices.Contains(bestWords, ws[i]) || slices.Contains(leastWords, ws[i]) && (i == 0 || ws[i-1] != "at"):
		askers = slices.Concat(choosers, whats, finders)
	case slices.Contains(cheapestWords, ws[i]):
		askers = slices.Concat(choosers, wheres, finders)
	default:
		return false
	}
	adverb := i > 0 && ws[i-1] == "am" && !anyIn(ws, copulas)
	manner := i+1 < len(ws) && slices.Contains(manners, ws[i+1])
	return anyIn(ws, askers) && !adverb && !manner
}

// opensWithSuperlative reports whether the question is one sentence whose
// first clause opens with a superlative, after at most "the", that no word
// of manners follows: "best liability insurance expat berlin", "günstigster
// Stromanbieter Berlin", not "best way to register a car", nor a sign-off
// after a question ("… Beste Grüße, Anna") or alone ("Best, Anna").
func opensWithSuperlative(question string) bool {
	clauses := clausesOf(question)
	if len(sentencesOf(question)) != 1 || len(clauses) == 0 {
		return false
	}
	ws := knowledge.Words(clauses[0])
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	superlative := len(ws) > 1 && (slices.Contains(bestWords, ws[0]) || slices.Contains(cheapestWords, ws[0]))
	return superlative && !slices.Contains(manners, ws[1])
}

// Where one parks for free ("Where can I park for free near Museumsinsel
// on a Saturday?", "wo in mitte sonntags kostenlos parken") is a question
// of price as where something is cheapest: no office names such places,
// and the words of parking find the residents' permit. A sentence asks so
// when it has a word of wheres, one of parkWords and one of freeWords
// (folded).
var (
	parkWords = []string{"parken", "park"}
	freeWords = []string{"kostenlos", "gratis", "umsonst", "free"}
)

// asksFreeParking reports whether the folded words of a sentence ask where
// one parks for free (see parkWords).
func asksFreeParking(ws []string) bool {
	return anyIn(ws, wheres) && anyIn(ws, parkWords) && anyIn(ws, freeWords)
}

// Folded words: providers by their end and whole, and what may follow
// "bank" when the bank account is asked about, not the bank ("Which bank
// details do I give for Elterngeld?").
var (
	providerNameEnds = []string{"anbieter", "anbietern"}
	providerNames    = []string{"bank", "banks", "provider", "providers"}
	bankDetails      = []string{"account", "accounts", "details", "konto", "daten", "verbindung"}
)

// choosesProvider reports whether the folded words of a sentence ask which
// provider or bank to choose: "Welcher Carsharing-Anbieter nimmt
// Fahranfänger?", "Which bank will open an account for me?". The provider
// stands at most two words after "welcher" or "which".
func choosesProvider(ws []string) bool {
	for i, w := range ws {
		if !slices.Contains(choosers, w) {
			continue
		}
		for j := i + 1; j < min(len(ws), i+3); j++ {
			named := slices.Contains(providerNames, ws[j]) || endsIn(ws[j], providerNameEnds)
			if named && (j+1 == len(ws) || !slices.Contains(bankDetails, ws[j+1])) {
				return true
			}
		}
	}
	return false
}
