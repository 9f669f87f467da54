package bot

import (
	"context"
	"testing"

	"citizenbot/knowledge"
)

func TestDispute(t *testing.T) {
	building := candidate{entry: knowledge.Entry{Title: "Bauaufsicht - Anzeige"}, title: strongTitle}
	complaint := candidate{entry: knowledge.Entry{Title: "Immissionsschutz - Beschwerde"}, title: 0.2}
	for _, tt := range []struct {
		question string
		cands    []candidate
		want     bool
	}{
		{"Mein Nachbar grillt jeden Abend auf dem Balkon. Darf der das?", []candidate{complaint}, true},
		{"Vermieter hat die Kaution nicht zurückgezahlt. Wie lange darf der die behalten?", nil, true},
		{"mein ex will unseren hund behalten. wem gehört der hund jetzt rechtlich", nil, true},
		{"My landlord came into my flat without telling me. Is that even legal?", nil, true},
		{"My neighbour put up a camera facing our garden. Is he allowed to do that?", nil, true},
		{"The Hausverwaltung had my car towed. Can I get that money back from the Hausverwaltung?", nil, true},
		{"Mein Nachbar baut ohne Genehmigung an. Darf er das?", []candidate{building}, false}, // a title fits
		{"Darf ich als Vermieter meine Wohnung an Touristen vermieten?", nil, false},          // the asker's own permit
		{"Darf der Hund mit ins Bürgeramt?", nil, false},                                      // no party
		{"Mein Arbeitgeber will einen Nachweis, dass ich arbeiten darf. Wo bekomme ich den?", nil, false},
	} {
		if got := dispute(tt.question, tt.cands); got != tt.want {
			t.Errorf("dispute(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A dispute of private law gets no answer that names legal advice,
// although search found a service that matches.
func TestAnswerDispute(t *testing.T) {
	kb := newFakeKB(t, knowledge.Entry{ID: "immission", Title: "Immissionsschutz - Beschwerde über eine Baustelle einreichen", Language: "de"})
	kb.hits = []knowledge.Hit{{ID: "immission", Score: 0.03, Similarity: 0.5}}
	for _, lang := range []string{"de", "en"} {
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: lang, Text: "Mein Nachbar grillt jeden Abend auf dem Balkon. Darf der das?"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := composeNoAnswer(testTenant(), lang, bodyName(legalAdvice, lang)); r.Status != NoAnswer || r.Text != want {
			t.Errorf("%s: reply %s %q, want %q", lang, r.Status, r.Text, want)
		}
	}
}
