package knowledge

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// tokenPrefix starts every API token, so that a leaked one is easy to
// recognise in logs and by secret scanners.
const tokenPrefix = "cbt_"

// APIToken describes an API token for integrations; the token itself is
// shown once, when it is created.
type APIToken struct {
	ID         int64      `json:"id"`
	TenantID   string     `json:"tenant"`
	Role       string     `json:"role"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"created_at"`
	CreatedBy  string     `json:"created_by"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

// CreateToken makes a new API token and returns it with its description.
// Only the token's hash is stored: it cannot be shown again.
func (s *Store) CreateToken(ctx context.Context, t APIToken, by Actor) (string, APIToken, error) {
	t.Name = strings.TrimSpace(t.Name)
	switch {
	case t.Name == "" || utf8.RuneCountInString(t.Name) > 100:
		return "", t, fmt.Errorf("%w: give the token a name of 1 to 100 characters, such as the integration that uses it", ErrInvalid)
	case t.Role != RoleEditor && t.Role != RoleAdmin:
		return "", t, fmt.Errorf("%w: the role %q is neither %q nor %q", ErrInvalid, t.Role, RoleEditor, RoleAdmin)
	}
	token := tokenPrefix + secret(32)
	t.CreatedBy = by.Name
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO api_tokens (token_hash, tenant_id, role, name, created_by)
			VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
			tokenHash(token), t.TenantID, t.Role, t.Name, t.CreatedBy).Scan(&t.ID, &t.CreatedAt)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23503" {
			return fmt.Errorf("%w: there is no tenant %q", ErrInvalid, t.TenantID)
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, "token.create", t.Name, fmt.Sprintf("tenant %s, role %s", t.TenantID, t.Role))
	})
	return token, t, wrapUnlessSentinel("create token", err)
}

// TokenActor returns the tenant, role and name of a valid API token, or
// ErrUnauthenticated.
func (s *Store) TokenActor(ctx context.Context, token string) (Actor, error) {
	var a Actor
	err := s.pool.QueryRow(ctx, `UPDATE api_tokens SET last_used_at = now()
		WHERE token_hash = $1 AND revoked_at IS NULL RETURNING 'token:' || name, tenant_id, role`,
		tokenHash(token)).Scan(&a.Name, &a.TenantID, &a.Role)
	if errors.Is(err, pgx.ErrNoRows) {
		return Actor{}, fmt.Errorf("%w: the API token is unknown or revoked", ErrUnauthenticated)
	}
	if err != nil {
		return Actor{}, fmt.Errorf("check API token: %w", err)
	}
	return a, nil
}

// Tokens lists the API tokens of a tenant ("" for all), newest first.
func (s *Store) Tokens(ctx context.Context, tenantID string) ([]APIToken, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, tenant_id, role, name, created_at, created_by, last_used_at, revoked_at
		FROM api_tokens WHERE $1 = '' OR tenant_id = $1 ORDER BY created_at DESC, id DESC`, tenantID)
	if err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	ts, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (APIToken, error) {
		var t APIToken
		return t, r.Scan(&t.ID, &t.TenantID, &t.Role, &t.Name, &t.CreatedAt, &t.CreatedBy, &t.LastUsedAt, &t.RevokedAt)
	})
	if err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	return ts, nil
}

// RevokeToken makes the token with the given id unusable.
func (s *Store) RevokeToken(ctx context.Context, id int64, by Actor) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var name string
		err := tx.QueryRow(ctx, "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING name", id).Scan(&name)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("token %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, "token.revoke", name, "")
	})
	return wrapUnlessSentinel("revoke token", err)
}
