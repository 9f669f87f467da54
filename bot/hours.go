package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Whether a shop, a pool or a market is open on a day is for the place
// itself to say: "Hat das KaDeWe am Sonntag geöffnet?", "Welcher Späti hat
// nach 23 Uhr noch offen?", "Is the Teufelsberg open in winter?", "Are
// supermarkets closed on Sundays?". Search finds the city's services for
// shops' Sunday hours or pools' hygiene, and the bot would answer with
// them. Such a sentence has "hat", "ist", "wann", "does" or the like
// before "geöffnet", "offen", "öffnet" or "open" (or "macht … auf" or "hat
// … auf" at its end), a time (a day, an hour, a season; the year in a
// question with "wann" or "when") or an event (see isEvent: "Welche
// Weihnachtsmärkte haben schon offen?"), and says nothing of the asker
// before "open": "Mein Antrag ist seit Montag offen" is the asker's case,
// and "I'd like to open on a Sunday" asks for a permit. A sentence typed
// as a search, of at most bareHours words that end with "geöffnet" or
// "open", needs no verb: "museumsinsel montags geöffnet?"; one that names
// the place's hours (see hoursNouns) needs no time either. One that names an
// office ("Hat das Bürgeramt samstags geöffnet?") is left to the rest of
// the bot, unless the office only tells where the place is ("Bis wann hat
// der Fotoladen neben dem Bürgeramt heute offen?", see landmarkWords).

// Folded words: the verbs before "open", the words for open, the times,
// and the ends of office names.
var (
	openVerbs = []string{"hat", "haben", "ist", "sind", "wann", "is", "are", "does", "do", "when"}
	// A place on emergency duty is open out of hours: "Welche Apotheke hat
	// heute Nacht in Friedrichshain Notdienst?".
	openWords = []string{"geoeffnet", "offen", "oeffnet", "notdienst", "open", "opens"}
	// closedWords count as open words in a sentence that starts with a verb
	// before "open" ("Are supermarkets closed on Sundays?"), not in one
	// that tells ("nachts ist alles geschlossen, kann ich es bei der
	// Polizei abgeben").
	closedWords = []string{"geschlossen", "closed"}
	openObjects = []string{"a", "an", "the", "my", "your", "up"} // "open a shop", "open up"
	openTimes   = []string{
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
		"montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags",
		"heute", "morgen", "abends", "nacht", "nachts", "uhr", "wochenende", "feiertag", "feiertagen", "feiertags", "winter", "sommer",
		"heiligabend", "weihnachten", "silvester", "neujahr", "ostern", "pfingsten", "advent", "adventszeit",
		"karfreitag", "ostersonntag", "ostermontag", "pfingstmontag", "himmelfahrt", "morgens", "vormittags", "mittags", "nachmittags",
		"januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
		"today", "tomorrow", "tonight", "weekend", "holiday", "holidays", "summer", "christmas", "easter",
		// The months; not "may", which asks.
		"january", "february", "march", "june", "july", "october", "november", "december",
	}
	// The year is a time only in a question when: "Wann macht das Strandbad
	// dieses Jahr auf?", not "Is the Chancenfonds open again this year?", a
	// funding programme.
	openYears  = []string{"jahr", "year"}
	openWhens  = []string{"wann", "when"}
	officeEnds = []string{"amt", "aemter", "behoerde", "stelle", "buero", "office", "authority", "jobcenter"}
)

// bareHours is how many words a sentence that asks whether a place is open
// may have without a verb before "open" (see above).
const bareHours = 5

// hoursFollowUp is how many words sentences that ask need to ask on their
// own whether a place is open (see asksHours).
const hoursFollowUp = 3

// placeHours is whom the bot names for the hours of a place, as the
// referral sentence names a responsible body.
const placeHours = "der Betreiber des Ortes (seine Website nennt die Öffnungszeiten) | whoever runs the place (its website gives the opening hours)"

// asksHours reports whether a sentence of the question that asks (see
// askedPart) asks when a place other than an office is open (see above). A
// sentence before only tells: "die bar unten hat jede nacht bis 3 die tür
// offen. wen kann ich da anrufen?" asks whom to call about the noise;
// unless the sentences that ask have fewer than hoursFollowUp words, which
// ask about what the sentence before names: "Das Sommerbad hat am Sonntag
// geöffnet. Wann genau?".
func asksHours(question string) bool {
	asked := askedPart(question)
	if len(knowledge.Words(asked)) < hoursFollowUp {
		asked = question
	}
	return someSentence(asked, func(ws []string) bool {
		if !allLandmarks(ws) {
			return false
		}
		timed := anyIn(ws, openTimes) || anyIn(ws, openYears) && anyIn(ws, openWhens) || slices.ContainsFunc(ws, isEvent)
		for i, w := range ws {
			if isHoursNoun(ws, i) && !anyIn(ws[:i], ownWords) {
				return true
			}
			if !timed {
				continue
			}
			opens := slices.Contains(openWords, w) || w == "auf" && i+1 == len(ws) && anyIn(ws[:i], []string{"macht", "machen", "hat", "haben"}) ||
				slices.Contains(closedWords, w) && slices.Contains(openVerbs, ws[0])
			bare := i+1 == len(ws) && len(ws) <= bareHours
			if opens && (anyIn(ws[:i], openVerbs) || bare) && !anyIn(ws[:i], ownWords) &&
				(i+1 == len(ws) || !slices.Contains(openObjects, ws[i+1])) {
				return true
			}
		}
		return false
	})
}

