// Package web is citizenbot's HTTP face: health and readiness probes, the
// JSON API for integrators and, in later steps, the chat websocket, the
// widget and the editor console.
package web

import (
	"log/slog"
	"net/http"

	"citizenbot/knowledge"
)

// Server holds what the handlers need. Create it with New.
type Server struct {
	store *knowledge.Store
	log   *slog.Logger
}

// New returns a server answering from store and logging to log.
func New(store *knowledge.Store, log *slog.Logger) *Server {
	return &Server{store: store, log: log}
}

// Handler is the route table: every route of the service, in one place.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.HandleFunc("GET /api/v1/search", s.search)
	return recoverPanics(s.log, mux)
}

// healthz says the process is alive; it does not touch the database, so an
// orchestrator does not restart a healthy server during a database outage.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz says the server can answer: database reachable, schema current.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Ping(r.Context()); err != nil {
		s.log.Warn("not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}
