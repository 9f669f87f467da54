package bot

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"citizenbot/knowledge"
)

func TestDeregisteredYears(t *testing.T) {
	const now = 2026
	for _, tt := range []struct {
		question string
		years    int
		ok       bool
	}{
		{"Opas Käfer steht seit 2012 abgemeldet in der Garage. Kann man den wieder anmelden?", 14, true},
		{"I took my old camper van off the road in 2015. How do I get it registered again?", 11, true},
		{"oldtimer 10 jahre abgemeldet wieder anmelden", 10, true},
		{"Ich hab mein Auto vor zwei Jahren abgemeldet. Jetzt will ich es wieder auf mich anmelden.", 2, true},
		{"Unser Anhänger ist seit drei Jahren abgemeldet. Wie melden wir ihn wieder an?", 3, true}, // a number, no year
		{"Mein Motorrad ist seit einem halben Jahr abgemeldet. Wie melde ich es wieder an?", 0, true},
		{"Mein Motorrad war seit letztem Herbst abgemeldet. Ich möchte es wieder anmelden.", 0, true},
		{"I deregistered my car last year. How do I get it back on the road?", 1, true},
		{"I took my motorbike off the road two winters ago. How do I get it back on the road?", 2, true},
		{"Mein 30 Jahre alter Käfer ist seit 2022 abgemeldet. Wie melde ich ihn wieder an?", 4, true}, // an age, and a year first
		{"Ich habe das Auto im Jahr 2012 abgemeldet. Kann ich es wieder zulassen?", 14, true},
		{"Das Auto wurde 2012 abgemeldet. Wie melde ich es wieder an?", 14, true},
		// The span must tell of the deregistration, in its sentence.
		{"Ich wohne seit 2010 in Berlin. Mein Auto ist abgemeldet. Wie melde ich es wieder an?", 0, false},
		// Not about registering it again.
		{"Mein Auto ist seit 2012 abgemeldet. Muss ich noch Kfz-Steuer zahlen?", 0, false},
		{"Mein Auto ist seit 2012 abgemeldet. Ich bin wieder in Berlin. Muss ich Kfz-Steuer zahlen?", 0, false},
		// No span told.
		{"Mein Auto ist abgemeldet. Wie melde ich es wieder an?", 0, false},
		// A year to come is no span.
		{"Mein Auto ist seit 2030 abgemeldet. Wie melde ich es wieder an?", 0, false},
	} {
		years, ok := deregisteredYears(tt.question, now)
		if years != tt.years || ok != tt.ok {
			t.Errorf("deregisteredYears(%q) = %d, %v; want %d, %v", tt.question, years, ok, tt.years, tt.ok)
		}
	}
}

// A vehicle long deregistered is searched for by the catalogue's words for
// it; one deregistered for a shorter time leaves the entry for the long one
// out, and one of no span told leaves both.
func TestDeregisteredReading(t *testing.T) {
	long := knowledge.Entry{ID: "long", Title: "Kraftfahrzeug - Wiederzulassung eines länger als 7 Jahre abgemeldeten Fahrzeugs",
		Language: "de", Region: "berlin", InfoURL: "https://service.example.de/long", Summary: "Lange abgemeldet."}
	short := knowledge.Entry{ID: "short", Title: "Wiederzulassung eines Kraftfahrzeuges ohne Halterwechsel", Language: "de", Region: "berlin",
		InfoURL: "https://service.example.de/short", Summary: "Wieder zulassen."}
	year := time.Now().Year()
	for _, tt := range []struct {
		question string
		adds     []string
		ranking  []string
	}{
		{fmt.Sprintf("Mein Käfer ist seit %d abgemeldet. Wie melde ich ihn wieder an?", year-10), []string{longDeregistered}, []string{"long", "short"}},
		{fmt.Sprintf("Mein Käfer ist seit %d abgemeldet. Wie melde ich ihn wieder an?", year-2), []string{shortDeregistered}, []string{"short"}},
		{fmt.Sprintf("Ich habe einen Käfer gekauft, der seit %d abgemeldet ist. Wie melde ich ihn wieder an?", year-2), nil, []string{"short"}},
		{"Mein Käfer ist abgemeldet. Wie melde ich ihn wieder an?", nil, []string{"long", "short"}},
	} {
		kb := newFakeKB(t, long, short)
		kb.hits = []knowledge.Hit{
			{ID: "long", Region: "berlin", Score: 0.03, Similarity: 0.6, NameFit: 0.6},
			{ID: "short", Region: "berlin", Score: 0.03, Similarity: 0.6, NameFit: 0.6},
		}
		r, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: tt.question}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(kb.queries) == 0 || !slices.Equal(kb.queries[0].Adds, tt.adds) {
			t.Errorf("%q: searched %+v, want the adds %q", tt.question, kb.queries, tt.adds)
		}
		if !slices.Equal(r.Ranking, tt.ranking) {
			t.Errorf("%q: weighed %q, want %q", tt.question, r.Ranking, tt.ranking)
		}
	}
}

