package knowledge

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	pgxvec "github.com/pgvector/pgvector-go/pgx"
)

// Store is the knowledge base in PostgreSQL. It is safe for concurrent use.
type Store struct {
	pool     *pgxpool.Pool
	embedder Embedder
	// phrasings are those every index of the store uses; nil means
	// DefaultPhrasings (see UsePhrasings).
	phrasings *Phrasings
}

// Open connects to the database at url, creates the pgvector extension,
// applies pending migrations and checks that the stored vectors come from
// embedder. When they do not (first start, or the embedder changed), it
// discards them; call EmbedMissing to compute the new ones.
func Open(ctx context.Context, url string, embedder Embedder) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL is not a valid PostgreSQL URL (%v): use the form postgres://user:password@host:5432/dbname", err)
	}
	if err := prepare(ctx, cfg.ConnConfig); err != nil {
		return nil, err
	}
	cfg.AfterConnect = pgxvec.RegisterTypes
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, describeConnError(cfg.ConnConfig, err)
	}
	s := &Store{pool: pool, embedder: embedder}
	if err := s.checkEmbedder(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// prepare creates the vector extension and migrates, on a connection of its
// own: the pool can only register pgvector's types once the extension exists.
func prepare(ctx context.Context, cfg *pgx.ConnConfig) error {
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return describeConnError(cfg, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS vector"); err != nil {
		var pgErr *pgconn.PgError
		switch {
		case errors.As(err, &pgErr) && (pgErr.Code == "0A000" || pgErr.Code == "58P01"):
			return fmt.Errorf("the database at %s has no pgvector extension (%s): install pgvector 0.5 or newer for your PostgreSQL (`make db` does it on Debian/Ubuntu) or use compose.yaml", hostPort(cfg), pgErr.Message)
		case errors.As(err, &pgErr) && pgErr.Code == "42501":
			return fmt.Errorf("the database at %s lacks the pgvector extension and user %q may not create it (%s): have a superuser run `CREATE EXTENSION vector;` in database %q once", hostPort(cfg), cfg.User, pgErr.Message, cfg.Database)
		}
		return fmt.Errorf("create extension vector: %w", err)
	}
	return migrate(ctx, conn)
}

func describeConnError(cfg *pgx.ConnConfig, err error) error {
	var netErr net.Error
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr):
		return fmt.Errorf("the database at %s refused the connection: %s: check user, password and database name in DATABASE_URL", hostPort(cfg), pgErr.Message)
	case errors.As(err, &netErr), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("cannot reach the database at %s (%v): is PostgreSQL running? `make db` starts a local one", hostPort(cfg), err)
	}
	return fmt.Errorf("connect to the database at %s: %w: is PostgreSQL running? `make db` starts a local one", hostPort(cfg), err)
}

func hostPort(cfg *pgx.ConnConfig) string {
	return fmt.Sprintf("%s:%d/%s", cfg.Host, cfg.Port, cfg.Database)
}

// Close releases the store's connections.
func (s *Store) Close() { s.pool.Close() }

// UsePhrasings makes the indexes the store builds use p (see LoadPhrasings)
// instead of the built-in phrasings alone. Call it before the first index
// is built.
func (s *Store) UsePhrasings(p *Phrasings) { s.phrasings = p }

// Embedder returns the embedder whose vectors the store holds.
func (s *Store) Embedder() Embedder { return s.embedder }

// Ping checks that the database answers and every migration is applied.
func (s *Store) Ping(ctx context.Context) error {
	var applied int
	if err := s.pool.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&applied); err != nil {
		return fmt.Errorf("database not ready: %w", err)
	}
	if want := latestMigration(); applied < want {
		return fmt.Errorf("database not ready: schema at migration %d, want %d", applied, want)
	}
	return nil
}
