package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A visa for Germany is applied for at the German embassy or a German
// consulate abroad, which refuses it, gives the appointment for it and
// decides on it; no city does. A question that names such a mission (a
// word of missionAdjectives before one of missionNouns), a visa and one of
// those acts (missionActs: refused, an appointment, the wait, how long it
// takes or is dealt with, the decision, a remonstration) is for that
// mission: "The German embassy in Lagos rejected my sister's visitor visa.
// How can she appeal?", "Wie lange wartet man bei der deutschen Botschaft
// in Neu-Delhi auf einen Termin für ein Besuchsvisum?". Search finds the
// city's residence permits, its declaration of commitment or the
// accelerated procedure for skilled workers, and the bot would answer with
// them. The question stays with the city when the mission demands
// something of the asker within missionReach words after it is named
// (missionDemands; "sagt" and "says" only with a word of need after them,
// missionNeeds): "Die deutsche Botschaft in Lagos sagt, jemand muss hier
// für seine Kosten geradestehen" asks for what the city issues. So does a
// question about a skilled worker or an employer (skilledStarts, the
// employer's role phrases): the accelerated procedure for skilled workers
// is how the city's immigration office speeds up their appointment at the
// embassy. So does one whose sentences that ask name what the city does
// for foreigners (cityStems, workAsks), an office ("Bürgeramt",
// "Ausländerbehörde") or a document the city issues or certifies
// (cityDocumentEnds, cityDocumentStarts): "Die Botschaft hat das Visum
// abgelehnt. Wo gebe ich eine neue Verpflichtungserklärung ab?".

// missionReach is how many words after the mission's noun a demand counts
// as the mission's: "die deutsche Botschaft in Lagos sagt, …".
const missionReach = 4

// needReach is how many words after "sagt" or "says" a word of need makes
// it a demand: "The German embassy says my nephew needs a guarantee".
const needReach = 6

// Folded words, stems and parts of words.
var (
	missionAdjectives = []string{"deutsche", "deutschen", "deutschem", "deutsches", "german"}
	missionNouns      = []string{"embassy", "embassies", "consulate", "consulates", "botschaft", "botschaften", "konsulat",
		"konsulate", "konsulaten", "generalkonsulat", "auslandsvertretung", "auslandsvertretungen"}
	missionDemands = []string{"verlangt", "fordert", "will", "moechte", "wants", "requires", "asks", "asked", "demands", "needs"}
	missionSays    = []string{"sagt", "sagte", "says", "said", "told"}
	missionNeeds   = []string{"muss", "muessen", "brauche", "braucht", "brauchen", "soll", "must", "need", "needs"}
	// missionActs start a word for what a mission does with a visa;
	// appointmentEnds end one for its appointment ("Visumtermin").
	missionActs     = []string{"abgelehnt", "ablehn", "verweigert", "reject", "refus", "denied", "appointment", "wart", "wait", "dauert", "take", "entscheid", "decid", "decision", "bearbeit", "remonstration"}
	appointmentEnds = []string{"termin", "termine", "terminen", "termins"}
	skilledStarts   = []string{"fachkraft", "fachkraeft", "arbeitgeb", "employer", "skilled", "vorabzustimm"}
	// The documents the city issues or certifies, by the end or the
	// start of the word: "Verpflichtungserklärung", "Geburtsurkunde",
	// "Führungszeugnis", "beglaubigte Kopie", "birth certificate".
	cityDocumentEnds   = []string{"erklaerung", "urkunde", "zeugnis", "bescheinigung", "certificate", "guarantee", "commitment"}
	cityDocumentStarts = []string{"beglaubig", "certif"}
)

// germanMission returns, in lang, the German mission abroad that the
// question's visa is for, or "" (see above).
func germanMission(question, lang string) string {
	words := knowledge.Words(question)
	skilled := func(w string) bool { return startsIn(w, skilledStarts) }
	if !slices.ContainsFunc(words, isVisaWord) || slices.ContainsFunc(words, skilled) || containsPhrase(words, rolePhrases[roleEmployer]) {
		return ""
	}
	asked := knowledge.Words(askedPart(question))
	document := func(w string) bool { return endsIn(w, cityDocumentEnds) || startsIn(w, cityDocumentStarts) }
	if slices.ContainsFunc(asked, func(w string) bool { return hasStemPrefix(w, cityStems) || document(w) }) ||
		containsPhrase(asked, workAsks) || namesOffice(asked) {
		return ""
	}
	named := false
	for i, w := range words[:max(0, len(words)-1)] {
		if !slices.Contains(missionAdjectives, w) || !slices.Contains(missionNouns, words[i+1]) {
			continue
		}
		after := words[i+2:]
		for j, v := range after[:min(len(after), missionReach)] {
			says := slices.Contains(missionSays, v) && anyIn(after[j+1:min(len(after), j+1+needReach)], missionNeeds)
			if says || slices.Contains(missionDemands, v) {
				return ""
			}
		}
		named = true
	}
	acts := func(w string) bool {
		return startsIn(w, missionActs) || endsIn(w, appointmentEnds) && !strings.HasPrefix(w, "determin")
	}
	if !named || !slices.ContainsFunc(words, acts) {
		return ""
	}
	if lang == "en" {
		return "the German embassy or consulate where the visa was applied for"
	}
	return "die deutsche Botschaft oder das Konsulat, bei dem das Visum beantragt wurde"
}

// visaForms are the folded forms of a visa.
var visaForms = []string{"visum", "visums", "visa"}

// isVisaWord reports whether the folded word w is a visa or a compound
// that starts or ends with one ("Visumtermin", "Besuchsvisum"), not a
// make-up artist ("Visagistin").
func isVisaWord(w string) bool {
	return !strings.HasPrefix(w, "visag") && (startsIn(w, visaForms) || endsIn(w, visaForms))
}
