package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"citizenbot/knowledge"
)

// Who may call a console route.
const (
	roleAny   = ""                  // any logged-in account or token
	roleAdmin = knowledge.RoleAdmin // admins only
)

// caller is who sent a console request: the actor, and the session when it
// came with the session cookie rather than an API token.
type caller struct {
	knowledge.Actor
	session *knowledge.Session
}

// errCSRF is the answer to a change sent with the session cookie but
// without the session's CSRF token.
var errCSRF = fmt.Errorf("%w: the request lacks the session's CSRF token (header X-CSRF-Token): reload the page and try again", knowledge.ErrForbidden)

// authed wraps a console handler: it finds the caller (401 when there is
// none), checks the role (403) and, for changes made with the session
// cookie, the CSRF token (403). API tokens need no CSRF token: a browser
// never sends them on its own.
func (s *Server) authed(role string, h func(http.ResponseWriter, *http.Request, caller)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := s.callerOf(r)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		if role == roleAdmin && !c.Admin() {
			s.writeError(w, r, fmt.Errorf("%w: only admins may do this; ask an admin of your tenant", knowledge.ErrForbidden))
			return
		}
		if c.session != nil && r.Method != http.MethodGet && r.Method != http.MethodHead {
			sent := r.Header.Get("X-CSRF-Token")
			if subtle.ConstantTimeCompare([]byte(sent), []byte(c.session.CSRF)) != 1 {
				s.writeError(w, r, errCSRF)
				return
			}
		}
		h(w, r, c)
	}
}

// callerOf finds who sent r: an API token in the Authorization header, or
// the session cookie. The actor's regions are its tenant's.
func (s *Server) callerOf(r *http.Request) (caller, error) {
	ctx := r.Context()
	var c caller
	if auth := r.Header.Get("Authorization"); auth != "" {
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok {
			return c, fmt.Errorf("%w: use the header Authorization: Bearer <token>", knowledge.ErrUnauthenticated)
		}
		a, err := s.store.TokenActor(ctx, strings.TrimSpace(token))
		if err != nil {
			return c, err
		}
		c.Actor = a
	} else {
		cookie, err := r.Cookie(sessionCookie)
		if err != nil {
			return c, fmt.Errorf("%w: log in first (POST /api/v1/login), or send an API token", knowledge.ErrUnauthenticated)
		}
		sess, err := s.store.SessionOf(ctx, cookie.Value)
		if err != nil {
			return c, err
		}
		c.session = &sess
		c.Actor = knowledge.Actor{Name: sess.Account.Name, TenantID: sess.Account.TenantID, Role: sess.Account.Role}
	}
	return c, s.scope(ctx, &c.Actor)
}

// scope sets the actor's regions to its tenant's. Admins, and editors of a
// tenant that sees every region, may touch every region.
func (s *Server) scope(ctx context.Context, a *knowledge.Actor) error {
	if a.Admin() {
		return nil
	}
	t, err := s.tenant(ctx, a.TenantID)
	if errors.Is(err, knowledge.ErrNotFound) {
		return fmt.Errorf("%w: your tenant %q no longer exists", knowledge.ErrForbidden, a.TenantID)
	}
	if err != nil {
		return err
	}
	if len(t.Regions) > 0 {
		a.Regions = t.Regions
	}
	return nil
}

// tenantFor returns the tenant a request is about: the caller's own, or for
// an admin the one named by ?tenant=.
func (s *Server) tenantFor(r *http.Request, c caller) (string, error) {
	t := r.URL.Query().Get("tenant")
	switch {
	case t == "" || t == c.TenantID:
		return c.TenantID, nil
	case !c.Admin():
		return "", fmt.Errorf("%w: you may see only your own tenant %q", knowledge.ErrForbidden, c.TenantID)
	}
	if _, err := s.tenant(r.Context(), t); err != nil {
		return "", err
	}
	return t, nil
}

func errForbiddenRegion(region string) error {
	return fmt.Errorf("%w: region %q is not one of your tenant's regions", knowledge.ErrForbidden, region)
}
