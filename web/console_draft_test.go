package web

import (
	"strings"
	"testing"
	"time"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// An editor's change to a published entry is a draft: citizens keep the
// published answer until the editor publishes it; the editor can try the
// saved draft and sees in the list that the entry has unpublished changes.
func TestConsoleDraftOfPublishedEntry(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	anna := site.login("anna")
	anon := site.anonymous()
	const id, question = "demo-wohnung-anmelden", "Wie melde ich meine Wohnung an?"
	const oldURL, newURL = "https://service.berlin.de/dienstleistung/120686/", "https://example.org/anmeldung-online"
	// sourceURL asks the chat and returns the link it gives for the entry.
	sourceURL := func() string {
		t.Helper()
		var reply chatResponse
		if st := anon.call("POST", "/api/v1/chat", map[string]string{"text": question}, &reply); st != 200 {
			t.Fatalf("chat: HTTP %d", st)
		}
		for _, s := range reply.Sources {
			if s.ID == id {
				return s.URL
			}
		}
		t.Fatalf("the chat does not answer %q with %s: %+v", question, id, reply.Reply)
		return ""
	}
	if got := sourceURL(); got != oldURL {
		t.Fatalf("before the change the chat links %q, want %q", got, oldURL)
	}

	var rec knowledge.Record
	if st := anna.call("GET", "/api/v1/entries/"+id, nil, &rec); st != 200 || rec.Status != "published" {
		t.Fatalf("read: HTTP %d %+v", st, rec)
	}
	e := rec.Entry
	e.InfoURL = newURL
	if st := anna.call("PUT", "/api/v1/entries/"+id, entryChange{Version: rec.Version, Entry: e}, &rec); st != 200 {
		t.Fatalf("change: HTTP %d", st)
	}
	if rec.Status != "published" || !rec.UnpublishedChanges || rec.Entry.InfoURL != newURL || rec.Published == nil || rec.Published.InfoURL != oldURL {
		t.Fatalf("saved %+v: want the change as a draft beside the published text", rec)
	}
	var list entryList
	if st := anna.call("GET", "/api/v1/entries?q="+id, nil, &list); st != 200 {
		t.Fatalf("list: HTTP %d", st)
	}
	listed := false
	for _, r := range list.Entries {
		listed = listed || r.Entry.ID == id
		if r.UnpublishedChanges != (r.Entry.ID == id) {
			t.Errorf("list: %s has unpublished changes: %t", r.Entry.ID, r.UnpublishedChanges)
		}
	}
	if !listed {
		t.Errorf("list for %q lacks the entry: %+v", id, list)
	}
	if page := anna.get("/console/entries?q=" + id); !strings.Contains(page, "unveröffentlichte Änderungen") {
		t.Errorf("the console's list does not show the unpublished changes")
	}
	if page := anna.get("/console/entries/" + id); !strings.Contains(page, `id="publish"`) || !strings.Contains(page, newURL) {
		t.Errorf("the entry page lacks the draft or the button to publish it")
	}
	// The bot answers citizens from the published text, however often
	// the knowledge reloads meanwhile.
	for range 3 {
		if got := sourceURL(); got != oldURL {
			t.Fatalf("before publishing the chat links %q, want the published %q", got, oldURL)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var tried tryResponse
	if st := anna.call("POST", "/api/v1/try", tryRequest{ID: id, Question: question}, &tried); st != 200 || !tried.UsesDraft || !hasSourceURL(tried.Reply.Sources, id, newURL) {
		t.Errorf("try the saved draft: HTTP %d %+v, want the draft's link", st, tried)
	}

	if st := anna.call("POST", "/api/v1/entries/"+id+"/publish", versionBody{Version: rec.Version}, &rec); st != 200 || rec.UnpublishedChanges || rec.Entry.InfoURL != newURL {
		t.Fatalf("publish: HTTP %d %+v", st, rec)
	}
	deadline := time.Now().Add(10 * time.Second)
	got := sourceURL()
	for got != newURL && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		got = sourceURL()
	}
	if got != newURL {
		t.Fatalf("after publishing the chat links %q, want %q", got, newURL)
	}
	var versions []knowledge.Version
	if st := anna.call("GET", "/api/v1/entries/"+id+"/versions", nil, &versions); st != 200 || len(versions) < 3 ||
		versions[0].UnpublishedChanges || !versions[1].UnpublishedChanges || versions[1].Entry.InfoURL != newURL {
		t.Errorf("versions: HTTP %d %+v, want the draft kept as the version before the publication", st, versions)
	}
}

func hasSourceURL(sources []bot.Source, id, url string) bool {
	for _, s := range sources {
		if s.ID == id && s.URL == url {
			return true
		}
	}
	return false
}
