package knowledge

import (
	"errors"
	"strings"
	"testing"
)

func TestParseEntryAccepts(t *testing.T) {
	e, err := ParseEntry([]byte(`{"id":" demo-1 ","title":"Anmeldung einer Wohnung","info_url":"https://example.org/a",
		"online_services":[{"title":"Online","url":"https://example.org/o"}],"keywords":["ummelden"],"updated":"2024-09-01",
		"translation_of":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != "demo-1" || e.Language != "de" || e.Keywords[0] != "ummelden" || e.OnlineServices[0].URL != "https://example.org/o" {
		t.Errorf("parsed %+v", e)
	}
	if string(e.Extra["translation_of"]) != `"x"` {
		t.Errorf("unknown field not kept: %v", e.Extra)
	}
}

func TestParseEntryRejects(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"malformed JSON", `{"id": "a", "title": }`, "malformed JSON"},
		{"not an object", `["a"]`, "JSON object"},
		{"missing id", `{"title":"T"}`, `missing "id"`},
		{"missing title", `{"id":"a"}`, `missing "title"`},
		{"blank title", `{"id":"a","title":"  "}`, `missing "title"`},
		{"bad id", `{"id":"a b","title":"T"}`, `"id"`},
		{"wrong type", `{"id":"a","title":"T","keywords":"x"}`, `"keywords" must be a list`},
		{"relative URL", `{"id":"a","title":"T","info_url":"/x"}`, "absolute http(s)"},
		{"javascript URL", `{"id":"a","title":"T","info_url":"javascript:alert(1)"}`, "absolute http(s)"},
		{"ftp link", `{"id":"a","title":"T","forms":[{"title":"F","url":"ftp://x/y"}]}`, "forms[0].url"},
		{"empty link URL", `{"id":"a","title":"T","links":[{"title":"F"}]}`, "links[0].url"},
		{"bad date", `{"id":"a","title":"T","updated":"1.9.2024"}`, "YYYY-MM-DD"},
		{"bad leika key", `{"id":"a","title":"T","leika_key":"123"}`, "14 digits"},
		{"bad language", `{"id":"a","title":"T","language":"German"}`, "language code"},
		{"huge field", `{"id":"a","title":"T","description":"` + strings.Repeat("x", MaxFieldLen+1) + `"}`, "limit is 64 KiB"},
		{"huge entry", `{"id":"a","title":"T","description":"` + strings.Repeat("x", MaxEntrySize) + `"}`, "limit is 512 KiB"},
		{"invalid UTF-8", "{\"id\":\"a\",\"title\":\"T\xff\"}", "UTF-8"},
		{"long link title", `{"id":"a","title":"T","links":[{"title":"` + strings.Repeat("x", MaxLinkTitle+1) + `","url":"https://x.org"}]}`, "links[0].title is longer than 1000"},
		{"too many keywords", `{"id":"a","title":"T","keywords":[` + strings.Repeat(`"k",`, MaxListLen) + `"k"]}`, "limit is 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseEntry([]byte(tt.line))
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestHashChangesWithContent(t *testing.T) {
	a := Entry{ID: "a", Title: "T", Fees: "10 Euro"}
	b := a
	b.Fees = "11 Euro"
	if a.Hash() == b.Hash() {
		t.Error("different fees hash equally")
	}
	if a.Hash() != (&Entry{ID: "a", Title: "T", Fees: "10 Euro"}).Hash() {
		t.Error("equal entries hash differently")
	}
}
