package knowledge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Entry statuses: only published entries are searched and answered from.
const (
	StatusDraft     = "draft"
	StatusPublished = "published"
)

// Record is an entry as the editor console sees it: the catalogue content
// and its editorial state.
//
// Entry is the content as the editor last saved it. For a published entry
// with unpublished changes (UnpublishedChanges) that is the pending draft,
// and Published is what citizens are answered from until it is published.
type Record struct {
	Entry   Entry  `json:"entry"`
	Status  string `json:"status"`
	Version int    `json:"version"` // send it back with every change
	// UnpublishedChanges says that the published entry has a saved draft
	// the bot does not use yet; Published is then the live content.
	UnpublishedChanges bool   `json:"unpublished_changes"`
	Published          *Entry `json:"published,omitempty"`
	// FromSource says that the entry came from a catalogue source (it was
	// ingested); EditedSinceSource that an editor changed it since the
	// source last delivered it: ingestion then leaves it alone.
	FromSource        bool                       `json:"from_source"`
	EditedSinceSource bool                       `json:"edited_since_source"`
	Extra             map[string]json.RawMessage `json:"extra,omitempty"` // fields the format does not define; kept, read-only
	CreatedAt         time.Time                  `json:"created_at"`
	CreatedBy         string                     `json:"created_by"`
	UpdatedAt         time.Time                  `json:"updated_at"`
	UpdatedBy         string                     `json:"updated_by"`
}

const recordColumns = entryColumns + `, status, version, source_hash <> '', source_hash <> '' AND NOT (` + unedited + `),
	created_at, created_by, updated_at, updated_by, draft`

// scanRecord reads the columns recordColumns names, and into more the
// columns that follow them.
func scanRecord(row pgx.Row, more ...any) (Record, error) {
	var r Record
	var updated *string
	var extra map[string]json.RawMessage
	var draft []byte
	e := &r.Entry
	err := row.Scan(append([]any{
		&e.ID, &e.Title, &e.Language, &e.Region, &e.Source, &e.InfoURL, &e.Summary, &e.Description,
		&e.Prerequisites, &e.Documents, &e.Fees, &e.ProcessingTime, &e.Deadlines, &e.Responsible,
		&e.OnlineServices, &e.AppointmentURL, &e.Forms, &e.LegalBasis, &e.Links, &e.Keywords,
		&e.LeikaKey, &e.OZGID, &e.Topics, &updated, &extra,
		&r.Status, &r.Version, &r.FromSource, &r.EditedSinceSource, &r.CreatedAt, &r.CreatedBy, &r.UpdatedAt, &r.UpdatedBy,
		&draft}, more...)...)
	if err != nil {
		return r, err
	}
	if updated != nil {
		e.Updated = *updated
	}
	if len(extra) > 0 {
		e.Extra, r.Extra = extra, extra
	}
	if draft != nil {
		live := r.Entry
		if r.Entry, err = draftEntry(draft, live.Extra); err != nil {
			return r, err
		}
		r.Published, r.UnpublishedChanges = &live, true
	}
	return r, nil
}

// draftEntry decodes the draft column; extra is the row's, which a draft
// cannot change.
func draftEntry(draft []byte, extra map[string]json.RawMessage) (Entry, error) {
	var e Entry
	if err := json.Unmarshal(draft, &e); err != nil {
		return e, fmt.Errorf("decode draft: %w", err)
	}
	e.Extra = extra
	return e, nil
}

// foreignRegion returns a region of the record, its saved content's or
// its published content's, that the actor may not touch, and false when
// it may touch both.
func (r Record) foreignRegion(by Actor) (string, bool) {
	if !by.May(r.Entry.Region) {
		return r.Entry.Region, true
	}
	if r.Published != nil && !by.May(r.Published.Region) {
		return r.Published.Region, true
	}
	return "", false
}

// Record returns the entry with the given id and its editorial state:
// ErrNotFound when there is none, ErrForbidden when it lies outside the
// actor's regions.
func (s *Store) Record(ctx context.Context, id string, by Actor) (Record, error) {
	r, err := scanRecord(s.pool.QueryRow(ctx, "SELECT "+recordColumns+" FROM entries WHERE id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return r, fmt.Errorf("%w: there is no entry %q", ErrNotFound, id)
	}
	if err != nil {
		return r, fmt.Errorf("read entry %q: %w", id, err)
	}
	if region, ok := r.foreignRegion(by); ok {
		return Record{}, forbiddenRegion(region)
	}
	return r, nil
}

func forbiddenRegion(region string) error {
	return fmt.Errorf("%w: the entry belongs to region %q, which is not one of your tenant's regions", ErrForbidden, region)
}

// EntryFilter selects entries for the console's list. Zero fields select
// everything.
type EntryFilter struct {
	Text              string // in id, title or keywords, case-insensitive
	Status            string
	Region            string
	Source            string
	UpdatedSince      time.Time
	EditedSinceSource bool
	Limit             int // default and maximum 200
	Offset            int
}

// MaxListEntries is the most entries one page of the list holds.
const MaxListEntries = 200

// Records returns the entries the actor may see that match f, by title,
// and how many match in all.
func (s *Store) Records(ctx context.Context, f EntryFilter, by Actor) ([]Record, int, error) {
	if f.Limit <= 0 || f.Limit > MaxListEntries {
		f.Limit = MaxListEntries
	}
	var since *time.Time
	if !f.UpdatedSince.IsZero() {
		since = &f.UpdatedSince
	}
	// One query for the page and the total: count(*) OVER () counts the
	// rows before LIMIT applies.
	rows, err := s.pool.Query(ctx, "SELECT "+recordColumns+`, count(*) OVER ()
		FROM entries
		WHERE ($1::text[] IS NULL OR region = ANY($1))
		  AND ($2 = '' OR id ILIKE '%' || $2 || '%' OR title ILIKE '%' || $2 || '%'
		       OR array_to_string(keywords, ' ') ILIKE '%' || $2 || '%')
		  AND ($3 = '' OR status = $3)
		  AND ($4 = '' OR region = $4)
		  AND ($5 = '' OR source = $5)
		  AND ($6::timestamptz IS NULL OR updated_at >= $6)
		  AND (NOT $7 OR (source_hash <> '' AND NOT (`+unedited+`)))
		ORDER BY lower(title), id
		LIMIT $8 OFFSET $9`,
		by.scope(), f.Text, f.Status, f.Region, f.Source, since, f.EditedSinceSource, f.Limit, f.Offset)
	if err != nil {
		return nil, 0, fmt.Errorf("list entries: %w", err)
	}
	defer rows.Close()
	var out []Record
	total := 0
	for rows.Next() {
		r, err := scanRecord(rows, &total)
		if err != nil {
			return nil, 0, fmt.Errorf("list entries: %w", err)
		}
		out = append(out, r)
	}
	return out, total, rows.Err()
}

// Facets lists the regions and sources of the entries the actor may see,
// for the list's filters.
func (s *Store) Facets(ctx context.Context, by Actor) (regions, sources []string, err error) {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT 'r', region FROM entries WHERE $1::text[] IS NULL OR region = ANY($1)
		UNION SELECT DISTINCT 's', source FROM entries WHERE $1::text[] IS NULL OR region = ANY($1) ORDER BY 1, 2`, by.scope())
	if err != nil {
		return nil, nil, fmt.Errorf("read facets: %w", err)
	}
	var kind, v string
	_, err = pgx.ForEachRow(rows, []any{&kind, &v}, func() error {
		if kind == "r" {
			regions = append(regions, v)
		} else {
			sources = append(sources, v)
		}
		return nil
	})
	return regions, sources, err
}
