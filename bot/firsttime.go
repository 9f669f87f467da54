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
var notFirstWords = []string{"nicht", "not", "t", "isnt"}

// renewalWords are the folded title words that name a renewal.
var renewalWords = []string{"erneuerung", "erneuern", "verlaengerung", "verlaengern"}

// grantWords are the folded title words that name the first grant beside
// a renewal: such a title is for both.
var grantWords = []string{"ausstellung", "erteilung", "erwerb", "zulassung"}

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
