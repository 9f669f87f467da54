package bot

import (
	"context"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestConsulate(t *testing.T) {
	for _, tt := range []struct {
		question, lang, want string
	}{
		{"Wo bekomme ich in Berlin einen neuen türkischen Reisepass?", "de", "die Botschaft oder ein Konsulat des Landes Türkei"},
		{"Mein polnischer Pass läuft im Sommer ab.", "de", "die Botschaft oder ein Konsulat des Landes Polen"},
		{"Ich will fünf Wochen nach Vietnam reisen. Brauche ich ein Visum?", "de", "die Botschaft oder ein Konsulat des Landes Vietnam"}, // the destination before
		{"Meine Frau kommt aus Vietnam nach Berlin. Braucht sie ein Visum?", "de", ""},                                                   // coming here
		{"Wir fliegen nach Thailand. Muss ich für mein Visum vorher etwas beantragen?", "de", ""},                                        // the visa a purpose
		{"Renewing my Indian passport while living in Berlin", "en", "the embassy or a consulate of India"},
		{"Where do I book a US visa appointment?", "en", "the embassy or a consulate of the United States"},
		{"I lost my Dutch ID card and passport", "en", "the embassy or a consulate of the Netherlands"},
		{"Wie bekommt meine Tochter einen polnischen Reisepass?", "de", "die Botschaft oder ein Konsulat des Landes Polen"},
		{"How do I get a Brazilian passport for my son?", "en", "the embassy or a consulate of Brazil"},
		{"I'm an Indian citizen living in Berlin and my passport expires in March. Where can I renew it?", "en", "the embassy or a consulate of India"},
		{"Meine Frau ist polnische Staatsbürgerin und ihr Pass ist abgelaufen.", "de", "die Botschaft oder ein Konsulat des Landes Polen"},
		{"Ich bin Italienerin und mein Pass läuft bald ab.", "de", "die Botschaft oder ein Konsulat des Landes Italien"},                // the noun for a citizen
		{"I'm from Ghana and my passport was stolen last week. Where do I get a new one?", "en", "the embassy or a consulate of Ghana"}, // the asker's origin
		{"Ich komme aus der Türkei, mein Reisepass ist abgelaufen. Wo beantrage ich einen neuen?", "de", "die Botschaft oder ein Konsulat des Landes Türkei"},
		{"My wife is from Ghana. I lost my passport, where do I get a new one?", "en", ""},                                            // someone else's origin
		{"I'm Indian and my passport expires in March. Where in Berlin can I renew it?", "en", "the embassy or a consulate of India"}, // the asker's nationality
		{"My wife is Indian and I lost my passport. Where do I get a new one?", "en", ""},                                             // someone else's
		// a foreign embassy the sentence that asks visits
		{"Do I need an appointment at the Turkish consulate to renew my kimlik card, or can I just walk in?", "en", "the embassy or a consulate of Turkey"},
		{"I'm Brazilian and want to vote from here. How do I register with the Brazilian consulate?", "en", "the embassy or a consulate of Brazil"},
		{"Ich bin Italienerin und wohne jetzt in Berlin. Muss ich mich auch bei dem italienischen Konsulat melden?", "de", "die Botschaft oder ein Konsulat des Landes Italien"},
		{"Where in Berlin can I get copies certified that I have to bring to the Russian consulate?", "en", ""},              // a document taken there
		{"I work at the Turkish consulate, do I need to register my address?", "en", ""},                                     // the asker works there
		{"Can I do the Anmeldung at the Turkish consulate or only at the Bürgeramt?", "en", ""},                              // an office of the city beside it
		{"I got my new passport at the Turkish consulate, what do I do with my residence permit now?", "en", ""},             // a visit told
		{"I was at the Turkish consulate yesterday about my new passport. How do I transfer my residence permit?", "en", ""}, // told, not asked
		{"Die indische Botschaft will meine Fingerabdrücke – wo lasse ich die in Berlin beglaubigen?", "de", ""},             // the embassy asks
		{"Do I have to go to the German embassy in Lagos for the visa, or can my wife apply here?", "en", ""},                // Germany's own
		// an embassy named in the sentence that asks
		{"We fly to Vietnam in May. Is the visa issued by the Vietnamese embassy in Berlin?", "en", "the embassy or a consulate of Vietnam"},
		{"Mein Pass ist voll. Stellt die türkische Botschaft auch einen Ersatzpass aus?", "de", "die Botschaft oder ein Konsulat des Landes Türkei"},
		{"I'm a Canadian citizen with my Canadian passport. How do I get what lets me work here?", "en", ""}, // work asked
		{"Mein kanadischer Pass ist neu. Darf ich damit hier arbeiten?", "de", ""},
		{"My Indian passport expires next month. How does the renewal work?", "en", "the embassy or a consulate of India"},                           // work, not the right to
		{"Wir wollen eine Pflegekraft aus Indien einstellen. Das Visum dauert ewig. Können wir das als Arbeitgeber beschleunigen?", "de", ""},        // work asked
		{"The Turkish consulate gave me a new passport. What do I need to do with my permit now?", "en", ""},                                         // told, not asked
		{"Wo in Berlin beantrage ich ein Visum für Indien? Bin deutsche Staatsbürgerin.", "de", "die Botschaft oder ein Konsulat des Landes Indien"}, // the country it is for
		{"visum für china urlaub wo beantragen", "de", "die Botschaft oder ein Konsulat des Landes China"},
		{"Brauche ich mit deutschem Pass ein Visum für einen Urlaub in Thailand?", "de", "die Botschaft oder ein Konsulat des Landes Thailand"}, // the country a trip is spent in
		{"Do we need a visa for our holiday in the Philippines?", "en", "the embassy or a consulate of the Philippines"},
		{"Kinderreisepass aus den USA für unser Baby, wie ist die Wartezeit?", "de", ""},                                                                      // no adjective
		{"US-Reisepass für unser Baby, wie lang ist die Wartezeit?", "de", "die Botschaft oder ein Konsulat des Landes USA"},                                  // the wait for it
		{"Ich bin Brasilianerin und habe eine Aufenthaltskarte. Mein Pass ist abgelaufen. Muss die Karte auf den neuen Pass umgeschrieben werden?", "de", ""}, // the city transfers the card
		{"What is the waiting time for an Indian passport?", "en", "the embassy or a consulate of India"},
		{"Do I need a visa for the United States?", "en", "the embassy or a consulate of the United States"},
		{"Visum für meine Mutter aus Nigeria", "de", ""},                                                  // where she comes from: an invitation is the city's
		{"Für mein Visum nach Australien brauche ich ein Führungszeugnis. Wo bekomme ich das?", "de", ""}, // a document for the visa
		{"Ich habe ein Visum für Kanada bekommen. Wo beantrage ich jetzt ein Führungszeugnis?", "de", ""},
		{"Mein brasilianischer Reisepass läuft bald ab. Kann ich den hier verlängern lassen? Meine Aufenthaltserlaubnis ist noch drei Jahre gültig.", "de", "die Botschaft oder ein Konsulat des Landes Brasilien"}, // the permit told in passing
		// the city's own passport and its services for foreigners
		{"Mein türkischer Pass läuft ab, die Niederlassungserlaubnis ist darin. Was muss ich tun?", "de", ""},                                          // the permit, and a question of what to do
		{"I'm British and have the post-Brexit residence card. I just got a new UK passport – do I need to do anything about the card now?", "en", ""}, // a passport received
		{"Jetzt habe ich einen neuen britischen Pass bekommen – muss die Karte auf den neuen Pass umgeschrieben werden?", "de", ""},
		{"I'm British and have the Aufenthaltsdokument-GB card. Just renewed my UK passport – do I need a new card?", "en", ""}, // a passport renewed
		{"My Indian passport has to be renewed – where do I do that in Berlin?", "en", "the embassy or a consulate of India"},   // a renewal to come
		{"Mein Reisepass läuft ab", "de", ""},
		{"My German passport expired", "en", ""},
		{"My Indian passport expires, how do I transfer my residence permit?", "en", ""},
		{"Mein türkischer Pass ist abgelaufen, brauche ich ihn für die Einbürgerung?", "de", ""},
		{"I have a Ukrainian passport, which documents do I need for the Anmeldung?", "en", ""},
		{"I'm an Indian citizen and my passport expires, can I still get my residence permit?", "en", ""},
		// a citizen of another country and a passport not theirs
		{"I'm an Indian citizen. Can I apply for a passport for my German son?", "en", ""},
		// a foreign passport named without anything to do with it
		{"Reicht ein italienischer Pass als Nachweis?", "de", ""},
	} {
		if got := consulate(tt.question, tt.lang); got != tt.want {
			t.Errorf("consulate(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// A question about a foreign passport gets no answer that names the
// country's embassy, though search finds the city's passport service.
func TestAnswerConsulate(t *testing.T) {
	pass := knowledge.Entry{ID: "pass", Title: "Reisepass beantragen", Language: "de", Region: "berlin",
		InfoURL: "https://service.example.de/pass", Summary: "Einen Reisepass beantragen."}
	kb := newFakeKB(t, pass)
	kb.hits = []knowledge.Hit{{ID: "pass", Region: "berlin", Score: 0.03, Similarity: 0.6, NameFit: 0.4}}
	b := New(kb, Options{})
	r, err := b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "en", Text: "How do I renew my Turkish passport?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != NoAnswer || !strings.Contains(r.Text, "consulate of Turkey") {
		t.Fatalf("reply %s %q, want no answer naming Turkey's consulates", r.Status, r.Text)
	}
	r, err = b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "en", Text: "How do I renew my passport?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != Answered {
		t.Fatalf("reply %s %q, want the passport service", r.Status, r.Text)
	}
}
