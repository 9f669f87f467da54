package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"citizenbot/knowledge"
)

// entryChange is the body of POST and PUT /api/v1/entries…: the entry in
// the catalogue format and, for a change, the version it was read at.
type entryChange struct {
	Version int             `json:"version"`
	Entry   knowledge.Entry `json:"entry"`
}

// versionBody is the body of publish, unpublish and restore.
type versionBody struct {
	Version int `json:"version"`
	From    int `json:"from"` // restore: the version to bring back
}

// entryList is the answer of GET /api/v1/entries.
type entryList struct {
	Total   int                `json:"total"`
	Entries []knowledge.Record `json:"entries"`
}

// decode reads a JSON body of at most limit bytes into v.
func decode(w http.ResponseWriter, r *http.Request, limit int64, v any, shape string) error {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit)).Decode(v); err != nil {
		return fmt.Errorf("%w: the body must be a JSON object %s of at most %d KiB (%v)", knowledge.ErrInvalid, shape, limit>>10, err)
	}
	return nil
}

// entryFilter reads the list's filters from the query string.
func entryFilter(r *http.Request) (knowledge.EntryFilter, error) {
	q := r.URL.Query()
	f := knowledge.EntryFilter{Text: q.Get("q"), Status: q.Get("status"), Region: q.Get("region"), Source: q.Get("source"),
		EditedSinceSource: q.Get("edited") == "true"}
	if v := q.Get("updated_since"); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return f, fmt.Errorf("%w: updated_since must be a date YYYY-MM-DD", knowledge.ErrInvalid)
		}
		f.UpdatedSince = t
	}
	for name, dst := range map[string]*int{"limit": &f.Limit, "offset": &f.Offset} {
		if v := q.Get(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return f, fmt.Errorf("%w: %s must be a whole number of at least 0", knowledge.ErrInvalid, name)
			}
			*dst = n
		}
	}
	if f.Limit > knowledge.MaxListEntries {
		return f, fmt.Errorf("%w: limit must be at most %d", knowledge.ErrInvalid, knowledge.MaxListEntries)
	}
	return f, nil
}

func (s *Server) listEntries(w http.ResponseWriter, r *http.Request, c caller) {
	f, err := entryFilter(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	recs, total, err := s.store.Records(r.Context(), f, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if recs == nil {
		recs = []knowledge.Record{}
	}
	writeJSON(w, http.StatusOK, entryList{Total: total, Entries: recs})
}

func (s *Server) createEntry(w http.ResponseWriter, r *http.Request, c caller) {
	var body entryChange
	if err := decode(w, r, maxEntryBody, &body, `{"entry": {…}}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	rec, err := s.store.CreateEntry(r.Context(), body.Entry, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, rec)
}

func (s *Server) getEntry(w http.ResponseWriter, r *http.Request, c caller) {
	rec, err := s.store.Record(r.Context(), r.PathValue("id"), c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func (s *Server) putEntry(w http.ResponseWriter, r *http.Request, c caller) {
	var body entryChange
	if err := decode(w, r, maxEntryBody, &body, `{"version": N, "entry": {…}}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	id := r.PathValue("id")
	switch {
	case body.Version < 1:
		s.writeError(w, r, fmt.Errorf("%w: send the entry's version as you read it (\"version\": N), so that nobody's change is overwritten", knowledge.ErrInvalid))
		return
	case body.Entry.ID == "":
		body.Entry.ID = id
	case body.Entry.ID != id:
		s.writeError(w, r, fmt.Errorf("%w: the entry's id %q differs from the URL's %q; an id cannot be changed", knowledge.ErrInvalid, body.Entry.ID, id))
		return
	}
	rec, err := s.store.UpdateEntry(r.Context(), body.Entry, body.Version, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// deleteEntry needs ?version=N, like every change.
func (s *Server) deleteEntry(w http.ResponseWriter, r *http.Request, c caller) {
	v, err := strconv.Atoi(r.URL.Query().Get("version"))
	if err != nil || v < 1 {
		s.writeError(w, r, fmt.Errorf("%w: send the entry's version as you read it (?version=N)", knowledge.ErrInvalid))
		return
	}
	if err := s.store.DeleteEntry(r.Context(), r.PathValue("id"), v, c.Actor); err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) publishEntry(w http.ResponseWriter, r *http.Request, c caller) {
	s.changeStatus(w, r, c, s.store.Publish)
}

func (s *Server) unpublishEntry(w http.ResponseWriter, r *http.Request, c caller) {
	s.changeStatus(w, r, c, s.store.Unpublish)
}

func (s *Server) changeStatus(w http.ResponseWriter, r *http.Request, c caller,
	change func(context.Context, string, int, knowledge.Actor) (knowledge.Record, error)) {
	var body versionBody
	if err := decode(w, r, maxSmallBody, &body, `{"version": N}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	rec, err := change(r.Context(), r.PathValue("id"), body.Version, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func (s *Server) entryVersions(w http.ResponseWriter, r *http.Request, c caller) {
	vs, err := s.store.History(r.Context(), r.PathValue("id"), c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, vs)
}

// entryDiff answers ?from=N&to=M with the fields that differ between the
// two versions, line by line.
func (s *Server) entryDiff(w http.ResponseWriter, r *http.Request, c caller) {
	from, to, err := s.versionPair(r, c)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, diffEntries(from.Entry, to.Entry))
}

// versionPair reads the versions ?from= and ?to= of the entry (to defaults
// to the newest, from to the one before to that the caller may see).
func (s *Server) versionPair(r *http.Request, c caller) (from, to knowledge.Version, err error) {
	vs, err := s.store.History(r.Context(), r.PathValue("id"), c.Actor)
	if err != nil {
		return from, to, err
	}
	find := func(param string, def int) (knowledge.Version, error) {
		n := def
		if v := r.URL.Query().Get(param); v != "" {
			if n, err = strconv.Atoi(v); err != nil {
				return knowledge.Version{}, fmt.Errorf("%w: %s must be a version number", knowledge.ErrInvalid, param)
			}
		}
		for _, v := range vs {
			if v.Version == n {
				return v, nil
			}
		}
		return knowledge.Version{}, fmt.Errorf("%w: the entry has no version %d", knowledge.ErrNotFound, n)
	}
	if to, err = find("to", vs[0].Version); err != nil {
		return from, to, err
	}
	before := to.Version - 1
	if i := slices.IndexFunc(vs, func(v knowledge.Version) bool { return v.Version < to.Version }); i >= 0 {
		before = vs[i].Version
	}
	from, err = find("from", before)
	return from, to, err
}

func (s *Server) restoreEntry(w http.ResponseWriter, r *http.Request, c caller) {
	var body versionBody
	if err := decode(w, r, maxSmallBody, &body, `{"from": N, "version": M}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	rec, err := s.store.Restore(r.Context(), r.PathValue("id"), body.From, body.Version, c.Actor)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}
