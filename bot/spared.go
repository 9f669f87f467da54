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
// whose title names an exam ranks otherSide lower. The question asks for
// recognition (recognitionAsks), and a clause of it names an exam
// (examWords, or a German word ending in "pruefung") with a word of
// sparedWords ("instead", "nicht", "don't", "nochmal", "from scratch").

// recognitionAsks are the folded words that ask for recognition.
var recognitionAsks = []string{
	"anerkannt", "anerkennen", "anerkennung", "zaehlt", "zaehlen", "gilt", "gelten",
	"recognised", "recognized", "recognition", "count", "counts",
}

// examWords are the folded words for an exam besides German compounds
// ending in "pruefung".
var examWords = []string{"pruefung", "exam", "exams", "examination", "test"}

// sparedWords tell, in a clause that names an exam, that the asker would
// be spared it or would have to sit it again.
var sparedWords = []string{
	"statt", "anstatt", "nicht", "nochmal", "nochmals", "erneut", "neu", "ohne",
	"instead", "don", "dont", "not", "again", "scratch", "without",
}

// sparesExam reports whether the message asks for recognition so as to be
// spared an exam (see above).
func sparesExam(message string) bool {
	if !anyIn(knowledge.Words(message), recognitionAsks) {
		return false
	}
	return slices.ContainsFunc(clausesOf(message), func(clause string) bool {
		words := knowledge.Words(clause)
		return anyIn(words, sparedWords) && slices.ContainsFunc(words, isExam)
	})
}

// isExam reports whether the folded word w names an exam.
func isExam(w string) bool { return slices.Contains(examWords, w) || strings.HasSuffix(w, "pruefung") }

// examTitle reports whether a title names an exam.
func examTitle(title string) bool { return slices.ContainsFunc(knowledge.Words(title), isExam) }
