package web

import (
	"fmt"
	"net/http"
	"strconv"

	"citizenbot/knowledge"
)

// search answers GET /api/v1/search?q=…&tenant=…&limit=… with the ranked
// entries as a JSON array of {id, title, score, url, …}.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	tenantID := q.Get("tenant")
	if tenantID == "" {
		tenantID = "demo"
	}
	limit := 10
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > knowledge.MaxHits {
			s.writeError(w, r, fmt.Errorf("%w: limit must be a number from 1 to %d", knowledge.ErrInvalid, knowledge.MaxHits))
			return
		}
		limit = n
	}
	tenant, err := s.tenant(r.Context(), tenantID)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	hits, err := s.kb.Search(r.Context(), knowledge.Query{Text: q.Get("q"), Regions: tenant.Regions, Limit: limit,
		Lexicon: s.bot.Lexicon(tenant.ID), Lang: q.Get("lang")})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, hits)
}
