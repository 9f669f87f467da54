package web

import (
	"net/http"
	"regexp"
	"strings"

	"citizenbot/knowledge"
)

// entriesData is what the entry list shows.
type entriesData struct {
	Filter           knowledge.EntryFilter
	UpdatedSince     string
	Entries          []knowledge.Record
	Total            int
	Regions, Sources []string
}

func (s *Server) entriesPage(r *http.Request, c caller) (pageData, error) {
	f, err := entryFilter(r)
	if err != nil {
		return pageData{}, err
	}
	d := entriesData{Filter: f, UpdatedSince: r.URL.Query().Get("updated_since")}
	if d.Entries, d.Total, err = s.store.Records(r.Context(), f, c.Actor); err != nil {
		return pageData{}, err
	}
	if d.Regions, d.Sources, err = s.store.Facets(r.Context(), c.Actor); err != nil {
		return pageData{}, err
	}
	return pageData{Title: "Einträge", Nav: "entries", Data: d}, nil
}

// entryData is what the entry form shows.
type entryData struct {
	New    bool
	Record knowledge.Record
}

var slugChars = regexp.MustCompile(`[^a-z0-9]+`)

// newEntryPage offers an empty form, or one pre-filled from an unanswered
// question (?question=…): its wording as title and keyword.
func (s *Server) newEntryPage(r *http.Request, c caller) (pageData, error) {
	var e knowledge.Entry
	if len(c.Regions) > 0 {
		e.Region = c.Regions[0]
	}
	if q := strings.TrimSpace(r.URL.Query().Get("question")); q != "" {
		q = strings.TrimRight(q, "?!. ")
		e.Title = q
		e.Keywords = []string{q}
		slug := strings.Trim(slugChars.ReplaceAllString(knowledge.Fold(q), "-"), "-")
		e.ID = "redaktion-" + slug[:min(len(slug), 60)]
	}
	return pageData{Title: "Neuer Eintrag", Nav: "entry", Data: entryData{New: true, Record: knowledge.Record{Entry: e, Status: knowledge.StatusDraft}}}, nil
}

func (s *Server) entryPage(r *http.Request, c caller) (pageData, error) {
	rec, err := s.store.Record(r.Context(), r.PathValue("id"), c.Actor)
	if err != nil {
		return pageData{}, err
	}
	return pageData{Title: rec.Entry.Title, Nav: "entry", Data: entryData{Record: rec}}, nil
}

// historyData is what the history page shows: every version and the diff
// between two of them.
type historyData struct {
	ID       string
	Versions []knowledge.Version
	From, To knowledge.Version
	Diff     []fieldDiff
	Current  int // the entry's current version; 0 when it was deleted
}

func (s *Server) historyPage(r *http.Request, c caller) (pageData, error) {
	id := r.PathValue("id")
	vs, err := s.store.History(r.Context(), id, c.Actor)
	if err != nil {
		return pageData{}, err
	}
	d := historyData{ID: id, Versions: vs}
	if rec, err := s.store.Record(r.Context(), id, c.Actor); err == nil {
		d.Current = rec.Version
	}
	if len(vs) > 1 {
		if d.From, d.To, err = s.versionPair(r, c); err != nil {
			return pageData{}, err
		}
		d.Diff = diffEntries(d.From.Entry, d.To.Entry)
	}
	return pageData{Title: "Verlauf: " + id, Nav: "history", Data: d}, nil
}

// insightData is what the unanswered and dashboard pages show.
type insightData struct {
	Tenant  string
	Tenants []knowledge.Tenant
	Days    int
	Groups  []groupWithMatch
	Board   knowledge.Dashboard
	Charts  charts
}

func (s *Server) insightBase(r *http.Request, c caller) (insightData, error) {
	var d insightData
	var err error
	if d.Tenant, err = s.tenantFor(r, c); err != nil {
		return d, err
	}
	if d.Days, err = days(r); err != nil {
		return d, err
	}
	if c.Admin() {
		d.Tenants, err = s.store.Tenants(r.Context())
	}
	return d, err
}

func (s *Server) unansweredPage(r *http.Request, c caller) (pageData, error) {
	d, err := s.insightBase(r, c)
	if err != nil {
		return pageData{}, err
	}
	if d.Groups, err = s.unansweredGroups(r, c); err != nil {
		return pageData{}, err
	}
	return pageData{Title: "Unbeantwortete Fragen", Nav: "unanswered", Data: d}, nil
}

func (s *Server) dashboardPage(r *http.Request, c caller) (pageData, error) {
	d, err := s.insightBase(r, c)
	if err != nil {
		return pageData{}, err
	}
	if d.Board, err = s.dashboardOf(r, c); err != nil {
		return pageData{}, err
	}
	d.Charts = drawCharts(d.Board)
	return pageData{Title: "Übersicht", Nav: "dashboard", Data: d}, nil
}

func (s *Server) auditPage(r *http.Request, c caller) (pageData, error) {
	recs, err := s.auditRecords(r)
	if err != nil {
		return pageData{}, err
	}
	return pageData{Title: "Protokoll", Nav: "audit", Data: recs}, nil
}

// accountsData is what the accounts page shows.
type accountsData struct {
	Accounts []knowledge.Account
	Tokens   []knowledge.APIToken
	Tenants  []knowledge.Tenant
}

func (s *Server) accountsPage(r *http.Request, c caller) (pageData, error) {
	var d accountsData
	var err error
	ctx := r.Context()
	if d.Accounts, err = s.store.Accounts(ctx, ""); err != nil {
		return pageData{}, err
	}
	if d.Tokens, err = s.store.Tokens(ctx, ""); err != nil {
		return pageData{}, err
	}
	if d.Tenants, err = s.store.Tenants(ctx); err != nil {
		return pageData{}, err
	}
	return pageData{Title: "Konten und Tokens", Nav: "accounts", Data: d}, nil
}
