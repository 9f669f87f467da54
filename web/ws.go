package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
)

// Websocket timing: a peer that answers no ping within pongWait is dropped;
// a write that takes longer than writeWait drops the peer too.
const (
	writeWait  = 10 * time.Second
	pongWait   = 60 * time.Second
	pingPeriod = 25 * time.Second
	closeGrace = 2 * time.Second // wait for the peer's close reply
	outQueue   = 64              // frames queued for a slow peer
)

// Close codes the server ends a connection with.
const (
	closeGoingAway = websocket.CloseGoingAway       // 1001: server shutting down; resume elsewhere
	closePolicy    = websocket.ClosePolicyViolation // 1008: origin, connection limit, moved conversation
)

// newUpgrader returns the server's websocket upgrader. Write buffers come
// from a pool shared by all connections, so an idle connection holds none.
// Browsers may connect only from allowed origins (of the tenant named in
// ?tenant=, if any): the upgrader refuses others with 403.
func (s *Server) newUpgrader() websocket.Upgrader {
	return websocket.Upgrader{
		ReadBufferSize:  1024,
		WriteBufferSize: 1024,
		WriteBufferPool: &sync.Pool{},
		CheckOrigin: func(r *http.Request) bool {
			ok, err := s.originAllowed(r.Context(), r.Header.Get("Origin"), r.Host, r.URL.Query().Get("tenant"))
			if err != nil {
				s.log.Error("origin check", "err", err)
			}
			return ok
		},
	}
}

// ws upgrades GET /ws to the chat protocol (docs/protocol.md). Browsers
// may connect only from allowed origins: the upgrader refuses others with
// 403 before any frame is exchanged.
func (s *Server) ws(w http.ResponseWriter, r *http.Request) {
	if s.isDraining() {
		http.Error(w, "the server is shutting down; reconnect in a moment", http.StatusServiceUnavailable)
		return
	}
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	ip := s.clientIP(r)
	if !s.conns.acquire(ip) {
		refuse(conn, closePolicy, perr("too_many_connections", "too many open connections from your network: close other chat windows and try again"))
		return
	}
	defer s.conns.release(ip)
	ss := &session{
		s: s, conn: conn, ip: ip, origin: r.Header.Get("Origin"), host: r.Host,
		out: make(chan []byte, outQueue), closeReq: make(chan int, 1),
		readDone: make(chan struct{}), writeDone: make(chan struct{}),
	}
	if !s.register(ss) {
		refuse(conn, closeGoingAway, perr("going_away", "the server is shutting down; reconnect in a moment"))
		return
	}
	defer s.unregister(ss)
	go ss.writeLoop()
	ss.readLoop()
	<-ss.writeDone
}

// refuse sends one error frame and closes the connection.
func refuse(conn *websocket.Conn, code int, pe *protocolError) {
	body, _ := json.Marshal(errorFrame{Type: typeError, Code: pe.code, Message: pe.msg})
	conn.SetWriteDeadline(time.Now().Add(writeWait))
	conn.WriteMessage(websocket.TextMessage, body)
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, pe.code), time.Now().Add(writeWait))
	conn.Close()
}

// session is one websocket connection. Its handler goroutine reads and
// answers; writeLoop is the only writer of data frames.
type session struct {
	s            *Server
	conn         *websocket.Conn
	ip           string
	origin, host string // of the upgrade request, for origin checks

	out       chan []byte
	closeReq  chan int // close code; the writer flushes, closes, hangs up
	readDone  chan struct{}
	writeDone chan struct{}

	mu       sync.Mutex
	busy     bool // answering a message
	draining bool // the server is shutting down
	closing  bool

	conv *conversation
}

// send queues a frame. It gives up once the writer has stopped.
func (ss *session) send(b []byte) {
	select {
	case ss.out <- b:
	case <-ss.writeDone:
	}
}

// closeWith asks the writer to flush, send a close frame with code and
// hang up.
func (ss *session) closeWith(code int) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.closing {
		return
	}
	ss.closing = true
	ss.closeReq <- code
}

