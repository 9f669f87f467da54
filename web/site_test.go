package web

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// site is the whole server as a browser meets it: chat, widget and demo
// page on one address of 127.0.0.1, plus the test's own pages under
// /test/. stop and start again restart it as an operator would: a new
// Server over the same database on the same address.
type site struct {
	t     *testing.T
	store *knowledge.Store
	model bot.Model
	pages map[string]string // /test/{name} → HTML
	addr  string
	srv   *Server
	http  *http.Server
}

func newSite(t *testing.T, store *knowledge.Store, model bot.Model, pages map[string]string) *site {
	t.Helper()
	if store == nil {
		store = demoStore(t)
	}
	s := &site{t: t, store: store, model: model, pages: pages, addr: "127.0.0.1:0"}
	s.start()
	t.Cleanup(s.stop)
	return s
}

func (s *site) start() {
	s.t.Helper()
	kb, err := s.store.Live(context.Background(), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	s.srv = New(s.store, kb, bot.New(kb, bot.Options{Model: s.model}), Options{})
	mux := http.NewServeMux()
	mux.Handle("/", s.srv.Handler())
	mux.HandleFunc("GET /test/{page}", func(w http.ResponseWriter, r *http.Request) {
		html, ok := s.pages[r.PathValue("page")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, html)
	})
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		s.t.Fatalf("listen on %s: %v", s.addr, err)
	}
	s.addr = ln.Addr().String()
	s.http = &http.Server{Handler: mux}
	go s.http.Serve(ln)
}

// stop shuts the server down as citizenbot serve does on SIGTERM: chats are
// closed with 1001 once their answers are done.
func (s *site) stop() {
	if s.http == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	drained := make(chan error, 1)
	go func() { drained <- s.srv.Drain(ctx) }()
	s.http.Shutdown(ctx)
	if err := <-drained; err != nil {
		s.t.Errorf("drain: %v", err)
	}
	s.http = nil
}

func (s *site) url(path string) string { return "http://" + s.addr + path }
