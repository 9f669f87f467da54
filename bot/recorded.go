package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A register office records a birth, a marriage, a partnership or a death
// abroad in the German register on request ("Eheschließung im Ausland -
// Nachbeurkundung beantragen", "… - Erstbeurkundung …") and issues
// certificates from that record ("Urkunden - Eheurkunde bei Eheschließung
// im Ausland … beantragen"). A question that tells that the event was
// recorded already ("die Ehe beim Standesamt I nachbeurkunden lassen",
// "the marriage was registered at Standesamt I later") asks for the
// certificate: a candidate whose title records (recordTitles) ranks
// otherSide lower, when one whose title issues a certificate of an event
// abroad is among them (certificateAbroad). A clause tells of a record
// when it has an auxiliary of something done (doneAuxiliaries,
// recordAuxiliaries), neither a negation nor a wish, and a part of it (see
// andParts) has a word of recording (recordWords), names the register
// office or a later record, and tells of nothing done abroad (see
// recordedHere): "2010 in England eine Civil Partnership eingetragen"
// tells of the partnership, "in Berlin gemeldet und eingetragen" of the
// asker, "registered her death with the Greek authorities" and "dort beim
// Standesamt registriert" of a record abroad, none of the German record.
// A clause that asks does not tell of a record (see tellingClause): "Können
// wir die Ehe in Deutschland eintragen lassen?", "Wie bekommen wir die Ehe
// hier eingetragen, damit …?".

// recordWords are the folded verbs of recording an event in a register;
// recordAuxiliaries the English auxiliaries that tell it was done;
// recordTitles the folded title words' parts that name recording.
var (
	recordWords = []string{"eintragen", "eingetragen", "nachbeurkunden", "nachbeurkundet", "nachtragen", "nachgetragen",
		"beurkunden", "beurkundet", "registrieren", "registriert", "registered", "entered", "recorded"}
	recordAuxiliaries = []string{"was", "were", "had", "has", "have", "got"}
	recordTitles      = []string{"beurkundung"}
	// laterRecords are the folded verbs of recording later what happened
	// abroad, which only a German register does.
	laterRecords = []string{"nachbeurkunden", "nachbeurkundet", "nachtragen", "nachgetragen"}
	// pendingOpeners open, beside conditionWords, a clause of what is not
	// done yet; dutyPhrases tell what is still to be done.
	pendingOpeners = []string{"sobald", "damit", "once"}
	dutyPhrases    = [][]string{{"has", "to"}, {"have", "to"}, {"had", "to"}}
)

// recordedEvents are the folded words that name an event a register records,
// by the folded title word that names it.
var recordedEvents = map[string]string{
	"ehe": "eheschliessung", "heirat": "eheschliessung", "hochzeit": "eheschliessung", "eheschliessung": "eheschliessung",
	"marriage": "eheschliessung", "wedding": "eheschliessung",
	"geburt": "geburt", "birth": "geburt",
	"tod": "sterbefall", "sterbefall": "sterbefall", "death": "sterbefall",
	"lebenspartnerschaft": "lebenspartnerschaft", "partnerschaft": "lebenspartnerschaft", "partnership": "lebenspartnerschaft",
}

// recorded returns whether a clause of message that does not ask tells
// that something was recorded in a register (see above), and the events
// the parts that tell so name (see recordedEvents); a clause whose auxiliary
// is followed by "to" ("has to be registered") or that opens with a word
// of conditionWords or pendingOpeners ("wenn die Ehe eingetragen ist") tells
// of none.
func recorded(message string) (bool, []string) {
	told := false
	var events []string
	for _, sentence := range sentencesOf(message) {
		asking := strings.HasSuffix(sentence, "?")
		clauses := afterClauses(strings.FieldsFunc(sentence, isClauseEnd))
		for i, clause := range clauses {
			if !tellingClause(clause, i, len(clauses), asking) || opensWithWord(clause, conditionWords) ||
				opensWithWord(clause, pendingOpeners) {
				continue
			}
			ws := knowledge.Words(clause)
			if !(anyIn(ws, doneAuxiliaries) || anyIn(ws, recordAuxiliaries)) || anyIn(ws, negations) || anyIn(ws, wishes) ||
				containsPhrase(ws, dutyPhrases) {
				continue
			}
			for _, part := range andParts(clause) {
				if !recordedHere(part) {
					continue
				}
				told = true
				for _, w := range knowledge.Words(part) {
					if e, ok := recordedEvents[w]; ok && !slices.Contains(events, e) {
						events = append(events, e)
					}
				}
			}
		}
	}
	return told, events
}

// recordedHere reports whether the part of a clause tells of a record in
// a German register: it has a word of recording and names the register
// office (a word that begins with "standesamt") or records later
// (laterRecords), and tells of nothing done abroad (see doneAbroad), by a
// country's adjective ("vom polnischen Standesamt") or by a word that
// points at the place named before (thereWords: "dort beim Standesamt
// registriert").
func recordedHere(part string) bool {
	ws := knowledge.Words(part)
	office := slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, "standesamt") })
	foreign := slices.ContainsFunc(ws, func(w string) bool {
		_, ok := adjectiveCountry(w)
		return ok
	})
	return anyIn(ws, recordWords) && (office || anyIn(ws, laterRecords)) && !doneAbroad(part) && !foreign && !anyIn(ws, thereWords)
}

// certificateAbroad reports whether title issues a certificate of an
// event abroad: it names one (see abroadTitle) and a word of it ends in
// "urkunde".
func certificateAbroad(title string) bool {
	return abroadTitle(title) && slices.ContainsFunc(knowledge.Words(title), func(w string) bool { return strings.HasSuffix(w, "urkunde") })
}

// otherThanCertificate returns, for each candidate, whether its title
// records an event while another candidate's issues a certificate of one
// abroad, when the message tells that the event was recorded (see above):
// the event the record names, when it names one ("die Ehe beim Standesamt
// nachbeurkunden lassen" leaves the record of a birth alone).
func otherThanCertificate(message string, cands []candidate) []bool {
	other := make([]bool, len(cands))
	if !slices.ContainsFunc(cands, func(c candidate) bool { return certificateAbroad(c.hit.Title) }) {
		return other
	}
	told, events := recorded(message)
	if !told {
		return other
	}
	for i, c := range cands {
		t := c.hit.Title
		other[i] = !certificateAbroad(t) && titleHas(t, recordTitles) && (len(events) == 0 || titleHas(t, events))
	}
	return other
}
