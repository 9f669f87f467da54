package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A question may ask what to do while a procedure the citizen has applied
// for is under way: "Meine Approbation ist beantragt, das dauert noch.
// Kann ich in der Zwischenzeit schon arbeiten?". The procedure under way
// is not what is asked; a candidate whose title names it ranks otherSide
// lower. The question's sentences that ask say "in the meantime"
// (interimPhrases), and a clause of the others, or a part of one between
// "und" or "and", tells of the procedure as applied for or pending
// (pendingPhrases); the nouns of that part name it. A clause that opens
// with "solange" or "while" tells of it as the meantime itself, and in a
// question of one sentence its clauses part what is pending from what is
// asked (see pendingStems).

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

// interimPhrases are the folded words by which a sentence asks for the
// time until something is done.
var interimPhrases = [][]string{{"zwischenzeit"}, {"uebergangsweise"}, {"vorerst"}, {"bis", "dahin"}, {"meantime"}, {"meanwhile"},
	{"until", "then"}}

// pendingPhrases are the folded words by which a clause tells that
// something is applied for and not yet done.
var pendingPhrases = [][]string{
	{"laeuft", "noch"}, {"ist", "beantragt"}, {"sind", "beantragt"}, {"habe", "beantragt"}, {"hab", "beantragt"},
	{"noch", "in", "bearbeitung"}, {"dauert", "noch"}, {"dauert", "es", "wohl", "noch"}, {"dauert", "es", "noch"},
	{"dauert", "wohl", "noch"},
	{"still", "being", "processed"}, {"still", "pending"}, {"is", "pending"},
	{"in", "progress"}, {"have", "applied"}, {"applied", "for"}, {"noch", "im", "verfahren"}, {"noch", "nicht", "durch"},
	{"noch", "laeuft"}, {"warte", "noch", "auf"}, {"warte", "auf"}, {"still", "waiting", "for"}, {"still", "in", "process"},
}

// fullWords and licenceWords name the full licence to practise a health
// profession ("volle Zulassung", "the full German medical licence"), which
// catalogues call the Approbation: a part that names it in these words
// names the Approbation too, as the stem "approbation". So does a part that
// names the recognition of a degree (degreeWords: "mein
// Anerkennungsverfahren läuft noch"), which for a doctor is the
// Approbation.
var (
	fullWords    = []string{"voll", "volle", "vollen", "full"}
	licenceWords = []string{"zulassung", "approbation", "licence", "license"}
	degreeWords  = []string{"anerkennung", "anerkennungsverfahren", "recognition"}
)

// interimTitles are the folded words by which a title offers something for
// the meantime.
var interimTitles = []string{"vorlaeufig", "vorlaeufige", "vorlaeufiger", "vorlaeufiges", "vorlaeufigen", "befristet",
	"befristete", "befristeten", "voruebergehend", "voruebergehende", "temporary", "provisional", "interim"}

// whileWords open a clause that tells of a procedure under way as the time
// the question asks about: "Darf ich schon arbeiten, solange mein Antrag
// auf Approbation noch läuft?", "While my full licence application is
// still being processed, can I get a temporary permit?".
var whileWords = []string{"solange", "waehrend", "while"}

// pendingStems returns the German stems of the clauses of message that
// tell of a procedure under way, in their own words (the lexicon's
// official words for them name the service asked for as often), when
// asked, its sentences that ask (see askedPart), say "in the meantime"
// (interimPhrases) or such a clause opens with a word of whileWords; else
// nil. The told clauses are those of the sentences before asked, those
// of asked that open with a word of whileWords and, when asked is all of
// message, those of its clauses that tell of the procedure: "Ich bin
// Tierärztin und warte noch auf die Approbation – darf ich in der
// Zwischenzeit schon arbeiten?".
func pendingStems(message, asked string) []string {
	var told, asking []string
	if asked != message {
		told = toldParts(message, asked)
	}
	interim := false
	for _, part := range andParts(asked) {
		ws := knowledge.Words(part)
		switch pending := containsPhrase(ws, pendingPhrases); {
		case pending && slices.Contains(whileWords, ws[0]):
			told, interim = append(told, part), true
		case pending && asked == message:
			told = append(told, part)
		default:
			asking = append(asking, part)
		}
	}
	if !interim && !containsPhrase(knowledge.Words(strings.Join(asking, " ")), interimPhrases) {
		return nil
	}
	var stems []string
	for _, part := range told {
		if ws := knowledge.Words(part); containsPhrase(ws, pendingPhrases) {
			stems = longStems(stems, ws)
			if anyIn(ws, fullWords) && anyIn(ws, licenceWords) || anyIn(ws, degreeWords) {
				stems = longStems(stems, []string{"approbation"})
			}
		}
	}
	return stems
}

// A question that tells of a procedure under way (pendingPhrases) and asks
// to act before it is done (interimPhrases, whileWords or earlyWords:
// "schon", "already") fits the licence for the meantime better than the
// full one: "Ich übernehme eine Kneipe, meine eigene Erlaubnis ist noch
// nicht durch. Darf ich schon Bier ausschenken?". Of a candidate whose
// title names nothing for the meantime (interimTitles) and another's that
// does and has every word of the first's, the first ranks otherSide lower:
// "Gaststättengewerbe - Erlaubnis beantragen" beside "Gaststättengewerbe -
// vorläufige Erlaubnis beantragen". A word of earlyWords counts beside a
// modal of acting (actModals): "Die Gaststättenerlaubnis ist beantragt.
// Warum dauert das schon so lange?" asks about the full one.
var (
	earlyWords = []string{"schon", "bereits", "already"}
	actModals  = []string{"darf", "duerfen", "kann", "koennen", "can", "may"}
)

// otherInterims returns, for each candidate, whether its title is the full
// licence beside the one for the meantime when the message waits for it
// (see above).
func otherInterims(message string, cands []candidate) []bool {
	if !containsPhrase(knowledge.Words(message), pendingPhrases) {
		return make([]bool, len(cands))
	}
	asked := knowledge.Words(askedPart(message))
	early := containsPhrase(asked, interimPhrases) || anyIn(asked, whileWords) || anyIn(asked, earlyWords) && anyIn(asked, actModals)
	if !early {
		return make([]bool, len(cands))
	}
	return besideMarked(cands, interimTitles, nil)
}