func TestDeregisteredSentences(t *testing.T) {
	for q, want := range map[string][]string{
		"Mein Golf ist abgemeldet. Der Brief ist noch da. Kann ich den wieder anmelden?": {"Mein Golf ist abgemeldet."},
		"I took my van off the road. How do I get it back on the road?":                  {"I took my van off the road."},
		"Mein Golf ist abgemeldet. Muss ich noch Kfz-Steuer zahlen?":                     nil, // not registered again
		"Kann ich mein Auto wieder anmelden?":                                            nil, // no deregistration told
	} {
		if got := deregisteredSentences(q); !slices.Equal(got, want) {
			t.Errorf("deregisteredSentences(%q) = %q, want %q", q, got, want)
		}
	}
}

// A deregistration the message asks to undo is its matter, not a service
// the citizen has had: the bot does not leave it out.
func TestAnswerKeepsDeregistrationAsked(t *testing.T) {
	long := knowledge.Entry{ID: "long", Title: "Kraftfahrzeug - Wiederzulassung eines " + longDeregistered, Language: "de",
		InfoURL: "https://service.example.de/long", Summary: "Lange abgemeldet."}
	const (
		done  = "Mein Golf ist seit Jahren abgemeldet."
		asked = "Kann ich den wieder anmelden?"
	)
	kb := newFakeKB(t, long)
	kb.hits = []knowledge.Hit{{ID: "long", Title: long.Title, Score: 0.03, Similarity: 0.6}}
	kb.hitsFor = map[string][]knowledge.Hit{asked: nil}
	r, err := New(kb, Options{}).Answer(context.Background(), Request{Lang: "de", Text: done + " " + asked}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != Answered || len(kb.queries) != 1 {
		t.Errorf("status %s after the searches %q, want it answered after one search", r.Status, kb.searched())
	}
}

// The sentences of a deregistration the message asks to undo are no
// service had, and the rest of the message still tells what was done.
func TestAnswerLeavesOutDoneBesideDeregistration(t *testing.T) {
	anmeldung := knowledge.Entry{ID: "anmeldung", Title: "Anmeldung einer Wohnung", Language: "de"}
	const (
		done  = "Ich habe mich letzte Woche angemeldet."
		dereg = "Mein Golf ist seit Jahren abgemeldet."
		asked = "Wie melde ich den Golf wieder an?"
	)
	kb := newFakeKB(t, anmeldung)
	kb.hits = []knowledge.Hit{{ID: "anmeldung", Title: anmeldung.Title, Score: 0.03, Similarity: 0.6}}
	kb.hitsFor = map[string][]knowledge.Hit{asked: nil}
	if _, err := New(kb, Options{}).Answer(context.Background(), Request{Lang: "de", Text: done + " " + dereg + " " + asked}, nil); err != nil {
		t.Fatal(err)
	}
	if got := kb.searched(); len(got) != 3 || got[1] != done {
		t.Errorf("searched %q, want the message, the clause done alone and the asked", got)
	}
}
