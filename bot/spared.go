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
// one ends in "pruefung" ("Prüfung", "Sachkundeprüfung").
var examWords = []string{"exam", "exams", "examination", "test"}

// sparedWords tell, in a clause that names an exam, that the asker would
// be spared it or would have to sit it again; a word of spareNegations
// does so with a word of dutyWords.
var (
	sparedWords = []string{
		"statt", "anstatt", "nochmal", "nochmals", "erneut", "neu", "ohne",
		"instead", "don", "dont", "again", "scratch", "without",
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
func isExam(w string) bool { return slices.Contains(examWords, w) || strings.HasSuffix(w, "pruefung") }

// examTitle reports whether a title names an exam.
func examTitle(title string) bool { return slices.ContainsFunc(knowledge.Words(title), isExam) }
