package knowledge

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
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
	FallbackPhone  string   `json:"fallback_phone"`
	FallbackHours  string   `json:"fallback_hours"`
	FallbackURL    string   `json:"fallback_url"`
	PrivacyURL     string   `json:"privacy_url"`
}

// Tenant returns the tenant with the given id, or ErrNotFound.
func (s *Store) Tenant(ctx context.Context, id string) (Tenant, error) {
	var t Tenant
	err := s.pool.QueryRow(ctx, `
		SELECT id, name, regions, allowed_origins, greeting_de, greeting_en,
			fallback_phone, fallback_hours, fallback_url, privacy_url
		FROM tenants WHERE id = $1`, id).Scan(
		&t.ID, &t.Name, &t.Regions, &t.AllowedOrigins, &t.GreetingDE, &t.GreetingEN,
		&t.FallbackPhone, &t.FallbackHours, &t.FallbackURL, &t.PrivacyURL)
	if errors.Is(err, pgx.ErrNoRows) {
		return Tenant{}, fmt.Errorf("tenant %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return Tenant{}, fmt.Errorf("read tenant %q: %w", id, err)
	}
	return t, nil
}
