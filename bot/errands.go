package bot

// A request that the bot run an errand ("Could you please order me a taxi to
// Hauptbahnhof for 7 am?", "Kannst du mir einen Tisch beim Italiener
// reservieren?") asks for a task, not a service, whatever place it names: a
// sentence addresses the bot (botRequests or politeRequests) and names what
// errands get (errandObjects) and, within writeReach words after the request,
// an English verb of errandVerbs ("could you please order me"), or, anywhere,
// a German one of bestellVerbs. Such a sentence names no permit (permitEnds):
// "Can you book me a slot for the taxi licence test?" asks for the city's
// licence.
var (
	errandVerbs   = []string{"order", "book", "call", "reserve"}
	bestellVerbs  = []string{"bestellen", "buchen", "reservieren", "rufen"}
	errandObjects = []string{"taxi", "cab", "uber", "pizza", "table", "tisch", "hotel", "hotelzimmer", "flight", "flug"}
)

// asksErrand reports whether a sentence of the question asks the bot to
// run an errand (see above).
func asksErrand(question string) bool {
	return someSentence(question, func(ws []string) bool {
		if !addressesBot(ws) && !opensWith(ws, politeRequests) || !anyIn(ws, errandObjects) || anyEndsIn(ws, permitEnds) {
			return false
		}
		return anyIn(ws[min(len(ws), 2):min(len(ws), 2+writeReach)], errandVerbs) || anyIn(ws, bestellVerbs)
	})
}
