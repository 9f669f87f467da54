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
// question tells of more years; withoutLongDeregistered leaves that entry
// out when it tells of as many or fewer.
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
// offRoad does; againWords that the question is about registering it
// again, as backOnRoad does.
var (
	deregisteredWords = []string{"abgemeldet", "abgemeldete", "abgemeldeten", "abgemeldetes", "stillgelegt", "deregistered"}
	offRoad           = [][]string{{"off", "the", "road"}}
	againWords        = []string{"wieder", "again", "wiederzulassung", "reregister"}
	backOnRoad        = [][]string{{"back", "on", "the", "road"}}
)

// Folded words that tell how long ago: sinceWords lead a year ("seit
// 2012", "in 2015"); spanWords follow a number of years ("vor zwei Jahren",
// "10 years ago", "two winters ago"); a word of oneWords is one ("vor einem
// Jahr") and "halben" none; lastWords lead a season, a month or a year of
// periods that is at most one year ago ("letzten Herbst", "last
// November").
var (
	sinceWords = []string{"seit", "since", "in", "im"}
	spanWords  = []string{"jahr", "jahre", "jahren", "year", "years", "winter", "wintern", "winters"}
	oneWords   = []string{"ein", "einem", "einen", "a", "one"}
	lastWords  = []string{"letzten", "letztes", "letztem", "letzte", "vergangenen", "vergangenes", "vergangenem", "last"}
	periods    = []string{
		"jahr", "year", "winter", "sommer", "herbst", "fruehling", "fruehjahr", "summer", "autumn", "fall", "spring",
		"januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
		"january", "february", "march", "may", "june", "july", "october", "december",
	}
)

// deregisteredSentences returns the sentences of the question that tell
// that a vehicle is deregistered (deregisteredWords, offRoad), when the
// question is about registering it again (againWords, backOnRoad); else
// none. The deregistration is then the question's matter, not a service
// the asker has had (see Bot.decide).
func deregisteredSentences(question string) []string {
	ws := knowledge.Words(question)
	if !anyIn(ws, againWords) && !containsPhrase(ws, backOnRoad) {
		return nil
	}
	return slices.DeleteFunc(sentencesOf(question), func(s string) bool {
		ws := knowledge.Words(s)
		return !anyIn(ws, deregisteredWords) && !containsPhrase(ws, offRoad)
	})
}

// deregisteredYears returns how many years before the year now the
// question's vehicle was deregistered, when a sentence of
// deregisteredSentences tells how long ago.
func deregisteredYears(question string, now int) (int, bool) {
	for _, s := range deregisteredSentences(question) {
		if years, ok := yearsAgo(knowledge.Words(s), now); ok {
			return years, true
		}
	}
	return 0, false
}

// firstYear is the earliest year a word of sinceWords may lead: "seit
// drei Jahren" tells a span, not the year 3.
const firstYear = 1900

// yearsAgo returns the first span of time the folded words tell, in whole
// years before the year now (see sinceWords, spanWords, lastWords).
func yearsAgo(ws []string, now int) (int, bool) {
	for i, w := range ws[:max(0, len(ws)-1)] {
		next := ws[i+1]
		if slices.Contains(sinceWords, w) {
			if year, ok := knowledge.Number(next); ok && year >= firstYear && year <= now {
				return now - year, true
			}
		}
		if slices.Contains(lastWords, w) && slices.Contains(periods, next) {
			if next == "jahr" || next == "year" {
				return 1, true
			}
			return 0, true
		}
		if !slices.Contains(spanWords, next) {
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
// longDeregistered when the question tells of a vehicle deregistered at
// most deregisteredLimit years before the year now.
func withoutLongDeregistered(cands []candidate, question string, now int) []candidate {
	if years, ok := deregisteredYears(question, now); !ok || years > deregisteredLimit {
		return cands
	}
	long := strings.Join(knowledge.Words(longDeregistered), " ")
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return strings.Contains(strings.Join(knowledge.Words(c.entry.Title), " "), long)
	})
}
