package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestPlacesFileLoads(t *testing.T) {
	if n := len(cities()); n < 80 {
		t.Fatalf("places.txt gives %d names, want every city", n)
	}
	if c := cities()["munich"]; c.de != "München" || c.en != "Munich" {
		t.Errorf("munich = %+v, want München / Munich", c)
	}
	if c := cities()["hamburg"]; c.de != "Hamburg" || c.en != "Hamburg" {
		t.Errorf("hamburg = %+v, want the German name in English too", c)
	}
	for name := range cities() {
		if len(knowledge.Words(name)) != 1 {
			t.Errorf("%q is not one word: elsewhere matches single words", name)
		}
	}
}

func TestDistrictsFileLoads(t *testing.T) {
	parts := districts()["berlin"]
	if !slices.Contains(parts, "Neukölln") || !slices.Contains(parts, "Prenzlauer") {
		t.Fatalf("districts.txt gives Berlin %q, want its districts and quarters", parts)
	}
	for _, p := range parts {
		if len(knowledge.Words(p)) != 1 {
			t.Errorf("%q is not one word: ownPlaces matches single words", p)
		}
	}
}

func TestElsewhere(t *testing.T) {
	berlin := knowledge.Tenant{Regions: []string{"berlin"}}
	for _, tt := range []struct {
		question, lang string
		tenant         knowledge.Tenant
		want           string
	}{
		{"Which KVR office in Munich should I go to for my Anmeldung?", "en", berlin, "the city administration of Munich"},
		{"Kann ich meinen Ausweis auch in Köln beantragen?", "de", berlin, "die Stadtverwaltung Köln"},
		{"I live in Potsdam, not Berlin. Where do I register my new address there?", "en", berlin, "the city administration of Potsdam"},
		{"We live in Potsdam, just outside Berlin. How do we apply for a Kita place there?", "en", berlin, "the city administration of Potsdam"},
		{"Wir wohnen in Potsdam, also außerhalb von Berlin. Wo beantragen wir den Kitagutschein?", "de", berlin, "die Stadtverwaltung Potsdam"},
		{"Fundbüro in Dusseldorf", "de", berlin, "die Stadtverwaltung Düsseldorf"},
		{"Ein Kunde in München zahlt meine Rechnung seit Wochen nicht. Wie bekomme ich einen Mahnbescheid?", "de", berlin, ""},
		{"My supplier in Hamburg never delivered. Can I get a court payment order against him?", "en", berlin, ""},
		{"Ich habe in Hamburg ein Knöllchen bekommen, wohne aber in Berlin.", "de", berlin, "die Stadtverwaltung Hamburg"}, // a fine stays with who issued it
		{"Ich habe in Berlin ein Knöllchen bekommen, wohne aber in Hamburg.", "de", berlin, ""},
		{"Ich bin in Berlin bei der Baukammer eingetragen. Jetzt ziehe ich nach Hamburg – wie melde ich mich dort ab?", "de", berlin, ""}, // leaves Berlin's chamber
		{"Ich bin in Berlin gemeldet. Jetzt ziehe ich nach Hamburg – wie melde ich mich dort an?", "de", berlin, "die Stadtverwaltung Hamburg"},
		{"baukammer austreten, umzug nach hamburg", "de", berlin, ""}, // leaves the chamber it is in
		{"I'm a member of the Baukammer in Berlin. I'm moving to Munich for a new job – how do I end my membership there?", "en", berlin, ""},
		{"Ich bin Mitglied der Berliner Baukammer und ziehe nach Köln. Wie beende ich dort meine Mitgliedschaft?", "de", berlin, ""}, // ends a membership
		{"I got a parking ticket while visiting Hamburg. Can I pay it here in Berlin?", "en", berlin, "the city administration of Hamburg"},
		{"Ich war in Hamburg. Mein Ausweis ist weg, ich wohne in Berlin.", "de", berlin, ""},
		{"Wir ziehen von Hamburg nach Pankow.", "de", berlin, ""},
		{"Ich ziehe nach Köln. Wo ist dort das Bürgeramt?", "de", berlin, "die Stadtverwaltung Köln"},
		{"We are moving in May to Munich, where do we register?", "en", berlin, "the city administration of Munich"},
		{"Wir ziehen von Köln nach Berlin.", "de", berlin, ""},
		{"Ich ziehe innerhalb Münchens um.", "de", berlin, "die Stadtverwaltung München"}, // a genitive "s"
		{"moving within Hamburg next month", "en", berlin, "the city administration of Hamburg"},
		{"Ich ziehe innerhalb Berlins um.", "de", berlin, ""},
		{"Ich wohne in Hamburg, arbeite aber in Berlin. Wo beantrage ich in Hamburg einen Anwohnerparkausweis?", "de", berlin, "die Stadtverwaltung Hamburg"}, // asked there
		{"Bought a used car from a guy in Hamburg. I live in Berlin. Can I keep the Hamburg plates?", "en", berlin, ""},                                       // the plates' city
		{"I live in Berlin and work in Hamburg. Can I get a resident parking permit in Hamburg?", "en", berlin, "the city administration of Hamburg"},
		{"Ich wohne in Berlin. Wo kann ich in München Nummernschilder für mein Wohnmobil bekommen?", "de", berlin, "die Stadtverwaltung München"},                // plates there
		{"I live in Berlin but my car is at my parents' in Hamburg. Where can I get Hamburg plates for it?", "en", berlin, "the city administration of Hamburg"}, // nothing bought
		{"I work in Munich but live in Berlin. Where do I get a parking permit?", "en", berlin, ""},
		{"Ich ziehe im Juni von Berlin nach Hamburg. Wie melde ich mich dort an?", "de", berlin, "die Stadtverwaltung Hamburg"},
		{"Ich bin in der Architektenkammer Berlin, ziehe aber nach Hamburg und arbeite nur noch dort. Wie trete ich aus?", "de", berlin, ""},
		{"Ich bin Mitglied der Architektenkammer Berlin. Ich ziehe nach Hamburg und arbeite nur noch dort – wie trete ich aus?", "de", berlin, ""},
		{"I'm moving to Munich. Do I have to deregister in Berlin?", "en", berlin, ""},
		{"I'm leaving Berlin and moving to Munich, where do I register?", "en", berlin, "the city administration of Munich"},
		{"Wir ziehen aus Berlin nach Köln.", "de", berlin, "die Stadtverwaltung Köln"},
		{"Ich wohne in Berlin und ziehe nach Köln. Was muss ich tun?", "de", berlin, "die Stadtverwaltung Köln"},
		{"I'm moving to Munich. Can I get a parking permit in Berlin for there?", "en", berlin, "the city administration of Munich"},
		{"We're moving next summer with the kids from Berlin to Munich.", "en", berlin, "the city administration of Munich"},
		{"I moved from Berlin to Munich. Munich needs a record of my Berlin driving licence.", "en", berlin, ""},
		{"Ich ziehe meinen Antrag zurück. Nach Köln fahre ich trotzdem.", "de", berlin, ""},
		{"Ich fahre nach Köln und brauche einen Reisepass.", "de", berlin, ""},
		{"I moved here from Munich, how do I register?", "en", berlin, ""},
		{"Die Stadt Mannheim holt den Sperrmüll nicht ab.", "de", berlin, ""},
		{"Kann ich das in Hamburg beantragen?", "de", knowledge.Tenant{Regions: []string{"hamburg"}}, ""},
		{"Personalausweis beantragen", "de", berlin, ""},
		// a part of the tenant's city (districts.txt) names it too, and so
		// does its adjective
		{"Bin 1990 in Neukölln geboren, wohne aber jetzt in Köln. Kann ich die Geburtsurkunde online bestellen?", "de", berlin, ""},
		{"My mother lives in Hannover and visits me in Prenzlauer Berg. Can she get a visitor parking permit?", "en", berlin, ""},
		{"Ich ziehe beruflich nach München. Wie trete ich aus der Berliner Baukammer aus?", "de", berlin, ""},
		{"Bin 1990 in Neukölln geboren, wohne aber jetzt in Köln. Kann ich die Geburtsurkunde online bestellen?", "de",
			knowledge.Tenant{Regions: []string{"hamburg"}}, "die Stadtverwaltung Köln"},
	} {
		if got := elsewhere(tt.question, tt.lang, ownPlaces(tt.tenant, nil)); got != tt.want {
			t.Errorf("elsewhere(%q) for regions %q = %q, want %q", tt.question, tt.tenant.Regions, got, tt.want)
		}
	}
}

