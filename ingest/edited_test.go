package ingest_test

import (
	"context"
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
