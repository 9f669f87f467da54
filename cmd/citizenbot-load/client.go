package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/gorilla/websocket"
)

// frame holds the fields of server frames the tool looks at; the rest of
// a frame (texts, sources, actions) is skipped when decoding.
type frame struct {
	Type         string `json:"type"`
	Conversation string `json:"conversation"`
	ReplyTo      string `json:"reply_to"`
	Status       string `json:"status"`
	Code         string `json:"code"`
	Message      string `json:"message"`
}

// deltaPrefix starts every answer.delta frame as the server encodes it;
// deltas are the bulk of the traffic and need no decoding. A frame that
// does not start like this is decoded in full, so this is only a shortcut.
var deltaPrefix = []byte(`{"type":"answer.delta"`)

// decodeFrame decodes a server frame, skipping deltas cheaply.
func decodeFrame(data []byte) (frame, error) {
	if bytes.HasPrefix(data, deltaPrefix) {
		return frame{Type: "answer.delta"}, nil
	}
	var f frame
	err := json.Unmarshal(data, &f)
	return f, err
}

// failure is a problem counted by its reason (an error frame's code, or a
// short name for a network problem).
type failure struct {
	reason string
	err    error
}

func (f *failure) Error() string { return f.reason + ": " + f.err.Error() }

// fail wraps err as a failure, naming its reason.
func fail(err error) *failure {
	var f *failure
	if errors.As(err, &f) {
		return f
	}
	return &failure{reason: reason(err), err: err}
}

// reason gives a network error a short name for the report.
func reason(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection_refused"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return "connection_reset"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "no_free_port"
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		return "too_many_open_files"
	case errors.Is(err, websocket.ErrBadHandshake):
		return "bad_handshake"
	case websocket.IsUnexpectedCloseError(err) || websocket.IsCloseError(err, websocket.CloseNormalClosure):
		var ce *websocket.CloseError
		errors.As(err, &ce)
		return fmt.Sprintf("closed_by_server_%d", ce.Code)
	case errors.Is(err, net.ErrClosed), errors.Is(err, context.Canceled):
		return "closed"
	}
	return "other"
}

// newDialers returns one websocket dialer per source address 127.0.0.1 …
// 127.0.0.K (one using the system's choice when K is 1). The dialers only
// complete connections whose far end is a loopback address.
func newDialers(cfg config) []*websocket.Dialer {
	pool := &sync.Pool{} // write buffers are shared while connections are idle
	var ds []*websocket.Dialer
	for i := range cfg.Sources {
		nd := &net.Dialer{Timeout: cfg.DialTimeout}
		if cfg.Sources > 1 {
			nd.LocalAddr = &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(1+i))}
		}
		ds = append(ds, &websocket.Dialer{
			NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				c, err := nd.DialContext(ctx, network, addr)
				if err != nil {
					return nil, err
				}
				if a, ok := c.RemoteAddr().(*net.TCPAddr); !ok || !a.IP.IsLoopback() {
					c.Close()
					return nil, fmt.Errorf("%s resolved to %v, not a loopback address: refusing to load it", addr, c.RemoteAddr())
				}
				return c, nil
			},
			HandshakeTimeout: cfg.DialTimeout,
			ReadBufferSize:   512,
			WriteBufferSize:  512,
			WriteBufferPool:  pool,
		})
	}
	return ds
}

// openConversation connects, says hello and waits for the welcome, all
// within cfg.DialTimeout.
func openConversation(ctx context.Context, d *websocket.Dialer, cfg config) (*websocket.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.DialTimeout)
	defer cancel()
	conn, resp, err := d.DialContext(ctx, cfg.URL, nil)
	if err != nil {
		if resp != nil {
			return nil, &failure{reason: fmt.Sprintf("http_%d", resp.StatusCode), err: err}
		}
		return nil, fail(err)
	}
	deadline, _ := ctx.Deadline()
	conn.SetWriteDeadline(deadline)
	conn.SetReadDeadline(deadline)
	hello, _ := json.Marshal(map[string]string{"type": "hello", "tenant": cfg.Tenant, "lang": cfg.Lang})
	if err := conn.WriteMessage(websocket.TextMessage, hello); err != nil {
		conn.Close()
		return nil, fail(err)
	}
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			conn.Close()
			return nil, fail(err)
		}
		f, err := decodeFrame(data)
		switch {
		case err != nil:
			conn.Close()
			return nil, &failure{reason: "invalid_frame", err: err}
		case f.Type == "error":
			conn.Close()
			return nil, &failure{reason: f.Code, err: errors.New(f.Message)}
		case f.Type == "welcome":
			conn.SetReadDeadline(time.Time{})
			conn.SetWriteDeadline(time.Time{})
			return conn, nil
		}
	}
}

// openAll opens cfg.Conns conversations, cfg.Parallel at a time, spread
// over the dialers, and hands each open one to onOpen (called
// concurrently). It returns the failures by reason.
func openAll(ctx context.Context, cfg config, dialers []*websocket.Dialer, onOpen func(i int, c *websocket.Conn)) map[string]int {
	var (
		mu    sync.Mutex
		fails = map[string]int{}
		wg    sync.WaitGroup
		slots = make(chan struct{}, cfg.Parallel)
	)
	for i := range cfg.Conns {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return fails
		}
		wg.Go(func() {
			defer func() { <-slots }()
			c, err := openConversation(ctx, dialers[i%len(dialers)], cfg)
			if err != nil {
				if ctx.Err() != nil {
					return // stopping: not the server's failure
				}
				mu.Lock()
				fails[fail(err).reason]++
				mu.Unlock()
				return
			}
			onOpen(i, c)
		})
	}
	wg.Wait()
	return fails
}
