package knowledge

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Session is a login to the editor console.
type Session struct {
	Token     string // the cookie's value; only its hash is stored
	CSRF      string // sent back with every change the console makes
	Account   Account
	ExpiresAt time.Time
}

// secret returns n random bytes, URL-safe base64 encoded.
func secret(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// Login checks name and password and opens a session that lasts ttl. A
// wrong name, a wrong password and a disabled account all give
// ErrUnauthenticated, and all are audited, so nobody can probe for names.
func (s *Store) Login(ctx context.Context, name, password string, ttl time.Duration) (Session, error) {
	var hash string
	a, err := scanAccountWithHash(s.pool.QueryRow(ctx, "SELECT "+accountColumns+", password_hash FROM users WHERE name = $1", name), &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		hash = dummyHash
	} else if err != nil {
		return Session{}, fmt.Errorf("log in: %w", err)
	}
	if !passwordMatches(hash, password) || a.Disabled || a.ID == 0 {
		detail := "wrong name or password"
		if a.Disabled {
			detail = "account disabled"
		}
		if err := s.Audit(ctx, Actor{Name: name, TenantID: a.TenantID}, "login.failed", name, detail); err != nil {
			return Session{}, err
		}
		return Session{}, fmt.Errorf("%w: wrong name or password", ErrUnauthenticated)
	}
	sess := Session{Token: secret(32), CSRF: secret(24), Account: a, ExpiresAt: time.Now().Add(ttl)}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Expired sessions are cleared out whenever someone logs in.
		if _, err := tx.Exec(ctx, "DELETE FROM login_sessions WHERE expires_at < now()"); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO login_sessions (token_hash, user_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
			tokenHash(sess.Token), a.ID, sess.CSRF, sess.ExpiresAt); err != nil {
			return err
		}
		return audit(ctx, tx, Actor{Name: a.Name, TenantID: a.TenantID}, "login", a.Name, "")
	})
	if err != nil {
		return Session{}, fmt.Errorf("log in: %w", err)
	}
	return sess, nil
}

func scanAccountWithHash(row pgx.Row, hash *string) (Account, error) {
	var a Account
	return a, row.Scan(&a.ID, &a.TenantID, &a.Name, &a.Role, &a.Disabled, &a.CreatedAt, hash)
}

// SessionOf returns the session whose cookie value is token, or
// ErrUnauthenticated when there is none, it expired or its account is
// disabled.
func (s *Store) SessionOf(ctx context.Context, token string) (Session, error) {
	sess := Session{Token: token}
	a := &sess.Account
	err := s.pool.QueryRow(ctx, `
		SELECT u.id, u.tenant_id, u.name, u.role, u.disabled, u.created_at, s.csrf, s.expires_at
		FROM login_sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`, tokenHash(token)).Scan(
		&a.ID, &a.TenantID, &a.Name, &a.Role, &a.Disabled, &a.CreatedAt, &sess.CSRF, &sess.ExpiresAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return Session{}, fmt.Errorf("%w: the session ended: log in again", ErrUnauthenticated)
	}
	if err != nil {
		return Session{}, fmt.Errorf("read session: %w", err)
	}
	return sess, nil
}

// Logout ends the session whose cookie value is token.
func (s *Store) Logout(ctx context.Context, token string, by Actor) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "DELETE FROM login_sessions WHERE token_hash = $1", tokenHash(token)); err != nil {
			return err
		}
		return audit(ctx, tx, by, "logout", by.Name, "")
	})
	if err != nil {
		return fmt.Errorf("log out: %w", err)
	}
	return nil
}
