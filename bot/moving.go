package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Where a citizen moves names the service. Moving into the tenant's city
// or within it ("Wir ziehen nach Pankow", "we are moving to Neukölln",
// "nach Deutschland") is registering the new address; moving abroad ("Ich
// ziehe nach Spanien", "moving back to the US") is deregistering. Search is
// given the catalogue's words for it along with the question (see
// Bot.search). A move to another German city is for that city (see
// elsewhere).
const (
	moveInWords  = "Anmeldung Wohnung"
	moveOutWords = "Abmeldung Wohnung Ausland"
)

// comingMoves are the words of moving of moveWords that tell of a move to
// come or under way: "moved to Berlin in 2019" tells where someone lives,
// not what they need.
var comingMoves = []string{"ziehe", "ziehen", "zieht", "umziehen", "umzug", "move", "moves", "moving", "relocate", "relocating"}

// abroadWords name no country but somewhere abroad.
var abroadWords = []string{"ausland", "abroad"}

// destinationArticles may stand between "nach" or "to" and the place.
var destinationArticles = []string{"the", "die", "den", "das"}

// moveQuery returns the words to search for along with the question when
// it says where the citizen moves, or "" (see above). For a move to a
// city of places.txt that the tenant's settings do not name as its own
// place, it returns "" and that city: a tenant that names no regions may
// still serve it, which is known once search has found the region of its
// entries (see Bot.search).
func moveQuery(question string, t knowledge.Tenant) (words, city string) {
	ws := knowledge.Words(question)
	coming := func(w string) bool { return slices.Contains(comingMoves, w) }
	for i := range ws {
		if !slices.ContainsFunc(ws[max(0, i-moveReach):min(len(ws), i+1+moveReach)], coming) {
			continue
		}
		dest := ws[i+1:]
		for len(dest) > 0 && slices.Contains(destinationArticles, dest[0]) {
			dest = dest[1:]
		}
		abroad := len(dest) > 0 && (slices.Contains(abroadWords, dest[0]) || countryNamed(dest))
		switch {
		case ws[i] == "in" && abroad && (ws[i+1] == "die" || ws[i+1] == "den"):
			// "in die Schweiz ziehen"; English "in the UK" is where one is
			// or was ("we lived in the UK before moving to Berlin").
			return moveOutWords, ""
		case !movesTo(ws, i, moveReach) || len(dest) == 0:
			continue
		case abroad:
			return moveOutWords, ""
		case isOtherCity(dest[0], t):
			return "", dest[0]
		case ws[i] == "to" && i > 0 && ws[i-1] == "back" && !isCity(dest[0]) && !slices.Contains(ownPlaces(t, nil), dest[0]):
			// "moving back to Toronto": a place no list names, where an
			// expat came from. (German "zurück nach" names a country, or
			// a district: "zurück nach Pankow".)
			return moveOutWords, ""
		}
		return moveInWords, ""
	}
	return "", ""
}

// isCity reports whether the folded word w names a city of places.txt.
func isCity(w string) bool {
	_, ok := cities()[w]
	return ok
}

// isOtherCity reports whether the folded word w names a city of
// places.txt that is not one of the tenant's own places.
func isOtherCity(w string, t knowledge.Tenant) bool {
	return isCity(w) && !slices.Contains(ownPlaces(t, nil), w)
}
