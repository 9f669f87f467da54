package knowledge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/pgvector/pgvector-go"
)

// ConflictError says that an entry changed since the caller read it: its
// version is no longer the one the caller sent. Current is the entry as it
// is now. It wraps ErrConflict.
type ConflictError struct{ Current Record }

func (c *ConflictError) Error() string {
	return fmt.Sprintf("entry %q was changed by %s since you opened it (it is at version %d now): compare both versions and save again",
		c.Current.Entry.ID, c.Current.UpdatedBy, c.Current.Version)
}

// Unwrap makes errors.Is(err, ErrConflict) true.
func (c *ConflictError) Unwrap() error { return ErrConflict }

// CreateEntry stores a new entry as a draft, embedded and ready to try. It
// fails with a ValidationError for a broken rule, ErrConflict when the id
// is taken and ErrForbidden outside the actor's regions.
func (s *Store) CreateEntry(ctx context.Context, e Entry, by Actor) (Record, error) {
	return s.createEntry(ctx, e, by, "entry.create")
}

func (s *Store) createEntry(ctx context.Context, e Entry, by Actor, action string) (Record, error) {
	if err := e.check(); err != nil {
		return Record{}, err
	}
	if !by.May(e.Region) {
		return Record{}, forbiddenRegion(e.Region)
	}
	chunks, vecs, err := s.embedEntry(ctx, &e)
	if err != nil {
		return Record{}, err
	}
	var r Record
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO entries (id, title, content_hash, status, created_by, updated_by)
			VALUES ($1, $2, '', 'draft', $3, $3)`, e.ID, e.Title, by.Name)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return fmt.Errorf("%w: an entry with the id %q exists already: choose another id or edit that entry", ErrConflict, e.ID)
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "DELETE FROM deleted_entries WHERE id = $1", e.ID); err != nil {
			return err
		}
		// The row exists now; writing its content counts as the same
		// version, the first.
		if r, err = writeContent(ctx, tx, &e, chunks, vecs, by, 0, ""); err != nil {
			return err
		}
		return audit(ctx, tx, by, action, e.ID, e.Title)
	})
	return r, wrapUnlessSentinel("create entry", err)
}

// UpdateEntry saves new content for the entry e.ID, which must be at
// version; its status stays. An unpublished entry takes the content at
// once. A published entry keeps answering citizens with its published
// content: the new content is saved as its draft (Record.UnpublishedChanges)
// until Publish, and replaces an earlier draft. Fields the format does not
// define (extra) are kept from the stored entry. A stale version gives a
// *ConflictError.
func (s *Store) UpdateEntry(ctx context.Context, e Entry, version int, by Actor) (Record, error) {
	return s.updateEntry(ctx, e, version, by, "entry.update")
}

func (s *Store) updateEntry(ctx context.Context, e Entry, version int, by Actor, action string) (Record, error) {
	if err := e.check(); err != nil {
		return Record{}, err
	}
	// A draft of a published entry is not searched, so it needs no
	// vectors until it is published.
	before, err := s.Record(ctx, e.ID, by)
	if err != nil {
		return Record{}, err
	}
	var chunks []Chunk
	var vecs [][]float32
	embedded := before.Status != StatusPublished
	if embedded {
		if chunks, vecs, err = s.embedEntry(ctx, &e); err != nil {
			return Record{}, err
		}
	}
	var r Record
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		cur, err := lockRecord(ctx, tx, e.ID, version, by)
		if err != nil {
			return err
		}
		if !by.May(e.Region) {
			return forbiddenRegion(e.Region)
		}
		e.Extra = cur.Extra
		switch {
		case cur.Status == StatusPublished:
			r, err = writeDraft(ctx, tx, &e, cur, by)
		case !embedded:
			// Unpublished since it was read above, and the caller saw
			// that: rare enough to let the caller send it again.
			return &ConflictError{Current: cur}
		default:
			r, err = writeContent(ctx, tx, &e, chunks, vecs, by, 1, "")
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, action, e.ID, e.Title)
	})
	return r, wrapUnlessSentinel("save entry", err)
}

// Publish makes the entry at version searchable, with its draft when it
// has one: its chunks are embedded again and the change notification
// makes every server instance reload.
func (s *Store) Publish(ctx context.Context, id string, version int, by Actor) (Record, error) {
	return s.changeStatus(ctx, id, version, StatusPublished, by, "entry.publish")
}

// Unpublish takes the entry at version out of search; it stays as a draft,
// with the content of its pending draft when it has one.
func (s *Store) Unpublish(ctx context.Context, id string, version int, by Actor) (Record, error) {
	return s.changeStatus(ctx, id, version, StatusDraft, by, "entry.unpublish")
}

// changeStatus publishes or unpublishes the entry at version. An entry with
// a draft takes the draft's content and chunks in the same change.
func (s *Store) changeStatus(ctx context.Context, id string, version int, status string, by Actor, action string) (Record, error) {
	cur, err := s.Record(ctx, id, by)
	if err != nil {
		return Record{}, err
	}
	e := cur.Entry
	var chunks []Chunk
	var vecs [][]float32
	if status == StatusPublished || cur.UnpublishedChanges {
		if chunks, vecs, err = s.embedEntry(ctx, &e); err != nil {
			return Record{}, err
		}
	}
	var r Record
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// The version is the one read above, so the content embedded is
		// the content locked.
		locked, err := lockRecord(ctx, tx, id, version, by)
		if err != nil {
			return err
		}
		if locked.Version != cur.Version {
			return &ConflictError{Current: locked}
		}
		switch {
		case cur.UnpublishedChanges:
			r, err = writeContent(ctx, tx, &e, chunks, vecs, by, 1, status)
		case status == StatusPublished:
			if err = writeChunks(ctx, tx, id, chunks, vecs); err == nil {
				r, err = setStatus(ctx, tx, id, status, by)
			}
		default:
			r, err = setStatus(ctx, tx, id, status, by)
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, action, id, e.Title)
	})
	return r, wrapUnlessSentinel(strings.TrimPrefix(action, "entry.")+" entry", err)
}

// DeleteEntry removes the entry at version; its history stays and can be
// restored. Ingestion does not add it again until an editor restores it or
// creates an entry with its id.
func (s *Store) DeleteEntry(ctx context.Context, id string, version int, by Actor) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		cur, err := lockRecord(ctx, tx, id, version, by)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "DELETE FROM entries WHERE id = $1", id); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO deleted_entries (id, deleted_by) VALUES ($1, $2)
			ON CONFLICT (id) DO UPDATE SET deleted_by = $2, deleted_at = now()`, id, by.Name); err != nil {
			return err
		}
		return audit(ctx, tx, by, "entry.delete", id, cur.Entry.Title)
	})
	return wrapUnlessSentinel("delete entry", err)
}

