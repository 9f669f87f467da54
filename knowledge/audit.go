package knowledge

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// AuditRecord is one line of the audit log: who did what, when, to what.
type AuditRecord struct {
	ID       int64     `json:"id"`
	At       time.Time `json:"at"`
	TenantID string    `json:"tenant"`
	Actor    string    `json:"actor"`
	// Action is one of login, login.failed, logout, entry.create,
	// entry.update, entry.publish, entry.unpublish, entry.delete,
	// entry.restore, account.create, account.change, account.delete,
	// token.create, token.revoke, tenant.put, questions.done.
	Action string `json:"action"`
	Target string `json:"target"`
	Detail string `json:"detail"`
}

// audit records an action in the transaction that makes it.
func audit(ctx context.Context, tx pgx.Tx, by Actor, action, target, detail string) error {
	_, err := tx.Exec(ctx, "INSERT INTO audit_log (tenant_id, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)",
		by.TenantID, by.Name, action, target, detail)
	if err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}

// Audit records an action that changes nothing else, such as a failed login.
func (s *Store) Audit(ctx context.Context, by Actor, action, target, detail string) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return audit(ctx, tx, by, action, target, detail) })
}

// AuditLog returns up to limit records, newest first, of a tenant ("" for
// all) and, when before is not zero, older than the record with that id.
func (s *Store) AuditLog(ctx context.Context, tenantID string, before int64, limit int) ([]AuditRecord, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, at, tenant_id, actor, action, target, detail FROM audit_log
		WHERE ($1 = '' OR tenant_id = $1) AND ($2 = 0 OR id < $2) ORDER BY id DESC LIMIT $3`, tenantID, before, limit)
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	recs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (AuditRecord, error) {
		var a AuditRecord
		return a, r.Scan(&a.ID, &a.At, &a.TenantID, &a.Actor, &a.Action, &a.Target, &a.Detail)
	})
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	return recs, nil
}
