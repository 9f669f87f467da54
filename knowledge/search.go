package knowledge

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pgvector/pgvector-go"
)

// Search limits.
const (
	MaxQueryLen = 1000 // characters in a search query
	MaxHits     = 50   // hits one search returns at most
	rrfK        = 60   // reciprocal rank fusion constant, as in the RRF paper
	// maxShare is the share of all chunks above which a query word is
	// too common to search for (unless it is the query's rarest word).
	maxShare = 0.2
)

// Query is a search over the published entries of some regions.
type Query struct {
	Text    string
	Regions []string // empty means every region
	Limit   int      // 0 means 10
}

// Hit is one entry found by Search, best first.
type Hit struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	URL      string  `json:"url"`
	Language string  `json:"language"`
	Region   string  `json:"region"`
	Score    float64 `json:"score"` // fused rank score: higher is better
	// Similarity is the cosine similarity of the entry's closest chunk to
	// the query (0 when the vector side did not find it).
	Similarity float64 `json:"similarity"`
	// TextRank is the best ts_rank_cd of the entry's chunks (0 when the
	// full-text side did not find it).
	TextRank float64 `json:"text_rank"`
}

// hybridSearch ranks entries by reciprocal rank fusion (RRF) of two
// rankings computed in one round trip:
//
//   - fts: German full-text search over chunks. The query's words are OR-ed
//     (a citizen's question rarely shares all its words with the right
//     entry), minus those found in more than a share $7 of all chunks,
//     except the rarest: common words match thousands of chunks and tell
//     nothing. ts_rank_cd weighs heading (A) over summary (B) over body (C);
//     an entry's rank is that of its best chunk.
//   - vec: nearest chunks by cosine distance through the HNSW index, again
//     grouped to the entry's best chunk. Vectors are only compared when the
//     stored ones come from the caller's embedder ($4).
//
// RRF adds 1/(k + rank) over both lists: an entry that either side ranks
// high comes up, one both rank high comes first, and the two sides' scores
// never need to be made comparable. Both sides see only published entries
// of the tenant's regions ($3, empty meaning all).
const hybridSearch = `
WITH terms AS (
    SELECT t.lexeme, coalesce(s.chunks, 0) AS df
    FROM unnest(to_tsvector('german', $1)) AS t
    LEFT JOIN lexeme_stats s ON s.lexeme = t.lexeme
), q AS (
    SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS query
    FROM terms
    WHERE df <= $7 * (SELECT chunks FROM corpus_stats)
       OR df = (SELECT min(df) FROM terms)
), fts AS (
    SELECT entry_id, score, rank() OVER (ORDER BY score DESC) AS r
    FROM (
        SELECT c.entry_id, max(ts_rank_cd(c.tsv, q.query)) AS score
        FROM q, chunks c
        JOIN entries e ON e.id = c.entry_id
        WHERE c.tsv @@ q.query
          AND e.status = 'published'
          AND (cardinality($3::text[]) = 0 OR e.region = ANY($3))
        GROUP BY c.entry_id
        ORDER BY score DESC
        LIMIT 100
    ) best
), vec AS (
    SELECT entry_id, 1 - dist AS sim, rank() OVER (ORDER BY dist) AS r
    FROM (
        SELECT entry_id, min(dist) AS dist
        FROM (
            SELECT c.entry_id, c.embedding <=> $2 AS dist
            FROM chunks c
            JOIN entries e ON e.id = c.entry_id
            WHERE c.embedding IS NOT NULL
              AND e.status = 'published'
              AND (cardinality($3::text[]) = 0 OR e.region = ANY($3))
              AND EXISTS (SELECT 1 FROM embedder WHERE name = $4)
            ORDER BY c.embedding <=> $2
            LIMIT 100
        ) nearest
        GROUP BY entry_id
    ) best
)
SELECT e.id, e.title, e.info_url, e.language, e.region,
       coalesce(1.0 / ($6 + fts.r), 0) + coalesce(1.0 / ($6 + vec.r), 0) AS score,
       coalesce(vec.sim, 0), coalesce(fts.score, 0)
FROM fts
FULL JOIN vec USING (entry_id)
JOIN entries e ON e.id = entry_id
ORDER BY score DESC, e.id
LIMIT $5`

// Search returns the published entries that best match the query, best
// first. It returns ErrInvalid for an empty or overlong query.
func (s *Store) Search(ctx context.Context, q Query) ([]Hit, error) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, fmt.Errorf("%w: the query is empty: type a few words", ErrInvalid)
	}
	if utf8.RuneCountInString(text) > MaxQueryLen {
		return nil, fmt.Errorf("%w: the query is longer than %d characters: shorten it", ErrInvalid, MaxQueryLen)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, MaxHits)
	vecs, err := s.embedder.Embed(ctx, []string{text})
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	rows, err := s.pool.Query(ctx, hybridSearch, text, pgvector.NewVector(vecs[0]),
		strs(q.Regions), s.embedder.Name(), limit, rrfK, maxShare)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.URL, &h.Language, &h.Region, &h.Score, &h.Similarity, &h.TextRank); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}
