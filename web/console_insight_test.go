package web

import (
	"html"
	"io"
	"regexp"
	"strings"
	"testing"
)

func TestConsoleInsightAndPages(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anon := site.anonymous()
	for _, q := range []string{
		"Wo beantrage ich eine Genehmigung für meine Drohne?",
		"Drohne Genehmigung beantragen – max.muster@example.org",
		"Was kostet ein Reisepass?",
	} {
		var reply chatResponse
		if st := anon.call("POST", "/api/v1/chat", map[string]string{"text": q}, &reply); st != 200 {
			t.Fatalf("chat %q: HTTP %d", q, st)
		}
	}
	anna := site.login("anna")
	var groups []groupWithMatch
	if st := anna.call("GET", "/api/v1/insight/unanswered", nil, &groups); st != 200 {
		t.Fatalf("unanswered: HTTP %d", st)
	}
	var drone *groupWithMatch
	for i := range groups {
		if strings.Contains(groups[i].Key, "drohn") {
			drone = &groups[i]
		}
		for _, text := range append([]string{groups[i].Question}, groups[i].Examples...) {
			if strings.Contains(text, "max.muster") {
				t.Errorf("unanswered list shows personal data: %q", text)
			}
		}
	}
	if drone == nil || drone.Count != 2 {
		t.Fatalf("groups %+v: want one group of the two drone questions", groups)
	}
	page := anna.get("/console/unanswered")
	link := regexp.MustCompile(`href="(/console/entries/new\?question=[^"]*Drohne[^"]*)"`).FindStringSubmatch(page)
	if link == nil {
		t.Fatalf("unanswered page lacks the drone group's create link")
	}
	// The link opens a form with the question as it was asked.
	if form := anna.get(html.UnescapeString(link[1])); !strings.Contains(form, `value="`+strings.TrimRight(drone.Question, "?!. ")+`"`) {
		t.Errorf("the create link %s does not pre-fill the title %q", link[1], drone.Question)
	}
	if st := anna.call("POST", "/api/v1/insight/unanswered/done", doneRequest{Key: drone.Key}, nil); st != 204 {
		t.Fatalf("mark done: HTTP %d", st)
	}
	groups = nil
	if st := anna.call("GET", "/api/v1/insight/unanswered", nil, &groups); st != 200 {
		t.Fatalf("unanswered after marking the group done: HTTP %d", st)
	}
	for _, g := range groups {
		if g.Key == drone.Key {
			t.Errorf("group marked done still listed: %+v", g)
		}
	}
	newPage := anna.get("/console/entries/new?question=" + "Drohne%20Genehmigung%3F")
	if !strings.Contains(newPage, `value="Drohne Genehmigung"`) {
		t.Errorf("new entry form not pre-filled with the question")
	}

	var board struct {
		Answered    int
		NoAnswer    int                   `json:"no_answer"`
		TopServices []struct{ ID string } `json:"top_services"`
	}
	if st := anna.call("GET", "/api/v1/insight/dashboard?days=7", nil, &board); st != 200 || board.NoAnswer < 2 || board.Answered < 1 {
		t.Errorf("dashboard: HTTP %d %+v, want 2 unanswered and 1 answered", st, board)
	}
	dash := anna.get("/console/dashboard")
	if !strings.Contains(dash, "<svg") || !strings.Contains(dash, `role="img"`) {
		t.Errorf("dashboard page has no chart")
	}
	for _, path := range []string{"/console/entries?q=Reisepass", "/console/entries/demo-wohnung-anmelden", "/console/entries/demo-wohnung-anmelden/history"} {
		if body := anna.get(path); !strings.Contains(body, "<main") {
			t.Errorf("%s: no page", path)
		}
	}
	resp := anon.do("GET", "/console/entries", nil)
	resp.Body.Close()
	if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/console/login") {
		t.Errorf("console without login: HTTP %d to %q, want a redirect to the login page", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp = anna.do("GET", "/console/audit", nil)
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("editor opens the audit page: HTTP %d, want 403", resp.StatusCode)
	}
	root := site.login("root")
	if body := root.get("/console/audit"); !strings.Contains(body, "questions.done") {
		t.Errorf("audit page lacks the group marked done")
	}
}

// get fetches a console page and fails the test unless it is 200.
func (u *user) get(path string) string {
	u.t.Helper()
	resp := u.do("GET", path, nil)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		u.t.Fatalf("GET %s: HTTP %d\n%s", path, resp.StatusCode, b)
	}
	return string(b)
}
