package knowledge

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
)

// MaxDim is the longest vector the store accepts. Every server instance
// holds the vectors in memory (4 bytes a dimension a chunk), so models with
// longer vectors (text-embedding-3-large: 3072) must be asked for a shorter
// one (CITIZENBOT_EMBED_DIM).
const MaxDim = 2000

// checkEmbedder makes the stored vectors belong to s.embedder. When the
// database records another embedder (or none), it discards every vector
// and retypes the column to the new dimension, in one transaction, so that vectors of two models are never compared.
func (s *Store) checkEmbedder(ctx context.Context) error {
	name, dim := s.embedder.Name(), s.embedder.Dim()
	if dim < 1 || dim > MaxDim {
		return fmt.Errorf("embedder %s has dimension %d; it must be between 1 and %d: set CITIZENBOT_EMBED_DIM", name, dim, MaxDim)
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(7261002)"); err != nil {
			return err
		}
		var storedName string
		var storedDim int
		err := tx.QueryRow(ctx, "SELECT name, dim FROM embedder").Scan(&storedName, &storedDim)
		switch {
		case err == nil && storedName == name && storedDim == dim:
			return nil
		case err != nil && !errors.Is(err, pgx.ErrNoRows):
			return fmt.Errorf("read embedder: %w", err)
		}
		stmts := []string{
			"UPDATE chunks SET embedding = NULL WHERE embedding IS NOT NULL",
			fmt.Sprintf("ALTER TABLE chunks ALTER COLUMN embedding TYPE vector(%d)", dim),
		}
		for _, q := range stmts {
			if _, err := tx.Exec(ctx, q); err != nil {
				return fmt.Errorf("switch embedder to %s: %s: %w", name, q, err)
			}
		}
		_, err = tx.Exec(ctx, `INSERT INTO embedder (name, dim) VALUES ($1, $2)
			ON CONFLICT (singleton) DO UPDATE SET name = $1, dim = $2, updated_at = now()`, name, dim)
		return err
	})
}

// EmbedMissing computes the vectors of all chunks that have none, in
// batches, and reports progress after each. It returns how many chunks it
// embedded. Chunks without a vector are still found by their words.
func (s *Store) EmbedMissing(ctx context.Context, batch int, progress func(done, total int)) (int, error) {
	var total int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM chunks WHERE embedding IS NULL").Scan(&total); err != nil {
		return 0, fmt.Errorf("count chunks to embed: %w", err)
	}
	done := 0
	for done < total {
		rows, err := s.pool.Query(ctx, "SELECT id, embed FROM chunks WHERE embedding IS NULL ORDER BY id LIMIT $1", batch)
		if err != nil {
			return done, fmt.Errorf("read chunks to embed: %w", err)
		}
		var ids []int64
		var texts []string
		for rows.Next() {
			var id int64
			var text string
			if err := rows.Scan(&id, &text); err != nil {
				rows.Close()
				return done, err
			}
			ids = append(ids, id)
			texts = append(texts, text)
		}
		if err := rows.Err(); err != nil {
			return done, err
		}
		if len(ids) == 0 {
			break
		}
		vecs, err := s.embedder.Embed(ctx, texts)
		if err != nil {
			return done, fmt.Errorf("embed chunks: %w", err)
		}
		b := &pgx.Batch{}
		for i, id := range ids {
			b.Queue("UPDATE chunks SET embedding = $1 WHERE id = $2", pgvector.NewVector(vecs[i]), id)
		}
		if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
			return done, fmt.Errorf("store vectors: %w", err)
		}
		done += len(ids)
		if progress != nil {
			progress(done, total)
		}
	}
	return done, nil
}
