package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Catalogues split a licence into the first grant and its renewal
// ("Konzession - Erteilung …" and "Konzession - Erneuerung/Erweiterung
// …", "Aufenthaltserlaubnis … - Verlängerung"), and the two share nearly
// every word. A question that says the citizen does it for the first
// time ("Ich hatte so was noch nie", "for the first time"), or that it
// founds the business the licence is for ("Krankentransportdienst
// gründen"), is not about a renewal: a candidate whose title names only a
// renewal ranks otherSide lower. A title that names the first grant as
// well ("beantragen oder verlängern", "Ausstellung/Verlängerung") is for
// both and keeps its rank.

// firstTimePhrases are the folded words by which a question says the
// citizen does something for the first time, or founds a business.
var firstTimePhrases = [][]string{
	{"noch", "nie"}, {"zum", "ersten", "mal"}, {"das", "erste", "mal"}, {"erstmals"}, {"erstmalig"},
	{"first", "time"}, {"never", "had"}, {"never", "held"}, {"never", "done"},
	{"gruenden"},
}

// notFirstWords before a phrase of firstTimePhrases say the opposite:
// "nicht zum ersten Mal", "isn't the first time".
var notFirstWords = []string{"nicht", "not", "t"}

// renewalWords are the folded title words that name a renewal.
var renewalWords = []string{"erneuerung", "erneuern", "verlaengerung", "verlaengern"}

// grantWords are the folded title words that name the first grant beside
// a renewal: such a title is for both.
var grantWords = []string{"ausstellung", "erteilung", "ersterteilung", "erwerb", "zulassung"}

// joinWords, right before a renewal word, join it to the first grant:
// "beantragen oder verlängern", "beantragen/verlängern".
var joinWords = []string{"oder", "und", "beantragen"}

// firstTime reports whether the message says the citizen does something
// for the first time.
func firstTime(message string) bool {
	words := knowledge.Words(message)
	for i := range words {
		for _, p := range firstTimePhrases {
			if phraseAt(words, i, p) && !slices.Contains(notFirstWords, wordBefore(words, i)) {
				return true
			}
		}
	}
	return false
}

// wordBefore returns the word before words[i] that is not an article, or
// "".
func wordBefore(words []string, i int) string {
	for i--; i >= 0; i-- {
		if w := words[i]; w != "the" && w != "das" {
			return w
		}
	}
	return ""
}

// renewalOnly reports whether a title names a renewal and not the first
// grant too.
func renewalOnly(title string) bool {
	words := knowledge.Words(title)
	if anyIn(words, grantWords) {
		return false
	}
	renews := false
	for i, w := range words {
		if slices.Contains(renewalWords, w) {
			if i > 0 && slices.Contains(joinWords, words[i-1]) {
				return false
			}
			renews = true
		}
	}
	return renews
}

// The other way round, a question that tells that what the citizen holds
// runs out ("Meine Genehmigung läuft in vier Monaten ab", "my registration
// certificate runs out next month", "my permit expires in May") is about
// its renewal: of a candidate whose title names no renewal and another's
// that does and has every other word of the first's ("Reisegewerbe -
// Reisegewerbekarte beantragen" and "Reisegewerbe - Reisegewerbekarte
// verlängern"), the first ranks otherSide lower. What has run out
// ("abgelaufen", "expired") is renewed by a new one, which the first
// grant's title names; "Wie läuft das ab?" asks how something goes, and a
// part that names a contract or a trial period (agreementEnds:
// "Arbeitsvertrag", "Probezeit", "lease") tells of no licence.

// Folded words: expiryWords tell that something runs out ("expires",
// "abläuft"), runOut does so unless "of" follows ("running out of money"),
// and expiryVerbs do so when "ab" or "aus" ends their part of a clause
// ("läuft nächsten Monat ab"; not "Die Anmeldung läuft ab Januar online").
var (
	expiryWords     = []string{"expires", "expiring", "expire", "ablaeuft", "auslaeuft"}
	runOut          = [][]string{{"runs", "out"}, {"running", "out"}, {"run", "out"}}
	expiryVerbs     = []string{"laeuft", "laufen"}
	expiryParticles = []string{"ab", "aus"}
	agreementEnds   = []string{"vertrag", "probezeit", "contract", "lease", "probation"}
	// renewalRest are the folded title words left out when a title's
	// words are compared with its renewal's.
	renewalRest = slices.Concat(renewalWords, grantWords, []string{"beantragen"})
)

