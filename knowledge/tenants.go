package knowledge

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Tenant is a city or portal that embeds the bot: which knowledge it sees,
// which web origins may embed its widget, and what the bot offers when it
// cannot help.
type Tenant struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Regions        []string `json:"regions"` // empty means every region
	AllowedOrigins []string `json:"allowed_origins"`
	GreetingDE     string   `json:"greeting_de"`
	GreetingEN     string   `json:"greeting_en"`
	SuggestionsDE  []string `json:"suggestions_de"`
	SuggestionsEN  []string `json:"suggestions_en"`
	FallbackPhone  string   `json:"fallback_phone"`
	FallbackHours  string   `json:"fallback_hours"`
	FallbackURL    string   `json:"fallback_url"`
	PrivacyURL     string   `json:"privacy_url"`
}

const tenantColumns = `id, name, regions, allowed_origins, greeting_de, greeting_en,
	suggestions_de, suggestions_en, fallback_phone, fallback_hours, fallback_url, privacy_url`

func scanTenant(row pgx.Row) (Tenant, error) {
	var t Tenant
	err := row.Scan(&t.ID, &t.Name, &t.Regions, &t.AllowedOrigins, &t.GreetingDE, &t.GreetingEN,
		&t.SuggestionsDE, &t.SuggestionsEN, &t.FallbackPhone, &t.FallbackHours, &t.FallbackURL, &t.PrivacyURL)
	return t, err
}

// Tenant returns the tenant with the given id, or ErrNotFound.
func (s *Store) Tenant(ctx context.Context, id string) (Tenant, error) {
	t, err := scanTenant(s.pool.QueryRow(ctx, "SELECT "+tenantColumns+" FROM tenants WHERE id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Tenant{}, fmt.Errorf("tenant %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return Tenant{}, fmt.Errorf("read tenant %q: %w", id, err)
	}
	return t, nil
}

// Tenants returns every tenant, ordered by id.
func (s *Store) Tenants(ctx context.Context) ([]Tenant, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+tenantColumns+" FROM tenants ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("read tenants: %w", err)
	}
	defer rows.Close()
	var ts []Tenant
	for rows.Next() {
		t, err := scanTenant(rows)
		if err != nil {
			return nil, fmt.Errorf("read tenants: %w", err)
		}
		ts = append(ts, t)
	}
	return ts, rows.Err()
}

// PutTenant creates the tenant or replaces all its settings.
func (s *Store) PutTenant(ctx context.Context, t Tenant) error {
	return putTenant(ctx, s.pool, t)
}

// execer runs a statement: a pool, or a transaction.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

func putTenant(ctx context.Context, db execer, t Tenant) error {
	_, err := db.Exec(ctx, `
		INSERT INTO tenants (`+tenantColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		ON CONFLICT (id) DO UPDATE SET
			name = EXCLUDED.name, regions = EXCLUDED.regions, allowed_origins = EXCLUDED.allowed_origins,
			greeting_de = EXCLUDED.greeting_de, greeting_en = EXCLUDED.greeting_en,
			suggestions_de = EXCLUDED.suggestions_de, suggestions_en = EXCLUDED.suggestions_en,
			fallback_phone = EXCLUDED.fallback_phone, fallback_hours = EXCLUDED.fallback_hours,
			fallback_url = EXCLUDED.fallback_url, privacy_url = EXCLUDED.privacy_url, updated_at = now()`,
		t.ID, t.Name, strs(t.Regions), strs(t.AllowedOrigins), t.GreetingDE, t.GreetingEN,
		strs(t.SuggestionsDE), strs(t.SuggestionsEN), t.FallbackPhone, t.FallbackHours, t.FallbackURL, t.PrivacyURL)
	if err != nil {
		return fmt.Errorf("save tenant %q: %w", t.ID, err)
	}
	return nil
}
