package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A visa for Germany is applied for at the German embassy or a German
// consulate abroad, which refuses it, gives the appointment for it and
// decides on it; no city does. A question that names such a mission
// (missionAdjectives before embassyWords), a visa and one of those acts
// (missionActs: refused, appointment, waiting, taking long, deciding) is
// for that mission: "The German embassy in Lagos rejected my sister's
// visitor visa. How can she appeal?", "Wie lange wartet man bei der
// deutschen Botschaft in Neu-Delhi auf einen Termin für ein Besuchsvisum?".
// Search finds the city's residence permits, its declaration of
// commitment or the accelerated procedure for skilled workers, and the bot
// would answer with them. A mission that demands something of the asker
// (missionDemands, right after it) asks for what the city issues: "Die
// deutsche Botschaft in Lagos sagt, jemand muss hier für seine Kosten
// geradestehen." So does a question about a skilled worker or an employer
// (skilledWords), or one whose sentences that ask name what the city does
// for foreigners (cityStems, workAsks): the accelerated procedure for
// skilled workers is how the city's immigration office speeds up their
// appointment at the embassy.

// missionReach is how many words after the mission's noun a demand counts
// as the mission's: "die deutsche Botschaft in Lagos sagt".
const missionReach = 4

// Folded words and stems.
var (
	missionAdjectives = []string{"deutsche", "deutschen", "deutschem", "german"}
	missionDemands    = []string{"sagt", "sagte", "verlangt", "fordert", "will", "moechte", "braucht",
		"says", "said", "wants", "requires", "asks", "asked", "demands", "needs", "told"}
	// missionActs start a word for what a mission does with a visa;
	// missionTerms are parts of compounds ("Visumtermin").
	missionActs  = []string{"abgelehnt", "ablehn", "verweigert", "reject", "refus", "denied", "appointment", "wart", "wait", "dauert", "take", "taking", "entscheid", "decid", "decision", "bearbeit", "remonstration"}
	missionTerms = []string{"termin"}
	skilledWords = []string{"fachkraft", "fachkraefte", "fachkraeften", "arbeitgeber", "skilled", "employer"}
)

// germanMission returns, in lang, the German mission abroad that the
// question's visa is for, or "" (see above).
func germanMission(question, lang string) string {
	words := knowledge.Words(question)
	if !slices.ContainsFunc(words, isVisaWord) || slices.ContainsFunc(words, func(w string) bool { return slices.Contains(skilledWords, w) }) {
		return ""
	}
	asked := knowledge.Words(askedPart(question))
	if slices.ContainsFunc(asked, func(w string) bool { return hasStemPrefix(w, cityStems) }) || containsPhrase(asked, workAsks) {
		return ""
	}
	named := false
	for i, w := range words[:max(0, len(words)-1)] {
		if !slices.Contains(missionAdjectives, w) || !slices.Contains(embassyWords, words[i+1]) {
			continue
		}
		if slices.ContainsFunc(words[i+2:min(len(words), i+2+missionReach)], func(v string) bool { return slices.Contains(missionDemands, v) }) {
			return ""
		}
		named = true
	}
	acts := func(w string) bool {
		return slices.ContainsFunc(missionActs, func(a string) bool { return strings.HasPrefix(w, a) }) ||
			slices.ContainsFunc(missionTerms, func(t string) bool { return strings.Contains(w, t) })
	}
	if !named || !slices.ContainsFunc(words, acts) {
		return ""
	}
	if lang == "en" {
		return "the German embassy or consulate where the visa was applied for"
	}
	return "die deutsche Botschaft oder das Konsulat, bei dem das Visum beantragt wurde"
}

// isVisaWord reports whether the folded word w is a visa or a compound
// that starts or ends with one ("Visumtermin", "Besuchsvisum").
func isVisaWord(w string) bool {
	return slices.ContainsFunc([]string{"visum", "visums", "visa"}, func(v string) bool {
		return strings.HasPrefix(w, v) || strings.HasSuffix(w, v)
	})
}
