package knowledge

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// refreshStats recounts in how many chunks each lexeme occurs, for search to
// tell common words from telling ones. It reads every chunk's tsvector once:
// about 0.1 s for ten thousand chunks.
func refreshStats(ctx context.Context, tx pgx.Tx) error {
	for _, q := range []string{
		// Concurrent writers take turns, else the second one's INSERT
		// would collide with the rows the first one just wrote.
		"SELECT pg_advisory_xact_lock(7261003)",
		"DELETE FROM lexeme_stats",
		"INSERT INTO lexeme_stats (lexeme, chunks) SELECT word, ndoc FROM ts_stat('SELECT tsv FROM chunks')",
		"UPDATE corpus_stats SET chunks = (SELECT count(*) FROM chunks)",
	} {
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("refresh search statistics: %w", err)
		}
	}
	return nil
}
