package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"citizenbot/knowledge"
)

// loginRequest is the body of POST /api/v1/login.
type loginRequest struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

// errForeignOrigin answers a login sent from another site's page.
var errForeignOrigin = fmt.Errorf("%w: logins are accepted only from this server's own pages", knowledge.ErrForbidden)

// meResponse describes the logged-in caller.
type meResponse struct {
	Name      string     `json:"name"`
	Tenant    string     `json:"tenant"`
	Role      string     `json:"role"`
	Regions   []string   `json:"regions"` // null: every region
	CSRF      string     `json:"csrf,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// login checks name and password and sets the session cookie. Attempts are
// limited per client IP and per account name (429 beyond the limit).
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxSmallBody)).Decode(&req); err != nil {
		s.writeError(w, r, fmt.Errorf("%w: the body must be a JSON object {\"name\", \"password\"} of at most %d bytes", knowledge.ErrInvalid, maxSmallBody))
		return
	}
	if !sameOrigin(r) {
		s.writeError(w, r, errForeignOrigin)
		return
	}
	now := s.now()
	if !s.console.loginRate.allow("ip:"+s.clientIP(r), now) || !s.console.loginRate.allow("name:"+req.Name, now) {
		s.writeError(w, r, perr("rate_limited", fmt.Sprintf("too many login attempts: wait a minute and try again (at most %d a minute)", s.console.opts.LoginPerMinute)))
		return
	}
	sess, err := s.store.Login(r.Context(), req.Name, req.Password, s.console.opts.SessionTTL)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.setSessionCookie(w, r, sess)
	a := sess.Account
	writeJSON(w, http.StatusOK, meResponse{Name: a.Name, Tenant: a.TenantID, Role: a.Role, CSRF: sess.CSRF, ExpiresAt: &sess.ExpiresAt})
}

// setSessionCookie hands the session to the browser: HttpOnly, so no
// script can read it, SameSite=Lax, so other sites' forms do not carry it,
// and Secure behind TLS.
func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, sess knowledge.Session) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: sess.Token, Path: "/",
		Expires: sess.ExpiresAt, MaxAge: int(s.console.opts.SessionTTL.Seconds()),
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.secure(r),
	})
}

// secure reports whether the session cookie must be Secure: the request
// came over TLS, directly or through a trusted proxy, or the operator says so.
func (s *Server) secure(r *http.Request) bool {
	return s.console.opts.SecureCookies || r.TLS != nil || (s.proxy && r.Header.Get("X-Forwarded-Proto") == "https")
}

// logout ends the session and clears the cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request, c caller) {
	if c.session != nil {
		if err := s.store.Logout(r.Context(), c.session.Token, c.Actor); err != nil {
			s.writeError(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.secure(r)})
	w.WriteHeader(http.StatusNoContent)
}

// me describes the caller, with the CSRF token for a session.
func (s *Server) me(w http.ResponseWriter, r *http.Request, c caller) {
	m := meResponse{Name: c.Name, Tenant: c.TenantID, Role: c.Role, Regions: c.Regions}
	if c.session != nil {
		m.CSRF, m.ExpiresAt = c.session.CSRF, &c.session.ExpiresAt
	}
	writeJSON(w, http.StatusOK, m)
}
