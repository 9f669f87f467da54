package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Some works in the street may be done by the office or by the owner with
// a firm of their own, and catalogues keep one service for each:
// "Gehwegüberfahrten - Herstellung durch das Straßen- und Grünflächenamt"
// and "… durch den Anlieger". A question that says the office is not to do
// it ("nicht über das Bezirksamt", "statt vom Bezirksamt", "instead of the
// district office") or that a firm of the asker's own does it ("von meiner
// eigenen Baufirma", "a contractor I hire myself") asks for the owner's
// service: a candidate whose title names an office as the one who does the
// work ranks officeShift lower, and one whose title names the owner as the
// one who does it ownerShift higher.

// notByWords are the folded words after which, with a word of byWords
// next, an office named within officeReach words of the same clause is the
// one the question says is not to do the work: "nicht über das
// Bezirksamt". After a word of insteadWords the office may stand within
// insteadReach words with any words between: "statt dass das Bezirksamt
// baut", "instead of waiting for the district".
var (
	notByWords   = [][]string{{"nicht"}, {"not"}}
	insteadWords = [][]string{{"statt"}, {"anstatt"}, {"instead", "of"}, {"rather", "than"}}
	byWords      = []string{"ueber", "uebers", "vom", "von", "durch", "beim", "das", "dem", "by", "through", "from", "the"}
)

// officeReach is how many words after a word of notByWords the office may
// stand: "nicht über das Bezirksamt"; insteadReach how many after a word of
// insteadWords.
const (
	officeReach  = 3
	insteadReach = 4
)

// officeWords are folded words that name an office beside those isOffice
// knows by their end ("Bezirksamt", "Grünflächenamt", "office"): "statt vom
// Bezirk".
var officeWords = []string{"district", "council", "city", "authorities", "bezirk"}

// ownFirmPhrases are the folded words by which a question tells that a
// firm of the asker's own does the work. A word of firmWords within
// firmReach words after "own" says so too ("our own road construction
// company"), and so does "selbst" within firmReach words before a word of
// commissionWords ("selbst eine Tiefbaufirma beauftragen") or a German word
// ending in "firma" after "eigene" ("eigenen Straßenbaufirma"). None of
// them counts in a clause with a negation ("Eine eigene Baufirma wollen
// wir nicht beauftragen") or a word of insteadWords ("Statt einer eigenen
// Firma soll das Bezirksamt bauen"); such a clause says who does the work
// by the office it names after that word, if any.
var (
	ownFirmPhrases  = [][]string{{"hire", "myself"}, {"hire", "ourselves"}}
	firmWords       = []string{"company", "firm", "contractor", "builder", "builders"}
	commissionWords = []string{"beauftrage", "beauftragen", "beauftragt"}
)

// firmReach is how many words may stand between "own" and the firm, or
// between "selbst" and the word that commissions it.
const firmReach = 3

// byOwnFirm reports whether the question says that the office is not to
// do the work or that a firm of the asker's own does it (see above).
func byOwnFirm(question string) bool {
	return slices.ContainsFunc(clausesOf(question), func(clause string) bool {
		words := knowledge.Words(clause)
		if !anyIn(words, negations) && !containsPhrase(words, insteadWords) && ownFirm(words) {
			return true
		}
		return anyAfter(words, notByWords, func(after []string) bool {
			return len(after) > 0 && slices.Contains(byWords, after[0]) && namesOffice(after[:min(len(after), officeReach)])
		}) || anyAfter(words, insteadWords, func(after []string) bool {
			return namesOffice(after[:min(len(after), insteadReach)])
		})
	})
}

// ownFirmWords are the folded forms of "eigene" before a German word for
// the asker's own firm.
var ownFirmWords = [][]string{{"eigene"}, {"eigenen"}, {"eigener"}}

// ownFirm reports whether the folded words of a clause tell that a firm of
// the asker's own does the work (see ownFirmPhrases).
func ownFirm(words []string) bool {
	return containsPhrase(words, ownFirmPhrases) ||
		followedWithin(words, [][]string{{"own"}}, firmReach, firmWords) ||
		followedWithin(words, [][]string{{"selbst"}}, firmReach, commissionWords) ||
		anyAfter(words, ownFirmWords, func(after []string) bool { return len(after) > 0 && strings.HasSuffix(after[0], "firma") })
}

// namesOffice reports whether the folded words name an office.
func namesOffice(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return isOffice(w) || slices.Contains(officeWords, w) })
}

// titleOwners are the folded words by which a title names the owner of a
// plot or a building as the one who does the work.
var titleOwners = []string{"anlieger", "anliegerin", "eigentuemer", "eigentuemerin", "bauherr", "bauherrin"}

// doneBy returns the folded words of a title after "durch", those that
// name who does what it offers: "Herstellung durch das Straßen- und
// Grünflächenamt", "… durch den Anlieger".
func doneBy(title string) []string {
	words := knowledge.Words(title)
	i := slices.Index(words, "durch")
	if i < 0 {
		return nil
	}
	return words[i+1 : min(len(words), i+1+officeReach+1)]
}

// officeShift and ownerShift are how far the owner's own firm moves the
// office's service down and the owner's up. They are larger than
// otherSide and sameSide: the two titles differ in nothing else, and the
// office's service has the more usual words of the two ("Bordstein
// absenken für die Einfahrt"), which the owner's question uses too.
const (
	officeShift = 0.5
	ownerShift  = 0.2
)

// ownFirmShift returns how much a candidate with title moves when the
// asker's own firm does the work: officeShift lower when the title names
// an office as the one who does what it offers, ownerShift higher when it
// names the owner, else not at all.
func ownFirmShift(title string) float64 {
	by := doneBy(title)
	switch {
	case namesOffice(by):
		return -officeShift
	case anyIn(by, titleOwners):
		return ownerShift
	}
	return 0
}
