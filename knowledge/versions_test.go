package knowledge_test

import (
	"context"
	"testing"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// An entry moved from Berlin to Hamburg is Hamburg's now, but its Berlin
// versions were Berlin's knowledge: a Hamburg editor sees only the
// versions since the move.
func TestHistoryShowsOnlyTheActorsRegions(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	e := knowledge.Entry{ID: "umzug", Title: "Umzug", Region: "berlin", Summary: "Nur für Berlin bestimmt."}
	r, err := s.CreateEntry(ctx, e, admin)
	if err != nil {
		t.Fatal(err)
	}
	e.Region, e.Summary = "hamburg", "Für Hamburg."
	if _, err := s.UpdateEntry(ctx, e, r.Version, admin); err != nil {
		t.Fatal(err)
	}
	hamburg := knowledge.Actor{Name: "hans", TenantID: "hh", Role: knowledge.RoleEditor, Regions: []string{"hamburg"}}
	vs, err := s.History(ctx, "umzug", hamburg)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].Entry.Region != "hamburg" {
		t.Errorf("hans sees %d versions (%+v), want only the Hamburg one", len(vs), vs)
	}
	if vs, err := s.History(ctx, "umzug", admin); err != nil || len(vs) != 2 {
		t.Errorf("admin sees %d versions, %v; want both", len(vs), err)
	}
}
