package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A question may ask to have a qualification recognised so as to be spared
// an exam: "Can my qualification be recognised instead of taking the IHK
// Sachkunde exam?", "Wird das hier anerkannt, oder muss ich die
// Sachkundeprüfung nochmal ablegen?". Catalogues keep one service for
// registering for the exam and another for recognising what was learnt
// elsewhere, and the exam the question names finds the first: a candidate
// whose title names an exam ranks otherSide lower. The sentences that ask
// ask for recognition (recognitionAsks), and a clause of the question
// names an exam (see isExam) with a word of sparedWords ("instead",
// "nochmal", "from scratch", "don't") or with a negation and a word of
// duty ("damit ich die Prüfung nicht ablegen muss"): "Ich habe die
// Prüfung nicht bestanden" tells of an exam failed.

// recognitionAsks are the folded words that ask for recognition.
var recognitionAsks = []string{
	"anerkannt", "anerkennen", "anerkennung", "zaehlt", "zaehlen", "recognised", "recognized", "recognition", "count", "counts",
}

// examWords are the folded English words for an exam; a German word for
// one ends in "pruefung" ("Prüfung", "Sachkundeprüfung") or "examen"
// ("Steuerberaterexamen").
var examWords = []string{"exam", "exams", "examination", "test"}

// sparedWords tell, in a clause that names an exam, that the asker would
// be spared it or would have to sit it again; a word of spareNegations
// does so with a word of dutyWords.
var (
	sparedWords = []string{
		"statt", "anstatt", "nochmal", "nochmals", "erneut", "neu", "ohne",
		"instead", "don", "again", "scratch", "without",
	}
	spareNegations = []string{"nicht", "not"}
	dutyWords      = []string{"muss", "muessen", "have", "need"}
)

// sparesExam reports whether the message asks for recognition so as to be
// spared an exam (see above).
func sparesExam(message string) bool {
	if !anyIn(knowledge.Words(askedPart(message)), recognitionAsks) {
		return false
	}
	return slices.ContainsFunc(clausesOf(message), func(clause string) bool {
		words := knowledge.Words(clause)
		spared := anyIn(words, sparedWords) || anyIn(words, spareNegations) && anyIn(words, dutyWords)
		return spared && slices.ContainsFunc(words, isExam)
	})
}

// isExam reports whether the folded word w names an exam (see examWords).
func isExam(w string) bool {
	return slices.Contains(examWords, w) || strings.HasSuffix(w, "pruefung") || strings.HasSuffix(w, "examen")
}

// examTitle reports whether a title names an exam.
func examTitle(title string) bool { return slices.ContainsFunc(knowledge.Words(title), isExam) }

// A question that tells of an exam passed has registering for it behind
// it: "hab die Jägerprüfung bestanden, wo krieg ich jetzt den Schein
// her?", "steuerberaterexamen bestanden wie gehts weiter", "I passed the
// IHK exam already". Its exam finds the service for admission to the exam
// as well as the one that follows it; a candidate whose title names an
// exam and a word of admissionWords ("Jägerprüfung - Zulassung zur Prüfung
// beantragen", "zur Sachkundeprüfung anmelden") ranks otherSide lower. A
// clause tells so when it names an exam (see isExam) and a word of
// passedWords, and no negation: "Ich habe die Prüfung nicht bestanden"
// may ask to sit it again. No other clause may name an exam, nor may the
// clause tell of a wish: "How do I sign up for the falconry exam? I passed
// the hunting exam last year.", "I passed the Sachkunde exam and now want
// to take the exam for Finanzanlagenvermittler" ask for the next one.
var (
	passedWords    = []string{"bestanden", "passed"}
	admissionWords = []string{"zulassung", "anmelden"}
)

// passedExam reports whether a clause of the message tells of an exam
// passed (see above).
func passedExam(message string) bool {
	passed := false
	for _, clause := range clausesOf(message) {
		words := knowledge.Words(clause)
		if !slices.ContainsFunc(words, isExam) {
			continue
		}
		if !anyIn(words, passedWords) || anyIn(words, negations) || anyIn(words, wishes) {
			return false
		}
		passed = true
	}
	return passed
}

// admissionTitle reports whether a title is for admission to an exam or
// registering for one.
func admissionTitle(title string) bool {
	return examTitle(title) && anyIn(knowledge.Words(title), admissionWords)
}
