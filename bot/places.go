package bot

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"citizenbot/knowledge"
)

// A city's bot knows its own city's services. Asked about another city's
// ("Which office in Munich…", "Kann ich das in Köln beantragen?"), search
// still finds the nearest service of its own, and the bot would answer
// with it as if it applied there. So a question that places its matter in
// another German city, and does not name the tenant's own place, gets no
// answer but the other city's administration to ask. The place must
// follow "in", or "nach" or "to" shortly after a word of moving ("Ich
// ziehe nach Köln", "moving to Munich"): one registers where one moves to.
// "aus Köln" tells where someone comes from, and a letter to "die Stadt
// Mannheim" addresses the city the writer takes the bot for. A tenant's own
// places are its regions, the regions of what search found, and its name:
// "von Hamburg nach Berlin" names Berlin.
//
//go:embed places.txt
var placesFile string

// city is a city of places.txt, named in German and English.
type city struct{ de, en string }

// cities returns the cities of places.txt by every folded spelling of
// their names.
var cities = sync.OnceValue(func() map[string]city { return cityNames(placesFile) })

// cityNames returns the cities of a file in the format of places.txt by
// every folded spelling of their names.
func cityNames(file string) map[string]city {
	m := map[string]city{}
	for _, names := range nameLines(file) {
		c := city{de: names[0], en: names[min(1, len(names)-1)]}
		for _, n := range names {
			m[knowledge.Fold(n)] = c
		}
	}
	return m
}

