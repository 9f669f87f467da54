package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// How to tell someone something the sentences before tell ("Meine Eltern
// erwarten eine große Feier. Wie bringe ich ihnen das schonend bei?",
// "Meine beste Freundin will mich als Trauzeugin. Wie sage ich ihr das?")
// is a personal matter no office answers, whatever service the story's
// words find (a wedding, a witness). The sentences that ask ask so when they
// are one sentence in which a phrase of tellAsks is followed by a pronoun of
// tellees and "das" or "es" (what the sentences before tell; "Wie sage ich
// ihm meine neue Adresse?" asks how to report it), "wie bringe ich" with
// "bei" (breaking news, not bringing papers: "Wie bringe ich ihr die
// Unterlagen?"), and the question names no office (see namesOffice): "Die
// Ausländerbehörde will meinen Pass sehen. Wie sage ich ihr das?" asks
// about the office's demand.
var (
	bringAsk = []string{"wie", "bringe", "ich"}
	tellAsks = [][]string{{"wie", "sage", "ich"}, bringAsk}
	tellees  = []string{"ihr", "ihm", "ihnen"}
	toldBack = []string{"das", "es"}
)

// asksHowToTell reports whether the question asks how to tell a person
// something (see tellAsks).
func asksHowToTell(question string) bool {
	asked := askedPart(question)
	ws := knowledge.Words(asked)
	tells := anyAfter(ws, tellAsks, func(after []string) bool {
		return len(after) > 1 && slices.Contains(tellees, after[0]) && slices.Contains(toldBack, after[1])
	})
	return tells && (!containsPhrase(ws, [][]string{bringAsk}) || slices.Contains(ws, "bei")) &&
		len(sentencesOf(asked)) == 1 && !namesOffice(knowledge.Words(question))
}
