// Package web is citizenbot's HTTP face: health and readiness probes, the
// chat websocket and its JSON twin for integrators, the search API, and the
// chat widget with its demo page, and the editor console with its JSON API.
package web

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// tenantsTTL is how long tenant settings are cached: changes reach every
// server instance within it.
const tenantsTTL = 10 * time.Second

// Options configure a Server. Zero values mean the defaults.
type Options struct {
	Log        *slog.Logger
	Limits     Limits
	ResumeTTL  time.Duration // how long after its last answer a conversation can be resumed; default 24 h
	TrustProxy bool          // take the client IP from X-Forwarded-For (set behind a reverse proxy only)
	Console    ConsoleOptions
	Now        func() time.Time
}

// Server holds what the handlers need. Create it with New.
type Server struct {
	store     *knowledge.Store
	kb        *knowledge.Live
	bot       *bot.Bot
	log       *slog.Logger
	limits    Limits
	resumeTTL time.Duration
	proxy     bool
	now       func() time.Time
	console   *console

	pages    pages
	upgrader websocket.Upgrader
	convRate *rateLimiter
	ipRate   *rateLimiter
	conns    connCounter

	tenantsMu     sync.Mutex
	tenantsByID   map[string]knowledge.Tenant
	tenantsLoaded time.Time

	sessionsMu sync.Mutex
	sessions   map[*session]struct{}
	draining   bool
	sessionsWG sync.WaitGroup
}

// New returns a server answering with b. It searches kb and keeps tenants
// and conversations in store.
func New(store *knowledge.Store, kb *knowledge.Live, b *bot.Bot, o Options) *Server {
	s := &Server{
		store: store, kb: kb, bot: b, log: o.Log, limits: o.Limits.withDefaults(),
		resumeTTL: o.ResumeTTL, proxy: o.TrustProxy, now: o.Now,
		sessions: map[*session]struct{}{},
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.resumeTTL <= 0 {
		s.resumeTTL = 24 * time.Hour
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.pages = loadPages()
	s.console = newConsole(o.Console)
	s.upgrader = s.newUpgrader()
	s.convRate = newRateLimiter(s.limits.ConvPerMinute)
	s.ipRate = newRateLimiter(s.limits.IPPerMinute)
	s.conns = connCounter{max: s.limits.ConnsPerIP, count: map[string]int{}}
	return s
}

// Handler is the route table: every route of the service, in one place.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.HandleFunc("GET /ws", s.ws)
	mux.HandleFunc("POST /api/v1/chat", s.chat)
	mux.HandleFunc("GET /api/v1/search", s.search)
	s.consoleRoutes(mux)
	mux.Handle("GET /widget.js", s.pages.widget)
	mux.Handle("GET /{$}", withCSP(s.pages.demo))
	mux.Handle("GET /demo/demo.css", s.pages.demoCSS)
	mux.Handle("GET /demo/demo.js", s.pages.demoJS)
	return recoverPanics(s.log, mux)
}

// healthz says the process is alive; it does not touch the database, so an
// orchestrator does not restart a healthy server during a database outage.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz says the server can answer: database reachable, schema current,
// not shutting down.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if s.isDraining() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "shutting down"})
		return
	}
	if err := s.store.Ping(r.Context()); err != nil {
		s.log.Warn("not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// tenant returns a tenant's settings from a cache refreshed every
// tenantsTTL (and at once for an id not seen yet), or ErrNotFound.
func (s *Server) tenant(ctx context.Context, id string) (knowledge.Tenant, error) {
	ts, err := s.allTenants(ctx)
	if err != nil {
		return knowledge.Tenant{}, err
	}
	if t, ok := ts[id]; ok {
		return t, nil
	}
	return s.store.Tenant(ctx, id)
}

// allTenants returns every tenant by id, from the cache while it is fresh.
func (s *Server) allTenants(ctx context.Context) (map[string]knowledge.Tenant, error) {
	s.tenantsMu.Lock()
	defer s.tenantsMu.Unlock()
	if s.tenantsByID != nil && s.now().Sub(s.tenantsLoaded) < tenantsTTL {
		return s.tenantsByID, nil
	}
	ts, err := s.store.Tenants(ctx)
	if err != nil {
		return nil, err
	}
	s.tenantsByID = make(map[string]knowledge.Tenant, len(ts))
	for _, t := range ts {
		s.tenantsByID[t.ID] = t
	}
	s.tenantsLoaded = s.now()
	return s.tenantsByID, nil
}

// clientIP is the address rate limits count by.
func (s *Server) clientIP(r *http.Request) string {
	if s.proxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			parts := strings.Split(xff, ",")
			return strings.TrimSpace(parts[len(parts)-1])
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
