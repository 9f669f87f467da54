package knowledge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// entryColumns are the columns scanEntry reads, in its order.
const entryColumns = `id, title, language, region, source, info_url, summary, description,
	prerequisites, documents, fees, processing_time, deadlines, responsible, online_services,
	appointment_url, forms, legal_basis, links, keywords, leika_key, ozg_id, topics,
	to_char(source_updated, 'YYYY-MM-DD'), extra`

// Entry returns the stored entry with the given id, or ErrNotFound.
func (s *Store) Entry(ctx context.Context, id string) (Entry, error) {
	e, err := scanEntry(s.pool.QueryRow(ctx, "SELECT "+entryColumns+" FROM entries WHERE id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Entry{}, fmt.Errorf("entry %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return Entry{}, fmt.Errorf("read entry %q: %w", id, err)
	}
	return e, nil
}

// PublishedEntries returns the published entries with the given ids, their
// translations (entries whose extra.translation_of names one of them) and
// the entries they translate, keyed by id. Ids not found are left out.
func (s *Store) PublishedEntries(ctx context.Context, ids []string) (map[string]Entry, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+entryColumns+` FROM entries
		WHERE status = 'published'
		  AND (id = ANY($1)
		       OR (extra ? 'translation_of' AND extra->>'translation_of' = ANY($1))
		       OR id IN (SELECT extra->>'translation_of' FROM entries WHERE id = ANY($1)))`, ids)
	if err != nil {
		return nil, fmt.Errorf("read entries: %w", err)
	}
	defer rows.Close()
	entries := make(map[string]Entry, len(ids))
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, fmt.Errorf("read entries: %w", err)
		}
		entries[e.ID] = e
	}
	return entries, rows.Err()
}

// TranslationOf returns the id of the entry e translates, or "".
func (e Entry) TranslationOf() string {
	var id string
	if raw, ok := e.Extra["translation_of"]; ok {
		json.Unmarshal(raw, &id)
	}
	return id
}

func scanEntry(row pgx.Row) (Entry, error) {
	var e Entry
	var updated *string
	var extra map[string]json.RawMessage
	err := row.Scan(
		&e.ID, &e.Title, &e.Language, &e.Region, &e.Source, &e.InfoURL, &e.Summary, &e.Description,
		&e.Prerequisites, &e.Documents, &e.Fees, &e.ProcessingTime, &e.Deadlines, &e.Responsible,
		&e.OnlineServices, &e.AppointmentURL, &e.Forms, &e.LegalBasis, &e.Links, &e.Keywords,
		&e.LeikaKey, &e.OZGID, &e.Topics, &updated, &extra)
	if err != nil {
		return Entry{}, err
	}
	if updated != nil {
		e.Updated = *updated
	}
	if len(extra) > 0 {
		e.Extra = extra
	}
	for _, l := range []*[]Link{&e.OnlineServices, &e.Forms, &e.LegalBasis, &e.Links} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	for _, l := range []*[]string{&e.Keywords, &e.Topics} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	return e, nil
}
