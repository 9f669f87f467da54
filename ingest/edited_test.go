package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"citizenbot/ingest"
	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// An entry an editor changed survives the next ingestion run, whatever the
// source delivers, and is not pruned.
func TestIngestionKeepsEditorsChanges(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	if _, err := ingestFile(t, s, catalogue(t, 3, nil), ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	editor := knowledge.Actor{Name: "anna", Role: knowledge.RoleAdmin}
	r, err := s.Record(ctx, "e001", editor)
	if err != nil {
		t.Fatal(err)
	}
	e := r.Entry
	e.Fees = "11 Euro, vom Amt bestätigt"
	if _, err := s.UpdateEntry(ctx, e, r.Version, editor); err != nil {
		t.Fatal(err)
	}
	sum, err := ingestFile(t, s, catalogue(t, 3, map[int]bool{0: true, 1: true}), ingest.Options{})
	if err != nil || sum.Kept != 1 || sum.Updated != 1 {
		t.Fatalf("second run: %+v, %v; want e001 kept and e000 updated", sum, err)
	}
	if got, _ := s.Record(ctx, "e001", editor); got.Entry.Fees != e.Fees || !got.EditedSinceSource {
		t.Errorf("e001 after ingestion: fees %q, edited %t; want the editor's fees, marked as edited", got.Entry.Fees, got.EditedSinceSource)
	}
	sum, err = ingestFile(t, s, catalogue(t, 1, nil), ingest.Options{Prune: true})
	if err != nil || sum.Removed != 1 {
		t.Fatalf("pruning run: %+v, %v; want only e002 removed", sum, err)
	}
	if _, err := s.Record(ctx, "e001", editor); err != nil {
		t.Errorf("edited entry pruned: %v", err)
	}
}

// An entry an editor deleted is not added again by the next ingestion run,
// nor by a run that read the entry states before the deletion, until the
// editor restores it.
func TestIngestionLeavesDeletedEntriesOut(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	path := catalogue(t, 2, nil)
	if _, err := ingestFile(t, s, path, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	editor := knowledge.Actor{Name: "anna", Role: knowledge.RoleAdmin}
	r, err := s.Record(ctx, "e001", editor)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEntry(ctx, "e001", r.Version, editor); err != nil {
		t.Fatal(err)
	}
	var warnings []string
	sum, err := ingestFile(t, s, catalogue(t, 2, map[int]bool{1: true}), ingest.Options{Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil || sum.DeletedByEditor != 1 || sum.Added != 0 || sum.Unchanged != 1 {
		t.Fatalf("run after deletion: %+v, %v; want e001 left out and e000 unchanged", sum, err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "e001: not added again") {
		t.Errorf("warnings %q; want one naming e001", warnings)
	}
	if _, err := s.Record(ctx, "e001", editor); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("e001 after ingestion: %v; want ErrNotFound", err)
	}
	// A run that read the states before the deletion: the write is skipped.
	kept, err := s.SaveEntries(ctx, []knowledge.Entry{r.Entry}, "ingest")
	if err != nil || len(kept) != 1 || kept[0] != "e001" {
		t.Fatalf("SaveEntries of a deleted entry: kept %v, %v; want [e001]", kept, err)
	}
	if _, err := s.Record(ctx, "e001", editor); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("e001 after SaveEntries: %v; want ErrNotFound", err)
	}

	if _, err := s.Restore(ctx, "e001", r.Version, 0, editor); err != nil {
		t.Fatal(err)
	}
	sum, err = ingestFile(t, s, path, ingest.Options{})
	if err != nil || sum.DeletedByEditor != 0 || sum.Unchanged != 2 {
		t.Fatalf("run after restoring: %+v, %v; want both unchanged (e001 restored as the source has it)", sum, err)
	}
	if _, err := s.Record(ctx, "e001", editor); err != nil {
		t.Errorf("e001 after restoring and ingestion: %v", err)
	}
}
