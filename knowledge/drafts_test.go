package knowledge_test

import (
	"context"
	"errors"
	"testing"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// A change to a published entry is a draft: the bot keeps the published
// text until the draft is published, ingestion leaves the entry alone,
// and the history shows what the editor saved.
func TestDraftOfPublishedEntry(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	src := knowledge.Entry{ID: "hund", Title: "Hund anmelden", Region: "berlin", Summary: "Beim Finanzamt anmelden."}
	if _, err := s.SaveEntries(ctx, []knowledge.Entry{src}, "ingest"); err != nil {
		t.Fatal(err)
	}
	live := func() string {
		t.Helper()
		kb, err := s.Live(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return kb.Index().PublishedEntries([]string{"hund"})["hund"].Summary
	}
	r, err := s.Record(ctx, "hund", berlin)
	if err != nil {
		t.Fatal(err)
	}
	e := r.Entry
	e.Summary = "Online beim Finanzamt anmelden."
	r, err = s.UpdateEntry(ctx, e, r.Version, berlin)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != knowledge.StatusPublished || !r.UnpublishedChanges || r.Entry.Summary != e.Summary ||
		r.Published == nil || r.Published.Summary != src.Summary || !r.EditedSinceSource {
		t.Fatalf("saved %+v: want a published entry with the change as its draft and the old text published", r)
	}
	if got := live(); got != src.Summary {
		t.Errorf("the bot answers from %q before publishing, want the published %q", got, src.Summary)
	}
	newer := src
	newer.Summary = "Neuer Text der Quelle."
	if kept, err := s.SaveEntries(ctx, []knowledge.Entry{newer}, "ingest"); err != nil || len(kept) != 1 {
		t.Errorf("ingestion over a draft: kept %v, %v; want the entry kept", kept, err)
	}
	hist, err := s.History(ctx, "hund", berlin)
	if err != nil || !hist[0].UnpublishedChanges || hist[0].Entry.Summary != e.Summary || hist[1].UnpublishedChanges {
		t.Fatalf("history %+v, %v: want the newest version to be the draft", hist, err)
	}

	// Saving the published text again leaves nothing to publish.
	back := e
	back.Summary = src.Summary
	r2, err := s.UpdateEntry(ctx, back, r.Version, berlin)
	if err != nil || r2.UnpublishedChanges {
		t.Fatalf("saving the published text: %+v, %v; want no draft", r2, err)
	}
	if r2, err = s.UpdateEntry(ctx, e, r2.Version, berlin); err != nil {
		t.Fatal(err)
	}

	r3, err := s.Publish(ctx, "hund", r2.Version, berlin)
	if err != nil {
		t.Fatal(err)
	}
	if r3.UnpublishedChanges || r3.Published != nil || r3.Entry.Summary != e.Summary || r3.Status != knowledge.StatusPublished {
		t.Fatalf("published %+v: want the draft published", r3)
	}
	if got := live(); got != e.Summary {
		t.Errorf("the bot answers from %q after publishing, want %q", got, e.Summary)
	}

	// Unpublishing an entry with a draft keeps the draft as its content.
	e.Summary = "Dritte Fassung."
	r4, err := s.UpdateEntry(ctx, e, r3.Version, berlin)
	if err != nil {
		t.Fatal(err)
	}
	r5, err := s.Unpublish(ctx, "hund", r4.Version, berlin)
	if err != nil || r5.Status != knowledge.StatusDraft || r5.UnpublishedChanges || r5.Entry.Summary != e.Summary {
		t.Fatalf("unpublished %+v, %v: want a draft with the latest text", r5, err)
	}
	if got := live(); got != "" {
		t.Errorf("the bot still answers from %q after unpublishing", got)
	}
	// A draft moving a published entry to Hamburg does not make the
	// Berlin entry Hamburg's before it is published.
	r6, err := s.Publish(ctx, "hund", r5.Version, berlin)
	if err != nil {
		t.Fatal(err)
	}
	e.Region = "hamburg"
	r7, err := s.UpdateEntry(ctx, e, r6.Version, admin)
	if err != nil {
		t.Fatal(err)
	}
	hamburg := knowledge.Actor{Name: "hans", TenantID: "hh", Role: knowledge.RoleEditor, Regions: []string{"hamburg"}}
	if _, err := s.Record(ctx, "hund", hamburg); !errors.Is(err, knowledge.ErrForbidden) {
		t.Errorf("Hamburg editor reads a Berlin entry with a Hamburg draft: %v, want ErrForbidden", err)
	}
	if _, err := s.Publish(ctx, "hund", r7.Version, hamburg); !errors.Is(err, knowledge.ErrForbidden) {
		t.Errorf("Hamburg editor publishes it: %v, want ErrForbidden", err)
	}
}
