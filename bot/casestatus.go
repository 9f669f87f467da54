package bot

import (
	"embed"
	"slices"

	"citizenbot/knowledge"
)

// A question about the state of one's own case ("Ich habe im März Wohngeld
// beantragt und noch keinen Bescheid", "has my application been approved
// yet?") finds the service the case is about, but answering with how to
// apply for it misses the question: the bot sees no case files. It says so
// instead and points to the office handling the case, with the service's
// page (where that office's contacts are) when search found the service.
// A catalogue that offers a status enquiry (Berlin's "Baugenehmigung -
// Vorgangsauskunft") answers with it: the left side of a rule names the
// title words of such entries.
//
//go:embed casestatus/*.txt
var caseStatusFiles embed.FS

var caseStatus = knowledge.EmbeddedLexicon(caseStatusFiles, "casestatus/*.txt")

// enquiryWords are the folded verbs of enquiring about something.
var enquiryWords = []string{"nachfragen", "nachhaken", "erkundigen", "nachsehen", "nachschauen", "enquire", "inquire"}

// asksCaseStatus reports whether the question asks about the state of the
// citizen's own case and none of the best candidates that match is a
// status enquiry: one that merely shares the words of asking about a case
// ("has my Elterngeld application been approved?" and a building
// authority's status enquiry) is not what the question is about. When the
// sentences that ask, not all of them, ask for a procedure, only their words
// count: "I'm still waiting for my Approbation. Can I get a temporary
// permit?" asks for the permit. So does a part of them that asks for a
// procedure beside one that asks about the case, the clauses split at "und"
// and "and" too: "How do I apply for a Grad der Behinderung, and can I find
// out how far along my application is?", "Wie läuft das ab und wo kann ich
// nachfragen, wie weit mein Antrag ist?" are answered with the service,
// whose page names the office to ask. A part that asks where to enquire
// ("Wo kann ich nachfragen, wie weit der Antrag ist?") asks about the case,
// not for a procedure (enquiryWords).
func asksCaseStatus(question string, cands []candidate) bool {
	matches := slices.DeleteFunc(slices.Clone(cands), func(c candidate) bool { return !c.isMatch() })
	asked := askedPart(question)
	if slices.ContainsFunc(andParts(asked), func(p string) bool {
		return asksProcedure(p) && !anyIn(knowledge.Words(p), enquiryWords) && len(caseStatus().Matches(p)) == 0
	}) {
		return false
	}
	if asked != question && asksProcedure(asked) {
		question = asked
	}
	for _, m := range caseStatus().Matches(question) {
		if !namedInTitles(knowledge.Words(m.Adds), matches) {
			return true
		}
	}
	return false
}
