package web

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"citizenbot/knowledge"
)

// consoleFiles are the console's templates and static files.
//
//go:embed console
var consoleFiles embed.FS

// consoleCSP allows the console only its own scripts, styles and images.
const consoleCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"

// consolePages holds the parsed templates, one set per page.
type consolePages struct {
	pages  map[string]*template.Template
	static http.Handler
}

var consoleFuncs = template.FuncMap{
	"join":  func(l []string) string { return strings.Join(l, "\n") },
	"links": linkLines,
	"date":  func(t time.Time) string { return t.In(berlin()).Format("02.01.2006 15:04") },
	"pct": func(n, of int) int {
		if of == 0 {
			return 0
		}
		return (100*n + of/2) / of
	},
	"add": func(a, b int) int { return a + b },
	"sub": func(a, b int) int { return a - b },
}

// berlin is German time, for dates shown to editors.
func berlin() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return time.UTC
	}
	return loc
}

// linkLines renders links for a textarea: one "title | url" a line.
func linkLines(l []knowledge.Link) string {
	lines := make([]string, len(l))
	for i, x := range l {
		lines[i] = x.Title + " | " + x.URL
	}
	return strings.Join(lines, "\n")
}

func loadConsolePages() consolePages {
	names, _ := fs.Glob(consoleFiles, "console/page_*.html")
	p := consolePages{pages: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "console/page_"), ".html")
		p.pages[name] = template.Must(template.New("layout.html").Funcs(consoleFuncs).ParseFS(consoleFiles, "console/layout.html", n))
	}
	static, _ := fs.Sub(consoleFiles, "console/static")
	p.static = http.StripPrefix("/console/static/", http.FileServerFS(static))
	return p
}

// pageData is what every page's template gets.
type pageData struct {
	Title string
	Nav   string // the active menu item
	Me    *caller
	CSRF  string
	Data  any
}

// consolePageRoutes adds the console's pages to mux.
func (s *Server) consolePageRoutes(mux *http.ServeMux) {
	mux.Handle("GET /console/static/", s.console.pages.static)
	mux.HandleFunc("GET /console/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/console/entries", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /console/login", s.loginPage)
	mux.HandleFunc("POST /console/login", s.loginForm)
	mux.HandleFunc("GET /console/entries", s.page(roleAny, s.entriesPage))
	mux.HandleFunc("GET /console/entries/new", s.page(roleAny, s.newEntryPage))
	mux.HandleFunc("GET /console/entries/{id}", s.page(roleAny, s.entryPage))
	mux.HandleFunc("GET /console/entries/{id}/history", s.page(roleAny, s.historyPage))
	mux.HandleFunc("GET /console/unanswered", s.page(roleAny, s.unansweredPage))
	mux.HandleFunc("GET /console/dashboard", s.page(roleAny, s.dashboardPage))
	mux.HandleFunc("GET /console/audit", s.page(roleAdmin, s.auditPage))
	mux.HandleFunc("GET /console/accounts", s.page(roleAdmin, s.accountsPage))
}

// page wraps a page handler: without a session it sends the browser to the
// login page, and it renders what the handler returns.
func (s *Server) page(role string, h func(r *http.Request, c caller) (pageData, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := s.callerOf(r)
		if errors.Is(err, knowledge.ErrUnauthenticated) {
			http.Redirect(w, r, "/console/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		if err == nil && role == roleAdmin && !c.Admin() {
			s.render(w, r, http.StatusForbidden, "error", pageData{Title: "Kein Zugriff", Me: &c,
				Data: "Diese Seite ist Administratorinnen und Administratoren vorbehalten."})
			return
		}
		var d pageData
		if err == nil {
			d, err = h(r, c)
		}
		if err != nil {
			s.renderError(w, r, &c, err)
			return
		}
		d.Me = &c
		if c.session != nil {
			d.CSRF = c.session.CSRF
		}
		s.render(w, r, http.StatusOK, d.Nav, d)
	}
}

// renderError shows an error page in German with the status writeError
// would give.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, c *caller, err error) {
	status, msg := http.StatusInternalServerError, "Etwas ist auf unserer Seite schiefgegangen. Bitte versuchen Sie es später noch einmal."
	switch {
	case errors.Is(err, knowledge.ErrNotFound):
		status, msg = http.StatusNotFound, "Das gesuchte Element gibt es nicht (mehr). Zurück zur Übersicht?"
	case errors.Is(err, knowledge.ErrForbidden):
		status, msg = http.StatusForbidden, "Dieser Eintrag gehört nicht zu den Regionen Ihres Mandanten. Sie dürfen ihn weder sehen noch ändern."
	case errors.Is(err, knowledge.ErrInvalid):
		status, msg = http.StatusBadRequest, "Die Anfrage ist ungültig: "+err.Error()
	default:
		s.log.Error("console page failed", "path", r.URL.Path, "err", err)
	}
	s.render(w, r, status, "error", pageData{Title: "Fehler", Me: c, Data: msg})
}

// render executes a page's template into a buffer first, so that a failing
// template never sends half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	t := s.console.pages.pages[name]
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		s.log.Error("render console page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", consoleCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
