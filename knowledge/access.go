package knowledge

import (
	"errors"
	"slices"
)

// Roles of an account or API token.
const (
	RoleEditor = "editor" // curates the knowledge of its tenant's regions
	RoleAdmin  = "admin"  // manages tenants, accounts and all knowledge
)

// Errors of access control, beside the sentinels in knowledge.go.
var (
	// ErrUnauthenticated means the caller is not logged in, or its
	// credentials are wrong or expired.
	ErrUnauthenticated = errors.New("not logged in")
	// ErrForbidden means the caller is logged in but may not do this.
	ErrForbidden = errors.New("forbidden")
)

// Actor is who reads or changes knowledge: an account or an API token. It
// says which entries the actor may touch and is named in the audit log and
// in the entries' history.
type Actor struct {
	Name     string // account name, or "token:NAME" for an API token
	TenantID string
	Role     string
	// Regions are the regions whose entries the actor may see and change;
	// nil means every region (admins, and editors of a tenant that sees
	// every region).
	Regions []string
}

// Admin reports whether the actor has the admin role.
func (a Actor) Admin() bool { return a.Role == RoleAdmin }

// May reports whether the actor may see and change entries of region.
func (a Actor) May(region string) bool {
	return a.Admin() || a.Regions == nil || slices.Contains(a.Regions, region)
}

// scope is the regions list for SQL filters: nil (every region) or the
// actor's regions.
func (a Actor) scope() []string {
	if a.Admin() || a.Regions == nil {
		return nil
	}
	return a.Regions
}
