package bot

import "slices"

// A request that the bot run an errand ("Could you please order me a taxi to
// Hauptbahnhof for 7 am?", "Kannst du mir einen Tisch beim Italiener
// reservieren?") asks for a task, not a service, whatever place it names: a
// sentence addresses the bot (botRequests) with an English verb of
// errandVerbs within writeReach words after the request and what errands get
// (errandObjects) within errandReach words after the verb ("could you please
// order me a taxi"), or with a German verb of bestellVerbs and such an object
// within errandReach words before it ("ein Taxi rufen"). Such a sentence names
// no permit (permitEnds: "Can you book me a slot for the taxi licence
// test?"), no appointment (appointmentWords: "Kannst du mir einen Termin für
// den Reisepass buchen, ich will einen Flug buchen?") and no office (see
// namesOffice): those ask for the city's service.
var (
	errandVerbs   = []string{"order", "book", "call", "reserve"}
	bestellVerbs  = []string{"bestellen", "buchen", "reservieren", "rufen"}
	errandObjects = []string{"taxi", "cab", "uber", "pizza", "table", "tisch", "hotel", "hotelzimmer", "flight", "flug"}
)

// errandReach is how many words apart a verb of an errand and its object may
// stand.
const errandReach = 3

// asksErrand reports whether a sentence of the question asks the bot to
// run an errand (see above).
func asksErrand(question string) bool {
	return someSentence(question, func(ws []string) bool {
		if !addressesBot(ws) || anyEndsIn(ws, permitEnds) || anyIn(ws, appointmentWords) || namesOffice(ws) {
			return false
		}
		for i, w := range ws {
			english := slices.Contains(errandVerbs, w) && i >= 2 && i < 2+writeReach
			if english && anyIn(ws[i+1:min(len(ws), i+1+errandReach)], errandObjects) ||
				slices.Contains(bestellVerbs, w) && anyIn(ws[max(0, i-errandReach):i], errandObjects) {
				return true
			}
		}
		return false
	})
}
