package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// consoleSite is a server with the demo knowledge, a tenant "hh" that sees
// only Hamburg, and accounts: admin "root" and editor "anna" of demo (which
// sees every region), editor "hans" of hh.
type consoleSite struct {
	t     *testing.T
	store *knowledge.Store
	url   string
}

const testPassword = "correct horse battery"

func newConsoleSite(t *testing.T, o ConsoleOptions) *consoleSite {
	t.Helper()
	store := demoStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	kb, err := store.Live(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	go kb.Watch(ctx)
	srv := New(store, kb, bot.New(kb, bot.Options{}), Options{Console: o})
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	cli := knowledge.Actor{Name: "test", Role: knowledge.RoleAdmin}
	if err := store.PutTenantAs(ctx, knowledge.Tenant{ID: "hh", Name: "Hamburg", Regions: []string{"hamburg"}}, cli); err != nil {
		t.Fatal(err)
	}
	for _, a := range []knowledge.Account{
		{TenantID: "demo", Name: "root", Role: knowledge.RoleAdmin},
		{TenantID: "demo", Name: "anna", Role: knowledge.RoleEditor},
		{TenantID: "hh", Name: "hans", Role: knowledge.RoleEditor},
	} {
		if _, err := store.CreateAccount(ctx, a, testPassword, cli); err != nil {
			t.Fatal(err)
		}
	}
	return &consoleSite{t: t, store: store, url: hs.URL}
}

// user is a browser-like client: a cookie jar and the session's CSRF token.
type user struct {
	t    *testing.T
	site *consoleSite
	http *http.Client
	csrf string
	// bearer, when set, is sent as the API token instead of the cookie.
	bearer string
}

func (s *consoleSite) anonymous() *user {
	jar, _ := cookiejar.New(nil)
	return &user{t: s.t, site: s, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// login logs name in with the test password and fails the test otherwise.
func (s *consoleSite) login(name string) *user {
	s.t.Helper()
	u := s.anonymous()
	var me meResponse
	if st := u.call("POST", "/api/v1/login", map[string]string{"name": name, "password": testPassword}, &me); st != 200 || me.CSRF == "" {
		s.t.Fatalf("login %s: HTTP %d, %+v", name, st, me)
	}
	u.csrf = me.CSRF
	return u
}

// call sends a JSON request and decodes the answer into out (when not
// nil); it returns the status.
func (u *user) call(method, path string, body, out any) int {
	u.t.Helper()
	resp := u.do(method, path, body)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil && len(b) > 0 {
		if err := json.Unmarshal(b, out); err != nil {
			u.t.Fatalf("%s %s: HTTP %d, body %q: %v", method, path, resp.StatusCode, b, err)
		}
	}
	return resp.StatusCode
}

func (u *user) do(method, path string, body any) *http.Response {
	u.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, u.site.url+path, r)
	req.Header.Set("Content-Type", "application/json")
	if u.csrf != "" {
		req.Header.Set("X-CSRF-Token", u.csrf)
	}
	if u.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+u.bearer)
	}
	resp, err := u.http.Do(req)
	if err != nil {
		u.t.Fatal(err)
	}
	return resp
}

// failure is an API error body.
type failure struct{ apiError }