// A question about another city's office gets no answer that names that
// city's administration, although search found a service of the
// tenant's own.
func TestAnswerOtherCity(t *testing.T) {
	anmelden := knowledge.Entry{ID: "anmelden", Title: "Wohnung anmelden", Language: "de", Region: "berlin",
		InfoURL: "https://service.example.de/anmelden", Summary: "Nach dem Umzug anmelden."}
	kb := newFakeKB(t, anmelden)
	kb.hits = []knowledge.Hit{{ID: "anmelden", Region: "berlin", Score: 0.03, Similarity: 0.6, NameFit: 0.4}}
	b := New(kb, Options{})
	r, err := b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "en", Text: "Which office in Munich does the Anmeldung?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != NoAnswer || !strings.Contains(r.Text, "city administration of Munich") {
		t.Fatalf("reply %s %q, want no answer naming Munich's administration", r.Status, r.Text)
	}
	r, err = b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: "Ich ziehe von München nach Berlin: Wohnung anmelden"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != Answered {
		t.Errorf("reply %s %q for a move to the tenant's city, want the service", r.Status, r.Text)
	}
}

func TestFineAbroad(t *testing.T) {
	own := ownPlaces(knowledge.Tenant{Regions: []string{"berlin"}}, nil)
	for _, tt := range []struct{ question, lang, want string }{
		{"I got a speeding ticket in the mail from France after a road trip. Do I have to pay it?", "en", "the authority of France that issued the fine"},
		{"Ich habe einen Bußgeldbescheid aus Italien bekommen. Muss ich den bezahlen?", "de", "die Behörde des Landes Italien, die das Bußgeld verhängt hat"},
		// A fine here, or a country that is not where the fine was.
		{"Ich komme aus Polen und habe hier ein Knöllchen bekommen.", "de", ""},
		{"I'm from France and got a parking ticket in Berlin.", "en", ""},
		{"Ich bin Türke und habe ein Knöllchen bekommen.", "de", ""},
		{"Ich komme aus Polen und habe ein Knöllchen bekommen.", "de", ""},
		{"I'm from France and got a parking ticket. How do I pay it?", "en", ""},
		{"Wir fahren nach Italien. Brauche ich einen Reisepass?", "de", ""},
	} {
		if got := fineAbroad(tt.question, tt.lang, own); got != tt.want {
			t.Errorf("fineAbroad(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}
