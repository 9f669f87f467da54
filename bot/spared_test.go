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

func TestPassedExam(t *testing.T) {
	for q, want := range map[string]bool{
		"hab die jägerprüfung bestanden, wo krieg ich jetzt den schein in berlin her?":                                                        true,
		"steuerberaterexamen bestanden wie gehts weiter":                                                                                      true, // "examen" is an exam
		"I passed the IHK exam already. What do I need for the licence?":                                                                      true,
		"Ich habe die Sachkundeprüfung nicht bestanden. Wie melde ich mich erneut an?":                                                        false, // an exam failed
		"How do I sign up for the falconry exam in Berlin? I passed the hunting exam last year.":                                              false, // another exam asked for
		"My husband passed away in March. Can I keep his security company running?":                                                           false, // no exam
		"I passed the Sachkunde exam for security guards and now want to take the exam for Finanzanlagenvermittler too. Where do I register?": false, // a wish
		"Wie melde ich mich zur Jägerprüfung an?":                                                                                             false, // nothing passed
		"Ich habe die Jägerprüfung bestanden, brauche ich für die Falknerprüfung noch einen Lehrgang?":                                        false, // another clause names an exam
	} {
		if got := passedExam(q); got != want {
			t.Errorf("passedExam(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestAdmissionTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Jägerprüfung - Zulassung zur Prüfung beantragen":                                   true,
		"Bewachungsgewerbe - zur Sachkundeprüfung anmelden":                                 true,
		"Prüfung als Steuerberaterin/Steuerberater - Zulassung":                             true,
		"Jagdschein - Ausstellung/Verlängerung beantragen":                                  false, // no exam
		"Approbation als Arzt - Erteilung - wenn Ärztliche Prüfung in Berlin abgelegt":      false, // what follows the exam
		"Rechtsanwaltschaft - Zulassung als Rechtsanwältin/anwalt (Syndikusrechtsanwältin)": false, // admission to a profession
	} {
		if got := admissionTitle(title); got != want {
			t.Errorf("admissionTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