func TestConsoleAuthentication(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anon := site.anonymous()
	var f failure
	if st := anon.call("GET", "/api/v1/entries", nil, &f); st != 401 || f.Error.Code != "unauthenticated" || f.Error.Message == "" {
		t.Errorf("no credentials: HTTP %d %+v, want 401 with a message", st, f)
	}
	if st := anon.call("POST", "/api/v1/login", map[string]string{"name": "anna", "password": "wrong password"}, &f); st != 401 {
		t.Errorf("wrong password: HTTP %d, want 401", st)
	}
	resp := anon.do("POST", "/api/v1/login", map[string]string{"name": "anna", "password": testPassword})
	resp.Body.Close()
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == sessionCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || cookie.Secure || cookie.MaxAge != 8*3600 {
		t.Errorf("session cookie %+v: want HttpOnly, SameSite=Lax, not Secure over plain HTTP, 8 h", cookie)
	}
	anna := site.login("anna")
	if st := anna.call("GET", "/api/v1/entries?limit=5", nil, nil); st != 200 {
		t.Errorf("entries with a session: HTTP %d", st)
	}
	if st := anna.call("POST", "/api/v1/logout", nil, nil); st != 204 {
		t.Errorf("logout: HTTP %d", st)
	}
	if st := anna.call("GET", "/api/v1/entries", nil, nil); st != 401 {
		t.Errorf("after logout: HTTP %d, want 401", st)
	}
	if st := anon.call("GET", "/api/v1/search?q=Reisepass", nil, nil); st != 200 {
		t.Errorf("public search must stay open: HTTP %d", st)
	}
	var de, en []knowledge.Hit
	anon.call("GET", "/api/v1/search?q=Pass+verloren", nil, &de)
	anon.call("GET", "/api/v1/search?q=Pass+verloren&lang=en", nil, &en)
	if len(de) == 0 || len(en) == 0 || de[0].ID != en[0].ID || en[0].NameFit <= de[0].NameFit {
		t.Errorf("lang=en must count the lexicon's words in full in the name fit: %+v / %+v", de, en)
	}

	token, _, err := site.store.CreateToken(context.Background(), knowledge.APIToken{TenantID: "demo", Role: "editor", Name: "cms"}, knowledge.Actor{Name: "test"})
	if err != nil {
		t.Fatal(err)
	}
	bot := site.anonymous()
	bot.bearer = token
	var rec knowledge.Record
	if st := bot.call("POST", "/api/v1/entries", entryChange{Entry: knowledge.Entry{ID: "cms-1", Title: "Per API angelegt", Region: "berlin"}}, &rec); st != 201 || rec.CreatedBy != "token:cms" {
		t.Errorf("create with an API token and no CSRF token: HTTP %d %+v, want 201 by token:cms", st, rec)
	}
	bot.bearer = token + "x"
	if st := bot.call("GET", "/api/v1/entries", nil, nil); st != 401 {
		t.Errorf("wrong token: HTTP %d, want 401", st)
	}
}

// The session cookie lasts as long as the configured session; that the
// store refuses an expired session is tested in the knowledge package.
func TestConsoleSessionCookie(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{SessionTTL: 90 * time.Minute, SecureCookies: true})
	resp := site.anonymous().do("POST", "/api/v1/login", map[string]string{"name": "anna", "password": testPassword})
	resp.Body.Close()
	c := resp.Cookies()
	if len(c) != 1 || !c[0].Secure {
		t.Fatalf("cookies %+v: want one Secure cookie when CITIZENBOT_SECURE_COOKIES is set", c)
	}
	if c[0].MaxAge != 90*60 {
		t.Errorf("cookie Max-Age %d, want %d (the session's length)", c[0].MaxAge, 90*60)
	}
	req, _ := http.NewRequest("GET", site.url+"/api/v1/me", nil)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: c[0].Value})
	me, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	me.Body.Close()
	if me.StatusCode != 200 {
		t.Errorf("fresh session: HTTP %d", me.StatusCode)
	}
}

func TestConsoleCSRF(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anna := site.login("anna")
	csrf := anna.csrf
	anna.csrf = ""
	var f failure
	body := entryChange{Entry: knowledge.Entry{ID: "x1", Title: "Ohne Token", Region: "berlin"}}
	if st := anna.call("POST", "/api/v1/entries", body, &f); st != 403 || !strings.Contains(f.Error.Message, "CSRF") {
		t.Errorf("change without CSRF token: HTTP %d %+v, want 403 naming the CSRF token", st, f)
	}
	anna.csrf = "wrong"
	if st := anna.call("POST", "/api/v1/entries", body, nil); st != 403 {
		t.Errorf("wrong CSRF token: HTTP %d, want 403", st)
	}
	anna.csrf = csrf
	if st := anna.call("POST", "/api/v1/entries", body, nil); st != 201 {
		t.Errorf("with the CSRF token: HTTP %d, want 201", st)
	}
	// Every change made with the cookie needs the token, logging out too.
	root := site.login("root")
	csrf = root.csrf
	root.csrf = ""
	for _, route := range []string{
		"POST /api/v1/logout", "PUT /api/v1/entries/x1", "DELETE /api/v1/entries/x1?version=1",
		"POST /api/v1/entries/x1/publish", "POST /api/v1/entries/x1/unpublish", "POST /api/v1/entries/x1/restore",
		"POST /api/v1/try", "POST /api/v1/insight/unanswered/done", "POST /api/v1/accounts", "PATCH /api/v1/accounts/1",
		"DELETE /api/v1/accounts/1", "POST /api/v1/tokens", "DELETE /api/v1/tokens/1", "PUT /api/v1/tenants/demo",
	} {
		method, path, _ := strings.Cut(route, " ")
		f = failure{}
		if st := root.call(method, path, map[string]any{"version": 1}, &f); st != 403 || !strings.Contains(f.Error.Message, "CSRF") {
			t.Errorf("%s without the CSRF token: HTTP %d %+v, want 403", route, st, f)
		}
	}
	root.csrf = csrf
	var rec knowledge.Record
	if st := root.call("GET", "/api/v1/entries/x1", nil, &rec); st != 200 || rec.Version != 1 || rec.Status != "draft" {
		t.Errorf("after the refused changes: HTTP %d %+v, want the session alive and x1 unchanged", st, rec)
	}

	u := site.anonymous()
	for _, h := range []struct{ name, value string }{
		{"Origin", "https://evil.example"},
		{"Sec-Fetch-Site", "cross-site"}, // a browser that sends no Origin
		{"Sec-Fetch-Site", "same-site"},  // a neighbouring subdomain's page
	} {
		req, _ := http.NewRequest("POST", site.url+"/api/v1/login", strings.NewReader(`{"name":"anna","password":"`+testPassword+`"}`))
		req.Header.Set(h.name, h.value)
		resp, err := u.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 403 {
			t.Errorf("login with %s: %s: HTTP %d, want 403", h.name, h.value, resp.StatusCode)
		}
	}
}

