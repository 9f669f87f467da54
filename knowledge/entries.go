package knowledge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
)

// EntryState is what ingestion needs to know of a stored entry to decide
// whether to write it again.
type EntryState struct {
	Source      string
	ContentHash string
	// Edited says that an editor changed the entry, or made it, in the
	// console: its content, or its draft, is no longer what a source last
	// delivered.
	Edited bool
	// Deleted says that an editor deleted the entry: ingestion leaves it
	// out (Source and ContentHash are then empty).
	Deleted bool
}

// EntryStates returns the state of every stored entry and of every entry
// an editor deleted, keyed by id.
func (s *Store) EntryStates(ctx context.Context) (map[string]EntryState, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, source, content_hash, NOT (`+unedited+`), false FROM entries
		UNION ALL SELECT id, '', '', true, true FROM deleted_entries`)
	if err != nil {
		return nil, fmt.Errorf("read entry states: %w", err)
	}
	states := map[string]EntryState{}
	for rows.Next() {
		var id string
		var st EntryState
		if err := rows.Scan(&id, &st.Source, &st.ContentHash, &st.Edited, &st.Deleted); err != nil {
			return nil, err
		}
		states[id] = st
	}
	return states, rows.Err()
}

// SaveEntries chunks and embeds the entries, then writes them and their
// chunks in one transaction: readers see either all of the old versions or
// all of the new ones. New entries are published; existing ones keep their
// status and count up their version. by names who made the change.
//
// An entry an editor changed, created or deleted is never overwritten or
// added again, even when the change came after the caller read
// EntryStates: the write is skipped in the same statement that would make
// it, and its id is returned in kept.
func (s *Store) SaveEntries(ctx context.Context, entries []Entry, by string) (kept []string, err error) {
	var texts []string
	chunks := make([][]Chunk, len(entries))
	for i := range entries {
		chunks[i] = entries[i].Chunks()
		for _, c := range chunks[i] {
			texts = append(texts, c.Embed)
		}
	}
	vecs, err := s.embedder.Embed(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("embed %d chunks: %w", len(texts), err)
	}
	if len(vecs) != len(texts) {
		return nil, fmt.Errorf("embedder %s returned %d vectors for %d texts", s.embedder.Name(), len(vecs), len(texts))
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		kept = nil
		var rows [][]any
		next := 0
		for i := range entries {
			written, err := upsertEntry(ctx, tx, &entries[i], by)
			if err != nil {
				return fmt.Errorf("save entry %s: %w", entries[i].ID, err)
			}
			if !written {
				kept = append(kept, entries[i].ID)
				next += len(chunks[i])
				continue
			}
			for _, c := range chunks[i] {
				rows = append(rows, []any{entries[i].ID, c.Ord, c.Section, c.Heading, c.Body, c.Embed, pgvector.NewVector(vecs[next])})
				next++
			}
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"chunks"},
			[]string{"entry_id", "ord", "section", "heading", "body", "embed", "embedding"},
			pgx.CopyFromRows(rows))
		if err != nil {
			return fmt.Errorf("save chunks: %w", err)
		}
		return nil
	})
	return kept, err
}

// unedited is the SQL condition that an entries row holds what its source
// last delivered: no editor changed it, or made it, in the console, and no
// editor's draft of it waits to be published.
const unedited = "entries.source_hash = entries.content_hash AND entries.draft IS NULL"

// upsertEntry writes e unless an editor changed the stored entry of its id
// (the ON CONFLICT's WHERE) or deleted it (the NOT EXISTS), and says
// whether it did. The check and the write are one statement, under the
// row's lock, so an edit made while ingestion was embedding is never
// overwritten.
func upsertEntry(ctx context.Context, tx pgx.Tx, e *Entry, by string) (bool, error) {
	extra := e.Extra
	if extra == nil {
		extra = map[string]json.RawMessage{}
	}
	var updated *string
	if e.Updated != "" {
		updated = &e.Updated
	}
	hash := e.Hash()
	var id string
	err := tx.QueryRow(ctx, `
		INSERT INTO entries (id, title, language, region, source, info_url, summary, description,
			prerequisites, documents, fees, processing_time, deadlines, responsible, online_services,
			appointment_url, forms, legal_basis, links, keywords, leika_key, ozg_id, topics,
			source_updated, extra, content_hash, source_hash, created_by, updated_by)
		SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
			$19, $20, $21, $22, $23, $24, $25, $26, $26, $27, $27
		WHERE NOT EXISTS (SELECT 1 FROM deleted_entries WHERE id = $1)
		ON CONFLICT (id) DO UPDATE SET
			title = $2, language = $3, region = $4, source = $5, info_url = $6, summary = $7,
			description = $8, prerequisites = $9, documents = $10, fees = $11, processing_time = $12,
			deadlines = $13, responsible = $14, online_services = $15, appointment_url = $16,
			forms = $17, legal_basis = $18, links = $19, keywords = $20, leika_key = $21,
			ozg_id = $22, topics = $23, source_updated = $24, extra = $25, content_hash = $26,
			source_hash = $26, updated_by = $27, updated_at = now(), version = entries.version + 1
		WHERE `+unedited+`
		RETURNING id`,
		e.ID, e.Title, e.Language, e.Region, e.Source, e.InfoURL, e.Summary, e.Description,
		e.Prerequisites, e.Documents, e.Fees, e.ProcessingTime, e.Deadlines, e.Responsible,
		links(e.OnlineServices), e.AppointmentURL, links(e.Forms), links(e.LegalBasis), links(e.Links),
		strs(e.Keywords), e.LeikaKey, e.OZGID, strs(e.Topics), updated, extra, hash, by).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	_, err = tx.Exec(ctx, "DELETE FROM chunks WHERE entry_id = $1", e.ID)
	return true, err
}

func links(l []Link) []Link {
	if l == nil {
		return []Link{}
	}
	return l
}

func strs(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// DeleteEntries removes the entries with the given ids and their chunks,
// except those an editor changed, and returns how many it removed.
func (s *Store) DeleteEntries(ctx context.Context, ids []string) (int, error) {
	tag, err := s.pool.Exec(ctx, "DELETE FROM entries WHERE id = ANY($1) AND "+unedited, ids)
	if err != nil {
		return 0, fmt.Errorf("delete %d entries: %w", len(ids), err)
	}
	return int(tag.RowsAffected()), nil
}
