package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Registration offices split registering a used vehicle by where it was
// registered before: "Umschreibung eines zugelassenen Fahrzeuges mit
// Berliner Kennzeichen auf einen anderen Halter" for the city's own plates,
// "Zulassung eines Fahrzeuges mit auswärtigem Kennzeichen mit
// Halterwechsel" for another district's, beside the general "Kraftfahrzeug
// - Umschreibung beantragen" whose text lists every case. A question that
// tells of a vehicle bought in or from another city ("Auto in Hamburg
// gekauft", "bought a used car from a guy in Potsdam"; see outsidePlates)
// or with another city's plates ("mit Münchner Kennzeichen", "it still has
// Hamburg plates") asks for the outside plates' service: of the candidates
// whose titles register a vehicle (registeringTitles), each that does not
// name outside plates (outsideTitles) ranks otherSide lower, when one that
// does is among them. A question that tells of a move asks to re-register
// the mover's own vehicle, one that tells of no purchase asks about the
// asker's own ("mein Auto mit Münchner Kennzeichen wieder zulassen"), and
// one that names the tenant's own plates ("hat aber Berliner Kennzeichen",
// "in Berlin zugelassen") asks for the own plates' service; none is read
// so.

// plateWords name number plates; propertyWords a home or land bought;
// licensedWords tell where a vehicle is registered; outsideTitles and
// registeringTitles are the folded parts of the title words that name
// outside plates and registering a vehicle.
var (
	plateWords        = []string{"kennzeichen", "nummernschild", "nummernschilder", "schilder", "plates", "plate"}
	propertyWords     = []string{"haus", "wohnung", "grundstueck", "immobilie", "house", "flat", "apartment", "property"}
	licensedWords     = []string{"zugelassen", "angemeldet", "registered"}
	outsideTitles     = []string{"auswaertig"}
	registeringTitles = []string{"zulassung", "umschreibung", "ummelden"}
	// cameWords tell of a move into the city besides moveWords (unlike
	// arrivalWords, not "here": "register it to me here in Berlin").
	cameWords = []string{"hergezogen", "zugezogen"}
)

// outsidePlates reports whether message tells of a vehicle bought in or
// from a city other than the tenant's own places own, or with its plates,
// and of no move and none of the own plates (see above): a city named in a
// sentence of buying (boughtWords) that buys no home or land
// (propertyWords: "Wir haben ein Haus in Potsdam gekauft"), or a city or
// its adjective right before a word of plates (see beforePlates) in a
// message that tells of buying. The tenant's own place before plates or
// within registeredReach words of a word of registering (licensedWords:
// "in Berlin zugelassen") names the own plates.
func outsidePlates(message string, own []string) bool {
	words := knowledge.Words(message)
	if !anyIn(words, boughtWords) || anyIn(words, moveWords) || anyIn(words, cameWords) {
		return false
	}
	outside := false
	for _, sentence := range sentencesOf(message) {
		ws := knowledge.Words(sentence)
		bought := anyIn(ws, boughtWords) && !anyIn(ws, propertyWords)
		for i, w := range ws {
			city, ok := cityOf(w)
			switch {
			case !ok:
			case slices.Contains(own, w) || slices.Contains(own, city):
				if beforePlates(ws, i) || anyIn(ws[max(0, i-registeredReach):min(len(ws), i+registeredReach+1)], licensedWords) {
					return false
				}
			case beforePlates(ws, i) || bought && city == w:
				outside = true
			}
		}
	}
	return outside
}

// beforePlates reports whether the folded word after ws[i] names number
// plates (plateWords).
func beforePlates(ws []string, i int) bool {
	return i+1 < len(ws) && slices.Contains(plateWords, ws[i+1])
}

// cityOf returns the folded name of the city of places.txt that the
// folded word w names, by its name or as its adjective ("hamburger",
// "muenchner" of "München", "bremer" of "Bremen"), and whether it names
// one.
func cityOf(w string) (string, bool) {
	if isCity(w) {
		return w, true
	}
	stem, ok := strings.CutSuffix(w, "er")
	if !ok || stem == "" {
		return "", false
	}
	for _, city := range []string{stem, stem + "en", strings.TrimSuffix(stem, "n") + "en"} {
		if isCity(city) {
			return city, true
		}
	}
	return "", false
}

// otherThanOutside returns, for each candidate, whether its title
// registers a vehicle without naming outside plates while another
// candidate's names them, when the message tells of outside plates (see
// above); own are the tenant's places.
func otherThanOutside(message string, cands []candidate, own []string) []bool {
	other := make([]bool, len(cands))
	outside := make([]bool, len(cands))
	for i, c := range cands {
		outside[i] = titleHas(c.hit.Title, outsideTitles)
	}
	if !slices.Contains(outside, true) || !outsidePlates(message, own) {
		return other
	}
	for i, c := range cands {
		other[i] = !outside[i] && titleHas(c.hit.Title, registeringTitles)
	}
	return other
}

// titleHas reports whether a folded word of title has one of parts in it.
func titleHas(title string, parts []string) bool { return hasPart(knowledge.Words(title), parts) }
