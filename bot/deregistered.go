package bot

import (
	"slices"
	"strconv"
	"strings"

	"citizenbot/knowledge"
)

// A vehicle deregistered for longer than deregisteredLimit years is
// registered again by a procedure of its own, as the register no longer
// holds its data; one deregistered for a shorter time by the ordinary one.
// A question tells how long ago more often than it names either ("Opas
// Käfer steht seit 2012 abgemeldet in der Garage", "I took my car off the
// road last November"), and the words of both fit it alike.
// deregisteredQuery adds the catalogue's words for the long one when the
// question tells of more years, and for the ordinary one to the same
// keeper when it tells of as many or fewer and of no purchase;
// withoutLongDeregistered leaves the long one out then.
const deregisteredLimit = 7

// longDeregistered is the catalogue's name for a vehicle deregistered for
// longer than deregisteredLimit years; shortDeregistered its name for
// registering one deregistered for a shorter time again to the same
// keeper, as the asker's own is unless the question tells of a purchase
// (boughtWords).
var (
	longDeregistered  = "länger als " + strconv.Itoa(deregisteredLimit) + " Jahre abgemeldeten Fahrzeugs"
	shortDeregistered = "Wiederzulassung ohne Halterwechsel"
)

// Folded words: deregisteredWords tell that a vehicle is deregistered, as
// offRoad does. A sentence asks to register it again with a word of
// againWords and one of registering (see asksRegistration) or of using it
// (useWords), or with backOnRoad: "Kann ich den wieder anmelden?", "Jetzt
// will ich es wieder fahren", "how do I get it registered again?"; not
// "Ich bin wieder in Berlin".
var (
	deregisteredWords = []string{"abgemeldet", "abgemeldete", "abgemeldeten", "abgemeldetes", "stillgelegt", "deregistered"}
	offRoad           = [][]string{{"off", "the", "road"}}
	againWords        = []string{"wieder", "again"}
	useWords          = []string{"fahren", "nutzen", "zugelassen", "drive", "ride", "use", "registered"}
	backOnRoad        = [][]string{{"back", "on", "the", "road"}}
)

// Folded words that tell how long ago: sinceWords lead a year ("seit
// 2012", "in 2015", "im Jahr 2012"), which may also stand right before a
// word of deregisteredWords ("2012 abgemeldet"); spanWords follow a number
// of years ("vor zwei Jahren", "10 years ago", "two winters ago"), unless
// a word of ageWords follows them ("ein 30 Jahre alter Käfer" tells its
// age); a word of oneWords is one ("vor einem Jahr") and "halben" none;
// lastWords lead a season, a month or a year of periods that is at most
// one year ago ("letzten Herbst", "last November"). A year goes before a
// span: "Mein 30 Jahre alter Käfer ist seit 2022 abgemeldet".
var (
	sinceWords = []string{"seit", "since", "in", "im"}
	yearNouns  = []string{"jahr", "year"}
	spanWords  = []string{"jahr", "jahre", "jahren", "year", "years", "winter", "wintern", "winters"}
	ageWords   = []string{"alt", "alte", "alter", "alten", "altes", "old"}
	oneWords   = []string{"ein", "einem", "einen", "a", "one"}
	lastWords  = []string{"letzten", "letztes", "letztem", "letzte", "vergangenen", "vergangenes", "vergangenem", "last"}
	periods    = []string{
		"jahr", "year", "winter", "sommer", "herbst", "fruehling", "fruehjahr", "summer", "autumn", "fall", "spring",
		"januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
		"january", "february", "march", "may", "june", "july", "october", "december",
	}
)

// asksAgain reports whether the folded words of a sentence ask to register
// a vehicle again (see againWords).
func asksAgain(ws []string) bool {
	return anyIn(ws, againWords) && (asksRegistration(ws) || anyIn(ws, useWords)) || containsPhrase(ws, backOnRoad)
}

