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
// work ranks otherSide lower, and one whose title names the owner as the
// one who does it sameSide higher.

// notByWords are the folded words after which, with a word of byWords
// next, an office named within officeReach words of the same clause is the
// one the question says is not to do the work.
var (
	notByWords = [][]string{{"nicht"}, {"statt"}, {"anstatt"}, {"not"}, {"instead", "of"}, {"rather", "than"}}
	byWords    = []string{"ueber", "vom", "von", "durch", "beim", "das", "dem", "by", "through", "from", "the"}
)

// officeReach is how many words after a word of notByWords the office may
// stand: "nicht über das Bezirksamt".
const officeReach = 3

// officeWords are folded words that name an office beside those isOffice
// knows by their end ("Bezirksamt", "Grünflächenamt", "office").
var officeWords = []string{"district", "council", "city", "authorities"}

// ownFirmPhrases are the folded words by which a question tells that a
// firm of the asker's own does the work; a German word after "eigene" that
// ends in "firma" says so too ("eigenen Straßenbaufirma").
var ownFirmPhrases = [][]string{
	{"own", "company"}, {"own", "firm"}, {"own", "contractor"}, {"own", "builder"}, {"own", "builders"},
	{"hire", "myself"}, {"selbst", "beauftrage"}, {"selbst", "beauftragen"},
}

// byOwnFirm reports whether the question says that the office is not to
// do the work or that a firm of the asker's own does it (see above).
func byOwnFirm(question string) bool {
	return slices.ContainsFunc(clausesOf(question), func(clause string) bool {
		words := knowledge.Words(clause)
		if containsPhrase(words, ownFirmPhrases) {
			return true
		}
		for i, w := range words {
			if (w == "eigene" || w == "eigenen" || w == "eigener") && i+1 < len(words) && strings.HasSuffix(words[i+1], "firma") {
				return true
			}
			for _, p := range notByWords {
				if j := i + len(p); phraseAt(words, i, p) && j < len(words) && slices.Contains(byWords, words[j]) &&
					namesOffice(words[j:min(len(words), j+officeReach)]) {
					return true
				}
			}
		}
		return false
	})
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

// ownFirmShift returns how much a candidate with title moves when the
// asker's own firm does the work: otherSide lower when the title names an
// office as the one who does what it offers, sameSide higher when it names
// the owner, else not at all.
func ownFirmShift(title string) float64 {
	by := doneBy(title)
	switch {
	case namesOffice(by):
		return -otherSide
	case anyIn(by, titleOwners):
		return sameSide
	}
	return 0
}
