package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// A business is registered when it starts and deregistered when it ends
// ("Gewerbe anmelden" and "Gewerbe abmelden", "steuerliche Anmeldung" and
// "steuerliche Abmeldung"), and the titles of the two share nearly every
// word. A question whose clause tells that the citizen closes a business
// ("I'm closing my little shop for good", "Ich gebe meinen Malerbetrieb
// auf") is about ending it: a candidate whose title names registering or
// founding, and not deregistering, ranks otherSide lower.
//
// The other way round, a question that asks to be entered in a register it
// names (entryWords, registerEnds: "Muss ich mich bei der Handwerkskammer
// eintragen lassen?") and tells of no closing, nor of leaving, deleting,
// a dog run away or moving (exitWords, moveWords), is about starting: a
// candidate whose title names ending, and not registering ("Handwerk -
// Löschung aus der Handwerksrolle"), ranks otherSide lower. "Eintragen"
// alone often asks to have something recorded: "Mein Hund ist weggelaufen.
// Wo lasse ich das eintragen?".

// closingPhrases are the folded words by which a clause tells of closing
// something down.
var closingPhrases = [][]string{
	{"close", "my"}, {"closing", "my"}, {"close", "our"}, {"closing", "our"}, {"close", "down"}, {"closing", "down"},
	{"shut", "down"}, {"shutting", "down"}, {"give", "up", "my"}, {"giving", "up", "my"}, {"wind", "up"},
	{"winding", "up"}, {"schliesse"}, {"schliessen"}, {"aufgeben"}, {"aufhoeren"}, {"dichtmachen"},
}

// closingVerbs, with a closingParticles word later in the clause, are a
// German separable verb of closing down: "Ich höre mit meinem Späti auf",
// "Wir machen den Laden dicht".
var (
	closingVerbs     = []string{"hoere", "hoer", "hoeren", "gebe", "geb", "geben", "mache", "mach", "machen"}
	closingParticles = []string{"auf", "dicht"}
)

// businessParts are parts of the folded words that name a business:
// German compounds end with them ("Blumenladen", "Malerbetrieb").
var businessParts = []string{
	"shop", "business", "company", "firm", "freelanc", "restaurant", "cafe", "practice", "studio", "salon",
	"gewerbe", "firma", "laden", "geschaeft", "selbststaendig", "freiberuf", "betrieb", "praxis", "kneipe", "imbiss",
	"spaeti", "kiosk", "unternehmen", "gaststaette",
}

// startWords are the folded title words that name registering or founding
// a business, and endWords those that name ending it.
var (
	startWords = []string{"anmelden", "anmeldung", "gruendung", "gruendungen", "eintragung"}
	endWords   = []string{"abmelden", "abmeldung", "loeschung", "aufgabe"}
)

// entryWords are the folded words that ask to be entered in a register,
// registerEnds end the words for one, and exitWords tell of leaving one,
// of deleting or of a dog run away.
var (
	entryWords   = []string{"eintragen"}
	registerEnds = []string{"rolle", "liste", "register", "verzeichnis", "kammer"}
	exitWords    = []string{
		"austragen", "ausgetragen", "loeschen", "geloescht", "loeschung", "abmelden", "abgemeldet", "abmeldung", "austreten",
		"weggelaufen",
	}
)

// entersOnly reports whether the message asks to be entered in a register
// and tells of no closing, leaving or deleting (see above), also not by a
// separable verb (a clause that ends in "ab" or "aus": "Ich melde mein
// Gewerbe zum Jahresende ab").
func entersOnly(message string) bool {
	words := knowledge.Words(message)
	if !anyIn(words, entryWords) || !anyEndsIn(words, registerEnds) || anyIn(words, exitWords) || anyIn(words, moveWords) {
		return false
	}
	separable := slices.ContainsFunc(clausesOf(message), func(c string) bool {
		ws := knowledge.Words(c)
		return len(ws) > 0 && slices.Contains(expiryParticles, ws[len(ws)-1])
	})
	return !separable && !closesBusiness(message)
}

// A question that tells the asker is entered in a register or a member of
// a body (enteredWords) and asks how to leave it (see leaves) or get out of
// it (see asksWayOut) is about ending as well: "Ich bin in Berlin als
// beratender Ingenieur in der Kammer eingetragen. Wie komme ich da raus?".
// One that tells of a move (moveWords) is not: who moves registers anew
// ("I'm registered at my old address in Hamburg and moved to Berlin. Do I
// deregister there?"), nor one whose sentences that ask register anew
// (anewWords: "… abmelden und in Brandenburg neu eintragen?") or ask how
// something goes ("Wie läuft das ab?", a verb of expiryVerbs before the
// final "ab").
var (
	enteredWords = []string{"eingetragen", "mitglied", "member"}
	anewWords    = []string{"anmelden", "anmeldung", "eintragen", "eintragung", "register"}
)

// leavesEntry reports whether the message tells of an entry and its
// sentences that ask ask to leave it (see enteredWords).
func leavesEntry(message string) bool {
	words := knowledge.Words(message)
	if !anyIn(words, enteredWords) || anyIn(words, moveWords) {
		return false
	}
	asked := knowledge.Words(askedPart(message))
	return !anyIn(asked, anewWords) && !anyIn(asked, expiryVerbs) && (leaves(asked) || asksWayOut(asked))
}

// closesBusiness reports whether a clause of the message tells of closing
// down a business (see above).
func closesBusiness(message string) bool {
	for _, clause := range clausesOf(message) {
		words := knowledge.Words(clause)
		if closingDown(words) && hasPart(words, businessParts) {
			return true
		}
	}
	return false
}

// closingDown reports whether the folded words of a clause tell of
// closing something down (see closingPhrases and closingVerbs).
func closingDown(words []string) bool {
	if containsPhrase(words, closingPhrases) {
		return true
	}
	for i, w := range words {
		if slices.Contains(closingVerbs, w) && anyIn(words[i+1:], closingParticles) {
			return true
		}
	}
	return false
}

// startTitle reports whether a title names registering or founding and
// not ending.
func startTitle(title string) bool { return startWordsOnly(knowledge.Words(title)) }

// endTitle reports whether a title names ending and not registering or
// founding.
func endTitle(title string) bool { return endWordsOnly(knowledge.Words(title)) }

// startWordsOnly and endWordsOnly report whether folded title words name
// registering and not ending, or ending and not registering.
func startWordsOnly(ws []string) bool { return anyIn(ws, startWords) && !anyIn(ws, endWords) }
func endWordsOnly(ws []string) bool   { return anyIn(ws, endWords) && !anyIn(ws, startWords) }
