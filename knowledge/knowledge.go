// Package knowledge is what the bot knows: service descriptions ("entries")
// stored in PostgreSQL, split into chunks whose vectors pgvector stores, and
// the tenants that decide which part of that knowledge each portal sees.
// Search runs on an in-memory index of the published entries (Index), by
// words and by meaning, which Live reloads after every committed change.
//
// It imports no other package of this module; the bot, the ingestion job and
// the web server all build on it.
package knowledge

import "errors"

// Sentinel errors that callers branch on. They are wrapped with context; use
// errors.Is to test for them.
var (
	// ErrNotFound means the entry, tenant or record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict means the record changed since the caller read it.
	ErrConflict = errors.New("conflict")
	// ErrInvalid means the input breaks a documented rule; the wrapped
	// message says which rule and what to do.
	ErrInvalid = errors.New("invalid input")
)