// deregisteredSentences returns the sentences of the question that tell
// that a vehicle is deregistered (deregisteredWords, offRoad), when a
// sentence of it asks to register it again (see asksAgain); else none. The
// deregistration is then the question's matter, not a service the asker
// has had (see Bot.decide).
func deregisteredSentences(question string) []string {
	sentences := sentencesOf(question)
	if !slices.ContainsFunc(sentences, func(s string) bool { return asksAgain(knowledge.Words(s)) }) {
		return nil
	}
	return slices.DeleteFunc(sentences, func(s string) bool {
		ws := knowledge.Words(s)
		return !anyIn(ws, deregisteredWords) && !containsPhrase(ws, offRoad)
	})
}

// deregisteredYears returns how many years before the year now the
// question's vehicle was deregistered, when a sentence of
// deregisteredSentences tells how long ago (see yearsTold).
func deregisteredYears(question string, now int) (int, bool) {
	return yearsTold(deregisteredSentences(question), now)
}

// yearsTold returns how many years before the year now the first of the
// sentences that tells a year or a span of time tells.
func yearsTold(sentences []string, now int) (int, bool) {
	for _, s := range sentences {
		ws := knowledge.Words(s)
		if year, ok := yearTold(ws, now); ok {
			return now - year, true
		}
		if years, ok := spanTold(ws); ok {
			return years, true
		}
	}
	return 0, false
}

// firstYear is the earliest year the folded words may tell: "seit drei
// Jahren" tells a span, not the year 3.
const firstYear = 1900

// yearTold returns the first year from firstYear to now that the folded
// words tell after a word of sinceWords, with "Jahr" or "year" between or
// not, or right before a word of deregisteredWords.
func yearTold(ws []string, now int) (int, bool) {
	for i, w := range ws {
		year, ok := knowledge.Number(w)
		if !ok || year < firstYear || year > now {
			continue
		}
		before := ws[:i]
		if len(before) > 1 && slices.Contains(yearNouns, before[len(before)-1]) {
			before = before[:len(before)-1]
		}
		if len(before) > 0 && slices.Contains(sinceWords, before[len(before)-1]) ||
			i+1 < len(ws) && slices.Contains(deregisteredWords, ws[i+1]) {
			return year, true
		}
	}
	return 0, false
}

// spanTold returns the first span of time, in whole years, that the
// folded words tell (see spanWords, lastWords).
func spanTold(ws []string) (int, bool) {
	for i, w := range ws[:max(0, len(ws)-1)] {
		next := ws[i+1]
		if slices.Contains(lastWords, w) && slices.Contains(periods, next) {
			if slices.Contains(yearNouns, next) {
				return 1, true
			}
			return 0, true
		}
		if !slices.Contains(spanWords, next) || i+2 < len(ws) && slices.Contains(ageWords, ws[i+2]) {
			continue
		}
		if n, ok := knowledge.Number(w); ok {
			return n, true
		}
		if slices.Contains(oneWords, w) {
			return 1, true
		}
		if w == "halben" {
			return 0, true
		}
	}
	return 0, false
}

// deregisteredQuery returns longDeregistered when the question tells of a
// vehicle deregistered more than deregisteredLimit years before the year
// now (see deregisteredYears), shortDeregistered when it tells of fewer
// and of no purchase; else "".
func deregisteredQuery(question string, now int) string {
	years, ok := deregisteredYears(question, now)
	switch {
	case !ok:
		return ""
	case years > deregisteredLimit:
		return longDeregistered
	case !anyIn(knowledge.Words(question), boughtWords):
		return shortDeregistered
	}
	return ""
}

// withoutLongDeregistered returns cands without those whose title names
// longDeregistered when the sentences of a deregistration (see
// deregisteredSentences) tell of one at most deregisteredLimit years
// before the year now.
func withoutLongDeregistered(cands []candidate, deregistered []string, now int) []candidate {
	if years, ok := yearsTold(deregistered, now); !ok || years > deregisteredLimit {
		return cands
	}
	long := strings.Join(knowledge.Words(longDeregistered), " ")
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return strings.Contains(strings.Join(knowledge.Words(c.entry.Title), " "), long)
	})
}
