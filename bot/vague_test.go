package bot

import (
	"context"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestVague(t *testing.T) {
	own := []string{"berlin"}
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"Termin Bürgeramt buchen", true},
		{"Wie buche ich einen Termin beim Bürgeramt in Berlin?", true},
		{"Ich brauche einen Termin fürs Bürgeramt, wie geht das?", true},
		{"Ich brauche einen Termin fürs Standesamt", false},
		{"I need an appointment", true},
		{"Hallo", true},
		{"hallo?? ist da überhaupt jemand", true},
		{"is anybody there?", true},
		{"Ist überhaupt jemand für Wohngeld zuständig?", false},
		{"Guten Tag", true},
		{"Guten Abend, ich hätte eine Frage", true},
		{"Good morning!", true},
		{"whats your name, do you even have one?", true},
		{"Guten Tag, ich brauche einen neuen Personalausweis", false},
		{"Tageszulassung für mein Auto", false},
		{"Termin für den Personalausweis", false},
		{"Wohnung anmelden", false},
		{"appointment for my Anmeldung", false},
		{"Termin in Hamburg", false},
		{"Hallo, bist du ein echter Mensch?", true},
		{"are you a real person or a bot?", true},
		{"Hallo! Bist du eigentlich ein echter Mensch oder ein Computerprogramm?", true},
		{"Am I actually talking to a computer program?", true},
		{"Software für die Steuererklärung", false},
		{"what's your name?", true},
		{"Wie heißt du?", true},
		{"thanks, you've been super helpful! what's your name by the way?", true},
		{"Wie ändere ich den Namen meines Kindes?", false},
		{"Dein Name ist falsch geschrieben in der Urkunde", false},
		{"hallo wie gehts dir heute", true},
		{"Erzähl mir einen Witz", true},
		{"tell me a joke", true},
		{"Erzähl mir mal einen guten Witz über Beamte.", true}, // whatever it is about
		{"know any good jokes about the Bürgeramt?", true},
		{"Tell me a joke about the Bürgeramt and then how do I register my address?", false}, // asks a service too
		{"Ist das ein Witz? Mein Wohngeldantrag liegt seit Monaten", false},                  // no joke asked for
		{"Erzähl mir einen Witz, und wie beantrage ich Wohngeld?", false},
		{"How are you doing today?", true},
		{"Hat das Bürgeramt heute geöffnet?", true},
		{"Wie geht das mit dem Wohngeld?", false},
		{"Beratung für sehbehinderte Menschen", false},
		{"Do I have to apply in person for my passport?", false},
	} {
		if got := vague(tt.question, own); got != tt.want {
			t.Errorf("vague(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A message that names only an appointment gets asked what it is about,
// not a clarifying question among the services search finds for it.
func TestAnswerVague(t *testing.T) {
	ausweis := knowledge.Entry{ID: "ausweis", Title: "Personalausweis beantragen", Language: "de", Region: "berlin",
		InfoURL: "https://service.example.de/ausweis", Summary: "Termin im Bürgeramt buchen."}
	pass := knowledge.Entry{ID: "pass", Title: "Reisepass beantragen", Language: "de", Region: "berlin",
		InfoURL: "https://service.example.de/pass", Summary: "Termin im Bürgeramt buchen."}
	kb := newFakeKB(t, ausweis, pass)
	kb.hits = []knowledge.Hit{{ID: "ausweis", Region: "berlin", Score: 0.03, Similarity: 0.5, NameFit: 0.3},
		{ID: "pass", Region: "berlin", Score: 0.03, Similarity: 0.5, NameFit: 0.3}}
	b := New(kb, Options{})
	r, err := b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: "Termin Bürgeramt buchen"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != NoAnswer || !strings.Contains(r.Text, "Worum geht es?") || len(r.Choices) != 0 {
		t.Fatalf("reply %s %q with %d choices, want no answer asking what it is about", r.Status, r.Text, len(r.Choices))
	}
	r, err = b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: "Termin für den Personalausweis"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status == NoAnswer {
		t.Fatalf("reply %s %q for a matter named, want an answer or a choice", r.Status, r.Text)
	}
}

func TestClosing(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"Vielen Dank, schönes Wochenende!", true},
		{"Super, danke!", true},
		{"Danke!", true},
		{"Alles klar, danke", true},
		{"ok, got it, thanks", true},
		{"Thank you!", true},
		{"Danke dir, du warst echt eine große Hilfe! Schönen Abend noch.", true},
		{"Thank you, you were a great help!", true},
		{"Hilfe!", false},
		{"Danke, ich brauche Hilfe beim Wohngeld", false},
		{"Thank you so much, have a nice evening", true},
		{"thanks, bye", true},
		{"danke hat geholfen", true},
		{"thanks, that helped", true},
		{"Danke, du hast mir echt weitergeholfen! Schönes Wochenende :)", true},
		{"Thanks, you really helped!", true},
		{"Hallo", false}, // a greeting: vague, asked what it is about
		{"Danke! Wie beantrage ich Wohngeld?", false},
		{"Thanks. Where do I register my car?", false},
		{"Schönen Tag im Standesamt heiraten", false},
		{"thanks a lot, that really helped me with my Anmeldung :)", true},
		{"Danke, das hat mir bei der Anmeldung sehr geholfen", true},
		{"Danke, hat geholfen. Jetzt brauche ich noch einen Termin für den Reisepass", false}, // more than the topic
		{"Thanks, that helped. What about my Anmeldung?", false},                              // asks
	} {
		if got := closing(tt.question); got != tt.want {
			t.Errorf("closing(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// A message that only thanks or takes leave gets a closing reply, not an
// answer from whatever search finds for its words.
func TestAnswerClosing(t *testing.T) {
	abend := knowledge.Entry{ID: "abend", Title: "Abendschule - Anmeldung", Language: "de", Region: "berlin",
		InfoURL: "https://service.example.de/abend", Summary: "Schön lernen am Abend."}
	kb := newFakeKB(t, abend)
	kb.hits = []knowledge.Hit{{ID: "abend", Region: "berlin", Score: 0.03, Similarity: 0.5, NameFit: 0.4}}
	for lang, want := range map[string]string{"de": "Gern geschehen", "en": "You're welcome"} {
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: lang, Text: "Danke, schönen Abend!"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != NoAnswer || !strings.HasPrefix(r.Text, want) || len(r.Sources) != 0 {
			t.Errorf("%s: reply %s %q with %d sources, want no answer starting %q", lang, r.Status, r.Text, len(r.Sources), want)
		}
	}
}

func TestWithoutGreeting(t *testing.T) {
	for q, want := range map[string]string{
		"Guten Morgen, wie melde ich mein Auto an?":           " wie melde ich mein Auto an?",
		"Sehr geehrte Damen und Herren, wo gibt es Wohngeld?": " wo gibt es Wohngeld?",
		"Good evening! Where do I register my address?":       " Where do I register my address?",
		"Hallo, kannst du mir einen Lebenslauf schreiben?":    " kannst du mir einen Lebenslauf schreiben?",
		"Hallo Frau Berg, wo gibt es Wohngeld?":               "Hallo Frau Berg, wo gibt es Wohngeld?", // a name is more than a greeting
		"Also, wie melde ich mein Auto an?":                   "Also, wie melde ich mein Auto an?",     // no greeting at all
		"Tageszulassung, wie geht das?":                       "Tageszulassung, wie geht das?",
		"Guten Tag":                                           "Guten Tag", // no clause after it: vague answers it
		"Hallo!":                                              "Hallo!",
		"Good morning!! ":                                     "Good morning!! ",
	} {
		if got := withoutGreeting(q); got != want {
			t.Errorf("withoutGreeting(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestAsksJoke(t *testing.T) {
	for q, want := range map[string]bool{
		"Erzähl mir einen Witz, ich sitze seit einer Stunde im Wartezimmer der Kfz-Zulassung":       true,
		"I'm stuck in the queue at the Bürgeramt. Tell me a joke about paperwork!":                  true,
		"Kennst du einen Witz? Und wo beantrage ich einen Anwohnerparkausweis?":                     false, // asks a service too
		"Mein Wohngeldantrag liegt seit Monaten, das ist doch ein Witz. Wie lange dauert das noch?": false, // no joke asked for
		"can you write me a poem about the queue at the Ausländerbehörde":                           true,
		"Wie beantrage ich einen Reisepass?":                                                        false,
		"Der Umzug war anstrengend. Kannst du mir ein bisschen Mut machen?":                         true,
		"can you cheer me up? the Anmeldung took all day":                                           true,
		"Wie kann ich meinem Sohn vor der Einschulung Mut machen?":                                  false, // not asked of the bot
		"Can you quiz me with a few practice questions like the ones in the Einbürgerungstest?":     true,
		"Kannst du mich abfragen? Ich lerne für den Einbürgerungstest.":                             true,
		"Wer kann mich zum Einbürgerungstest abfragen?":                                             false, // not asked of the bot
		"mir ist langweilig und ich kann nicht schlafen, kannst du ein bisschen mit mir quatschen?": true,
		"Kannst du ein bisschen mit mir plaudern? Ich warte im Bürgeramt.":                          true,
		"Can you chat with me in English? I need to register my address.":                           false, // a chat window's opening
		"Kannst du mit mir quatschen, wie ich meinen Reisepass verlängere?":                         false, // asks a service
		"Fun fact: I have been waiting four months for my Blue Card appointment.":                   false, // no fun fact asked for
		"I have a fun fact for you – my appointment was cancelled three times":                      false,
		"tell me some fun facts about Berlin":                                                       true,
		"Can you cheer me up because my application was rejected?":                                  true,  // "was" of a verb asks nothing
		"Can you quiz me on what I need for the Anmeldung?":                                         false, // asks a service
		"Erzähl mir einen Witz! Ich warte im Amt und wo man hinschaut, nur Chaos.":                  true,  // the other sentence asks nothing
		"Tell me a joke about the Ausländerbehörde and how slow it is.":                             true,  // an exclamation, no second question
		"Erzähl mir einen Witz und wie lange dauert die Anmeldung?":                                 false,
		"Kannst du mit mir die Unterlagen für den Wohngeldantrag durchgehen?":                       false, // a service's papers
		"can you chat with me about how to register my address?":                                    false, // "chat with me" is no chat phrase
		"I'm bored sitting in the Ausländerbehörde waiting room, tell me a fun fact about Berlin!":  true,
		"Is it a fact that I have to register within 14 days? Tell me.":                             false, // a fact of a service
		"Tell me a joke about the Bürgeramt and then how do I register my address?":                 false, // asks a service too
		"Erzähl mir einen Witz und dann sag mir, wo ich meinen Wohnsitz anmelde.":                   false,
		"Erzähl mir einen Witz über Ämter und Formulare!":                                           true, // a conjunction, no question after it
	} {
		if got := asksJoke(q); got != want {
			t.Errorf("asksJoke(%q) = %v, want %v", q, got, want)
		}
	}
}
