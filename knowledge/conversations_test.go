package knowledge_test

import (
	"errors"
	"testing"
	"time"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

func TestConversations(t *testing.T) {
	store := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	ctx := t.Context()
	start := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	hash := []byte("secret-hash")
	c := knowledge.Conversation{ID: "c1", TenantID: "demo", Lang: "de", LastSeq: 1, UpdatedAt: start}
	if err := store.CreateConversation(ctx, c, hash, []knowledge.Frame{{Seq: 1, Body: []byte(`{"type":"welcome"}`)}}); err != nil {
		t.Fatal(err)
	}
	turn := knowledge.Turn{AnswerID: "a1", MessageID: "m1", Question: "Reisepass?", Lang: "de", Status: "answered", Answer: "…", Mode: "builtin", CreatedAt: start}
	next := c
	next.LastSeq, next.Topic = 3, "demo-reisepass"
	frames := []knowledge.Frame{{Seq: 2, Body: []byte(`{"type":"answer.start"}`)}, {Seq: 3, Body: []byte(`{"type":"answer.end"}`)}}
	if err := store.SaveTurn(ctx, next, turn, frames); err != nil {
		t.Fatal(err)
	}
	// The same message again is refused and changes nothing.
	again := next
	again.LastSeq = 5
	if err := store.SaveTurn(ctx, again, turn, []knowledge.Frame{{Seq: 4, Body: []byte(`{}`)}, {Seq: 5, Body: []byte(`{}`)}}); !errors.Is(err, knowledge.ErrConflict) {
		t.Errorf("duplicate message: %v, want ErrConflict", err)
	}
	if _, _, _, err := store.ResumeConversation(ctx, "c1", []byte("wrong"), 0); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("wrong token: %v, want ErrNotFound", err)
	}
	got, replay, answered, err := store.ResumeConversation(ctx, "c1", hash, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Epoch != 1 || got.LastSeq != 3 || got.Topic != "demo-reisepass" || len(replay) != 2 || replay[0].Seq != 2 || len(answered) != 1 || answered[0] != "m1" {
		t.Errorf("resumed %+v, frames %v, answered %v", got, replay, answered)
	}
	// The connection that held epoch 0 may no longer write.
	stale := next
	stale.LastSeq = 4
	turn2 := turn
	turn2.AnswerID, turn2.MessageID = "a2", "m2"
	if err := store.SaveTurn(ctx, stale, turn2, []knowledge.Frame{{Seq: 4, Body: []byte(`{}`)}}); !errors.Is(err, knowledge.ErrConflict) {
		t.Errorf("stale epoch: %v, want ErrConflict", err)
	}
	if err := store.SaveFeedback(ctx, "c1", "a1", "up", ""); err != nil {
		t.Error(err)
	}
	if err := store.SaveFeedback(ctx, "c1", "nope", "up", ""); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("feedback on unknown answer: %v", err)
	}
	// Retention deletes by last activity, with turns and frames.
	n, err := store.DeleteConversations(ctx, start)
	if err != nil || n != 0 {
		t.Errorf("deleted %d (%v) of conversations active at the cut-off, want 0", n, err)
	}
	n, err = store.DeleteConversations(ctx, start.Add(time.Second))
	if err != nil || n != 1 {
		t.Errorf("deleted %d (%v), want 1", n, err)
	}
	if turns, err := store.Turns(ctx, "c1"); err != nil || len(turns) != 0 {
		t.Errorf("turns after deletion: %v %v", turns, err)
	}
}