// hoursNouns name a place's hours, and need no verb nor time: "mauerpark
// flea market sunday opening times", "sommerbad pankow öffnungszeiten".
// English "opening" does only before one of openingHours ("opening a
// shop on Sunday" asks for a permit), and neither does before one of
// hoursRules: "so that the shop opening-hours rules don't apply" asks for
// an exemption.
var (
	hoursNouns   = []string{"oeffnungszeiten", "oeffnungszeit"}
	openingHours = []string{"hours", "time", "times"}
	hoursRules   = []string{"rule", "rules", "law", "laws", "regulation", "regulations", "gesetz", "regeln", "regelung"}
)

// isHoursNoun reports whether the folded words name a place's hours at i
// (see hoursNouns).
func isHoursNoun(ws []string, i int) bool {
	end := i
	if ws[i] == "opening" && i+1 < len(ws) && slices.Contains(openingHours, ws[i+1]) {
		end = i + 1
	} else if !slices.Contains(hoursNouns, ws[i]) {
		return false
	}
	return end+1 == len(ws) || !slices.Contains(hoursRules, ws[end+1])
}

// isOffice reports whether the folded word names an office: it ends in a
// word of officeEnds and is none of notOffices.
func isOffice(w string) bool { return endsIn(w, officeEnds) && !slices.Contains(notOffices, w) }

// landmarkWords, up to landmarkReach words before an office, make it tell
// where another place is: "neben dem Bürgeramt", "next to the Bürgeramt".
var landmarkWords = []string{"neben", "gegenueber", "naehe", "near", "next", "opposite", "beside"}

// landmarkReach is how many words before an office a word of landmarkWords
// may stand.
const landmarkReach = 3

// allLandmarks reports whether every office the folded words of a sentence
// name tells where another place is (see landmarkWords), as it does when
// they name none.
func allLandmarks(ws []string) bool {
	for i, w := range ws {
		if isOffice(w) && !anyIn(ws[max(0, i-landmarkReach):i], landmarkWords) {
			return false
		}
	}
	return true
}

// When a festival, a market or a concert takes place is for its organiser
// to say: "Wann findet dieses Jahr das Festival of Lights statt?", "When is
// the Berlin Marathon?". Search finds the permits for events and street
// markets, and the bot would ask back among them. Such a sentence asks
// when ("wann", "when"), names an event (by the end of its word:
// "Weihnachtsmarkt", "Straßenfest"), says nothing of the asker, and names
// no step of a procedure: "Wann muss das Straßenfest angemeldet werden?"
// asks for a permit.
var (
	eventEnds = []string{"fest", "feste", "festival", "festivals", "markt", "maerkte", "konzert", "konzerte", "parade",
		"marathon", "karneval", "feuerwerk", "concert", "concerts", "market", "markets", "fair", "fireworks"}
	procedureWords = []string{"anmelden", "angemeldet", "anzumelden", "beantragen", "beantrage", "beantragt", "antrag", "genehmigung",
		"erlaubnis", "genehmigt", "apply", "applied", "permit", "licence", "license", "register", "registered"}
)

// eventDates is whom the bot names for the dates of an event.
const eventDates = "der Veranstalter (seine Website nennt die Termine) | the organiser (its website gives the dates)"

// scheduleVerbs open a question for yes or no that, with a time of
// openTimes, asks whether an event takes place then: "Ist der Flohmarkt im
// Mauerpark auch im Winter jeden Sonntag?", "Is the market on at Christmas?".
var scheduleVerbs = []string{"ist", "sind", "findet", "finden", "gibt", "is", "are", "does", "do"}

// asksEventDate reports whether a sentence of the question asks when an
// event takes place (see above).
func asksEventDate(question string) bool {
	return someSentence(question, func(ws []string) bool {
		when := anyIn(ws, openWhens) || len(ws) > 0 && slices.Contains(scheduleVerbs, ws[0]) && anyIn(ws, openTimes)
		return when && slices.ContainsFunc(ws, isEvent) && !anyIn(ws, ownWords) && !anyIn(ws, procedureWords)
	})
}

// isEvent reports whether the folded word names an event: one of
// eventEnds, or a compound that ends in one ("strassenfest"; the word
// alone "fest" is an adjective too).
func isEvent(w string) bool {
	return slices.Contains(eventEnds, w) && w != "fest" && w != "feste" ||
		slices.ContainsFunc(eventEnds, func(end string) bool { return len(w) > len(end)+2 && strings.HasSuffix(w, end) })
}