func TestConsoleRolesAndTenants(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anna, hans, root := site.login("anna"), site.login("hans"), site.login("root")
	var f failure
	if st := anna.call("GET", "/api/v1/audit", nil, &f); st != 403 || f.Error.Code != "forbidden" {
		t.Errorf("editor reads audit log: HTTP %d %+v, want 403", st, f)
	}
	if st := anna.call("POST", "/api/v1/accounts", accountRequest{Tenant: "demo", Name: "eve", Role: "admin", Password: testPassword}, nil); st != 403 {
		t.Errorf("editor creates an account: HTTP %d, want 403", st)
	}
	// hans's tenant sees only Hamburg: Berlin's entries are not his.
	var list entryList
	if st := hans.call("GET", "/api/v1/entries", nil, &list); st != 200 || list.Total != 0 {
		t.Errorf("hans's list: HTTP %d, %d entries, want none of Berlin's", st, list.Total)
	}
	if st := hans.call("GET", "/api/v1/entries/demo-wohnung-anmelden", nil, &f); st != 403 || !strings.Contains(f.Error.Message, "berlin") {
		t.Errorf("hans reads a Berlin entry: HTTP %d %+v, want 403 naming the region", st, f)
	}
	if st := hans.call("POST", "/api/v1/entries", entryChange{Entry: knowledge.Entry{ID: "hh-x", Title: "X", Region: "berlin"}}, nil); st != 403 {
		t.Errorf("hans creates a Berlin entry: HTTP %d, want 403", st)
	}
	if st := hans.call("POST", "/api/v1/entries", entryChange{Entry: knowledge.Entry{ID: "hh-hund", Title: "Hundesteuer Hamburg", Region: "hamburg"}}, nil); st != 201 {
		t.Errorf("hans creates a Hamburg entry: HTTP %d, want 201", st)
	}
	if st := hans.call("GET", "/api/v1/insight/dashboard?tenant=demo", nil, nil); st != 403 {
		t.Errorf("hans reads demo's dashboard: HTTP %d, want 403", st)
	}
	if st := anna.call("GET", "/api/v1/entries/hh-hund", nil, nil); st != 200 {
		t.Errorf("demo sees every region, so anna reads hh-hund: HTTP %d", st)
	}
	if st := root.call("GET", "/api/v1/insight/dashboard?tenant=hh", nil, nil); st != 200 {
		t.Errorf("admin reads hh's dashboard: HTTP %d", st)
	}
	var created knowledge.Account
	if st := root.call("POST", "/api/v1/accounts", accountRequest{Tenant: "hh", Name: "eve", Role: "editor", Password: testPassword}, &created); st != 201 {
		t.Fatalf("admin creates an account: HTTP %d", st)
	}
	var audit []knowledge.AuditRecord
	if st := root.call("GET", "/api/v1/audit", nil, &audit); st != 200 {
		t.Fatalf("audit: HTTP %d", st)
	}
	seen := map[string]bool{}
	for _, a := range audit {
		seen[a.Action+" "+a.Actor+" "+a.Target] = true
	}
	for _, want := range []string{"login hans hans", "entry.create hans hh-hund", "account.create root eve"} {
		if !seen[want] {
			t.Errorf("audit log lacks %q: %v", want, seen)
		}
	}
}

