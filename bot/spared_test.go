package bot

import "testing"

func TestSparesExam(t *testing.T) {
	for q, want := range map[string]bool{
		"I worked as an insurance broker in the UK. Can that count so I don't have to take the IHK exam here?": true,
		"Wird meine Ausbildung hier anerkannt, oder muss ich die Sachkundeprüfung nochmal ablegen?":            true,
		"Can my qualification be recognised instead of taking the Sachkunde exam?":                             true,
		"Ich habe die Sachkundeprüfung nicht bestanden. Wie melde ich mich erneut an?":                         false, // no recognition asked
		"Ich habe die Prüfung zum Hufschmied bestanden. Wie bekomme ich die staatliche Anerkennung?":           false, // the exam is passed
		"Muss ich die Sachkundeprüfung ablegen, oder wird meine Ausbildung anerkannt?":                         false, // no word of sparing
		"Wird das anerkannt, damit ich die Sachkundeprüfung nicht ablegen muss?":                               true,  // a negation with a duty
		"Ich habe die Sachkundeprüfung nicht bestanden. Wie lange gilt die Anmeldung?":                         false, // an exam failed
	} {
		if got := sparesExam(q); got != want {
			t.Errorf("sparesExam(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestExamTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Versicherungsberater bzw. Versicherungsvermittler - zur Sachkundeprüfung anmelden": true,
		"Berufsqualifikation aus dem Ausland anerkennen - Versicherungsvermittler":          false,
	} {
		if got := examTitle(title); got != want {
			t.Errorf("examTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
