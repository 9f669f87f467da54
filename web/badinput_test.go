package web

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"citizenbot/knowledge"
)

// TestBadInput sends what a broken or hostile client might: each gets a
// clear error frame, the connection stays usable, nothing is stored, and a
// conversation next to it is not disturbed.
func TestBadInput(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	bystander := h.dial(nil)
	bw := bystander.hello("demo", "de")

	c := h.dial(nil)
	c.send(map[string]any{"type": "message", "id": "1", "text": "Reisepass"})
	c.expectError("hello_first")
	c.send(map[string]any{"type": "hello", "tenant": "nowhere"})
	c.expectError("unknown_tenant")
	c.send(map[string]any{"type": "hello"})
	c.expectError("tenant_missing")
	w := c.hello("demo", "de")
	for _, tt := range []struct {
		name string
		kind int
		data string
		code string
	}{
		{"binary frame", websocket.BinaryMessage, "\x00\x01\x02", "binary_frame"},
		{"invalid JSON", websocket.TextMessage, `{"type":"message",`, "invalid_json"},
		{"JSON array", websocket.TextMessage, `[1,2]`, "invalid_json"},
		{"invalid UTF-8", websocket.TextMessage, "{\"type\":\"message\",\"id\":\"x\",\"text\":\"\xff\xfe\"}", "invalid_text"},
		{"no type", websocket.TextMessage, `{"text":"hi"}`, "invalid_frame"},
		{"unknown type", websocket.TextMessage, `{"type":"subscribe"}`, "unknown_type"},
		{"second hello", websocket.TextMessage, `{"type":"hello","tenant":"demo"}`, "already_started"},
		{"no id", websocket.TextMessage, `{"type":"message","text":"Reisepass"}`, "invalid_id"},
		{"long id", websocket.TextMessage, `{"type":"message","id":"` + strings.Repeat("i", 65) + `","text":"Reisepass"}`, "invalid_id"},
		{"empty text", websocket.TextMessage, `{"type":"message","id":"e","text":"  "}`, "empty_message"},
		{"100 KB of text", websocket.TextMessage, `{"type":"message","id":"big","text":"` + strings.Repeat("Antrag ", 100<<10/7) + `"}`, "message_too_long"},
		{"control characters", websocket.TextMessage, `{"type":"message","id":"ctl","text":"Reise\u0000pass\u001b[31m"}`, "invalid_text"},
		{"bidi override", websocket.TextMessage, `{"type":"message","id":"bidi","text":"Reisepass \u202e gnalrev"}`, "invalid_text"},
		{"bad rating", websocket.TextMessage, `{"type":"feedback","answer_id":"x","rating":"meh"}`, "invalid_rating"},
		{"unknown answer", websocket.TextMessage, `{"type":"feedback","answer_id":"nope","rating":"up"}`, "unknown_answer"},
	} {
		c.sendRaw(tt.kind, []byte(tt.data))
		if f := c.read(); f.Type != "error" || f.Code != tt.code || f.Message == "" {
			t.Errorf("%s: got %+v, want error %s", tt.name, f, tt.code)
		}
	}
	// Mixed scripts (Cyrillic letters in a German word) are text like any
	// other: an answer, not a crash.
	end := checkAnswer(t, c.ask("mixed", "Рeisepass бeantragen"), 1, "mixed")
	if end.Status == "" {
		t.Errorf("mixed scripts: %+v", end)
	}
	// The bystander's conversation went on undisturbed.
	checkAnswer(t, bystander.ask("b1", "Wie beantrage ich einen Reisepass?"), bw.Seq, "b1")

	turns, err := h.store.Turns(t.Context(), w.Conversation)
	if err != nil || len(turns) != 1 || turns[0].MessageID != "mixed" {
		t.Errorf("stored turns %+v (%v), want only the mixed-script question", turns, err)
	}

	// A frame above the frame limit closes the connection with 1009.
	c.sendRaw(websocket.TextMessage, []byte(`{"type":"message","id":"huge","text":"`+strings.Repeat("a", 200<<10)+`"}`))
	c.expectClose(websocket.CloseMessageTooBig)
}

