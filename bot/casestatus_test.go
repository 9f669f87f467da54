package bot

import (
	"context"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestCaseStatusFilesLoad(t *testing.T) {
	if n := caseStatus().Len(); n < 30 {
		t.Fatalf("case status phrases: %d, want both files loaded", n)
	}
}

// A question about the state of one's own case gets no answer that says
// why and links the service's page, unless the catalogue offers a status
// enquiry.
func TestAnswerCaseStatus(t *testing.T) {
	wohngeld := knowledge.Entry{ID: "wohngeld", Title: "Wohngeld beantragen", Language: "de", InfoURL: "https://service.example.de/wohngeld", Summary: "Zuschuss zur Miete."}
	auskunft := knowledge.Entry{ID: "auskunft", Title: "Wohngeld - Vorgangsauskunft", Language: "de", InfoURL: "https://service.example.de/auskunft", Summary: "Stand Ihres Antrags online."}
	bau := knowledge.Entry{ID: "bau", Title: "Baugenehmigung - Vorgangsauskunft", Language: "de", InfoURL: "https://service.example.de/bau"}
	match := knowledge.Hit{ID: "wohngeld", Score: 0.03, Similarity: 0.5, NameFit: 0.3}
	for _, tt := range []struct {
		name, lang, question string
		hits                 []knowledge.Hit
		want                 Status
		wantText, wantURL    string
	}{
		{"service found", "de", "Ich habe im März Wohngeld beantragt und noch keinen Bescheid. Wann kommt der?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"nothing found", "en", "Has my application been approved yet?", nil, NoAnswer, "can't see the status", "tel:030115"},
		{"a report looked at", "en", "I reported a broken street lamp three weeks ago. Has anyone actually looked at my report?", nil, NoAnswer, "can't see the status", "tel:030115"},
		{"a return stuck", "en", "I sent my application in February and it still isn't processed. Can I see where it is stuck?", nil, NoAnswer, "can't see the status", "tel:030115"},
		{"a booking by its number", "en", "I booked online, booking number 1234. Did it go through?", nil, NoAnswer, "can't see the status", "tel:030115"},
		{"a refund's date", "en", "I filed my tax return in April. Can you tell me when my refund will arrive?", nil, NoAnswer, "can't see the status", "tel:030115"},
		{"the bot asked to look", "de", "Kannst du nachschauen, ob die Urkunde raus ist?", nil, NoAnswer, "kann ich nicht einsehen", "tel:030115"},
		{"documents asked beside the decision", "de", "Ich will Wohngeld beantragen. Welche Unterlagen braucht das Amt und wann kommt der Bescheid?",
			[]knowledge.Hit{match}, Answered, "", ""},
		{"the tax asked beside the decision", "de", "Wir kaufen eine Wohnung. Welche Steuer fällt an und wann kommt der Bescheid?",
			[]knowledge.Hit{match}, Answered, "", ""},
		{"what is up with the application", "de", "Ich habe im März Wohngeld beantragt. Können Sie nachschauen, was mit meinem Antrag los ist?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"noch nicht bearbeitet", "de", "Mein Antrag ist nach drei Monaten immer noch nicht bearbeitet. Wo hängt es?", nil, NoAnswer, "kann ich nicht einsehen", "tel:030115"},
		{"status enquiry offered", "de", "Ich habe Wohngeld beantragt und noch keinen Bescheid.",
			[]knowledge.Hit{match, {ID: "auskunft", Score: 0.029, Similarity: 0.5, NameFit: 0.4}}, Clarify, "", ""},
		// A status enquiry search finds for the words of asking, but for
		// another service, is none for this case.
		{"another service's status enquiry", "en", "Has my Wohngeld application been approved yet?",
			[]knowledge.Hit{match, {ID: "bau", Score: 0.025, Similarity: 0.17, TextRank: 0.19, NameFit: 0.07}},
			NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		{"the citizen's file", "en", "I sent in my Wohngeld papers in spring. Could you look up where my file is?",
			[]knowledge.Hit{match}, NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		{"die eigene Akte", "de", "Können Sie sehen, wo meine Akte zum Wohngeld gerade liegt?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"the current state", "de", "Wie ist der aktuelle Stand bei meinem Wohngeld? Abgeschickt habe ich alles im Januar.",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"when it is processed", "en", "I applied for Wohngeld in January. When will my application be processed?",
			[]knowledge.Hit{match}, NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		{"asking the state somewhere", "de", "Mein Wohngeld habe ich im Mai beantragt. Kann ich den Stand irgendwo abfragen?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"whether papers arrived", "en", "I posted my Wohngeld forms last week. Can you check if they arrived?",
			[]knowledge.Hit{match}, NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		{"when it is decided", "de", "Meinen Wohngeldantrag habe ich im Mai gestellt. Wie erfahre ich, wann endlich entschieden wird?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"still waiting", "de", "Den Wohngeldantrag habe ich im Februar abgegeben und warte immer noch.",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"no decision yet", "en", "My Wohngeld application went in five months ago and there is still no decision.",
			[]knowledge.Hit{match}, NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		{"no reply", "en", "I emailed the Wohngeld office about my application in May and got nothing back.",
			[]knowledge.Hit{match}, NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		{"how far the file is", "de", "Mein Wohngeldantrag ist seit Juli beim Amt. Kannst du schauen, wie weit meine Akte ist?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"whom to call about the case", "en", "The Wohngeld office wants more papers. Who do I call there about my case?",
			[]knowledge.Hit{match}, NoAnswer, "“Wohngeld beantragen”", "https://service.example.de/wohngeld"},
		// A clause that asks for the procedure beside one about the case.
		{"a procedure asked beside the case", "en", "How do I apply for Wohngeld, and can I find out how far along my application is later?",
			[]knowledge.Hit{match}, Answered, "", ""},
		{"where to enquire", "de", "Vom Wohngeld ist bis heute nichts gekommen. Wo kann ich nachfragen, wie weit der Antrag ist?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"where to look it up", "de", "Ich warte auf mein Wohngeld. Kann man irgendwo nachsehen, wie weit mein Verfahren ist?",
			[]knowledge.Hit{match}, NoAnswer, "„Wohngeld beantragen“", "https://service.example.de/wohngeld"},
		{"how it runs asked beside the case", "de", "Ich brauche Wohngeld. Wie läuft das ab und wie erfahre ich, wie weit mein Antrag ist?",
			[]knowledge.Hit{match}, Answered, "", ""},
		{"no status question", "de", "Wie beantrage ich Wohngeld?", []knowledge.Hit{match}, Answered, "", ""},
		// The case is the background of a procedure asked for.
		{"a case in the background", "de", "Ich habe im März Wohngeld beantragt und noch keinen Bescheid. Wo bekomme ich bis dahin Hilfe?",
			[]knowledge.Hit{match}, Answered, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kb := newFakeKB(t, wohngeld, auskunft, bau)
			kb.hits = tt.hits
			r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: tt.lang, Text: tt.question}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tt.want {
				t.Fatalf("status %s (%q), want %s", r.Status, r.Text, tt.want)
			}
			if tt.want != NoAnswer {
				return
			}
			if !strings.Contains(r.Text, tt.wantText) || !strings.Contains(r.Text, testTenant().FallbackPhone) {
				t.Errorf("text %q, want %q and the fallback number in it", r.Text, tt.wantText)
			}
			if len(r.Actions) == 0 || r.Actions[0].URL != tt.wantURL {
				t.Errorf("actions %+v, want %s first", r.Actions, tt.wantURL)
			}
		})
	}
}