func TestConsoleEntryLifecycle(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anna, root := site.login("anna"), site.login("root")
	var f failure
	bad := entryChange{Entry: knowledge.Entry{ID: "x y", InfoURL: "www.example.org", LeikaKey: "12"}}
	if st := anna.call("POST", "/api/v1/entries", bad, &f); st != 400 || len(f.Error.Fields) < 4 {
		t.Fatalf("invalid entry: HTTP %d %+v, want 400 naming id, title, info_url and leika_key", st, f)
	}
	entry := knowledge.Entry{ID: "redaktion-hundesteuer", Title: "Hundesteuer anmelden", Region: "berlin",
		Summary:  "Wer in Berlin einen Hund hält, meldet ihn binnen eines Monats beim Finanzamt zur Hundesteuer an.",
		Keywords: []string{"Hundesteuer", "Hund anmelden"}, InfoURL: "https://example.org/hundesteuer"}
	var rec knowledge.Record
	if st := anna.call("POST", "/api/v1/entries", entryChange{Entry: entry}, &rec); st != 201 || rec.Status != "draft" || rec.Version != 1 {
		t.Fatalf("create: HTTP %d %+v", st, rec)
	}
	var tried tryResponse
	if st := anna.call("POST", "/api/v1/try", tryRequest{Entry: entry, Question: "Wie melde ich meinen Hund für die Hundesteuer an?"}, &tried); st != 200 || !tried.UsesDraft {
		t.Errorf("try: HTTP %d %+v, want an answer resting on the draft", st, tried)
	}
	// A draft that says what a published entry says is offered beside it.
	twin := knowledge.Entry{ID: "redaktion-anmeldung", Title: "Wohnung anmelden (Anmeldung / Ummeldung)", Region: "berlin",
		Summary:  "Wer in Berlin eine Wohnung bezieht, meldet sie innerhalb von zwei Wochen beim Bürgeramt an.",
		Keywords: []string{"Anmeldung", "Ummeldung"}, InfoURL: "https://example.org/anmeldung"}
	tried = tryResponse{}
	if st := anna.call("POST", "/api/v1/try", tryRequest{Entry: twin, Question: "Wohnung anmelden"}, &tried); st != 200 ||
		tried.Status != bot.Clarify || tried.UsesDraft || !tried.OffersDraft {
		t.Errorf("try a twin: HTTP %d %+v, want a clarifying question offering the draft", st, tried)
	}
	var reply chatResponse
	anon := site.anonymous()
	if st := anon.call("POST", "/api/v1/chat", map[string]string{"text": "Wie melde ich meinen Hund für die Hundesteuer an?"}, &reply); st != 200 || hasSource(reply.Reply, entry.ID) {
		t.Errorf("the chat before publishing: HTTP %d %+v, want 200 without the draft", st, reply)
	}

	// Two editors change the same version: the second gets a conflict
	// with the first one's change, and nothing is overwritten.
	e1, e2 := entry, entry
	e1.Fees = "Keine Gebühr für die Anmeldung."
	e2.Fees = "10 Euro"
	if st := anna.call("PUT", "/api/v1/entries/"+entry.ID, entryChange{Version: 1, Entry: e1}, &rec); st != 200 || rec.Version != 2 {
		t.Fatalf("first change: HTTP %d %+v", st, rec)
	}
	if st := root.call("PUT", "/api/v1/entries/"+entry.ID, entryChange{Version: 1, Entry: e2}, &f); st != 409 || f.Error.Current == nil || f.Error.Current.Entry.Fees != e1.Fees || f.Error.Current.Version != 2 {
		t.Fatalf("second change: HTTP %d %+v, want 409 with the current version", st, f)
	}
	if st := root.call("PUT", "/api/v1/entries/"+entry.ID, entryChange{Entry: e2}, &f); st != 400 {
		t.Errorf("change without version: HTTP %d, want 400", st)
	}
	if st := anna.call("POST", "/api/v1/entries/"+entry.ID+"/publish", versionBody{Version: 2}, &rec); st != 200 || rec.Status != "published" {
		t.Fatalf("publish: HTTP %d %+v", st, rec)
	}
	// Every instance reloads on the change notification; the chat answers
	// with the new entry within moments.
	site.waitForSource("Wie melde ich meinen Hund für die Hundesteuer an?", entry.ID)
	var versions []knowledge.Version
	if st := anna.call("GET", "/api/v1/entries/"+entry.ID+"/versions", nil, &versions); st != 200 || len(versions) != 3 {
		t.Fatalf("versions: HTTP %d, %d versions, want 3", st, len(versions))
	}
	var diff []fieldDiff
	if st := anna.call("GET", "/api/v1/entries/"+entry.ID+"/diff?from=1&to=2", nil, &diff); st != 200 || len(diff) != 1 || diff[0].Field != "fees" {
		t.Errorf("diff 1→2: HTTP %d %+v, want the fees", st, diff)
	}
	var restored knowledge.Record
	if st := anna.call("POST", "/api/v1/entries/"+entry.ID+"/restore", versionBody{From: 1, Version: 3}, &restored); st != 200 || restored.Entry.Fees != "" || restored.Version != 4 {
		t.Errorf("restore 1: HTTP %d %+v, want version 4 without fees", st, restored)
	}
	if st := anna.call("DELETE", "/api/v1/entries/"+entry.ID, nil, nil); st != 400 {
		t.Errorf("delete without version: HTTP %d, want 400", st)
	}
	if st := anna.call("DELETE", "/api/v1/entries/"+entry.ID+"?version=4", nil, nil); st != 204 {
		t.Errorf("delete: HTTP %d", st)
	}
	var audit []knowledge.AuditRecord
	root.call("GET", "/api/v1/audit?limit=20", nil, &audit)
	var actions []string
	for _, a := range audit {
		if a.Target == entry.ID {
			actions = append(actions, a.Action+" by "+a.Actor)
		}
	}
	want := "entry.delete by anna,entry.restore by anna,entry.publish by anna,entry.update by anna,entry.create by anna"
	if strings.Join(actions, ",") != want {
		t.Errorf("audit of the entry: %v, want %s", actions, want)
	}
}

