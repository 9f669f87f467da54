package bot

import "slices"

// How to tell someone something the sentences before tell ("Meine Eltern
// erwarten eine große Feier. Wie bringe ich ihnen das schonend bei?",
// "Meine beste Freundin will mich als Trauzeugin. Wie sage ich ihr das?")
// is a personal matter no office answers, whatever service the story's
// words find (a wedding, a witness). A sentence of the sentences that ask
// asks so when a phrase of tellAsks is followed by a pronoun of tellees:
// the asker tells a person, not an office ("Wie sage ich dem Standesamt,
// dass …" asks what the office needs).
var (
	tellAsks = [][]string{{"wie", "sage", "ich"}, {"wie", "bringe", "ich"}}
	tellees  = []string{"ihr", "ihm", "ihnen"}
)

// asksHowToTell reports whether the sentences that ask ask how to tell a
// person something (see tellAsks).
func asksHowToTell(question string) bool {
	return someSentence(askedPart(question), func(ws []string) bool {
		return anyAfter(ws, tellAsks, func(after []string) bool { return len(after) > 0 && slices.Contains(tellees, after[0]) })
	})
}
