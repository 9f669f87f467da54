package web

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"citizenbot/bot"
)

// TestResume drops a connection in the middle of an answer and resumes on
// another server instance over the same database: the missed frames come
// back, none twice, and the conversation goes on where it was.
func TestResume(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	c := h.dial(nil)
	w := c.hello("demo", "de")
	first := checkAnswer(t, c.ask("1", "Wie beantrage ich einen Reisepass?"), 1, "1")

	c.send(map[string]any{"type": "message", "id": "2", "text": "Welche Unterlagen brauche ich?"})
	start := c.read()
	if start.Type != "answer.start" {
		t.Fatalf("got %+v, want answer.start", start)
	}
	c.conn.UnderlyingConn().Close() // the train enters a tunnel

	// The first instance finishes and stores the answer; then the client
	// resumes on another instance.
	for try := 0; ; try++ {
		turns, err := h.store.Turns(t.Context(), w.Conversation)
		if err != nil {
			t.Fatal(err)
		}
		if len(turns) == 2 {
			break
		}
		if try == 500 {
			t.Fatal("the interrupted answer was never stored")
		}
		time.Sleep(10 * time.Millisecond)
	}
	other := newHarness(t, harnessOptions{store: h.store})
	c2 := other.dial(nil)
	c2.send(map[string]any{"type": "hello", "resume": w.Resume, "last_seq": start.Seq})
	if wf := c2.read(); wf.Type != "welcome" || !wf.Resumed || wf.Conversation != w.Conversation || wf.Seq != 0 || wf.LastSeq <= start.Seq {
		t.Fatalf("resume welcome = %+v", wf)
	}
	replay := c2.until("answer.end")
	// Replayed: the rest of answer 2, from the frame after answer.start.
	whole := append([]frame{start}, replay...)
	end := checkAnswer(t, whole, first.Seq, "2")
	if end.Sources[0].ID != "demo-reisepass" {
		t.Errorf("replayed answer is about %+v", end.Sources)
	}
	// Sending message 2 again (the client never saw its end) is not
	// answered twice; the next message continues the seq.
	c2.send(map[string]any{"type": "message", "id": "2", "text": "Welche Unterlagen brauche ich?"})
	next := checkAnswer(t, c2.ask("3", "Wie lange dauert das?"), end.Seq, "3")
	if next.Sources[0].ID != "demo-reisepass" {
		t.Errorf("after resume the topic was lost: %+v", next.Sources)
	}
	turns, err := h.store.Turns(t.Context(), w.Conversation)
	if err != nil || len(turns) != 3 {
		t.Errorf("stored %d turns (%v), want 3", len(turns), err)
	}
	// Resuming from the start replays everything once, in order.
	c3 := h.dial(nil)
	c3.send(map[string]any{"type": "hello", "resume": w.Resume, "last_seq": 0})
	if wf := c3.read(); !wf.Resumed || wf.LastSeq != next.Seq {
		t.Fatalf("resume welcome = %+v", wf)
	}
	for seq := int64(1); seq <= next.Seq; seq++ {
		if f := c3.read(); f.Seq != seq {
			t.Fatalf("replay frame %+v, want seq %d", f, seq)
		}
	}
	// The old connection on the second instance has lost the conversation.
	c2.send(map[string]any{"type": "message", "id": "4", "text": "Reisepass"})
	c2.read() // answer.start
	for {
		f := c2.read()
		if f.Type == "error" {
			if f.Code != "conversation_moved" {
				t.Fatalf("got %+v, want conversation_moved", f)
			}
			break
		}
	}
	c2.expectClose(websocket.ClosePolicyViolation)
}

