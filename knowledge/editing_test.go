package knowledge_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

var (
	admin  = knowledge.Actor{Name: "root", TenantID: "demo", Role: knowledge.RoleAdmin}
	berlin = knowledge.Actor{Name: "anna", TenantID: "demo", Role: knowledge.RoleEditor, Regions: []string{"berlin"}}
)

func TestEditingLifecycle(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	e := knowledge.Entry{ID: "hund", Title: "Hund anmelden", Region: "berlin", Summary: "Hundesteuer beim Finanzamt anmelden."}
	r, err := s.CreateEntry(ctx, e, berlin)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != knowledge.StatusDraft || r.Version != 1 || r.CreatedBy != "anna" || r.FromSource {
		t.Fatalf("created %+v, want a draft at version 1 by anna, not from a source", r)
	}
	if _, err := s.CreateEntry(ctx, e, berlin); !errors.Is(err, knowledge.ErrConflict) {
		t.Errorf("second create: %v, want ErrConflict", err)
	}
	e.Summary = "Neu: Hundesteuer online anmelden."
	r2, err := s.UpdateEntry(ctx, e, 1, berlin)
	if err != nil || r2.Version != 2 {
		t.Fatalf("update: %+v, %v", r2, err)
	}
	var conflict *knowledge.ConflictError
	if _, err := s.UpdateEntry(ctx, e, 1, admin); !errors.As(err, &conflict) || conflict.Current.Entry.Summary != e.Summary {
		t.Errorf("stale update: %v, want a conflict showing the current summary", err)
	}
	if _, err := s.Publish(ctx, "hund", 2, berlin); err != nil {
		t.Fatal(err)
	}
	kb, err := s.Live(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := kb.Index().PublishedEntries([]string{"hund"}); len(got) != 1 {
		t.Errorf("published entry not in the index: %v", got)
	}
	hamburg := knowledge.Actor{Name: "hans", TenantID: "hh", Role: knowledge.RoleEditor, Regions: []string{"hamburg"}}
	if _, err := s.Record(ctx, "hund", hamburg); !errors.Is(err, knowledge.ErrForbidden) {
		t.Errorf("other region read: %v, want ErrForbidden", err)
	}
	if _, err := s.Unpublish(ctx, "hund", 3, hamburg); !errors.Is(err, knowledge.ErrForbidden) {
		t.Errorf("other region unpublish: %v, want ErrForbidden", err)
	}
	hist, err := s.History(ctx, "hund", berlin)
	if err != nil || len(hist) != 3 || hist[0].Status != "published" || hist[2].Entry.Summary != "Hundesteuer beim Finanzamt anmelden." {
		t.Fatalf("history: %+v, %v", hist, err)
	}
	r4, err := s.Restore(ctx, "hund", 1, 3, berlin)
	if err != nil || r4.Version != 4 || r4.Entry.Summary != "Hundesteuer beim Finanzamt anmelden." || r4.Status != "published" {
		t.Fatalf("restore: %+v, %v", r4, err)
	}
	if err := s.DeleteEntry(ctx, "hund", 4, berlin); err != nil {
		t.Fatal(err)
	}
	r6, err := s.Restore(ctx, "hund", 2, 0, berlin)
	if err != nil || r6.Version != 5 || r6.Status != "draft" {
		t.Fatalf("restore deleted: %+v, %v", r6, err)
	}
	log, err := s.AuditLog(ctx, "", 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, a := range log {
		actions = append(actions, a.Action)
	}
	want := []string{"entry.restore", "entry.delete", "entry.restore", "entry.publish", "entry.update", "entry.create"}
	if len(actions) != len(want) {
		t.Fatalf("audit log %v, want %v", actions, want)
	}
	for i := range want {
		if actions[i] != want[i] {
			t.Fatalf("audit log %v, want %v", actions, want)
		}
	}
}

func TestValidationListsEveryField(t *testing.T) {
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	_, err := s.CreateEntry(context.Background(), knowledge.Entry{ID: "x y", InfoURL: "ftp://x", Updated: "gestern"}, admin)
	var v *knowledge.ValidationError
	if !errors.As(err, &v) || !errors.Is(err, knowledge.ErrInvalid) {
		t.Fatalf("got %v, want a ValidationError", err)
	}
	fields := map[string]string{}
	for _, p := range v.Problems {
		fields[p.Field] = p.Rule
	}
	for f, rule := range map[string]string{"id": "format", "title": "required", "info_url": "url", "updated": "date"} {
		if fields[f] != rule {
			t.Errorf("field %s: rule %q, want %q (all: %v)", f, fields[f], rule, fields)
		}
	}
}

func TestAccountsSessionsTokens(t *testing.T) {
	ctx := context.Background()
	s := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	a, err := s.CreateAccount(ctx, knowledge.Account{TenantID: "demo", Name: "anna", Role: "editor"}, "correct horse battery", admin)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateAccount(ctx, knowledge.Account{TenantID: "demo", Name: "bob", Role: "editor"}, "short", admin); !errors.Is(err, knowledge.ErrInvalid) {
		t.Errorf("short password: %v, want ErrInvalid", err)
	}
	if _, err := s.Login(ctx, "anna", "wrong password!", time.Hour); !errors.Is(err, knowledge.ErrUnauthenticated) {
		t.Errorf("wrong password: %v", err)
	}
	sess, err := s.Login(ctx, "anna", "correct horse battery", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.SessionOf(ctx, sess.Token); err != nil || got.Account.Name != "anna" || got.CSRF != sess.CSRF {
		t.Errorf("session: %+v, %v", got, err)
	}
	expired, err := s.Login(ctx, "anna", "correct horse battery", -time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionOf(ctx, expired.Token); !errors.Is(err, knowledge.ErrUnauthenticated) {
		t.Errorf("expired session: %v, want ErrUnauthenticated", err)
	}
	disabled := true
	if _, err := s.ChangeAccount(ctx, a.ID, knowledge.AccountChange{Disabled: &disabled}, admin); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionOf(ctx, sess.Token); !errors.Is(err, knowledge.ErrUnauthenticated) {
		t.Errorf("session of a disabled account: %v, want ErrUnauthenticated", err)
	}
	token, info, err := s.CreateToken(ctx, knowledge.APIToken{TenantID: "demo", Role: "editor", Name: "cms"}, admin)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.TokenActor(ctx, token); err != nil || got.Name != "token:cms" || got.Role != "editor" {
		t.Errorf("token actor: %+v, %v", got, err)
	}
	if err := s.RevokeToken(ctx, info.ID, admin); err != nil {
		t.Fatal(err)
	}
	if _, err := s.TokenActor(ctx, token); !errors.Is(err, knowledge.ErrUnauthenticated) {
		t.Errorf("revoked token: %v", err)
	}
}