// nameLines returns the names of each line of a file in the format of
// places.txt and districts.txt: the name before "=", then the
// comma-separated names after it. Blank lines and lines that start with
// "#" are skipped.
func nameLines(file string) [][]string {
	var lines [][]string
	for _, line := range strings.Split(file, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		first, others, _ := strings.Cut(line, "=")
		names := []string{strings.TrimSpace(first)}
		for _, n := range strings.Split(others, ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		lines = append(lines, names)
	}
	return lines
}

// elsewhere returns the administration responsible, in the reply's
// language, when the question places its matter in a city of places.txt
// and names none of the tenant's places own (see ownPlaces) but to deny
// it ("I live in Potsdam, not Berlin"), or the citizen
// is about to move there, from wherever, even from the tenant's city, and
// names none of the tenant's places but as the one left (see staysOwn; "I
// moved from Berlin to Munich" tells where someone lives, and the matter
// may still be Berlin's); "" otherwise. A German sentence may put
// much between the verb of moving and where to ("Ich ziehe im Juni mit
// den Kindern von Berlin nach Hamburg"): a city after "nach" or "to" is a
// move's destination when a word of moving comes anywhere before it in
// the sentence. A city of the tenant's own places is skipped: "Ich wohne
// in Berlin und ziehe nach Köln" places the matter in Köln; but one that
// asks how to leave a body or a register (see leaves) asks about the
// place left: "baukammer austreten, umzug nach hamburg". A fine issued in
// another city is that city's matter whatever else the question names (see
// finedIn).
func elsewhere(question, lang string, own []string) string {
	fined := finedIn(question, own)
	other := fined
	moves := false
	for _, sentence := range strings.FieldsFunc(question, isSentenceEnd) {
		words := knowledge.Words(sentence)
		for i := 1; i < len(words) && other == nil; i++ {
			name := words[i]
			within := slices.Contains(withinWords, words[i-1])
			if within {
				name = withoutGenitive(name, isCity) // "innerhalb Münchens"
			}
			c, ok := cities()[name]
			switch {
			case !ok || slices.Contains(own, name):
			case movesTo(words, i-1, i-1):
				other = &c
				moves = anyIn(words[:i], comingMoves)
			case (words[i-1] == "in" || within) && !(i >= 2 && slices.Contains(partnersThere, words[i-2])):
				other = &c
			}
		}
	}
	if other == nil {
		return ""
	}
	words := knowledge.Words(question)
	asked := askedPart(question)
	if fined == nil && (moves && (staysOwn(asked, words, own) || leaves(knowledge.Words(asked))) ||
		!moves && namesUndenied(words, own) && !askedThere(question, other, own)) {
		return ""
	}
	if lang == "en" {
		return "the city administration of " + other.en
	}
	return "die Stadtverwaltung " + other.de
}

// partnersThere are the folded words for a business partner that a city
// after "in" places, not the matter: "A client in Hamburg owes my studio
// 2,300 €. Can I get a court payment order?", "Ein Kunde in München zahlt
// meine Rechnung nicht".
var partnersThere = []string{"client", "clients", "customer", "customers", "debtor", "supplier", "kunde", "kunden", "kundin",
	"schuldner", "schuldnerin", "lieferant", "auftraggeber", "geschaeftspartner"}

// askedThere reports whether the sentences of the question that ask,
// when there are others, name the city c and none of the tenant's places
// own: "Ich wohne in Hamburg, arbeite aber in Berlin. Wo beantrage ich in
// Hamburg einen Anwohnerparkausweis?" asks about Hamburg, whatever the
// sentence before tells. A city that names the number plates of a
// vehicle bought (boughtWords: "Bought a used car … can I keep the Hamburg
// plates?") names where the vehicle came from, not where the matter is;
// after a word of placeWords it is that place still ("Kann ich in Potsdam
// Kennzeichen beantragen?").
func askedThere(question string, c *city, own []string) bool {
	asked := askedPart(question)
	if asked == question {
		return false
	}
	ws := knowledge.Words(asked)
	if anyIn(ws, own) {
		return false
	}
	bought := anyIn(knowledge.Words(question), boughtWords)
	for i, w := range ws {
		plates := bought && beforePlates(ws, i) && (i == 0 || !slices.Contains(placeWords, ws[i-1]))
		if o, ok := cities()[w]; ok && o.de == c.de && !plates {
			return true
		}
	}
	return false
}

// A fine belongs to the authority that issued it: "Ich habe in Hamburg ein
// Knöllchen bekommen, wohne aber in Berlin" is Hamburg's matter, though the
// question names Berlin. fineWords and finePhrases are the folded words of
// a fine.
var (
	fineWords   = []string{"knoellchen", "strafzettel", "strafzettels", "bussgeld", "bussgeldbescheid", "verwarnungsgeld", "geblitzt", "fined"}
	finePhrases = [][]string{{"parking", "ticket"}, {"speeding", "ticket"}, {"parking", "fine"}, {"speeding", "fine"}, {"traffic", "fine"}}
)

// finedIn returns the city of places.txt that a clause of the question
// names with a fine, and none of the tenant's places; nil if there is none.
func finedIn(question string, own []string) *city {
	var in *city
	fineClauses(question, own, func(words []string) bool {
		for _, w := range words {
			if c, ok := cities()[w]; ok && !slices.Contains(own, w) {
				in = &c
				return true
			}
		}
		return false
	})
	return in
}

// fromWords, before a country's name, place a fine there: "in Frankreich",
// "aus Italien", "from France"; unless one of originVerbs comes before
// them and they tell where someone is from: "Ich komme aus Polen", "I'm
// from France".
var (
	fromWords   = []string{"in", "im", "aus", "from"}
	originVerbs = []string{"komme", "kommt", "kommen", "bin", "ist", "sind", "stamme", "stammt", "m", "am", "is", "are", "come", "comes"}
)

// fineAbroad returns, in the reply's language, the authority to ask about a
// fine that a clause of the question places in a country of countries.txt
// and not here, or "" (see finedIn): "I got a speeding ticket in the mail
// from France."
func fineAbroad(question, lang string, own []string) string {
	var in *country
	fineClauses(question, own, func(words []string) bool {
		if anyIn(words, germanyWords) {
			return false
		}
		for i := 1; i < len(words); i++ {
			origin := i > 1 && slices.Contains(originVerbs, words[i-2])
			if c, ok := countryByName(words[i:]); ok && slices.Contains(fromWords, words[i-1]) && !origin {
				in = &c
				return true
			}
		}
		return false
	})
	switch {
	case in == nil:
		return ""
	case lang == "en":
		return "the authority of " + in.en + " that issued the fine"
	}
	return "die Behörde des Landes " + in.de + ", die das Bußgeld verhängt hat"
}

// fineClauses calls found with the folded words of each clause of the
// question that tells of a fine and names none of the tenant's places,
// until it returns true.
func fineClauses(question string, own []string, found func(words []string) bool) {
	for _, clause := range clausesOf(question) {
		words := knowledge.Words(clause)
		if (anyIn(words, fineWords) || containsPhrase(words, finePhrases)) && !anyIn(words, own) && found(words) {
			return
		}
	}
}

// originWords are the folded words that make the place after them the one
// a move leaves: "von Berlin nach Hamburg", "leaving Berlin for Munich".
var originWords = []string{"von", "aus", "from", "leave", "leaving", "verlasse", "verlassen"}

// livingWords, before "in", make the place after it where someone lives
// now, and so the one a move leaves: "I live in Berlin and move to Munich".
var livingWords = []string{"wohne", "wohnen", "lebe", "leben", "live", "living", "lived"}

// thereWords point at a place named before, a move's destination ("Wie
// melde ich mich dort an?") or a country (see foreignTax).
var thereWords = []string{"dort", "dortige", "dortigen", "dortigem", "there"}

// staysOwn reports whether the question's folded words name one of the
// tenant's places other than as the place a move leaves, and what it asks
// (asked, see askedPart) does not point at the destination: "Ich bin in der
// Baukammer Berlin, ziehe aber nach Hamburg und arbeite nur noch dort. Wie
// komme ich da raus?" asks about a matter that stays with Berlin, "Ich
// ziehe von Berlin nach Hamburg" about one that goes with the move. A
// clause that tells of the move is no pointer, though it may say "dort":
// "Ich ziehe nach München und arbeite nur noch dort – wie komme ich aus der
// Kammer raus?". Nor is one that asks how to leave (see leaves): "Ich
// ziehe nach Hamburg – wie melde ich mich dort ab?" asks to leave where
// the asker is, "dort" the body named before.
func staysOwn(asked string, words, own []string) bool {
	points := func(clause string) bool {
		ws := knowledge.Words(clause)
		return anyIn(ws, thereWords) && !anyIn(ws, moveWords) && !leaves(ws)
	}
	if slices.ContainsFunc(clausesOf(asked), points) {
		return false
	}
	return namesOwn(words, own)
}

// leaveWords are the folded verbs of leaving a register or a body; a
// German clause whose last word is "ab" asks to leave by a separable verb
// too ("Wie melde ich mich dort ab?"), and so does one that ends a
// membership, a word of membershipWords beside one of membershipEnds
// ("how do I end my membership there?", "Wie kündige ich die
// Mitgliedschaft?").
var (
	leaveWords      = []string{"abmelden", "abmelde", "austreten", "deregister", "unregister"}
	membershipWords = []string{"mitgliedschaft", "membership"}
	membershipEnds  = []string{"beenden", "beende", "kuendigen", "kuendige", "end", "cancel", "quit", "terminate"}
)

// leaves reports whether the folded words of a clause ask to leave a
// register or a body (see leaveWords).
func leaves(ws []string) bool {
	return anyIn(ws, leaveWords) || len(ws) > 0 && ws[len(ws)-1] == "ab" ||
		anyIn(ws, membershipWords) && anyIn(ws, membershipEnds)
}

// moveWords are the folded words of moving house, German and English.
var moveWords = []string{"ziehe", "ziehen", "zieht", "umziehen", "umzug", "gezogen", "umgezogen",
	"move", "moves", "moving", "moved", "relocate", "relocating", "relocated"}

// moveReach is how many words before "nach" or "to" a word of moving may
// stand ("Wir ziehen im Mai nach Köln"), and how many after "nach" ("nach
// Köln gezogen", "nach Bosnien und Herzegowina ziehen").
const moveReach = 4

// objectWords are the English words that, right after a word of moving,
// make it move something: "move my appointment to Friday" moves no one,
// "moving with my family to Munich" does.
var objectWords = []string{"my", "our", "your", "his", "her", "their", "the", "a", "an", "it", "them", "this", "that"}

// movesTo reports whether words[i] is "nach" or "to" after a word of
// moving, up to reach words before it, or "nach" before a verb of moving.
func movesTo(words []string, i, reach int) bool {
	switch words[i] {
	case "to":
		for j := i - 1; j >= max(0, i-reach); j-- {
			if slices.Contains(moveWords, words[j]) {
				return !slices.Contains(objectWords, words[j+1])
			}
		}
	case "nach":
		moves := func(w string) bool { return slices.Contains(moveWords, w) }
		// After "nach", "Umzug" is what comes after: "nach dem Umzug".
		movesAfter := func(w string) bool { return moves(w) && w != "umzug" }
		return slices.ContainsFunc(words[max(0, i-reach):i], moves) ||
			slices.ContainsFunc(words[i+1:min(len(words), i+1+moveReach)], movesAfter)
	}
	return false
}

// ownPlaces returns the folded words naming the tenant's places: its
// regions, those of the hits, the parts of these regions (see
// districts.txt), and its name, each also as the adjective of a German
// place ("Berliner Baukammer", "das Neuköllner Jugendamt").
func ownPlaces(t knowledge.Tenant, hits []knowledge.Hit) []string {
	var own []string
	add := func(s string) {
		for _, w := range knowledge.Words(s) {
			for _, form := range []string{w, w + "er"} {
				if !slices.Contains(own, form) {
					own = append(own, form)
				}
			}
		}
	}
	regions := slices.Clone(t.Regions)
	for _, h := range hits {
		if !slices.Contains(regions, h.Region) {
			regions = append(regions, h.Region)
		}
	}
	for _, r := range regions {
		add(r)
		for _, d := range districts()[knowledge.Fold(r)] {
			add(d)
		}
	}
	add(t.Name)
	return own
}

//go:embed districts.txt
var districtsFile string

// districts returns the names of the parts of each region of
// districts.txt, by the folded region code.
var districts = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, names := range nameLines(districtsFile) {
		r := knowledge.Fold(names[0])
		m[r] = append(m[r], names[1:]...)
	}
	return m
})

// isSentenceEnd reports whether r ends a sentence.
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', ';', '\n':
		return true
	}
	return false
}
