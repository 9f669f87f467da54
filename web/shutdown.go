package web

import (
	"context"
)

// register adds a session unless the server is shutting down.
func (s *Server) register(ss *session) bool {
	s.sessionsMu.Lock()
	defer s.sessionsMu.Unlock()
	if s.draining {
		return false
	}
	s.sessions[ss] = struct{}{}
	s.sessionsWG.Add(1)
	return true
}

func (s *Server) unregister(ss *session) {
	s.sessionsMu.Lock()
	defer s.sessionsMu.Unlock()
	delete(s.sessions, ss)
	s.sessionsWG.Done()
}

func (s *Server) isDraining() bool {
	s.sessionsMu.Lock()
	defer s.sessionsMu.Unlock()
	return s.draining
}

// Drain shuts the chat down for a server restart: it refuses new
// connections, lets every answer in progress finish and be stored, then
// closes each connection with 1001 (going away) so that clients resume
// elsewhere. Messages that arrive meanwhile are not answered; clients send
// them again after resuming. Drain returns when all connections are closed,
// or closes the rest when ctx ends.
func (s *Server) Drain(ctx context.Context) error {
	s.sessionsMu.Lock()
	s.draining = true
	open := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		open = append(open, ss)
	}
	s.sessionsMu.Unlock()
	for _, ss := range open {
		ss.goAway()
	}
	done := make(chan struct{})
	go func() {
		s.sessionsWG.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		for _, ss := range open {
			ss.conn.Close()
		}
		return ctx.Err()
	}
}

// goAway closes the session now if it is idle, or after its answer in
// progress.
func (ss *session) goAway() {
	ss.mu.Lock()
	ss.draining = true
	busy := ss.busy
	ss.mu.Unlock()
	if !busy {
		ss.closeWith(closeGoingAway)
	}
}
