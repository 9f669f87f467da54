package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestRecorded(t *testing.T) {
	for q, want := range map[string]bool{
		"Wir haben in Dänemark geheiratet und die Ehe beim Standesamt I nachbeurkunden lassen. Wo bekomme ich eine Heiratsurkunde?": true,
		"Wir haben in Dänemark geheiratet und das beim Standesamt I in Berlin eintragen lassen – wie komme ich an eine Urkunde?":    true,
		"Meine Geburt wurde damals beim Standesamt I nachträglich eingetragen. Wie bestelle ich eine Geburtsurkunde?":               true,
		"I was born in Brazil, and my birth was registered later at the Standesamt I in Berlin. How can I get a certificate?":       true,
		"Die Ehe aus Italien ist nachbeurkundet, wie bekomme ich eine Urkunde?":                                                     true,  // a later record, no office named
		"Wir haben in Thailand geheiratet. Wie können wir die Ehe beim Standesamt eintragen lassen?":                                false, // asked
		"Wie bekommen wir die Ehe beim Standesamt eingetragen, damit wir eine Urkunde haben?":                                       false, // a clause that asks
		"Wir wollen die Ehe beim Standesamt I eintragen lassen.":                                                                    false, // a wish
		"Die Ehe ist beim Standesamt noch nicht eingetragen, wie geht das?":                                                         false, // negated
		"Wir haben 2010 in England beim Standesamt eine Partnerschaft eingetragen. Wie geht es weiter?":                             false, // abroad
		"Unser Sohn wurde in Kanada geboren und dort beim Standesamt registriert. Wie lassen wir die Geburt nachbeurkunden?":        false, // there
		"Der Tod wurde vom polnischen Standesamt beurkundet. Wie lasse ich das hier nachbeurkunden?":                                false, // a foreign office
		"Ich bin in Berlin gemeldet und eingetragen. Unser Kind wurde in Polen geboren. Was nun?":                                   false, // no register office
		"Ist die Ehe beim Standesamt schon eingetragen?":                                                                            false, // asks whether
		"Wie wurde die Ehe beim Standesamt eingetragen, wenn wir im Ausland geheiratet haben?":                                      false,
		"Die Ehe beim Standesamt eintragen. Welche Unterlagen braucht man?":                                                         false, // nothing done
		"We need to have the marriage registered at the Standesamt.":                                                                false, // a need
		"Our marriage from Spain has to be registered at the Standesamt I first, right?":                                            false, // still to be done
		"Wenn die Ehe beim Standesamt eingetragen ist, bekommen wir dann eine Urkunde?":                                             false, // a condition
	} {
		if got, _ := recorded(q); got != want {
			t.Errorf("recorded(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestCertificateAbroad(t *testing.T) {
	for title, want := range map[string]bool{
		"Urkunden - Eheurkunde bei Eheschließung im Ausland oder in einem ehemaligen deutschen Gebiet beantragen": true,
		"Eheurkunde beantragen":                                 false,
		"Eheschließung im Ausland - Nachbeurkundung beantragen": false,
	} {
		if got := certificateAbroad(title); got != want {
			t.Errorf("certificateAbroad(%q) = %v, want %v", title, got, want)
		}
	}
}

// A record ranks lower only beside a certificate of an event abroad.
func TestOtherThanCertificate(t *testing.T) {
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	record := cand("Eheschließung im Ausland - Nachbeurkundung beantragen")
	certificate := cand("Urkunden - Eheurkunde bei Eheschließung im Ausland oder in einem ehemaligen deutschen Gebiet beantragen")
	const question = "Wir haben in Dänemark geheiratet und die Ehe beim Standesamt I nachbeurkunden lassen. Wo bekomme ich eine Heiratsurkunde?"
	if got := otherThanCertificate(question, []candidate{record, certificate}); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("beside the certificate: %v, want [true false]", got)
	}
	if got := otherThanCertificate(question, []candidate{record, cand("Eheurkunde beantragen")}); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("beside a certificate at home: %v, want none", got)
	}
	recordedCertificate := cand("Urkunden - Eheurkunde nach Nachbeurkundung einer Eheschließung im Ausland beantragen")
	if got := otherThanCertificate(question, []candidate{record, recordedCertificate}); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("a certificate whose title names the record: %v, want [true false]", got)
	}
	birth := cand("Geburt im Ausland - Nachbeurkundung beantragen")
	const another = "Unsere Ehe wurde beim Standesamt I nachbeurkundet. Wie lassen wir die Geburt unseres Sohnes in Kopenhagen nachbeurkunden?"
	if got := otherThanCertificate(another, []candidate{record, birth, certificate}); !slices.Equal(got, []bool{true, false, false}) {
		t.Errorf("the record of another event: %v, want only the marriage's record lower", got)
	}
}

func TestAnswerPrefersTheCertificateOfWhatWasRecorded(t *testing.T) {
	b := siblings(t, "Eheschließung im Ausland - Nachbeurkundung beantragen",
		"Urkunden - Eheurkunde bei Eheschließung im Ausland oder in einem ehemaligen deutschen Gebiet beantragen")
	wantFirst(t, b, map[string]string{
		"Die Eheschließung im Ausland ist beim Standesamt I nachbeurkundet. Wie beantrage ich die Urkunde?": "second",
		"Wie beantrage ich die Nachbeurkundung meiner Eheschließung im Ausland?":                            "first",
	})
}
