package knowledge

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
)

var tenantIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}$`)

// PutTenantAs creates the tenant or replaces its settings, as PutTenant
// does, after checking them, and records the change in the audit log in
// the same transaction.
func (s *Store) PutTenantAs(ctx context.Context, t Tenant, by Actor) error {
	t.Name = strings.TrimSpace(t.Name)
	switch {
	case !tenantIDPattern.MatchString(t.ID):
		return fmt.Errorf("%w: a tenant id is 1 to 63 lower-case letters, digits, _ and -, such as \"hamburg\"", ErrInvalid)
	case t.Name == "":
		return fmt.Errorf("%w: give the tenant a name, such as \"Freie und Hansestadt Hamburg\"", ErrInvalid)
	}
	for _, r := range t.Regions {
		if !regionPattern.MatchString(r) {
			return fmt.Errorf("%w: region %q must be a lower-case slug such as \"berlin\"", ErrInvalid, r)
		}
	}
	for _, o := range t.AllowedOrigins {
		if err := CheckURL(o); err != nil {
			return fmt.Errorf("%w: allowed origin: %v", ErrInvalid, err)
		}
	}
	if t.FallbackPhone == "" {
		t.FallbackPhone = "115"
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := putTenant(ctx, tx, t); err != nil {
			return err
		}
		return audit(ctx, tx, by, "tenant.put", t.ID, fmt.Sprintf("regions %v", t.Regions))
	})
}
