package knowledge

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// KeywordSearch is the baseline that answer quality is measured against:
// the best plain keyword search PostgreSQL offers out of the box, which is
// what a municipal site search does. Each published entry is one document,
// its title weighted above its text (setweight A); a query's words are
// stemmed with the German configuration and OR-ed; documents are ranked by
// ts_rank_cd. No hit means no answer. It holds one database connection
// with a temporary table of the documents, built once; Close releases it.
type KeywordSearch struct {
	conn *pgxpool.Conn
}

// keywordDocs builds the temporary table the baseline searches; it gets a
// GIN index, as a site search would have.
const keywordDocs = `
CREATE TEMPORARY TABLE keyword_docs AS
SELECT id, setweight(to_tsvector('german', title), 'A') ||
       to_tsvector('german', concat_ws(' ', summary, description, prerequisites, documents, fees,
           processing_time, deadlines, responsible)) AS tsv
FROM entries
WHERE status = 'published' AND (cardinality($1::text[]) = 0 OR region = ANY($1))`

// KeywordSearch prepares the baseline over the published entries of
// regions (none: all).
func (s *Store) KeywordSearch(ctx context.Context, regions []string) (*KeywordSearch, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	for _, step := range []struct {
		sql  string
		args []any
	}{
		{"DROP TABLE IF EXISTS keyword_docs", nil},
		{keywordDocs, []any{strs(regions)}},
		{"CREATE INDEX ON keyword_docs USING gin (tsv)", nil},
	} {
		if _, err := conn.Exec(ctx, step.sql, step.args...); err != nil {
			conn.Release()
			return nil, fmt.Errorf("keyword search: %w", err)
		}
	}
	return &KeywordSearch{conn: conn}, nil
}

// Search returns the ids of the entries that match any word of text, best
// first, at most limit.
func (k *KeywordSearch) Search(ctx context.Context, text string, limit int) ([]string, error) {
	rows, err := k.conn.Query(ctx, `
		WITH q AS (SELECT replace(plainto_tsquery('german', $1)::text, ' & ', ' | ')::tsquery AS query)
		SELECT d.id FROM keyword_docs d, q
		WHERE d.tsv @@ q.query
		ORDER BY ts_rank_cd(d.tsv, q.query) DESC, d.id
		LIMIT $2`, text, limit)
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("keyword search: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Close drops the temporary table and releases the connection.
func (k *KeywordSearch) Close() {
	k.conn.Exec(context.Background(), "DROP TABLE IF EXISTS keyword_docs")
	k.conn.Release()
}