// TestResumeDuringAnswer resumes while the dropped connection's answer is
// still being written: that answer is discarded, the client sends its
// message again and gets it answered once, with seqs above all it saw.
func TestResumeDuringAnswer(t *testing.T) {
	model := &slowModel{release: make(chan struct{}), started: make(chan struct{})}
	h := newHarness(t, harnessOptions{model: model, wait: time.Minute})
	c := h.dial(nil)
	w := c.hello("demo", "de")
	c.send(map[string]any{"type": "message", "id": "1", "text": "Wie beantrage ich einen Reisepass?"})
	start := c.read()
	<-model.started
	c.conn.UnderlyingConn().Close()

	other := newHarness(t, harnessOptions{store: h.store})
	c2 := other.dial(nil)
	c2.send(map[string]any{"type": "hello", "resume": w.Resume, "last_seq": start.Seq})
	if wf := c2.read(); !wf.Resumed || wf.LastSeq != start.Seq {
		t.Fatalf("resume welcome = %+v, want last_seq %d", wf, start.Seq)
	}
	close(model.release) // the old answer ends now, too late to be stored
	end := checkAnswer(t, c2.ask("1", "Wie beantrage ich einen Reisepass?"), start.Seq, "1")
	if end.Status != "answered" {
		t.Errorf("re-sent message: %+v", end)
	}
	time.Sleep(100 * time.Millisecond) // let the old connection try to store its answer
	turns, err := h.store.Turns(t.Context(), w.Conversation)
	if err != nil || len(turns) != 1 || turns[0].AnswerID != end.AnswerID {
		t.Errorf("stored turns %+v (%v), want only the answer on the new connection", turns, err)
	}
	c3 := h.dial(nil)
	c3.send(map[string]any{"type": "hello", "resume": w.Resume, "last_seq": end.Seq + maxSeqAhead + 1})
	c3.expectError("resume_invalid")
}

func TestResumeRefused(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	c := h.dial(nil)
	w := c.hello("demo", "de")
	for _, token := range []string{"forged", "x.y", w.Conversation + ".wrongsecret", w.Resume + "x"} {
		c2 := h.dial(nil)
		c2.send(map[string]any{"type": "hello", "resume": token})
		c2.expectError("resume_invalid")
		c2.hello("demo", "de") // the connection stays usable
	}
	h.advance(25 * time.Hour)
	c3 := h.dial(nil)
	c3.send(map[string]any{"type": "hello", "resume": w.Resume})
	c3.expectError("resume_expired")
}

// TestShutdown drains the server with conversations open, one of them
// waiting for a slow model: the idle ones are told at once, the busy one
// gets its answer first, and it can be replayed afterwards.
func TestShutdown(t *testing.T) {
	model := &slowModel{release: make(chan struct{}), started: make(chan struct{})}
	h := newHarness(t, harnessOptions{model: model, wait: time.Minute})
	idle := h.dial(nil)
	idle.hello("demo", "de")
	busy := h.dial(nil)
	w := busy.hello("demo", "de")
	busy.send(map[string]any{"type": "message", "id": "1", "text": "Wie beantrage ich einen Reisepass?"})
	<-model.started

	drained := make(chan error, 1)
	go func() { drained <- h.srv.Drain(t.Context()) }()
	idle.expectClose(websocket.CloseGoingAway)
	if resp, err := http.Get(h.http.URL + "/readyz"); err != nil || resp.StatusCode != 503 {
		t.Errorf("readyz while draining: %v %v, want 503", resp, err)
	}
	if _, resp, err := websocket.DefaultDialer.Dial(h.ws, nil); err == nil || resp == nil || resp.StatusCode != 503 {
		t.Errorf("new connection while draining: %v %v, want 503", resp, err)
	}
	close(model.release)
	fs := busy.until("answer.end")
	end := fs[len(fs)-1]
	if end.Status != "answered" || end.Text != "Den Reisepass beantragen Sie im Bürgeramt." {
		t.Errorf("in-flight answer = %+v", end)
	}
	busy.expectClose(websocket.CloseGoingAway)
	if err := <-drained; err != nil {
		t.Fatalf("Drain: %v", err)
	}

	after := newHarness(t, harnessOptions{store: h.store})
	c := after.dial(nil)
	c.send(map[string]any{"type": "hello", "resume": w.Resume, "last_seq": 1})
	c.read() // welcome
	if replay := c.until("answer.end"); replay[len(replay)-1].Text != end.Text {
		t.Errorf("replayed %+v, want the answer given during shutdown", replay[len(replay)-1])
	}
}

// slowModel answers only once released.
type slowModel struct {
	started chan struct{}
	release chan struct{}
}

func (m *slowModel) Write(ctx context.Context, p bot.Prompt, emit func(string)) (string, error) {
	close(m.started)
	<-m.release
	text := "Den Reisepass beantragen Sie im Bürgeramt."
	emit(text)
	return text, nil
}
