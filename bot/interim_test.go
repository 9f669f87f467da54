package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestPendingStems(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     string // a stem among the result, or "" for none
	}{
		{"Ich bin Apothekerin aus Chile und mein Antrag auf Approbation läuft noch. Darf ich in der Zwischenzeit arbeiten?", "approbation"},
		{"My recognition application is still pending. Can I work somewhere in the meantime?", "recognition"},
		{"Meine volle Zulassung als Zahnärztin dauert noch. Kann ich in der Zwischenzeit arbeiten?", "approbation"}, // the full licence
		{"The full licence for physiotherapists is still being processed. What can I do in the meantime?", "approbation"},
		{"Mein Antrag auf Approbation läuft noch. Wie lange dauert das?", ""},        // no "meantime"
		{"Ich habe in der Zwischenzeit geheiratet. Was muss ich ändern lassen?", ""}, // "meantime" told, not asked
		{"Meine Approbation ist noch im Verfahren. Kann ich bis dahin befristet arbeiten?", "approbation"},
		{"Ich bin Ärztin und mein Anerkennungsverfahren läuft noch. Kann ich in der Zwischenzeit arbeiten?", "approbation"},     // a doctor's recognition
		{"Ich bin Tierärztin und warte noch auf die Approbation – darf ich in der Zwischenzeit schon arbeiten?", "approbation"}, // one sentence
		{"While my full approbation is still being processed, is there a temporary work permit?", "approbation"},
		{"Darf ich schon arbeiten, solange mein Antrag auf Approbation noch läuft?", "approbation"},
		{"Ich warte noch auf die Approbation, wie lange dauert das?", ""}, // one sentence, no "meantime"
	} {
		got := pendingStems(tt.question, askedPart(tt.question))
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("pendingStems(%q) = %v, want %q among them", tt.question, got, tt.want)
		}
	}
	// The part of the clause before "und" tells who the asker is, not
	// what is pending.
	q := "Ich bin Apothekerin aus Chile und mein Antrag auf Approbation läuft noch. Darf ich in der Zwischenzeit arbeiten?"
	if got := pendingStems(q, askedPart(q)); slices.Contains(got, "apothekerin") {
		t.Errorf("pendingStems kept the profession: %v", got)
	}
}

// A question about the meantime gets the temporary licence, not the
// licence applied for, though search ranks that first.
func TestAnswerInterim(t *testing.T) {
	b := siblings(t, "Approbation als Apotheker beantragen", "Berufserlaubnis als Apotheker beantragen")
	wantFirst(t, b, map[string]string{
		"Ich bin Apotheker und mein Antrag auf Approbation läuft noch. Darf ich in der Zwischenzeit arbeiten?": "second",
		"Ich bin Apotheker. Wie bekomme ich die Approbation?":                                                  "first",
	})
	b = siblings(t, "Personalausweis beantragen", "Personalausweis, vorläufig, beantragen")
	wantFirst(t, b, map[string]string{"Ich warte noch auf meinen neuen Personalausweis – was mache ich bis dahin?": "second"})
}

func TestOtherInterims(t *testing.T) {
	cands := []candidate{
		{hit: knowledge.Hit{Title: "Gaststättengewerbe - Erlaubnis beantragen"}},
		{hit: knowledge.Hit{Title: "Gaststättengewerbe - vorläufige Erlaubnis beantragen"}},
		{hit: knowledge.Hit{Title: "Gaststättengewerbe - Stellvertretungserlaubnis beantragen"}},
	}
	for q, want := range map[string][]bool{
		"Ich übernehme eine Kneipe, meine Erlaubnis ist noch nicht durch. Darf ich schon ausschenken?": {true, false, false},
		"Die richtige Konzession dauert wohl noch. Darf ich schon Bier ausschenken?":                   {true, false, false},
		"Meine Gaststättenerlaubnis ist beantragt. Wie lange dauert die Bearbeitung noch?":             {false, false, false}, // asks about the full one
		"I have applied for a restaurant licence. How much will it cost?":                              {false, false, false},
		"Die Gaststättenerlaubnis ist beantragt. Warum dauert das schon so lange?":                     {false, false, false}, // no modal of acting
		"Ich übernehme eine Kneipe. Welche Erlaubnis brauche ich?":                                     {false, false, false},
		"I'll be abroad, a friend runs my bar in the meantime. What does he need?":                     {false, false, false}, // no procedure under way
	} {
		if got := otherInterims(q, cands); !slices.Equal(got, want) {
			t.Errorf("otherInterims(%q) = %v, want %v", q, got, want)
		}
	}
}

// A citizen whose licence is still under way gets the one for the
// meantime, though search ranks the full one first.
func TestAnswerInterimLicence(t *testing.T) {
	b := siblings(t, "Gaststättengewerbe - Erlaubnis beantragen", "Gaststättengewerbe - vorläufige Erlaubnis beantragen")
	wantFirst(t, b, map[string]string{
		"Ich übernehme eine Kneipe, meine Erlaubnis ist noch nicht durch. Darf ich schon Bier ausschenken?": "second",
		"Ich übernehme eine Kneipe. Welche Erlaubnis brauche ich zum Bier ausschenken?":                     "first",
	})
}
