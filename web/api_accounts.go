package web

import (
	"fmt"
	"net/http"
	"strconv"

	"citizenbot/knowledge"
)

// accountRequest is the body of POST /api/v1/accounts.
type accountRequest struct {
	Tenant   string `json:"tenant"`
	Name     string `json:"name"`
	Role     string `json:"role"`
	Password string `json:"password"`
}

// tokenCreated is the answer to POST /api/v1/tokens: the only time the
// token is shown.
type tokenCreated struct {
	knowledge.APIToken
	Token string `json:"token"`
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not an id", knowledge.ErrInvalid, r.PathValue("id"))
	}
	return id, nil
}

func (s *Server) listAccounts(w http.ResponseWriter, r *http.Request, c caller) {
	as, err := s.store.Accounts(r.Context(), r.URL.Query().Get("tenant"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if as == nil {
		as = []knowledge.Account{}
	}
	writeJSON(w, http.StatusOK, as)
}

func (s *Server) createAccount(w http.ResponseWriter, r *http.Request, c caller) {
	var req accountRequest
	if err := decode(w, r, maxSmallBody, &req, `{"tenant", "name", "role", "password"}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	a, err := s.store.CreateAccount(r.Context(), knowledge.Account{TenantID: req.Tenant, Name: req.Name, Role: req.Role}, req.Password, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, a)
}

func (s *Server) changeAccount(w http.ResponseWriter, r *http.Request, c caller) {
	id, err := pathID(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	var ch knowledge.AccountChange
	if err := decode(w, r, maxSmallBody, &ch, `{"role", "disabled", "password"} (each optional)`); err != nil {
		s.writeError(w, r, err)
		return
	}
	a, err := s.store.ChangeAccount(r.Context(), id, ch, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) deleteAccount(w http.ResponseWriter, r *http.Request, c caller) {
	id, err := pathID(r)
	if err == nil {
		err = s.store.DeleteAccount(r.Context(), id, c.Actor)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) listTokens(w http.ResponseWriter, r *http.Request, c caller) {
	ts, err := s.store.Tokens(r.Context(), r.URL.Query().Get("tenant"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if ts == nil {
		ts = []knowledge.APIToken{}
	}
	writeJSON(w, http.StatusOK, ts)
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request, c caller) {
	var req knowledge.APIToken
	if err := decode(w, r, maxSmallBody, &req, `{"tenant", "role", "name"}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	token, t, err := s.store.CreateToken(r.Context(), req, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, tokenCreated{APIToken: t, Token: token})
}

func (s *Server) revokeToken(w http.ResponseWriter, r *http.Request, c caller) {
	id, err := pathID(r)
	if err == nil {
		err = s.store.RevokeToken(r.Context(), id, c.Actor)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// listTenants lists every tenant to admins and its own to an editor.
func (s *Server) listTenants(w http.ResponseWriter, r *http.Request, c caller) {
	ts, err := s.store.Tenants(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := []knowledge.Tenant{}
	for _, t := range ts {
		if c.Admin() || t.ID == c.TenantID {
			out = append(out, t)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// putTenant creates a tenant or replaces its settings (admins only).
func (s *Server) putTenant(w http.ResponseWriter, r *http.Request, c caller) {
	var t knowledge.Tenant
	if err := decode(w, r, maxSmallBody, &t, "with the tenant's settings"); err != nil {
		s.writeError(w, r, err)
		return
	}
	t.ID = r.PathValue("id")
	if err := s.store.PutTenantAs(r.Context(), t, c.Actor); err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, t)
}