// waitForSource asks the chat API the question until it answers with the
// entry id, for up to 10 s: the knowledge reloads within moments of a
// change.
func (s *consoleSite) waitForSource(question, id string) {
	s.t.Helper()
	anon := s.anonymous()
	var reply chatResponse
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if anon.call("POST", "/api/v1/chat", map[string]string{"text": question}, &reply); hasSource(reply.Reply, id) {
			return
		}
	}
	s.t.Fatalf("the chat still answers %q with %+v, want %s", question, reply.Reply, id)
}

func hasSource(r bot.Reply, id string) bool {
	for _, s := range r.Sources {
		if s.ID == id {
			return true
		}
	}
	return false
}

func TestConsoleLimits(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{LoginPerMinute: 3})
	u := site.anonymous()
	for i := range 3 {
		if st := u.call("POST", "/api/v1/login", map[string]string{"name": "anna", "password": "wrong password"}, nil); st != 401 {
			t.Fatalf("attempt %d: HTTP %d, want 401", i+1, st)
		}
	}
	var f failure
	if st := u.call("POST", "/api/v1/login", map[string]string{"name": "anna", "password": testPassword}, &f); st != 429 || f.Error.Code != "rate_limited" {
		t.Errorf("fourth attempt in a minute: HTTP %d %+v, want 429 even with the right password", st, f)
	}
}

func TestConsoleBodyAndFieldLimits(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anna := site.login("anna")
	var f failure
	huge := knowledge.Entry{ID: "huge", Title: "Zu groß", Description: strings.Repeat("x", maxEntryBody)}
	if st := anna.call("POST", "/api/v1/entries", entryChange{Entry: huge}, &f); st != 400 || !strings.Contains(f.Error.Message, "1024 KiB") {
		t.Errorf("body over 1 MiB: HTTP %d %+v, want 400 naming the limit", st, f)
	}
	long := knowledge.Entry{ID: "long", Title: strings.Repeat("Titel ", 60), Description: strings.Repeat("x", knowledge.MaxFieldLen+1)}
	if st := anna.call("POST", "/api/v1/entries", entryChange{Entry: long}, &f); st != 400 {
		t.Fatalf("overlong fields: HTTP %d", st)
	}
	rules := map[string]string{}
	for _, p := range f.Error.Fields {
		rules[p.Field] = p.Rule
	}
	if rules["title"] != "too_long" || rules["description"] != "too_long" {
		t.Errorf("overlong fields: %+v, want title and description too_long", f.Error.Fields)
	}
}
