package bot

import (
	"slices"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

func TestRegistrationOf(t *testing.T) {
	for _, tt := range []struct {
		title, act string
	}{
		{"Gewerbe ummelden", actMove},
		{"Tiere - Hundehaltung - Gefährlicher Hund - Abmeldung", "ab"},
		{"Tiere - Hundehaltung - Anmeldung - Gefährlicher Hund", "an"},
		{"Steuerliche Abmeldung oder Ummeldung eines Unternehmens", ""}, // two acts
		{"Reisepass beantragen", ""},
	} {
		if got := registrationOf(tt.title).act; got != tt.act {
			t.Errorf("registrationOf(%q).act = %q, want %q", tt.title, got, tt.act)
		}
	}
	an, ab := registrationOf("Tiere - Hundehaltung - Anmeldung - Gefährlicher Hund"), registrationOf("Tiere - Hundehaltung - Gefährlicher Hund - Abmeldung")
	if an.key != ab.key {
		t.Errorf("siblings' keys differ by their words' order: %q, %q", an.key, ab.key)
	}
	if a, b := registrationOf("Gewerbe anmelden (Gewerbeanmeldung)"), registrationOf("Gewerbe ummelden (Gewerbeummeldung)"); a.key != b.key {
		t.Errorf("siblings' keys differ by a compound that repeats the act: %q, %q", a.key, b.key)
	}
	if a, b := registrationOf("Gewerbe anmelden"), registrationOf("Hundehaltung - Hund steuerlich abmelden"); a.key == b.key {
		t.Errorf("keys of titles that differ elsewhere are alike: %q", a.key)
	}
}

func TestMovesThing(t *testing.T) {
	lex := knowledge.DefaultLexicon()
	own := ownPlaces(knowledge.Tenant{Regions: []string{"berlin"}}, nil)
	dog := strings.Fields(registrationOf("Tiere - Hundehaltung - Ummeldung - Gefährlicher Hund").key)
	business := strings.Fields(registrationOf("Gewerbe ummelden").key)
	for _, tt := range []struct {
		question string
		key      []string
		want     bool
	}{
		{"Wir ziehen mit unserem Staffordshire-Terrier von Wedding nach Köpenick, muss ich den Hund neu melden?", dog, true},
		{"moving my pitbull to neukölln, notify who?", dog, true},
		{"moved w/ my american staffordshire to neukölln, who do i notify", dog, true},
		{"laden zieht von kreuzberg nach schöneberg, gewerbe?", business, true},
		{"Ich ziehe mit meinem Laden von Neukölln nach Pankow.", business, true},
		{"kampfhund umzug neue adresse melden", dog, true},                                                // the thing before a word of moving
		{"I moved my stuff into a new flat in Kreuzberg and want to start a business.", business, false},  // no thing registered
		{"Wir sind mit den Kindern nach Pankow gezogen. Wie melde ich mein Gewerbe an?", business, false}, // no business after the move's words
		{"I need to move my appointment for registering my business.", business, false},
		{"Wir ziehen mit unserem Laden von Neukölln nach Pankow.", dog, false},                           // a business moves, not the dog
		{"Wir ziehen mit unseren Kindern nach Pankow und wollen ein Gewerbe anmelden.", business, false}, // a family moves
		{"Wir ziehen mit unserem Laden innerhalb von Berlin um.", business, true},                        // the tenant's city as where the move stays
		{"Wir ziehen mit unserem Laden aus der Türkei nach Kreuzberg.", business, false},                 // from abroad, an article between
		{"Wir ziehen mit unserem Laden aus dem Ausland nach Kreuzberg.", business, false},
		{"I moved to Pankow with my wife and want to register a business.", business, false},
		{"Ich bin gerade umgezogen und möchte ein Gewerbe anmelden.", business, false},
		{"Ich ziehe von Hamburg nach Berlin mit meinem Laden.", business, false},                                                      // between cities
		{"We're moving to Germany from Spain with our pit bull.", dog, false},                                                         // from abroad
		{"I just moved here with my pit bull, who do I tell?", dog, false},                                                            // arrived
		{"I'm moving my shop online and closing down the store.", business, false},                                                    // closing down
		{"I have an American Staffordshire terrier registered in Spandau and I'm moving to Friedrichshain. What do I do?", dog, true}, // the asker moves, the dog is theirs
		{"Mein Pitbull ist in Mitte gemeldet. Wir ziehen jetzt nach Köpenick, was muss ich tun?", dog, true},
		{"Meine Nachbarn ziehen nach Köpenick. Mein Pitbull bleibt bei mir, was muss ich tun?", dog, false},                                 // others move
		{"Wir ziehen nach Köpenick. Mein Laden bleibt in Mitte, muss ich das Gewerbe ummelden?", business, false},                           // a shop stays
		{"Wir ziehen nach Köpenick und wollen uns einen Hund anschaffen.", dog, false},                                                      // no dog of theirs yet
		{"Meine Mutter hat einen Pitbull. Wir ziehen nach Köpenick, was müssen wir tun?", dog, false},                                       // someone else's dog
		{"Wir sind nach Köpenick gezogen. Jetzt haben wir einen Staffordshire aus dem Tierheim geholt, wie melden wir ihn an?", dog, false}, // a new dog
		{"Mein Pitbull ist gestorben und ich ziehe nach Pankow. Was muss ich melden?", dog, false},                                          // a dog that died
	} {
		if got := movesThing(tt.question, tt.key, own, lex); got != tt.want {
			t.Errorf("movesThing(%q, %v) = %v, want %v", tt.question, tt.key, got, tt.want)
		}
	}
}

// Of siblings, the one for the question's act comes first; without it
// among the candidates, none is ranked down.
func TestOtherActs(t *testing.T) {
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	an, um := cand("Gewerbe anmelden"), cand("Gewerbe ummelden")
	const question = "Ich ziehe mit meinem Laden von Neukölln nach Pankow. Was muss ich wegen meinem Gewerbe machen?"
	lex := knowledge.DefaultLexicon()
	own := ownPlaces(testTenant(), nil)
	if got := otherActs(question, []candidate{an, um}, own, lex); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("siblings: against %v, want [true false]", got)
	}
	if got := otherActs(question, []candidate{an, cand("Gewerbe abmelden")}, own, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("no sibling for the move: against %v, want none", got)
	}
	if got := otherActs(question, []candidate{an, cand("Hundehaltung - Hund steuerlich ummelden")}, own, lex); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("the re-registration of another thing: against %v, want none", got)
	}
}

func TestAnswerPrefersActOfQuestion(t *testing.T) {
	b := siblings(t, "Tiere - Hundehaltung - Anmeldung - Gefährlicher Hund", "Tiere - Hundehaltung - Ummeldung - Gefährlicher Hund")
	wantFirst(t, b, map[string]string{
		"Wir ziehen mit unserem Staffordshire-Terrier von Wedding nach Köpenick. Muss ich den gefährlichen Hund neu melden?": "second",
		"Wir haben einen Staffordshire aus dem Tierheim. Muss ich den gefährlichen Hund melden?":                             "first",
	})
}