func (ss *session) writeLoop() {
	defer close(ss.writeDone)
	defer ss.conn.Close()
	ping := time.NewTicker(pingPeriod)
	defer ping.Stop()
	write := func(b []byte) error {
		ss.conn.SetWriteDeadline(time.Now().Add(writeWait))
		return ss.conn.WriteMessage(websocket.TextMessage, b)
	}
	for {
		select {
		case b := <-ss.out:
			if write(b) != nil {
				return
			}
		case <-ping.C:
			if ss.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeWait)) != nil {
				return
			}
		case code := <-ss.closeReq:
			for len(ss.out) > 0 {
				if write(<-ss.out) != nil {
					return
				}
			}
			text := map[int]string{closeGoingAway: "server restarting", closePolicy: "policy violation"}[code]
			ss.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(writeWait))
			select {
			case <-ss.readDone:
			case <-time.After(closeGrace):
			}
			return
		case <-ss.readDone:
			return
		}
	}
}

func (ss *session) readLoop() {
	defer close(ss.readDone)
	// Answers outlive a dropped connection: they are finished and stored.
	ctx := context.Background()
	ss.conn.SetReadLimit(ss.s.limits.MaxFrameBytes)
	ss.conn.SetReadDeadline(time.Now().Add(pongWait))
	ss.conn.SetPongHandler(func(string) error {
		return ss.conn.SetReadDeadline(time.Now().Add(pongWait))
	})
	for {
		kind, data, err := ss.conn.ReadMessage()
		if errors.Is(err, websocket.ErrReadLimit) {
			drain(ss.conn.UnderlyingConn(), ss.s.limits.MaxFrameBytes)
		}
		if err != nil {
			return
		}
		ss.conn.SetReadDeadline(time.Now().Add(pongWait))
		ss.mu.Lock()
		skip := ss.closing || ss.draining
		ss.busy = !skip
		ss.mu.Unlock()
		if skip {
			continue // unanswered: the client sends it again after reconnecting
		}
		var replyTo string
		err = ss.handle(ctx, kind, data, &replyTo)
		ss.mu.Lock()
		ss.busy = false
		draining := ss.draining
		ss.mu.Unlock()
		if err != nil {
			var pe *protocolError
			if !errors.As(err, &pe) {
				ss.s.log.Error("chat", "err", err)
				pe = perr("unavailable", "the service is not available right now: please try again in a moment")
			}
			body, _ := json.Marshal(errorFrame{Type: typeError, Code: pe.code, Message: pe.msg, ReplyTo: replyTo})
			ss.send(body)
			if pe.fatal {
				ss.closeWith(closePolicy)
			}
		}
		if draining {
			ss.closeWith(closeGoingAway)
		}
	}
}

// handle acts on one client frame.
func (ss *session) handle(ctx context.Context, kind int, data []byte, replyTo *string) error {
	if kind != websocket.TextMessage {
		return perr("binary_frame", "send JSON in text frames; binary frames are not understood")
	}
	if !utf8.Valid(data) {
		return perr("invalid_text", "the frame is not valid UTF-8: send UTF-8 encoded JSON")
	}
	var f clientFrame
	if err := json.Unmarshal(data, &f); err != nil {
		return perr("invalid_json", "the frame is not a JSON object of the chat protocol: see docs/protocol.md")
	}
	switch f.Type {
	case typeHello:
		return ss.hello(ctx, f)
	case typeMessage:
		*replyTo = f.ID
		return ss.message(ctx, f)
	case typeFeedback:
		return ss.feedback(ctx, f)
	case "":
		return perr("invalid_frame", `the frame has no "type": use hello, message or feedback`)
	}
	return perr("unknown_type", "unknown frame type: use hello, message or feedback")
}

// drainWait is how long the server keeps reading an oversized frame after it
// sent the close frame for it.
const drainWait = time.Second

// drain reads and discards what the client still sends of an oversized frame,
// up to twice the frame limit or drainWait. The close frame (1009) is already
// on its way; closing the connection while the client is still writing would
// reset it, and the client would never read why.
func drain(nc net.Conn, limit int64) {
	nc.SetReadDeadline(time.Now().Add(drainWait))
	io.CopyN(io.Discard, nc, 2*limit)
}
