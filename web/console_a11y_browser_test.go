package web

import (
	"testing"

	"citizenbot/knowledge"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestConsoleAccessibility scans the console's main pages with axe-core:
// no serious or critical WCAG 2.1 A/AA violation on the login page (also
// with its error message), the entry list, an entry's form with
// unpublished changes, a new entry's form with its validation errors, the unanswered questions and the dashboard.
func TestConsoleAccessibility(t *testing.T) {
	src := axeSource(t)
	site := newConsoleSite(t, ConsoleOptions{})
	anon := site.anonymous()
	for _, q := range []string{"Wo beantrage ich eine Genehmigung für meine Drohne?", "Was kostet ein Reisepass?"} {
		if st := anon.call("POST", "/api/v1/chat", map[string]string{"text": q}, nil); st != 200 {
			t.Fatalf("chat %q: HTTP %d", q, st)
		}
	}
	// An entry with unpublished changes shows its badges in the list and
	// on its page.
	api := site.login("anna")
	var rec knowledge.Record
	if st := api.call("GET", "/api/v1/entries/demo-wohnung-anmelden", nil, &rec); st != 200 {
		t.Fatalf("read: HTTP %d", st)
	}
	rec.Entry.Fees = "Kostenlos, auch online."
	if st := api.call("PUT", "/api/v1/entries/demo-wohnung-anmelden", entryChange{Version: rec.Version, Entry: rec.Entry}, &rec); st != 200 || !rec.UnpublishedChanges {
		t.Fatalf("change: HTTP %d %+v", st, rec)
	}
	b := newBrowser(t)

	b.do("open the console", chromedp.Navigate(site.url+"/console/login"))
	b.wait("the login page", `document.getElementById("name")`)
	b.axe("the login page", src)
	b.typeInto("name", "anna")
	b.typeInto("password", "wrong password"+kb.Enter)
	b.loaded("the login error", "#login-error")
	b.axe("the login page with an error", src)
	b.typeInto("name", "")
	b.typeInto("password", testPassword+kb.Enter)
	b.loaded("the entry list", "table.list tbody tr .badge")
	b.axe("the entry list", src)

	b.do("open an entry", chromedp.Navigate(site.url+"/console/entries/demo-wohnung-anmelden"))
	b.loaded("the entry form", "#unpublished")
	b.axe("the entry form", src)
	b.do("open a new entry", chromedp.Navigate(site.url+"/console/entries/new"))
	b.loaded("the new entry form", "#entry-form")
	b.typeInto("f-info_url", "www.example.org")
	b.click(`document.getElementById("save")`)
	b.wait("the error summary", `!document.getElementById("errors").hidden`)
	b.axe("the entry form with errors", src)

	b.do("open the unanswered questions", chromedp.Navigate(site.url+"/console/unanswered"))
	b.loaded("the unanswered questions", "li.group")
	b.axe("the unanswered questions", src)
	b.do("open the dashboard", chromedp.Navigate(site.url+"/console/dashboard"))
	b.loaded("the dashboard", "svg.chart")
	b.axe("the dashboard", src)
	b.checkClean()
}
