package knowledge

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Account is a person who logs in to the editor console.
type Account struct {
	ID        int64     `json:"id"`
	TenantID  string    `json:"tenant"`
	Name      string    `json:"name"`
	Role      string    `json:"role"`
	Disabled  bool      `json:"disabled"`
	CreatedAt time.Time `json:"created_at"`
}

var accountNamePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$`)

func checkAccount(a Account) error {
	switch {
	case !accountNamePattern.MatchString(a.Name):
		return fmt.Errorf("%w: the name %q must be 1 to 100 letters, digits and . _ @ -, starting with a letter or digit", ErrInvalid, a.Name)
	case a.Role != RoleEditor && a.Role != RoleAdmin:
		return fmt.Errorf("%w: the role %q is neither %q nor %q", ErrInvalid, a.Role, RoleEditor, RoleAdmin)
	}
	return nil
}

// CreateAccount stores a new account with the given password. It fails
// with ErrConflict when the name is taken and ErrInvalid when the name,
// role, tenant or password breaks a rule.
func (s *Store) CreateAccount(ctx context.Context, a Account, password string, by Actor) (Account, error) {
	if err := checkAccount(a); err != nil {
		return a, err
	}
	if err := CheckPassword(password); err != nil {
		return a, err
	}
	hash := hashPassword(password)
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO users (tenant_id, name, role, password_hash)
			VALUES ($1, $2, $3, $4) RETURNING id, created_at`, a.TenantID, a.Name, a.Role, hash).Scan(&a.ID, &a.CreatedAt)
		var pgErr *pgconn.PgError
		switch {
		case errors.As(err, &pgErr) && pgErr.Code == "23505":
			return fmt.Errorf("%w: an account named %q exists already: choose another name", ErrConflict, a.Name)
		case errors.As(err, &pgErr) && pgErr.Code == "23503":
			return fmt.Errorf("%w: there is no tenant %q", ErrInvalid, a.TenantID)
		case err != nil:
			return err
		}
		return audit(ctx, tx, by, "account.create", a.Name, fmt.Sprintf("tenant %s, role %s", a.TenantID, a.Role))
	})
	if err != nil && !errors.Is(err, ErrConflict) && !errors.Is(err, ErrInvalid) {
		err = fmt.Errorf("create account: %w", err)
	}
	return a, err
}

const accountColumns = "id, tenant_id, name, role, disabled, created_at"

func scanAccount(row pgx.Row) (Account, error) {
	var a Account
	return a, row.Scan(&a.ID, &a.TenantID, &a.Name, &a.Role, &a.Disabled, &a.CreatedAt)
}

// Accounts lists the accounts of a tenant ("" for all), by name.
func (s *Store) Accounts(ctx context.Context, tenantID string) ([]Account, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+accountColumns+" FROM users WHERE $1 = '' OR tenant_id = $1 ORDER BY name", tenantID)
	if err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	as, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Account, error) { return scanAccount(r) })
	if err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	return as, nil
}

// AccountChange is a change of an account; nil fields stay as they are.
type AccountChange struct {
	Role     *string `json:"role"`
	Disabled *bool   `json:"disabled"`
	Password *string `json:"password"`
}

// ChangeAccount applies the change to the account with the given id.
// Disabling an account or changing its password ends its sessions.
func (s *Store) ChangeAccount(ctx context.Context, id int64, c AccountChange, by Actor) (Account, error) {
	var a Account
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		a, err = scanAccount(tx.QueryRow(ctx, "SELECT "+accountColumns+" FROM users WHERE id = $1 FOR UPDATE", id))
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("account %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		var what []string
		if c.Role != nil {
			a.Role = *c.Role
			what = append(what, "role "+a.Role)
		}
		if c.Disabled != nil {
			a.Disabled = *c.Disabled
			what = append(what, fmt.Sprintf("disabled %t", a.Disabled))
		}
		if err := checkAccount(a); err != nil {
			return err
		}
		hash := ""
		if c.Password != nil {
			if err := CheckPassword(*c.Password); err != nil {
				return err
			}
			hash = hashPassword(*c.Password)
			what = append(what, "password")
		}
		_, err = tx.Exec(ctx, `UPDATE users SET role = $2, disabled = $3,
			password_hash = CASE WHEN $4 = '' THEN password_hash ELSE $4 END, updated_at = now() WHERE id = $1`,
			id, a.Role, a.Disabled, hash)
		if err != nil {
			return err
		}
		if a.Disabled || hash != "" {
			if _, err := tx.Exec(ctx, "DELETE FROM login_sessions WHERE user_id = $1", id); err != nil {
				return err
			}
		}
		return audit(ctx, tx, by, "account.change", a.Name, fmt.Sprint(what))
	})
	return a, wrapUnlessSentinel("change account", err)
}

// DeleteAccount removes the account with the given id and its sessions.
func (s *Store) DeleteAccount(ctx context.Context, id int64, by Actor) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var name string
		err := tx.QueryRow(ctx, "DELETE FROM users WHERE id = $1 RETURNING name", id).Scan(&name)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("account %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, "account.delete", name, "")
	})
	return wrapUnlessSentinel("delete account", err)
}

// wrapUnlessSentinel adds context to unexpected errors and leaves errors
// that already say what is wrong (the sentinels) as they are.
func wrapUnlessSentinel(what string, err error) error {
	for _, s := range []error{ErrNotFound, ErrConflict, ErrInvalid, ErrForbidden, ErrUnauthenticated} {
		if errors.Is(err, s) {
			return err
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
