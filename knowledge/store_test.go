package knowledge_test

import (
	"context"
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// fixture is a small catalogue written for these tests.
var fixture = []knowledge.Entry{
	{ID: "t-anmeldung", Title: "Anmeldung einer Wohnung", Region: "berlin", Source: "test",
		Summary:     "Wer in eine neue Wohnung zieht, meldet sich innerhalb von zwei Wochen beim Bürgeramt an.",
		Documents:   "Personalausweis oder Reisepass, Bestätigung des Wohnungsgebers.",
		InfoURL:     "https://service.example.org/anmeldung",
		Fees:        "gebührenfrei",
		Keywords:    []string{"Wohnsitz", "Meldebescheinigung"},
		LegalBasis:  []knowledge.Link{{Title: "Bundesmeldegesetz", URL: "https://www.gesetze-im-internet.de/bmg/"}},
		Topics:      []string{"Umzug"},
		Updated:     "2024-09-01",
		Description: "Die Anmeldung ist Pflicht. Sie ist im Bürgeramt mit Termin möglich."},
	{ID: "t-fuehrerschein", Title: "Führerschein beantragen", Region: "berlin", Source: "test",
		Summary: "Die erste Fahrerlaubnis beantragen Sie bei der Fahrerlaubnisbehörde, bevor die Ausbildung in der Fahrschule endet.",
		InfoURL: "https://service.example.org/fuehrerschein"},
	{ID: "t-hundesteuer", Title: "Hundesteuer", Region: "berlin", Source: "test",
		Summary: "Wer einen Hund hält, zahlt Hundesteuer an das Finanzamt.", InfoURL: "https://service.example.org/hund"},
	{ID: "t-reisepass", Title: "Reisepass beantragen", Region: "berlin", Source: "test",
		Summary: "Ein Reisepass gilt zehn Jahre und wird im Bürgeramt beantragt.", InfoURL: "https://service.example.org/pass"},
	{ID: "t-kindergeld", Title: "Kindergeld", Region: "de", Source: "test",
		Summary: "Eltern erhalten für jedes Kind Kindergeld von der Familienkasse.", InfoURL: "https://service.example.org/kindergeld"},
	{ID: "t-hamburg", Title: "Anmeldung einer Wohnung in Hamburg", Region: "hamburg", Source: "test",
		Summary: "Wohnung anmelden im Kundenzentrum Hamburg.", InfoURL: "https://service.example.org/hh"},
}

func fixtureEntries(t *testing.T) []knowledge.Entry {
	t.Helper()
	out := make([]knowledge.Entry, len(fixture))
	for i, e := range fixture {
		e.Normalize()
		if err := e.Validate(); err != nil {
			t.Fatalf("fixture %s: %v", e.ID, err)
		}
		out[i] = e
	}
	return out
}

func newStore(t *testing.T) *knowledge.Store {
	t.Helper()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	if _, err := s.SaveEntries(context.Background(), fixtureEntries(t), "test"); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOpenMigratesFromEmptyAndAgain(t *testing.T) {
	ctx := context.Background()
	url := knowledgetest.URL(t)
	for i := range 2 {
		s, err := knowledge.Open(ctx, url, knowledge.NewLocalEmbedder(0))
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		if err := s.Ping(ctx); err != nil {
			t.Errorf("ping #%d: %v", i+1, err)
		}
		demo, err := s.Tenant(ctx, "demo")
		if err != nil || len(demo.Regions) != 0 {
			t.Errorf("demo tenant = %+v, %v; want one that sees every region", demo, err)
		}
		s.Close()
	}
}

func TestOpenReportsUnreachableDatabase(t *testing.T) {
	_, err := knowledge.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=2", knowledge.NewLocalEmbedder(0))
	if err == nil || !strings.Contains(err.Error(), "cannot reach the database at 127.0.0.1:1") || !strings.Contains(err.Error(), "make db") {
		t.Errorf("err = %v, want a message naming the address and `make db`", err)
	}
}

func TestOpenExplainsMissingExtension(t *testing.T) {
	ctx := context.Background()
	dbURL := knowledgetest.URL(t)
	admin, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	// pgvector is not a trusted extension: an ordinary user cannot create it.
	role := "cb_plain_" + strings.ReplaceAll(strings.TrimPrefix(admin.Config().Database, "citizenbot_test_"), "-", "")
	for _, q := range []string{
		"CREATE ROLE " + role + " LOGIN",
		"GRANT ALL ON DATABASE " + admin.Config().Database + " TO " + role,
		"GRANT ALL ON SCHEMA public TO " + role,
	} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { // runs before admin is closed: cleanups run last-in, first-out
		for _, q := range []string{"DROP OWNED BY " + role, "DROP ROLE " + role} {
			if _, err := admin.Exec(context.Background(), q); err != nil {
				t.Errorf("remove test role: %v", err)
			}
		}
	})
	u, _ := url.Parse(dbURL)
	u.User = url.User(role)
	_, err = knowledge.Open(ctx, u.String(), knowledge.NewLocalEmbedder(0))
	if err == nil || !strings.Contains(err.Error(), "lacks the pgvector extension") || !strings.Contains(err.Error(), "CREATE EXTENSION vector") {
		t.Errorf("err = %v, want it to say that a superuser must create the extension", err)
	}
}

func TestEntryRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	for _, want := range fixtureEntries(t) {
		got, err := s.Entry(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("round trip changed the entry:\n got %+v\nwant %+v", got, want)
		}
		if got.Hash() != want.Hash() {
			t.Errorf("%s: hash changed in the round trip", want.ID)
		}
	}
	if _, err := s.Entry(ctx, "nope"); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("missing entry: err = %v, want ErrNotFound", err)
	}
}