// lockRecord reads the entry for update and checks that it is at version
// and in the actor's regions.
func lockRecord(ctx context.Context, tx pgx.Tx, id string, version int, by Actor) (Record, error) {
	cur, err := scanRecord(tx.QueryRow(ctx, "SELECT "+recordColumns+" FROM entries WHERE id = $1 FOR UPDATE", id))
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return cur, fmt.Errorf("%w: there is no entry %q (it may have been deleted meanwhile)", ErrNotFound, id)
	case err != nil:
		return cur, err
	}
	if region, ok := cur.foreignRegion(by); ok {
		return cur, forbiddenRegion(region)
	}
	switch {
	case cur.Version != version:
		return cur, &ConflictError{Current: cur}
	}
	return cur, nil
}

// writeDraft saves e as the draft of the published entry cur, counting
// its version up; the published content stays. A draft equal to the
// published content is no draft: it is cleared.
func writeDraft(ctx context.Context, tx pgx.Tx, e *Entry, cur Record, by Actor) (Record, error) {
	live := cur.Entry
	if cur.Published != nil {
		live = *cur.Published
	}
	live.Normalize() // as e is
	var draft []byte
	if e.Hash() != live.Hash() {
		var err error
		if draft, err = json.Marshal(e); err != nil {
			return Record{}, err
		}
	}
	return scanRecord(tx.QueryRow(ctx, `UPDATE entries SET draft = $2, updated_by = $3, updated_at = now(), version = version + 1
		WHERE id = $1 RETURNING `+recordColumns, e.ID, draft, by.Name))
}

