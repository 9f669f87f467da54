package bot

import (
	"testing"

	"citizenbot/knowledge"
)

func TestAbroadFileLoads(t *testing.T) {
	if c := citiesAbroad()["vienna"]; c.de != "Wien" || c.en != "Vienna" {
		t.Errorf("vienna = %+v, want Wien / Vienna", c)
	}
	for name := range citiesAbroad() {
		if len(knowledge.Words(name)) != 1 {
			t.Errorf("%q is not one word: procedureAbroad matches single words", name)
		}
		if _, ok := cities()[name]; ok {
			t.Errorf("%q is in places.txt too: a city is German or abroad", name)
		}
	}
}

func TestProcedureAbroad(t *testing.T) {
	own := []string{"berlin"}
	for _, tt := range []struct{ question, lang, want string }{
		{"How long does it take to register my address in Vienna?", "en", "the city administration of Vienna"},
		{"Wie beantrage ich in Wien einen Parkausweis für Anwohner?", "de", "die Stadtverwaltung Wien"},
		{"geburtsurkunde vater geboren 1938 in breslau wo beantragen", "de", ""}, // asks where
		{"Mein Vater ist in Wien geboren, wo beantrage ich seine Geburtsurkunde?", "de", ""},
		{"Kann ich in Wien beantragen, wo ich wohnen darf?", "de", "die Stadtverwaltung Wien"},  // applying before "wo"
		{"Ich lebe seit März in Wien, wo melde ich mich an?", "de", "die Stadtverwaltung Wien"}, // lives there
		{"Wir leben seit zwei Jahren in Wien, wo melden wir unser Kind an?", "de", "die Stadtverwaltung Wien"},
		{"Ich ziehe nach Wien. Wie funktioniert dort die Anmeldung?", "de", "die Stadtverwaltung Wien"},
		{"Meine Schwester zieht nach Wien. Wie meldet sie sich dort an?", "de", "die Stadtverwaltung Wien"},
		{"We're moving to Vienna in September. Do we have to register our address in Austria too?", "en", "the authorities of Austria"},
		{"Muss ich mein Auto in der Türkei anmelden?", "de", "eine Behörde des Landes Türkei"},
		{"I'm relocating to Vienna. How does the Meldezettel registration work in Austria?", "en", "the authorities of Austria"}, // a noun of registering
		{"I live in Vienna and just got a puppy. How do I register my dog there?", "en", "the city administration of Vienna"},
		{"I'm moving to Vienna next year. How do I exchange my German licence for an Austrian one over there?", "en", "the city administration of Vienna"}, // the adjective is no place
		{"I'm moving to Vienna. How do I exchange my licence over there?", "en", "the city administration of Vienna"},
		{"Wir leben in Kanada und haben dort geheiratet – wie lassen wir die Ehe in einem deutschen Register eintragen?", "de", ""}, // a German noun
		{"Ich wohne in Wien, nicht in Berlin. Wie melde ich dort mein Auto an?", "de", "die Stadtverwaltung Wien"},
		// What happened abroad, a past participle, or a procedure far from the place is the city's.
		{"Wir haben in Wien geheiratet. Müssen wir die Ehe in Deutschland nachbeurkunden lassen?", "de", ""},
		{"Ich habe mich in Wien angemeldet und ziehe jetzt zurück.", "de", ""},
		{"We got married in Copenhagen last year and now want to apply for a German marriage certificate.", "en", ""},
		// Here, Germany or the tenant's city named: the city's matter.
		{"Ich ziehe nach Spanien. Muss ich mich dort anmelden und hier abmelden?", "de", ""},
		{"I live in Vienna and want to register a business in Berlin.", "en", ""},
		{"Ich ziehe von Berlin nach Wien. Wie melde ich mich dort an?", "de", "die Stadtverwaltung Wien"},
		// "there is" points at nothing.
		{"We're moving to Vienna. Is there anything I need to register before we leave?", "en", ""},
		{"Ich ziehe nach Spanien. Muss ich mich abmelden?", "de", ""},
		// "us" is a country only as "the US".
		{"Can you help us register in us?", "en", ""},
		{"Do I have to register my car in the US?", "en", "the authorities of the United States"},
	} {
		if got := procedureAbroad(tt.question, tt.lang, own); got != tt.want {
			t.Errorf("procedureAbroad(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}
