package bot

import (
	"strings"

	"citizenbot/knowledge"
)

// A question may ask what to do while a procedure the citizen has applied
// for is under way: "Meine Approbation ist beantragt, das dauert noch.
// Kann ich in der Zwischenzeit schon arbeiten?". The procedure under way
// is not what is asked; a candidate whose title names it ranks otherSide
// lower. The question's sentences that ask say "in the meantime"
// (interimWords), and a clause of the others, or a part of one between
// "und" or "and", tells of the procedure as applied for or pending
// (pendingPhrases); the nouns of that part name it.

// conjunctions end the parts of a clause that tell one thing each: "Ich
// bin Tierärztin aus Syrien und mein Antrag auf Approbation läuft noch".
var conjunctions = strings.NewReplacer(" und ", "\n", " and ", "\n")

// toldParts returns the parts of the clauses of message's sentences that
// tell, not ask (see toldPart and andParts).
func toldParts(message, asked string) []string { return andParts(toldPart(message, asked)) }

// andParts returns the clauses of text's sentences (see clausesOf), each
// split at "und" and "and" (see conjunctions).
func andParts(text string) []string {
	var parts []string
	for _, clause := range clausesOf(text) {
		parts = append(parts, strings.Split(conjunctions.Replace(clause), "\n")...)
	}
	return parts
}

// interimWords are the folded words by which a sentence asks for the time
// until something is done.
var interimWords = []string{"zwischenzeit", "uebergangsweise", "meantime", "meanwhile"}

// pendingPhrases are the folded words by which a clause tells that
// something is applied for and not yet done.
var pendingPhrases = [][]string{
	{"laeuft", "noch"}, {"ist", "beantragt"}, {"sind", "beantragt"}, {"habe", "beantragt"}, {"hab", "beantragt"},
	{"noch", "in", "bearbeitung"}, {"dauert", "noch"}, {"dauert", "es", "wohl", "noch"}, {"dauert", "es", "noch"},
	{"still", "being", "processed"}, {"still", "pending"}, {"is", "pending"},
	{"in", "progress"}, {"have", "applied"}, {"applied", "for"},
}

// fullWords and licenceWords name the full licence to practise a health
// profession ("volle Zulassung", "the full German medical licence"), which
// catalogues call the Approbation: a part that names it in these words
// names the Approbation too, as the stem "approbation".
var (
	fullWords    = []string{"voll", "volle", "vollen", "full"}
	licenceWords = []string{"zulassung", "approbation", "licence", "license"}
)

// pendingStems returns the German stems of the clauses of message that
// tell of a procedure under way, in their own words (the lexicon's
// official words for them name the service asked for as often), when
// asked, its sentences that ask (see askedPart), say "in the meantime";
// else nil.
func pendingStems(message, asked string) []string {
	if asked == message || !anyIn(knowledge.Words(asked), interimWords) {
		return nil
	}
	var stems []string
	for _, part := range toldParts(message, asked) {
		if ws := knowledge.Words(part); containsPhrase(ws, pendingPhrases) {
			stems = longStems(stems, ws)
			if anyIn(ws, fullWords) && anyIn(ws, licenceWords) {
				stems = longStems(stems, []string{"approbation"})
			}
		}
	}
	return stems
}
