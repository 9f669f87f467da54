package bot

import (
	"slices"
	"strconv"

	"citizenbot/knowledge"
)

// When a line runs is for the transport company's timetable to say: "Fährt
// die U8 am Wochenende auch nachts durch?", "When does the last S7 leave
// Potsdam?". Search finds the city's services for night work or parking,
// and the bot would answer with them. Such a sentence names a line (see
// isLine) and a verb of travel (travelVerbs). One that names a line
// without travelling is often the place of what happened: "Someone stole
// my wallet on the U8" asks about the documents in it.

// travelVerbs are the folded verbs by which a sentence asks when a line
// runs.
var travelVerbs = []string{"faehrt", "fahren", "fuhr", "kommt", "run", "runs", "running", "leave", "leaves",
	"depart", "departs", "go", "goes"}

// lineNames are the folded words after which a number names a line: "Bus
// 100", "Tram 12", "Linie 5".
var lineNames = []string{"bus", "tram", "linie", "line", "metrobus", "strassenbahn"}

// transportTimetable is whom the bot names for the times of a line, as
// the referral sentence names a responsible body.
const transportTimetable = "die Fahrplanauskunft des Verkehrsunternehmens | the public transport company's journey planner"

// Whether trains and buses run during a strike ("Fahren morgen wegen dem
// Streik überhaupt S-Bahnen?", "Are trains running during the strike?") or
// works on the line ("is the S-Bahn ring running this weekend or is there
// construction again?", "oder ist da wieder Ersatzverkehr?") is for the
// transport company to say too: such a sentence has a verb of travel, a word
// of strikeWords and one of transportWords (folded), or, when it asks whether
// or why something runs, one of worksWords in any sentence of the question
// ("Fährt die S-Bahn am Wochenende? Hab was von Bauarbeiten gelesen"), unless
// it names a complaint or a permit (reportWords, permitEnds: "Fährt da noch
// ein Bus, und wo beschwere ich mich über den Lärm?", "Fährt der Bus dann
// trotzdem, oder brauchen wir eine Genehmigung?"), for one of strikeWords: it
// is among the sentences that ask and opens with a word of runOpeners; or a
// negation and a verb of running (runVerbs) when it asks why (whyWords: "Why
// is the S-Bahn Ring not running this weekend?"; not "Warum kann ich mit dem
// Berlin-Ticket S nicht mehr Bus fahren?"). Works are often what a permit or a
// complaint is for ("Our construction company has to close a lane where the
// bus goes. Which permit do we need?", "the S-Bahn construction next to my
// flat runs all night, where can I complain?").
var (
	strikeWords    = []string{"streik", "streiks", "streikt", "streiken", "warnstreik", "strike", "strikes", "striking"}
	worksWords     = []string{"bauarbeiten", "ersatzverkehr", "schienenersatzverkehr", "construction", "closures"}
	transportWords = []string{"bvg", "bahn", "bahnen", "sbahn", "ubahn", "ringbahn", "bus", "busse", "buses", "tram", "trams",
		"zuege", "train", "trains", "transport", "transit"}
	whyWords   = []string{"wieso", "warum", "why"}
	runVerbs   = []string{"faehrt", "run", "runs", "running"}
	runOpeners = slices.Concat(travelVerbs, []string{"is", "are", "does", "do"}, whyWords)
)

// asksTimetable reports whether a sentence of the question asks when a
// line runs, or whether trains and buses run during a strike or works (see
// above).
func asksTimetable(question string) bool {
	asked := sentencesOf(askedPart(question))
	works := anyIn(knowledge.Words(question), worksWords)
	return slices.ContainsFunc(sentencesOf(question), func(sentence string) bool {
		ws := knowledge.Words(sentence)
		if !anyIn(ws, travelVerbs) {
			return false
		}
		halted := works && !anyIn(ws, reportWords) && !anyEndsIn(ws, permitEnds) || slices.Contains(whyWords, ws[0]) && anyIn(ws, negations) && anyIn(ws, runVerbs)
		stopped := anyIn(ws, strikeWords) || slices.Contains(asked, sentence) && slices.Contains(runOpeners, ws[0]) && halted
		if stopped && anyIn(ws, transportWords) {
			return true
		}
		for i := range ws {
			if isLine(ws, i) {
				return true
			}
		}
		return false
	})
}

// isLine reports whether the folded word ws[i] names a line: an
// underground or suburban line ("u8", "s41"), or a number after a word of
// lineNames.
func isLine(ws []string, i int) bool {
	w := ws[i]
	if len(w) >= 2 && len(w) <= 3 && (w[0] == 'u' || w[0] == 's') {
		if _, err := strconv.Atoi(w[1:]); err == nil {
			return true
		}
	}
	_, err := strconv.Atoi(w)
	return err == nil && i > 0 && slices.Contains(lineNames, ws[i-1])
}
