package bot

import (
	"slices"
	"strings"

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

// A move told from one place to another ("von Hamburg nach Pankow", "from
// Kreuzberg to Wedding") may stand further from its verb: "Wir ziehen Ende
// Mai mit zwei Kindern von Hamburg nach Pankow".
var moveOrigins = []string{"von", "from"}

// fromToReach is how many words before "nach" or "to" of such a move its
// verb may stand.
const fromToReach = 8

// abroadWords name no country but somewhere abroad.
var abroadWords = []string{"ausland", "abroad"}

// destinationArticles may stand between "nach" or "to" and the place.
var destinationArticles = []string{"the", "die", "den", "das"}

// withoutArticles returns words without the destinationArticles they start
// with.
func withoutArticles(words []string) []string {
	for len(words) > 0 && slices.Contains(destinationArticles, words[0]) {
		words = words[1:]
	}
	return words
}

// withinWords make the place after them the one a move stays in: "Ich
// ziehe innerhalb Berlins um", "moving within the city". Articles and
// "von", "of" may stand between (withinArticles).
var (
	withinWords    = []string{"innerhalb", "within", "inside"}
	withinArticles = []string{"the", "der", "des", "dem", "von", "of"}
)

// areaWords name, after a word of withinWords, the area a move stays in
// whichever city is the tenant: the city, a district, the country. A move
// within any of them is registering the new address.
var areaWords = []string{"stadt", "bezirk", "bezirks", "bezirkes", "kiez", "kiezes",
	"city", "town", "district", "borough", "deutschland", "deutschlands", "germany"}

// A move of the citizen's business ("I'm moving my café to Wedding",
// "Unser Laden zieht nach Pankow", "Blumenladen zieht von Wedding nach
// Moabit") is no move of their home: it is the business's to report
// (Gewerbe ummelden), not an address to register. A German compound names
// the business by its last part (germanBusinessNouns): "Blumenladen",
// "Arztpraxis", "Friseursalon".
var (
	ownerWords          = []string{"my", "our", "mein", "meine", "meinen", "meinem", "unser", "unsere", "unseren", "unserem"}
	germanBusinessNouns = []string{"laden", "geschaeft", "firma", "betrieb", "buero", "praxis", "kanzlei", "werkstatt", "gewerbe", "salon"}
	businessNouns       = append([]string{"cafe", "business", "shop", "store", "restaurant", "bar", "salon", "office", "practice",
		"workshop", "company", "firm", "restaurants", "unternehmen"}, germanBusinessNouns...)
)

// loadingVerbs are the folded verbs that end as a compound of "Laden"
// does ("Laden" itself after "mein" is the shop).
var loadingVerbs = []string{"ausladen", "einladen", "aufladen", "abladen", "entladen", "beladen", "umladen",
	"hochladen", "herunterladen", "runterladen", "nachladen"}

// ownerReach is how many words before the move's words the business's
// owner may stand: "Unser Laden zieht im Herbst nach Spandau".
const ownerReach = 2

// ownBusiness reports whether words name the citizen's business: a word
// of ownerWords before a business noun (see isBusinessNoun; not a verb of
// loadingVerbs: "meine Möbel ausladen"), one word may stand between ("my
// small café", "Mein Friseursalon"), or a business noun right before a
// word of comingMoves, the business that moves ("Laden zieht", "the shop
// moves").
func ownBusiness(words []string) bool {
	owned := func(w string) bool { return isBusinessNoun(w) && !slices.Contains(loadingVerbs, w) }
	for i, w := range words {
		if slices.Contains(ownerWords, w) && slices.ContainsFunc(words[i+1:min(len(words), i+3)], owned) {
			return true
		}
		if i+1 < len(words) && slices.Contains(comingMoves, words[i+1]) && isBusinessNoun(w) {
			return true
		}
	}
	return false
}

// isBusinessNoun reports whether the folded word w is a noun of
// businessNouns or a German compound ending in one of germanBusinessNouns.
func isBusinessNoun(w string) bool {
	return slices.Contains(businessNouns, w) ||
		slices.ContainsFunc(germanBusinessNouns, func(n string) bool { return strings.HasSuffix(w, n) })
}

// move is what a message says of the citizen's move (see moveQuery).
type move struct {
	words string // the catalogue's words for it, or ""
	city  string // another city of places.txt it goes to, or ""
	// read are the runs of folded words that words stands for when the
	// move is one within the tenant's city (for a move within city, once
	// search finds city to be the tenant's, see Bot.search): its places
	// with their prepositions ("nach Pankow", "von Kreuzberg") and its verbs
	// ("ziehen"). They tell the bot what the move is and say nothing more
	// of the service, so search does not look them up: a district would
	// meet whichever phrasing happens to name it, "ziehen" the keywords of
	// moving abroad. A preposition goes with its place, since "ziehen nach"
	// alone reads as "nachziehen".
	read [][]string
}

// moveQuery returns what the question says of the citizen's move: the
// words to search for along with it when it says where the citizen moves,
// or none (see above). For a move to a city of places.txt that the
// tenant's settings do not name as its own place, it returns no words but
// that city: a tenant that names no regions may still serve it, which is
// known once search has found the region of its entries (see Bot.search).
func moveQuery(question string, t knowledge.Tenant) move {
	ws := knowledge.Words(question)
	coming := func(w string) bool { return slices.Contains(comingMoves, w) }
	for i := range ws {
		reach := moveReach
		fromTo := i >= 2 && slices.Contains(moveOrigins, ws[i-2])
		if fromTo {
			reach = fromToReach
		}
		near := ws[max(0, i-reach):min(len(ws), i+1+moveReach)]
		if !slices.ContainsFunc(near, coming) || ownBusiness(ws[max(0, i-reach-ownerReach):i]) {
			continue
		}
		dest := withoutArticles(ws[i+1:])
		abroad := len(dest) > 0 && (slices.Contains(abroadWords, dest[0]) || countryNamed(dest))
		if slices.Contains(withinWords, ws[i]) {
			if m, ok := moveWithin(ws[i:], near, t); ok {
				return m
			}
			continue
		}
		switch {
		case ws[i] == "in" && abroad && (ws[i+1] == "die" || ws[i+1] == "den"):
			// "in die Schweiz ziehen"; English "in the UK" is where one is
			// or was ("we lived in the UK before moving to Berlin").
			return move{words: moveOutWords}
		case !movesTo(ws, i, reach) || len(dest) == 0:
			continue
		case abroad:
			return move{words: moveOutWords}
		case isOtherCity(dest[0], t):
			return move{city: dest[0]}
		case ws[i] == "to" && i > 0 && ws[i-1] == "back" && !isCity(dest[0]) && !slices.Contains(ownPlaces(t, nil), dest[0]):
			// "moving back to Toronto": a place no list names, where an
			// expat came from. (German "zurück nach" names a country, or
			// a district: "zurück nach Pankow".)
			return move{words: moveOutWords}
		}
		m := move{words: moveInWords}
		// A place's name follows "nach" or "to" without an article; a
		// noun with one ("nach dem Studium") is no place.
		if len(dest) == len(ws)-i-1 && len(knowledge.QuestionWords(dest[0])) > 0 {
			m.read = append(m.read, ws[i:i+2])
		}
		if fromTo && len(knowledge.QuestionWords(ws[i-1])) > 0 {
			m.read = append(m.read, ws[i-2:i])
		}
		m.read = withVerbs(m.read, near)
		return m
	}
	return move{}
}

// moveWithin reads a move within a place: ws starts with a word of
// withinWords, near are the words around it. A move within one of the
// tenant's places or an area of areaWords is registering the new address;
// within a city of places.txt that the tenant's settings do not name, it
// is that city's (see move.city). A genitive "s" goes ("innerhalb
// Berlins"). It reports false when no place of these follows: "innerhalb
// von zwei Wochen umziehen" tells when.
func moveWithin(ws, near []string, t knowledge.Tenant) (move, bool) {
	n := 1
	for n < len(ws) && slices.Contains(withinArticles, ws[n]) {
		n++
	}
	if n == len(ws) {
		return move{}, false
	}
	own := ownPlaces(t, nil)
	place := withoutGenitive(ws[n], func(w string) bool { return isCity(w) || slices.Contains(own, w) })
	m := move{words: moveInWords, read: withVerbs([][]string{ws[:n+1]}, near)}
	switch {
	case isOtherCity(place, t):
		m.words, m.city = "", place
	case !slices.Contains(areaWords, place) && !slices.Contains(own, place):
		return move{}, false
	}
	return m, true
}

// withoutGenitive returns the folded word w without a genitive "s" when
// what stays is a place (places reports it): "berlins" → "berlin".
func withoutGenitive(w string, places func(string) bool) string {
	if base, ok := strings.CutSuffix(w, "s"); ok && places(base) {
		return base
	}
	return w
}

// withVerbs returns read, the places a move within the city is read from,
// with the words of comingMoves among near added, one a run; none when
// read is empty.
func withVerbs(read [][]string, near []string) [][]string {
	if len(read) == 0 {
		return nil
	}
	for _, w := range near {
		if slices.Contains(comingMoves, w) {
			read = append(read, []string{w})
		}
	}
	return read
}

// withoutPhrases returns text with each run of its words (split as
// knowledge.Words splits them) whose folded forms are one of drop, in
// order, replaced by spaces.
func withoutPhrases(text string, drop [][]string) string {
	if len(drop) == 0 {
		return text
	}
	type span struct{ start, end int }
	var spans []span
	var words []string
	start := -1
	for i, r := range text + " " {
		if knowledge.WordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			spans = append(spans, span{start, i})
			words = append(words, knowledge.Fold(text[start:i]))
			start = -1
		}
	}
	out := []byte(text)
	for i := range words {
		for _, d := range drop {
			if len(d) == 0 || i+len(d) > len(words) || !slices.Equal(words[i:i+len(d)], d) {
				continue
			}
			for _, sp := range spans[i : i+len(d)] {
				for j := sp.start; j < sp.end; j++ {
					out[j] = ' '
				}
			}
		}
	}
	return string(out)
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