func TestLimits(t *testing.T) {
	h := newHarness(t, harnessOptions{limits: Limits{ConvPerMinute: 3, IPPerMinute: 5, ConnsPerIP: 3, MaxMessageChars: 50}})
	c := h.dial(nil)
	seq := c.hello("demo", "de").Seq
	for i := range 3 {
		id := string(rune('a' + i))
		seq = checkAnswer(t, c.ask(id, "Reisepass"), seq, id).Seq
	}
	c.send(map[string]any{"type": "message", "id": "d", "text": "Reisepass"})
	if f := c.expectError("rate_limited"); f.ReplyTo != "d" || !strings.Contains(f.Message, "conversation") {
		t.Errorf("conversation limit: %+v", f)
	}
	c.send(map[string]any{"type": "message", "id": "long", "text": strings.Repeat("x", 51)})
	c.expectError("message_too_long")
	// Another conversation from the same IP has two messages left of five
	// (the rejected one took one from the IP's bucket).
	c2 := h.dial(nil)
	seq2 := c2.hello("demo", "de").Seq
	checkAnswer(t, c2.ask("a", "Reisepass"), seq2, "a")
	c2.send(map[string]any{"type": "message", "id": "b", "text": "Reisepass"})
	if f := c2.expectError("rate_limited"); !strings.Contains(f.Message, "network") {
		t.Errorf("IP limit: %+v", f)
	}
	// A minute later both may go on.
	h.advance(61 * time.Second)
	c.ask("e", "Reisepass")
	// Three connections are open (the third counted once its welcome
	// comes: the server counts a connection after the upgrade); the
	// fourth is refused.
	h.dial(nil).hello("demo", "de")
	c4 := h.dial(nil)
	c4.expectError("too_many_connections")
	c4.expectClose(websocket.ClosePolicyViolation)
	// Closing one makes room again.
	c2.conn.Close()
	for try := 0; ; try++ {
		c5 := h.dial(nil)
		c5.send(map[string]any{"type": "hello", "tenant": "demo"})
		f, err := c5.tryRead()
		if err != nil {
			t.Fatal(err)
		}
		if f.Type == "error" && try < 50 {
			c5.conn.Close()
			time.Sleep(20 * time.Millisecond) // the server has not noticed the close yet
			continue
		}
		if f.Type == "error" {
			t.Fatalf("connection still refused after one was closed: %+v", f)
		}
		break
	}
}

func TestOrigins(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	if err := h.store.PutTenant(t.Context(), knowledge.Tenant{
		ID: "city", Name: "City", AllowedOrigins: []string{"https://www.city.example"},
		FallbackPhone: "115", GreetingDE: "Hallo",
	}); err != nil {
		t.Fatal(err)
	}
	origin := func(o string) http.Header { return http.Header{"Origin": {o}} }
	for _, tt := range []struct {
		origin, query string
		status        int
	}{
		{"https://evil.example", "", 403},
		{"https://evil.example", "?tenant=city", 403},
		{"https://www.city.example", "?tenant=demo", 403},
		{"https://www.city.example", "?tenant=city", 101},
		{"https://www.city.example", "", 101},
		{h.http.URL, "", 101}, // the server's own pages
	} {
		conn, resp, err := websocket.DefaultDialer.Dial(h.ws+tt.query, origin(tt.origin))
		if resp == nil || resp.StatusCode != tt.status {
			t.Errorf("Origin %s%s: %v %v, want HTTP %d", tt.origin, tt.query, resp, err, tt.status)
		}
		if conn != nil {
			conn.Close()
		}
	}
	c := h.dial(origin("https://www.city.example"))
	c.hello("city", "de")
	// An allowed origin of one tenant may not talk to another.
	c2 := h.dial(origin("https://www.city.example"))
	c2.send(map[string]any{"type": "hello", "tenant": "demo"})
	c2.expectError("origin_not_allowed")
	c2.expectClose(websocket.ClosePolicyViolation)
}
