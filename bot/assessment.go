package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// A question that asks the bot to judge a decision or the chances of a
// remedy against it ("Können Sie prüfen, ob ein Widerspruch Erfolg
// hätte?", "Was the refusal legally correct, would I win in court?") asks
// for an individual legal assessment, which no service of a catalogue
// gives. Its topic finds the service the decision was about (the dog tax,
// the Blue Card), and the bot would answer with how to apply for it. A
// question that asks so (assessmentPhrases, in the sentences that ask)
// and speaks of a decision or a remedy (decisionEnds, decisionStems) gets
// no answer but that legal advice is the place to ask, unless the best
// candidate's title plainly fits it and offers a remedy (remedyTitled).

// assessmentPhrases are the folded words by which a question asks about
// the chances of a remedy or the lawfulness of a decision.
var assessmentPhrases = [][]string{
	{"erfolg", "haette"}, {"erfolg", "haben", "wuerde"}, {"aussicht", "auf", "erfolg"}, {"erfolgsaussichten"},
	{"chancen", "vor", "gericht"}, {"vor", "gericht", "gewinnen"}, {"rechtlich", "korrekt"}, {"rechtlich", "richtig"},
	{"legally", "correct"}, {"legally", "right"}, {"win", "in", "court"}, {"win", "the", "case"}, {"win", "my", "case"},
	{"chance", "of", "success"}, {"chances", "of", "success"}, {"chance", "of", "winning"},
	{"chances", "of", "winning"}, {"would", "i", "win"}, {"i", "d", "win"}, {"habe", "ich", "chancen"},
	{"hab", "ich", "chancen"}, {"habe", "ich", "eine", "chance"}, {"chancen", "wenn", "ich"}, {"welche", "chancen"},
	{"wie", "stehen", "meine", "chancen"}, {"gute", "chancen"}, {"chancen", "habe"}, {"rechtlich", "falsch"},
	{"rechtens"}, {"real", "chance"}, {"any", "chance"}, {"ueberhaupt", "chancen"}, {"damit", "durchkomme"},
	{"damit", "durchkommen"}, {"komme", "ich", "damit", "durch"}, {"widerspruch", "durchkomme"}, {"widerspruch", "durchkommen"},
	{"richtig", "berechnet"}, {"falsch", "berechnet"}, {"correctly", "calculated"}, {"calculated", "correctly"}, {"sich", "verrechnet"},
	{"sich", "da", "verrechnet"}, {"bei", "mir", "chancen"}, {"hat", "ein", "widerspruch"}, {"hat", "eine", "klage"},
	{"do", "i", "have", "a", "chance"}, {"do", "i", "stand", "a", "chance"}, {"legal", "mistake"}, {"legally", "wrong"},
	{"richtig", "gerechnet"}, {"falsch", "gerechnet"}, {"amt", "verrechnet"}, {"amt", "da", "verrechnet"},
}

// decisionEnds are how the folded German words for a decision or a
// remedy against it end ("Hundesteuerbescheid", "Verwaltungsgericht"), and
// decisionStems the English stems.
var (
	decisionEnds = []string{"bescheid", "bescheids", "entscheidung", "ablehnung", "abgelehnt", "widerspruch", "klage",
		"gericht", "gerichts"}
	decisionStems = stemsOf(nil, []string{"decision", "rejection", "rejected", "refused", "refusal", "appeal",
		"objection", "court", "lawsuit"})
)

// legalAssessment names, in German and English, where an individual legal
// assessment is asked for, as the referral sentence names a responsible
// body.
const legalAssessment = "eine Rechtsberatung, etwa eine Anwältin oder ein Anwalt (wer wenig verdient, kann beim Amtsgericht Beratungshilfe beantragen), | legal advice, such as a lawyer (with a low income, the local court grants legal aid, Beratungshilfe)"

// asksAssessment reports whether the question asks for an individual
// legal assessment of a decision (see above).
func asksAssessment(question string, cands []candidate) bool {
	if remedyTitled(cands) || !containsPhrase(knowledge.Words(askedPart(question)), assessmentPhrases) {
		return false
	}
	return slices.ContainsFunc(knowledge.Words(question), func(w string) bool {
		return endsIn(w, decisionEnds) || slices.Contains(decisionStems, knowledge.Stem(w, "en"))
	})
}

// remedyEnds are how the folded words for a remedy end, in a title that
// offers one ("Widerspruch gegen die Eintragungsanordnung").
var remedyEnds = []string{"widerspruch", "klage", "beschwerde", "einspruch", "rechtsbehelf"}

// remedyTitled reports whether the best candidate's title plainly fits
// the question and names a remedy: the question then asks how to lodge
// it. A title that plainly fits the decision's topic (the Kita voucher
// that was refused) is the service the decision was about, not the
// assessment asked for.
func remedyTitled(cands []candidate) bool {
	return plainlyTitled(cands) && bestTitleEndsIn(cands, remedyEnds)
}
