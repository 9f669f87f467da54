package web

import (
	"net/http"
	"time"

	"citizenbot/bot"
)

// ConsoleOptions configure the editor console and its API. Zero values mean
// the defaults.
type ConsoleOptions struct {
	SessionTTL     time.Duration // how long a login lasts; default 8 h
	LoginPerMinute int           // login attempts per minute per client IP and per account name; default 10
	// SecureCookies marks the session cookie Secure on every response, not
	// only on requests that came over TLS (directly, or with
	// X-Forwarded-Proto: https behind a trusted proxy).
	SecureCookies bool
	// TryBot returns a bot answering from kb, configured like the chat's
	// bot: the console tries drafts with it. Nil: built-in answers.
	TryBot func(kb bot.Knowledge) *bot.Bot
}

// Console limits; docs/api.md lists them.
const (
	maxEntryBody  = 1 << 20  // bytes of a request carrying an entry
	maxSmallBody  = 16 << 10 // bytes of any other console request
	sessionCookie = "citizenbot_session"
)

// console is the editor console's state within a Server.
type console struct {
	opts      ConsoleOptions
	loginRate *rateLimiter
	pages     consolePages
}

func newConsole(o ConsoleOptions) *console {
	if o.SessionTTL <= 0 {
		o.SessionTTL = 8 * time.Hour
	}
	if o.LoginPerMinute <= 0 {
		o.LoginPerMinute = 10
	}
	if o.TryBot == nil {
		o.TryBot = func(kb bot.Knowledge) *bot.Bot { return bot.New(kb, bot.Options{}) }
	}
	return &console{opts: o, loginRate: newRateLimiter(o.LoginPerMinute), pages: loadConsolePages()}
}

// consoleRoutes adds the console's pages and its JSON API to mux.
// Everything but logging in needs a session or an API token; see auth.go.
func (s *Server) consoleRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/login", s.login)
	mux.HandleFunc("POST /api/v1/logout", s.authed(roleAny, s.logout))
	mux.HandleFunc("GET /api/v1/me", s.authed(roleAny, s.me))

	mux.HandleFunc("GET /api/v1/entries", s.authed(roleAny, s.listEntries))
	mux.HandleFunc("POST /api/v1/entries", s.authed(roleAny, s.createEntry))
	mux.HandleFunc("GET /api/v1/entries/{id}", s.authed(roleAny, s.getEntry))
	mux.HandleFunc("PUT /api/v1/entries/{id}", s.authed(roleAny, s.putEntry))
	mux.HandleFunc("DELETE /api/v1/entries/{id}", s.authed(roleAny, s.deleteEntry))
	mux.HandleFunc("POST /api/v1/entries/{id}/publish", s.authed(roleAny, s.publishEntry))
	mux.HandleFunc("POST /api/v1/entries/{id}/unpublish", s.authed(roleAny, s.unpublishEntry))
	mux.HandleFunc("GET /api/v1/entries/{id}/versions", s.authed(roleAny, s.entryVersions))
	mux.HandleFunc("GET /api/v1/entries/{id}/diff", s.authed(roleAny, s.entryDiff))
	mux.HandleFunc("POST /api/v1/entries/{id}/restore", s.authed(roleAny, s.restoreEntry))
	mux.HandleFunc("POST /api/v1/try", s.authed(roleAny, s.tryDraft))

	mux.HandleFunc("GET /api/v1/insight/unanswered", s.authed(roleAny, s.unanswered))
	mux.HandleFunc("POST /api/v1/insight/unanswered/done", s.authed(roleAny, s.markDone))
	mux.HandleFunc("GET /api/v1/insight/dashboard", s.authed(roleAny, s.dashboard))

	mux.HandleFunc("GET /api/v1/audit", s.authed(roleAdmin, s.auditLog))
	mux.HandleFunc("GET /api/v1/accounts", s.authed(roleAdmin, s.listAccounts))
	mux.HandleFunc("POST /api/v1/accounts", s.authed(roleAdmin, s.createAccount))
	mux.HandleFunc("PATCH /api/v1/accounts/{id}", s.authed(roleAdmin, s.changeAccount))
	mux.HandleFunc("DELETE /api/v1/accounts/{id}", s.authed(roleAdmin, s.deleteAccount))
	mux.HandleFunc("GET /api/v1/tokens", s.authed(roleAdmin, s.listTokens))
	mux.HandleFunc("POST /api/v1/tokens", s.authed(roleAdmin, s.createToken))
	mux.HandleFunc("DELETE /api/v1/tokens/{id}", s.authed(roleAdmin, s.revokeToken))
	mux.HandleFunc("GET /api/v1/tenants", s.authed(roleAny, s.listTenants))
	mux.HandleFunc("PUT /api/v1/tenants/{id}", s.authed(roleAdmin, s.putTenant))

	s.consolePageRoutes(mux)
}
