package knowledge_test

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// An ingestion run reads the entries' states, embeds for a while, then
// writes. An editor's change made in between must survive the write, and
// so must an entry an editor created under an id the source now delivers;
// pruning must not remove an entry an editor changed in between either.
func TestSaveEntriesKeepsChangesMadeMeanwhile(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	src := knowledge.Entry{ID: "src-hund", Title: "Hund anmelden", Region: "berlin", Summary: "Text der Quelle."}
	if _, err := s.SaveEntries(ctx, []knowledge.Entry{src}, "ingest"); err != nil {
		t.Fatal(err)
	}
	// The run reads the states here and finds src-hund unedited and
	// console-katze missing; then the editor acts.
	r, err := s.Record(ctx, src.ID, admin)
	if err != nil {
		t.Fatal(err)
	}
	edited := r.Entry
	edited.Summary = "Vom Amt korrigierter Text."
	if _, err := s.UpdateEntry(ctx, edited, r.Version, admin); err != nil {
		t.Fatal(err)
	}
	mine := knowledge.Entry{ID: "console-katze", Title: "Katze", Region: "berlin", Summary: "In der Redaktion geschrieben."}
	if _, err := s.CreateEntry(ctx, mine, admin); err != nil {
		t.Fatal(err)
	}

	newer := src
	newer.Summary = "Neuer Text der Quelle."
	theirs := mine
	theirs.Summary = "Text der Quelle zur Katze."
	kept, err := s.SaveEntries(ctx, []knowledge.Entry{newer, theirs}, "ingest")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(kept)
	if !slices.Equal(kept, []string{"console-katze", "src-hund"}) {
		t.Errorf("kept %v, want both entries the editor changed or made", kept)
	}
	for id, want := range map[string]string{src.ID: edited.Summary, mine.ID: mine.Summary} {
		got, err := s.Record(ctx, id, admin)
		if err != nil {
			t.Fatal(err)
		}
		if got.Entry.Summary != want || got.UpdatedBy != "root" {
			t.Errorf("%s after ingestion: summary %q by %s, want the editor's %q", id, got.Entry.Summary, got.UpdatedBy, want)
		}
	}
	n, err := s.DeleteEntries(ctx, []string{src.ID, mine.ID})
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("pruning removed %d entries an editor changed, want none", n)
	}
	for _, id := range []string{src.ID, mine.ID} {
		if _, err := s.Record(ctx, id, admin); err != nil {
			t.Errorf("%s after pruning: %v", id, err)
		}
	}
}
