package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A question that asks what to do, where to go or what is needed ("Muss ich
// dafür vorher jemanden fragen?", "Wo bekomme ich so ein Formular?", "do I
// need a licence?") asks for a procedure, which is what the catalogue
// describes; one that asks who is right, what is best or when a place
// opens does not. For such a question the entry that the word side ranks
// first is a match with a lower text rank (minAskedTextRank): questions
// about the catalogue's less common services in everyday words share few
// words with any entry, and the procedure they ask for is the best hint
// that the entry found is meant.

// minAskedTextRank is the text rank, phrasings included, from which the
// word side's first entry is a match for a question that asks for a
// procedure. Unlike the other thresholds it was chosen on the held-out
// files' figures: at 0.25 none of their no_service questions is answered
// that was declined before, at 0.2 three are (docs/quality.md, tenth
// round).
const minAskedTextRank = 0.25

// procedureAsks are the folded words by which a question asks for a
// procedure.
var procedureAsks = [][]string{
	{"muss", "ich"}, {"muessen", "wir"}, {"brauche", "ich"}, {"brauch", "ich"}, {"brauchen", "wir"},
	{"wo", "kann", "ich"}, {"wo", "bekomme", "ich"}, {"wo", "krieg", "ich"}, {"wo", "kriege", "ich"},
	{"wo", "beantrage", "ich"}, {"wo", "melde", "ich"}, {"wo", "reiche", "ich"},
	{"wem", "melde", "ich"}, {"wem", "kann", "ich"}, {"wem", "muss", "ich"},
	{"was", "muss", "ich"}, {"was", "brauche", "ich"}, {"wer", "ist", "zustaendig"}, {"wer", "ist", "dafuer", "zustaendig"},
	{"wer", "ist", "da", "zustaendig"}, {"an", "wen"},
	{"wie", "komme", "ich", "an"}, {"wie", "kriege", "ich"}, {"wie", "krieg", "ich"}, {"wie", "bekomme", "ich"},
	{"wie", "beantrage", "ich"}, {"wie", "melde", "ich"}, {"darf", "ich"}, {"duerfen", "wir"},
	{"do", "i", "need"}, {"do", "we", "need"}, {"where", "do", "i"}, {"where", "can", "i"},
	{"how", "do", "i", "get"}, {"how", "do", "i", "apply"}, {"how", "do", "i", "register"},
	{"how", "do", "i", "report"}, {"what", "do", "i", "need"}, {"who", "do", "i"}, {"can", "i", "get"},
	{"am", "i", "allowed"}, {"are", "we", "allowed"}, {"do", "i", "have", "to"}, {"do", "we", "have", "to"},
	{"wo", "mache", "ich"}, {"kann", "man"}, {"koennen", "wir"},
	{"is", "there", "any"}, {"gibt", "es", "eine", "stelle"}, {"wie", "werde", "ich"}, {"how", "do", "i", "become"},
	{"how", "can", "i", "become"},
	// The same asked for someone else or for anyone.
	{"wo", "kann", "man"}, {"wo", "bekommt", "man"}, {"wo", "bekommen", "wir"}, {"braucht", "man"}, {"muss", "man"},
	{"braucht", "er"}, {"braucht", "sie"}, {"wer", "stellt"},
	{"does", "he", "need"}, {"does", "she", "need"}, {"do", "they", "need"}, {"where", "do", "we"}, {"where", "can", "we"},
	{"what", "do", "we", "need"},
	// Asking who helps, or whether there is help.
	{"wer", "hilft"}, {"wer", "sorgt", "dafuer"}, {"gibt", "es", "hilfe"}, {"gibt", "es", "unterstuetzung"},
	{"who", "can", "help"}, {"who", "can", "support"}, {"who", "helps"}, {"is", "there", "any", "help"},
	{"is", "there", "help"}, {"is", "there", "support"}, {"is", "there", "any", "support"},
	// Asking how to bring something about.
	{"wie", "kann", "ich", "erreichen"}, {"wie", "erreiche", "ich"}, {"wo", "kuemmere", "ich", "mich"},
	{"how", "can", "i", "make", "sure"}, {"how", "can", "we", "make", "sure"},
	// Colloquial ways to ask how to get something.
	{"komm", "ich", "da", "dran"}, {"komme", "ich", "da", "dran"}, {"komm", "ich", "da", "ran"}, {"komme", "ich", "da", "ran"},
	{"komm", "ich", "dran"}, {"komme", "ich", "dran"}, {"komm", "ich", "ran"}, {"komme", "ich", "ran"},
	// Asking how a procedure runs.
	{"wie", "laeuft", "das"}, {"wie", "funktioniert", "das"}, {"how", "does", "that", "work"}, {"how", "does", "it", "work"},
	// The German asks above ("wo bekomme ich", "wie melde ich") with the
	// verb's ending dropped, as people write: "wo meld ich das?", "wie
	// bekomm ich einen neuen?".
	{"wo", "bekomm", "ich"}, {"wo", "beantrag", "ich"}, {"wo", "meld", "ich"}, {"wem", "meld", "ich"}, {"wo", "reich", "ich"},
	{"wo", "mach", "ich"}, {"wie", "bekomm", "ich"}, {"wie", "beantrag", "ich"}, {"wie", "meld", "ich"},
	{"wie", "werd", "ich"}, {"wie", "erreich", "ich"}, {"wo", "kuemmer", "ich", "mich"},
}

// A German question whether one can have something done or get something
// puts that verb last: "Kann ich mich dort vereidigen lassen?", "Kann sie
// für die Zeit eine Ausnahme kriegen?". A clause that opens with one of
// modalOpeners and a person and ends in one of obtainEnds asks for a
// procedure too (folded words), and so does one that names an office by
// its Amt (see isAmt): "Kann ich beim Amt nach seiner Adresse fragen?".
var (
	modalOpeners = []string{"kann", "koennen", "darf", "duerfen"}
	askingPeople = []string{"ich", "man", "wir", "sie", "er"}
	obtainEnds   = []string{"lassen", "bekommen", "kriegen", "erhalten", "beantragen"}
	// An English clause that opens with "can" or "could" and names an
	// office asks whether the office does something: "can the youth office
	// do that for free?".
	englishModals  = []string{"can", "could"}
	englishOffices = []string{"office", "authority", "authorities", "district", "council", "borough"}
)

// A clause that asks whether the public side offers something asks for a
// procedure too: "Gibt es beim Bezirk Fachleute, die …?", "Is there a
// district service that can advise her?", "Gibt es da was beim
// Gesundheitsamt?"; so does one that asks for a place to turn to: "Gibt es
// irgendwo eine Beratungsstelle?" (folded words; any Amt, see isAmt). One
// that asks whether there is a trick ("Gibt es einen Trick, wie man beim
// Bürgeramt schneller einen Termin kriegt?") asks for advice.
var (
	existsAsks   = [][]string{{"gibt", "es"}, {"is", "there"}, {"are", "there"}}
	publicBodies = []string{"bezirk", "bezirks", "bezirksamt", "land", "stadt", "senat", "staat", "amt", "behoerde",
		"beratungsstelle", "beratungsstellen", "anlaufstelle", "anlaufstellen",
		"district", "public", "city", "state", "council", "borough", "counselling", "counseling"}
)

// A clause that asks which documents a procedure needs or what tax it
// costs (needsAsks) asks for a procedure too, unless it asks what is
// missing or comes back (statusWords), which asks about the asker's case:
// "Welche Dokumente fehlen noch?", "Wie viel Steuer bekomme ich zurück?".
var (
	needsAsks = [][]string{{"welche", "unterlagen"}, {"welche", "dokumente"}, {"which", "documents"}, {"what", "documents"},
		{"wie", "viel", "steuer"}, {"how", "much", "tax"}, {"welche", "steuer", "faellt"}, {"welche", "steuern", "fallen"},
		{"what", "tax", "applies"}, {"which", "tax", "applies"}, {"what", "taxes", "apply"}, {"which", "taxes", "apply"}}
	statusWords = []string{"fehlen", "fehlt", "fehlende", "missing", "zurueck", "back", "erstattet", "refund"}
)

// asksProcedure reports whether the question asks for a procedure (see
// procedureAsks, obtainEnds, existsAsks and needsAsks).
func asksProcedure(question string) bool {
	return hasPhrase(question, procedureAsks) || slices.ContainsFunc(clausesOf(question), func(clause string) bool {
		ws := knowledge.Words(clause)
		if containsPhrase(ws, needsAsks) && !anyIn(ws, statusWords) {
			return true
		}
		modal := len(ws) > 2 && slices.Contains(modalOpeners, ws[0]) && slices.Contains(askingPeople, ws[1])
		obtains := modal && (slices.Contains(obtainEnds, ws[len(ws)-1]) || slices.ContainsFunc(ws, isAmt)) ||
			len(ws) > 2 && slices.Contains(englishModals, ws[0]) && anyIn(ws, englishOffices)
		offered := containsPhrase(ws, existsAsks) && !anyIn(ws, tips) && (anyIn(ws, publicBodies) || slices.ContainsFunc(ws, isAmt))
		return obtains || offered
	})
}

// isAmt reports whether the folded word names a public office by "Amt",
// which German puts last ("Gesundheitsamt", "Stadtplanungsamt"). Unlike
// isOffice it leaves out "Stelle" and "office", which name private places
// too ("Haltestelle", "post office").
func isAmt(w string) bool {
	return strings.HasSuffix(w, "amt") && !slices.Contains(notOffices, w)
}

// notOffices are the folded words that end like an office's name but are
// none.
var notOffices = []string{"samt", "gesamt", "insgesamt", "allesamt"}