// writeContent writes e's content and chunks into its row, clearing any
// draft, adding bump to the version and setting the status unless it is
// "", keeps source_hash (what the source last delivered) as it is, and
// returns the row as written.
func writeContent(ctx context.Context, tx pgx.Tx, e *Entry, chunks []Chunk, vecs [][]float32, by Actor, bump int, status string) (Record, error) {
	extra := e.Extra
	if extra == nil {
		extra = map[string]json.RawMessage{}
	}
	var updated *string
	if e.Updated != "" {
		updated = &e.Updated
	}
	_, err := tx.Exec(ctx, `UPDATE entries SET
			title = $2, language = $3, region = $4, source = $5, info_url = $6, summary = $7,
			description = $8, prerequisites = $9, documents = $10, fees = $11, processing_time = $12,
			deadlines = $13, responsible = $14, online_services = $15, appointment_url = $16,
			forms = $17, legal_basis = $18, links = $19, keywords = $20, leika_key = $21,
			ozg_id = $22, topics = $23, source_updated = $24, extra = $25, content_hash = $26,
			updated_by = $27, updated_at = now(), version = version + $28,
			status = coalesce(nullif($29, ''), status), draft = NULL
		WHERE id = $1`,
		e.ID, e.Title, e.Language, e.Region, e.Source, e.InfoURL, e.Summary, e.Description,
		e.Prerequisites, e.Documents, e.Fees, e.ProcessingTime, e.Deadlines, e.Responsible,
		links(e.OnlineServices), e.AppointmentURL, links(e.Forms), links(e.LegalBasis), links(e.Links),
		strs(e.Keywords), e.LeikaKey, e.OZGID, strs(e.Topics), updated, extra, e.Hash(), by.Name, bump, status)
	if err != nil {
		return Record{}, err
	}
	if err := writeChunks(ctx, tx, e.ID, chunks, vecs); err != nil {
		return Record{}, err
	}
	return scanRecord(tx.QueryRow(ctx, "SELECT "+recordColumns+" FROM entries WHERE id = $1", e.ID))
}

// setStatus sets the entry's status, counts its version up and returns it.
func setStatus(ctx context.Context, tx pgx.Tx, id, status string, by Actor) (Record, error) {
	return scanRecord(tx.QueryRow(ctx, `UPDATE entries SET status = $2, version = version + 1, updated_by = $3, updated_at = now()
		WHERE id = $1 RETURNING `+recordColumns, id, status, by.Name))
}

// embedEntry splits e into chunks and embeds them.
func (s *Store) embedEntry(ctx context.Context, e *Entry) ([]Chunk, [][]float32, error) {
	chunks := e.Chunks()
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = c.Embed
	}
	vecs, err := s.embedder.Embed(ctx, texts)
	if err != nil {
		return nil, nil, fmt.Errorf("embed entry %s: %w", e.ID, err)
	}
	if len(vecs) != len(texts) {
		return nil, nil, fmt.Errorf("embedder %s returned %d vectors for %d texts", s.embedder.Name(), len(vecs), len(texts))
	}
	return chunks, vecs, nil
}

// writeChunks replaces the entry's chunks.
func writeChunks(ctx context.Context, tx pgx.Tx, id string, chunks []Chunk, vecs [][]float32) error {
	if _, err := tx.Exec(ctx, "DELETE FROM chunks WHERE entry_id = $1", id); err != nil {
		return err
	}
	rows := make([][]any, len(chunks))
	for i, c := range chunks {
		rows[i] = []any{id, c.Ord, c.Section, c.Heading, c.Body, c.Embed, pgvector.NewVector(vecs[i])}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"chunks"},
		[]string{"entry_id", "ord", "section", "heading", "body", "embed", "embedding"}, pgx.CopyFromRows(rows))
	return err
}
