package knowledge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
)

// Version is one kept version of an entry: its content and status after a
// change, and who made the change when. For a published entry with a draft
// (UnpublishedChanges), Entry is the draft, as the editor saved it.
type Version struct {
	Version            int       `json:"version"`
	Status             string    `json:"status"`
	UnpublishedChanges bool      `json:"unpublished_changes"`
	ChangedAt          time.Time `json:"changed_at"`
	ChangedBy          string    `json:"changed_by"`
	Entry              Entry     `json:"entry"`
}

// History returns every kept version of the entry, newest first, also of
// a deleted one. It fails with ErrNotFound when there is none and
// ErrForbidden when the entry's latest version lies outside the actor's
// regions. Versions from before the entry moved into the actor's regions
// are left out: they were another region's knowledge.
func (s *Store) History(ctx context.Context, id string, by Actor) ([]Version, error) {
	rows, err := s.pool.Query(ctx, `SELECT version, status, changed_at, changed_by, content
		FROM entry_versions WHERE entry_id = $1 ORDER BY version DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("read history of %q: %w", id, err)
	}
	vs, err := pgx.CollectRows(rows, scanVersion)
	if err != nil {
		return nil, fmt.Errorf("read history of %q: %w", id, err)
	}
	if len(vs) == 0 {
		return nil, fmt.Errorf("%w: entry %q has no history", ErrNotFound, id)
	}
	if !by.May(vs[0].Entry.Region) {
		return nil, forbiddenRegion(vs[0].Entry.Region)
	}
	return slices.DeleteFunc(vs, func(v Version) bool { return !by.May(v.Entry.Region) }), nil
}

func scanVersion(row pgx.CollectableRow) (Version, error) {
	var v Version
	var content []byte
	if err := row.Scan(&v.Version, &v.Status, &v.ChangedAt, &v.ChangedBy, &content); err != nil {
		return v, err
	}
	e, draft, err := entryOfRow(content)
	v.Entry, v.UnpublishedChanges = e, draft
	return v, err
}

// entryOfRow decodes an entries row as to_jsonb wrote it into the entry as
// the editor saw it: the draft when the row has one (and then draft is
// true), else its content.
func entryOfRow(content []byte) (e Entry, draft bool, err error) {
	e, err = rowContent(content)
	if err != nil {
		return e, false, err
	}
	var d struct {
		Draft json.RawMessage `json:"draft"`
	}
	if err := json.Unmarshal(content, &d); err != nil {
		return e, false, fmt.Errorf("decode kept version: %w", err)
	}
	if len(d.Draft) == 0 || string(d.Draft) == "null" {
		return e, false, nil
	}
	e, err = draftEntry(d.Draft, e.Extra)
	return e, true, err
}

// rowContent decodes the content columns of an entries row as to_jsonb
// wrote it.
func rowContent(content []byte) (Entry, error) {
	var e Entry
	if err := json.Unmarshal(content, &e); err != nil {
		return e, fmt.Errorf("decode kept version: %w", err)
	}
	var rest struct {
		SourceUpdated *string                    `json:"source_updated"`
		Extra         map[string]json.RawMessage `json:"extra"`
	}
	if err := json.Unmarshal(content, &rest); err != nil {
		return e, fmt.Errorf("decode kept version: %w", err)
	}
	if rest.SourceUpdated != nil {
		e.Updated = *rest.SourceUpdated
	}
	if len(rest.Extra) > 0 {
		e.Extra = rest.Extra
	}
	return e, nil
}

// Restore makes the content of an earlier version the entry's current
// content, as a new version; current is the version the caller saw, as for
// UpdateEntry. A deleted entry comes back as a draft (current is then 0).
func (s *Store) Restore(ctx context.Context, id string, from, current int, by Actor) (Record, error) {
	vs, err := s.History(ctx, id, by)
	if err != nil {
		return Record{}, err
	}
	var old *Version
	for i := range vs {
		if vs[i].Version == from {
			old = &vs[i]
		}
	}
	if old == nil {
		return Record{}, fmt.Errorf("%w: entry %q has no version %d", ErrNotFound, id, from)
	}
	_, err = s.Record(ctx, id, by)
	switch {
	case errors.Is(err, ErrNotFound):
		return s.createEntry(ctx, old.Entry, by, "entry.restore")
	case err != nil:
		return Record{}, err
	}
	return s.updateEntry(ctx, old.Entry, current, by, "entry.restore")
}
