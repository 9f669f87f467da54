package bot

import (
	"slices"
	"strings"
	"unicode"

	"citizenbot/knowledge"
)

// A flight or a train that was cancelled or late is for the airline or the
// railway to compensate: "Mein Flug nach Lissabon wurde zwei Tage vorher
// annulliert. Steht mir eine Entschädigung zu?", "Mein ICE ist ausgefallen. Wie
// bekomme ich von der Bahn Geld zurück?". Search finds the city's compensations
// (for vaccine damage, for lay judges) or its lost property office. Such a
// question has a sentence that names a flight or a train (flightWords,
// trainWords, or "ICE" in capitals: "ice" is the English word too) and its
// disruption (disruptionWords), and sentences that ask for compensation
// (compensationWords) or for money back (moneyWords with returnWords): "Ich
// habe meinen Koffer im ICE vergessen, der hatte Verspätung. Wie bekomme ich
// ihn zurück?" asks for no money and is left to the lost property office.
// Nor is a question for the carrier whose sentences that ask
// name a fee or an office ("… my flight was cancelled. Can I get a refund of
// the express fee?"), or name the best entry by its title, words of
// compensation, of money back, of getting and of applying aside: "Mein Flug
// musste wegen des Impfschadens storniert werden. Wo beantrage ich eine
// Entschädigung für den Impfschaden?"

// Folded words.
var (
	flightWords     = []string{"flug", "fluege", "rueckflug", "hinflug", "anschlussflug", "flieger", "flight", "flights"}
	trainWords      = []string{"zug", "zuege", "regionalzug", "fernzug", "train", "trains"}
	disruptionWords = []string{"annulliert", "gestrichen", "ausgefallen", "storniert", "ueberbucht", "verspaetung",
		"verspaetet", "verspaetete", "cancelled", "canceled", "delayed", "delay", "overbooked"}
	compensationWords = []string{"entschaedigung", "erstattung", "erstattet", "erstatten", "gutschein", "fahrgastrechte",
		"compensation", "refund", "refunded", "reimbursed", "voucher"}
	moneyWords  = []string{"geld", "money", "fahrpreis", "ticketpreis"}
	returnWords = []string{"zurueck", "back"}
	feeEnds     = []string{"gebuehr", "gebuehren", "fee", "fees"}
	// tripAsides are the words of the sentences that ask that name no
	// matter of their own when they are checked against the best title.
	tripAsides = slices.Concat(compensationWords, moneyWords, returnWords, obtainWords, procedureWords)
)

// airline and railway are whom the bot names for a disrupted flight or
// train, as the referral sentence names a responsible body; the referral
// files name them for the phrases of such trips too.
const (
	airline = "die Fluggesellschaft | the airline"
	railway = "das Bahnunternehmen, bei dem Sie die Fahrkarte gekauft haben (Fahrgastrechte) | the rail company you bought the ticket from (passenger rights)"
)

// disruptedTrip returns whom to ask for compensation for the flight or
// train the question tells was cancelled or late, or "" (see above; cands
// are the reranked candidates).
func disruptedTrip(question string, cands []candidate) string {
	asked := knowledge.Words(askedPart(question))
	if !anyIn(asked, compensationWords) && !(anyIn(asked, moneyWords) && anyIn(asked, returnWords)) ||
		anyEndsIn(asked, feeEnds) || namesOffice(asked) {
		return ""
	}
	if len(cands) > 0 && namedInTitles(without(asked, tripAsides), cands[:1]) {
		return ""
	}
	for _, s := range sentencesOf(question) {
		ws := knowledge.Words(s)
		if !anyIn(ws, disruptionWords) {
			continue
		}
		switch {
		case anyIn(ws, flightWords):
			return airline
		case anyIn(ws, trainWords) || namesICE(s):
			return railway
		}
	}
	return ""
}

// namesICE reports whether text has the word "ICE" in capitals, the
// German intercity train.
func namesICE(text string) bool {
	return slices.Contains(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }), "ICE")
}