// expiring reports whether a part of a clause of the message (see
// andParts) tells that something runs out (see above).
func expiring(message string) bool {
	words := knowledge.Words(message)
	if !anyIn(words, expiryWords) && !anyIn(words, expiryVerbs) && !containsPhrase(words, runOut) {
		return false
	}
	return slices.ContainsFunc(andParts(message), func(part string) bool {
		ws := knowledge.Words(part)
		if len(ws) == 0 || anyEndsIn(ws, agreementEnds) {
			return false
		}
		if anyIn(ws, expiryWords) || anyAfter(ws, runOut, func(after []string) bool { return len(after) == 0 || after[0] != "of" }) {
			return true
		}
		particle := slices.Contains(expiryParticles, ws[len(ws)-1])
		return particle && anyIn(ws, expiryVerbs) && !slices.Contains(ws, "wie")
	})
}

// otherRenewals returns, for each candidate, whether its title names no
// renewal beside another candidate's title that names one and has every
// word of the first's but those of renewalRest (see above).
func otherRenewals(message string, cands []candidate) []bool {
	if !expiring(message) {
		return make([]bool, len(cands))
	}
	return besideMarked(cands, renewalWords, renewalRest)
}

// A question that tells the citizen holds a licence and wants to add to
// it ("Ich hab eine Reisegewerbekarte für Haushaltswaren und will jetzt
// zusätzlich Scherenschleifen anbieten", "I have a licence for selling
// household goods, and now I also want to offer knife sharpening") is
// about its extension: of a candidate whose title names no extension
// (extensionWords) and another's that does and has every other word of
// the first's but those of renewalRest, the first ranks otherSide lower.
// The citizen holds it by a verb of having (holdWords) in a part of a
// clause (see andParts) that names a licence (licenceEnds, not a voucher:
// voucherEnds; "Ich habe einen Imbiss und möchte auch Ausflugsfahrten
// anbieten" and "Ich habe einen Kita-Gutschein, jetzt brauche ich auch
// einen für meine Tochter" hold none; nor does a part with a negation, a
// duty or an application: "Ich habe noch keine Reisegewerbekarte", "Do I
// have to get a new taxi licence", "Ich habe die Karte beantragt":
// negations, dutyPhrases, notHeldWords) and adds by a word of addWords.
var (
	extensionWords = []string{"erweitern", "erweiterung"}
	holdWords      = []string{"habe", "hab", "have"}
	licenceEnds    = []string{"karte", "schein", "erlaubnis", "genehmigung", "konzession", "licence", "license", "permit"}
	voucherEnds    = []string{"gutschein"}
	notHeldWords   = []string{"beantragt", "applied"}
	addWords       = []string{"zusaetzlich", "auch", "also"}
)

// otherExtensions returns, for each candidate, whether its title is the
// first grant beside an extension when the message holds a licence and
// adds to it (see above).
func otherExtensions(message string, cands []candidate) []bool {
	if words := knowledge.Words(message); !anyIn(words, addWords) || !anyIn(words, holdWords) {
		return make([]bool, len(cands))
	}
	holds := slices.ContainsFunc(andParts(message), func(part string) bool {
		ws := knowledge.Words(part)
		licence := slices.ContainsFunc(ws, func(w string) bool { return endsIn(w, licenceEnds) && !endsIn(w, voucherEnds) })
		held := !anyIn(ws, negations) && !anyIn(ws, notHeldWords) && !containsPhrase(ws, dutyPhrases)
		return anyIn(ws, holdWords) && licence && held
	})
	if !holds {
		return make([]bool, len(cands))
	}
	return besideMarked(cands, extensionWords, renewalRest)
}
