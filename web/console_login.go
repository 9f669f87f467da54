package web

import (
	"errors"
	"net/http"
	"strings"

	"citizenbot/knowledge"
)

// loginData is what the login page shows.
type loginData struct {
	Next  string
	Name  string
	Error string
}

// safeNext keeps a redirect after login within the console.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/console/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/console/entries"
	}
	return next
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "login", pageData{Title: "Anmelden", Data: loginData{Next: safeNext(r.URL.Query().Get("next"))}})
}

// loginForm is the login page's form: the same checks and limits as POST
// /api/v1/login, answered with a redirect or the page with a message.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxSmallBody)
	d := loginData{Next: safeNext(r.FormValue("next")), Name: r.FormValue("name")}
	if !sameOrigin(r) {
		s.renderError(w, r, nil, errForeignOrigin)
		return
	}
	now := s.now()
	if !s.console.loginRate.allow("ip:"+s.clientIP(r), now) || !s.console.loginRate.allow("name:"+d.Name, now) {
		d.Error = "Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut."
		s.render(w, r, http.StatusTooManyRequests, "login", pageData{Title: "Anmelden", Data: d})
		return
	}
	sess, err := s.store.Login(r.Context(), d.Name, r.FormValue("password"), s.console.opts.SessionTTL)
	if errors.Is(err, knowledge.ErrUnauthenticated) {
		d.Error = "Name oder Passwort ist falsch. Bitte prüfen Sie beides und versuchen Sie es erneut."
		s.render(w, r, http.StatusUnauthorized, "login", pageData{Title: "Anmelden", Data: d})
		return
	}
	if err != nil {
		s.renderError(w, r, nil, err)
		return
	}
	s.setSessionCookie(w, r, sess)
	http.Redirect(w, r, d.Next, http.StatusSeeOther)
}

// sameOrigin reports whether a browser request comes from the console's
// own pages: its Sec-Fetch-Site, when sent, says so, and its Origin, when
// sent, names this host. It keeps other sites from logging a browser in to
// an account of their choosing. Browsers send at least one of the two
// headers with every POST, so a request with neither comes from a program
// (curl, a script), which has no victim's browser to log in.
func sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	_, host, ok := strings.Cut(o, "://")
	return ok && host == r.Host
}
