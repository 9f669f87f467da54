package knowledge

import (
	"context"
	"fmt"
)

// RunCounts are the outcome figures of an ingestion run.
type RunCounts struct {
	Added, Updated, Unchanged, Removed, Failed int
}

// StartIngestRun records that an ingestion run of the files began and
// returns its id.
func (s *Store) StartIngestRun(ctx context.Context, files []string) (int64, error) {
	var id int64
	if err := s.pool.QueryRow(ctx, "INSERT INTO ingest_runs (files) VALUES ($1) RETURNING id", files).Scan(&id); err != nil {
		return 0, fmt.Errorf("record ingestion run: %w", err)
	}
	return id, nil
}

// FinishIngestRun records the outcome of run id; runErr nil means success.
func (s *Store) FinishIngestRun(ctx context.Context, id int64, c RunCounts, runErr error) error {
	status, msg := "succeeded", ""
	if runErr != nil {
		status, msg = "failed", runErr.Error()
	}
	_, err := s.pool.Exec(ctx, `UPDATE ingest_runs SET finished_at = now(), status = $2, added = $3,
		updated = $4, unchanged = $5, removed = $6, failed = $7, error = $8 WHERE id = $1`,
		id, status, c.Added, c.Updated, c.Unchanged, c.Removed, c.Failed, msg)
	if err != nil {
		return fmt.Errorf("record ingestion run outcome: %w", err)
	}
	return nil
}
