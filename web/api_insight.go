package web

import (
	"fmt"
	"net/http"
	"strconv"

	"citizenbot/knowledge"
)

// maxInsightDays is the longest period the insight pages look back on.
const maxInsightDays = 366

// groupWithMatch is a group of unanswered questions and the published
// entry that best matches its question, if any.
type groupWithMatch struct {
	knowledge.QuestionGroup
	Best *knowledge.Hit `json:"best,omitempty"`
}

// days reads ?days= (default 30, 1 to maxInsightDays).
func days(r *http.Request) (int, error) {
	v := r.URL.Query().Get("days")
	if v == "" {
		return 30, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxInsightDays {
		return 0, fmt.Errorf("%w: days must be a whole number from 1 to %d", knowledge.ErrInvalid, maxInsightDays)
	}
	return n, nil
}

// unanswered lists the tenant's groups of unanswered questions of the
// last ?days=, each with the published entry search ranks first for it.
func (s *Server) unanswered(w http.ResponseWriter, r *http.Request, c caller) {
	groups, err := s.unansweredGroups(r, c)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, groups)
}

func (s *Server) unansweredGroups(r *http.Request, c caller) ([]groupWithMatch, error) {
	ctx := r.Context()
	tenantID, err := s.tenantFor(r, c)
	if err != nil {
		return nil, err
	}
	n, err := days(r)
	if err != nil {
		return nil, err
	}
	tenant, err := s.tenant(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	groups, err := s.store.UnansweredQuestions(ctx, tenantID, s.now().AddDate(0, 0, -n))
	if err != nil {
		return nil, err
	}
	out := make([]groupWithMatch, len(groups))
	for i, g := range groups {
		out[i].QuestionGroup = g
		hits, err := s.kb.Search(ctx, knowledge.Query{Text: g.Question, Regions: tenant.Regions, Limit: 1})
		if err == nil && len(hits) > 0 {
			out[i].Best = &hits[0]
		}
	}
	return out, nil
}

// doneRequest is the body of POST /api/v1/insight/unanswered/done.
type doneRequest struct {
	Key string `json:"key"`
}

func (s *Server) markDone(w http.ResponseWriter, r *http.Request, c caller) {
	var req doneRequest
	if err := decode(w, r, maxSmallBody, &req, `{"key": "…"}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	tenantID, err := s.tenantFor(r, c)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := s.store.MarkQuestionsDone(r.Context(), tenantID, req.Key, c.Actor); err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request, c caller) {
	d, err := s.dashboardOf(r, c)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) dashboardOf(r *http.Request, c caller) (knowledge.Dashboard, error) {
	tenantID, err := s.tenantFor(r, c)
	if err != nil {
		return knowledge.Dashboard{}, err
	}
	n, err := days(r)
	if err != nil {
		return knowledge.Dashboard{}, err
	}
	return s.store.Dashboard(r.Context(), tenantID, n)
}

// auditLog pages through the audit log, newest first: ?before=ID&limit=N
// (at most 500), all tenants' records or ?tenant='s.
func (s *Server) auditLog(w http.ResponseWriter, r *http.Request, c caller) {
	recs, err := s.auditRecords(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, recs)
}

// maxAuditRecords is the most records one page of the audit log holds.
const maxAuditRecords = 500

func (s *Server) auditRecords(r *http.Request) ([]knowledge.AuditRecord, error) {
	q := r.URL.Query()
	limit, before := 100, int64(0)
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxAuditRecords {
			return nil, fmt.Errorf("%w: limit must be a whole number from 1 to %d", knowledge.ErrInvalid, maxAuditRecords)
		}
		limit = n
	}
	if v := q.Get("before"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: before must be the id of an audit record", knowledge.ErrInvalid)
		}
		before = n
	}
	recs, err := s.store.AuditLog(r.Context(), q.Get("tenant"), before, limit)
	if recs == nil {
		recs = []knowledge.AuditRecord{}
	}
	return recs, err
}