// A saved change reaches a watching index without anyone asking for it:
// that is how every server instance learns of a publication.
func TestSaveEntriesReachesWatchingIndex(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := newStore(t)
	kb, err := s.Live(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	go kb.Watch(ctx)
	if hits, _ := kb.Search(ctx, knowledge.Query{Text: "Katzen"}); len(hits) > 0 && hits[0].TextRank > 0 {
		t.Fatalf("the fixture already mentions cats: %+v", hits[0])
	}
	e := fixtureEntries(t)[2]
	e.Summary = "Für Katzen gibt es keine Steuer, für Hunde schon: die Hundesteuer wird jährlich erhoben."
	if _, err := s.SaveEntries(ctx, []knowledge.Entry{e}, "test"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		hits, err := kb.Search(ctx, knowledge.Query{Text: "Katzen"})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) > 0 && hits[0].ID == e.ID && hits[0].TextRank > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("new text not found 10 s after saving: %+v", hits)
		}
		time.Sleep(20 * time.Millisecond)
	}
	states, err := s.EntryStates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if states[e.ID].ContentHash != e.Hash() {
		t.Error("content hash not updated")
	}
}

func TestChangingEmbedderReembeds(t *testing.T) {
	ctx := context.Background()
	url := knowledgetest.URL(t)
	s, err := knowledge.Open(ctx, url, knowledge.NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveEntries(ctx, fixtureEntries(t), "test"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = knowledge.Open(ctx, url, knowledge.NewLocalEmbedder(64))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := s.EmbedMissing(ctx, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n < len(fixture) {
		t.Errorf("re-embedded %d chunks after the embedder changed, want all (≥ %d)", n, len(fixture))
	}
	if n, _ := s.EmbedMissing(ctx, 5, nil); n != 0 {
		t.Errorf("second EmbedMissing embedded %d chunks, want 0", n)
	}
	kb, err := s.Live(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := kb.Search(ctx, knowledge.Query{Text: "Hund"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].ID != "t-hundesteuer" || hits[0].Similarity <= 0 {
		t.Errorf("search with the new embedder: %+v", hits)
	}
}
