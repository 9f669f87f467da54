package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"citizenbot/bot"
	"citizenbot/ingest"
	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// harness is a chat server on a real database with the demo knowledge,
// listening on a free port of 127.0.0.1.
type harness struct {
	t     *testing.T
	store *knowledge.Store
	srv   *Server
	http  *httptest.Server
	ws    string // ws:// URL of /ws
	clock atomic.Int64
}

type harnessOptions struct {
	limits Limits
	model  bot.Model
	wait   time.Duration // model timeout
	store  *knowledge.Store
}

func newHarness(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	h := &harness{t: t, store: o.store}
	if h.store == nil {
		h.store = demoStore(t)
	}
	kb, err := h.store.Live(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb, bot.Options{Model: o.model, ModelTimeout: o.wait})
	h.srv = New(h.store, kb, b, Options{Limits: o.limits, Now: h.now})
	h.http = httptest.NewServer(h.srv.Handler())
	t.Cleanup(h.http.Close)
	h.ws = "ws" + strings.TrimPrefix(h.http.URL, "http") + "/ws"
	return h
}

// now is the server's clock: real time plus what the test advanced.
func (h *harness) now() time.Time { return time.Now().Add(time.Duration(h.clock.Load())) }

func (h *harness) advance(d time.Duration) { h.clock.Add(int64(d)) }

// demoStore is a new database with data/demo.jsonl ingested.
func demoStore(t *testing.T) *knowledge.Store {
	t.Helper()
	store := knowledgetest.Store(t, knowledge.NewLocalEmbedder(0))
	cat, err := ingest.ReadFiles([]string{"../data/demo.jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), store, cat, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	return store
}

// frame is any server frame, decoded.
type frame struct {
	Type         string       `json:"type"`
	Seq          int64        `json:"seq"`
	Conversation string       `json:"conversation"`
	Resume       string       `json:"resume"`
	Resumed      bool         `json:"resumed"`
	LastSeq      int64        `json:"last_seq"`
	Greeting     string       `json:"greeting"`
	AnswerID     string       `json:"answer_id"`
	ReplyTo      string       `json:"reply_to"`
	Text         string       `json:"text"`
	Reset        bool         `json:"reset"`
	Status       string       `json:"status"`
	Sources      []bot.Source `json:"sources"`
	Actions      []bot.Action `json:"actions"`
	Choices      []bot.Choice `json:"choices"`
	Suggestions  []string     `json:"suggestions"`
	Code         string       `json:"code"`
	Message      string       `json:"message"`
}

// client is a websocket client of the harness.
type client struct {
	t    *testing.T
	conn *websocket.Conn
}

func (h *harness) dial(header http.Header) *client {
	h.t.Helper()
	conn, resp, err := websocket.DefaultDialer.Dial(h.ws, header)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		h.t.Fatalf("dial: %v (HTTP %d)", err, status)
	}
	h.t.Cleanup(func() { conn.Close() })
	return &client{t: h.t, conn: conn}
}

func (c *client) send(v any) {
	c.t.Helper()
	if err := c.conn.WriteJSON(v); err != nil {
		c.t.Fatalf("send: %v", err)
	}
}

func (c *client) sendRaw(kind int, b []byte) {
	c.t.Helper()
	if err := c.conn.WriteMessage(kind, b); err != nil {
		c.t.Fatalf("send: %v", err)
	}
}

// read returns the next frame, failing the test after 10 s.
func (c *client) read() frame {
	c.t.Helper()
	f, err := c.tryRead()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	return f
}

func (c *client) tryRead() (frame, error) {
	c.conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	var f frame
	_, b, err := c.conn.ReadMessage()
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(b, &f); err != nil {
		c.t.Fatalf("server sent invalid JSON %q: %v", b, err)
	}
	return f, nil
}

// hello starts a conversation and returns its welcome.
func (c *client) hello(tenant, lang string) frame {
	c.t.Helper()
	c.send(map[string]any{"type": "hello", "tenant": tenant, "lang": lang})
	f := c.read()
	if f.Type != "welcome" || f.Seq != 1 || f.Resume == "" || f.Conversation == "" {
		c.t.Fatalf("welcome = %+v", f)
	}
	return f
}

// ask sends a message and returns every frame up to its answer.end.
func (c *client) ask(id, text string) []frame {
	c.t.Helper()
	c.send(map[string]any{"type": "message", "id": id, "text": text})
	return c.until("answer.end")
}

// until reads frames up to and including one of type typ.
func (c *client) until(typ string) []frame {
	c.t.Helper()
	var fs []frame
	for {
		f := c.read()
		fs = append(fs, f)
		if f.Type == typ {
			return fs
		}
		if f.Type == "error" {
			c.t.Fatalf("error frame while waiting for %s: %+v", typ, f)
		}
	}
}

// expectError reads the next frame and checks it is an error with code.
func (c *client) expectError(code string) frame {
	c.t.Helper()
	f := c.read()
	if f.Type != "error" || f.Code != code || f.Message == "" {
		c.t.Fatalf("got %+v, want an error frame with code %q and a message", f, code)
	}
	return f
}

// expectClose reads until the server closes and checks the close code.
func (c *client) expectClose(code int) {
	c.t.Helper()
	for {
		_, err := c.tryRead()
		if err == nil {
			continue
		}
		if !websocket.IsCloseError(err, code) {
			c.t.Fatalf("connection ended with %v, want close code %d", err, code)
		}
		return
	}
}
