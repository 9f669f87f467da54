package bot

import (
	"slices"
	"sync"

	"citizenbot/knowledge"
)

// A citizen who needs an identity card in the city without living there
// tells so in a sentence of its own: "Ich habe gerade keine Wohnung und
// schlafe bei Freunden. Mein Ausweis ist abgelaufen …", "I'm registered
// in Munich but staying in Berlin for a few months. My ID card expired …".
// No lexicon phrase spans the two, and the card alone finds the card of
// those who live in the city. idQuery reads the provisional card that
// catalogues have for people with no fixed home or registered in another
// city.

// idWords are the folded words for an identity card; "ID" after a word
// of taxIDWords is the tax number ("Steuer-ID", "tax ID"). A clause names
// the card as what the asker needs when it has a word of needWords too
// ("mein Ausweis ist abgelaufen", "I need ID next week"): "I have my ID"
// does not.
var (
	idWords = []string{
		"perso", "personalausweis", "ausweis", "ausweisdokument", "ausweispapier", "uebergangsausweis", "ersatzausweis", "id",
	}
	taxIDWords = []string{"steuer", "tax", "steuerliche", "steuerlichen"}
	needWords  = []string{
		"brauche", "brauch", "braeuchte", "benoetige", "abgelaufen", "verloren", "geklaut", "gestohlen", "weg",
		"need", "needs", "expired", "lost", "stolen",
	}
)

// homelessPhrases tell that the asker has no fixed home: sleeping at
// friends' does ("schlafe bei Freunden"), having been at friends' does not
// ("Ich war bei Freunden und habe dort meinen Ausweis verloren").
var homelessPhrases = [][]string{
	{"obdachlos"}, {"wohnungslos"}, {"keine", "wohnung"}, {"keine", "eigene", "wohnung"}, {"ohne", "wohnung"},
	{"schlafe", "bei", "freunden"}, {"penne", "bei", "freunden"}, {"wohne", "bei", "freunden"},
	{"homeless"}, {"no", "fixed", "home"}, {"no", "fixed", "address"}, {"sleep", "at", "friends"},
	{"staying", "with", "friends"}, {"staying", "at", "friends"},
}

// registeredWords tell where someone is registered; a city of places.txt
// that is not one of the tenant's own places within registeredReach words
// of one is another city the asker lives in ("Ich bin in Köln gemeldet",
// "registered in Munich"), unless a negation stands within that reach
// before it ("nicht mehr in Köln gemeldet").
var registeredWords = []string{"gemeldet", "registered"}

// registeredReach is how many words from a word of registeredWords the
// other city may stand.
const registeredReach = 4

// provisionalID is the catalogue's name for the provisional card of
// people with no fixed home or registered in another city.
const provisionalID = "Personalausweis vorläufig ohne feste Wohnung außerhalb gemeldet"

// idQuery returns provisionalID when a clause of the question names an
// identity card the asker needs (idWords, needWords), its sentences that
// ask do not ask for help (helpWords: "Wo bekomme ich Hilfe bei
// Wohnungslosigkeit?" asks for the help), and the question tells that
// the asker has no fixed home (homelessPhrases) or is registered in a
// city of places.txt that is not one of the places of the tenant t and of
// the hits found (see ownPlaces and registeredWords); else "". The places
// are read only when a registration names a city.
func idQuery(question string, t knowledge.Tenant, hits []knowledge.Hit) string {
	if !slices.ContainsFunc(clausesOf(question), func(c string) bool {
		ws := knowledge.Words(c)
		return namesIDCard(ws) && anyIn(ws, needWords)
	}) || anyIn(knowledge.Words(askedPart(question)), helpWords) {
		return ""
	}
	words := knowledge.Words(question)
	if containsPhrase(words, homelessPhrases) {
		return provisionalID
	}
	own := sync.OnceValue(func() []string { return ownPlaces(t, hits) })
	for i, w := range words {
		if !slices.Contains(registeredWords, w) || anyIn(words[max(0, i-registeredReach):i], negations) {
			continue
		}
		near := words[max(0, i-registeredReach):min(len(words), i+registeredReach+1)]
		if slices.ContainsFunc(near, func(n string) bool { return isCity(n) && !slices.Contains(own(), n) }) {
			return provisionalID
		}
	}
	return ""
}

// namesIDCard reports whether the folded words name an identity card (see
// idWords).
func namesIDCard(words []string) bool {
	for i, w := range words {
		if slices.Contains(idWords, w) && (i == 0 || !slices.Contains(taxIDWords, words[i-1])) {
			return true
		}
	}
	return false
}
