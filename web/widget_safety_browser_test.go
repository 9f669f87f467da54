package web

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"citizenbot/ingest"
)

// hostileEntry is a catalogue entry whose summary, which the built-in
// answer quotes, carries markup and script links.
var hostileEntry = map[string]any{
	"id": "test-drachen", "title": "Drachenflug-Erlaubnis", "language": "de", "region": "berlin", "source": "test",
	"info_url": "https://example.org/drachen", "keywords": []string{"Drachenflug", "Drachen"},
	"summary": `Die Drachenflug-Erlaubnis <img src=x onerror="window.__pwned=1"> erteilt das Ordnungsamt. ` +
		`[Formular](javascript:window.__pwned=2) und [Hilfe](javascript:alert(document.domain)) oder ` +
		`<a href="javascript:window.__pwned=3">hier</a> <script>window.__pwned=4</script>`,
}

// TestWidgetInertMarkup shows an answer full of markup and script links:
// the citizen sees it as text, and nothing runs.
func TestWidgetInertMarkup(t *testing.T) {
	store := demoStore(t)
	file := filepath.Join(t.TempDir(), "hostile.jsonl")
	line, _ := json.Marshal(hostileEntry)
	if err := os.WriteFile(file, line, 0o644); err != nil {
		t.Fatal(err)
	}
	cat, err := ingest.ReadFiles([]string{file})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := ingest.Run(context.Background(), store, cat, ingest.Options{}); err != nil || sum.Added != 1 {
		t.Fatalf("ingest: %+v, %v, %v", sum, err, cat.Problems)
	}
	s := newSite(t, store, nil, nil)
	b := newBrowser(t)
	b.open(s.url("/"))
	b.click(`__q(".launcher")`)
	b.wait("the dialog", panelVisible)
	b.keys("Drachenflug-Erlaubnis" + kb.Enter)
	b.wait("the answer", lastDone)

	saved := b.str(`JSON.parse(sessionStorage.getItem("citizenbot:demo:de")).items.at(-1).text`)
	if !strings.Contains(saved, "<img src=x onerror=") || !strings.Contains(saved, "](javascript:") {
		t.Fatalf("the answer does not carry the hostile markup, so this test shows nothing: %q", saved)
	}
	if text := b.str(lastAnswer + `.querySelector(".bubble").textContent`); !strings.Contains(text, `<img src=x onerror="window.__pwned=1">`) {
		t.Errorf("the markup is not shown as text: %q", text)
	}
	checks := map[string]string{
		"an img element":                     `__all("img").length + document.querySelectorAll("img").length`,
		"a script element in the widget":     `__all("script").length`,
		"a link that is not http(s)/tel":     `__all("a").some((a) => !/^(https?|tel):/.test(a.href))`,
		"a new-window link without noopener": `__all("a[target=_blank]").some((a) => !a.rel.includes("noopener"))`,
		"a handler that ran":                 `window.__pwned !== undefined`,
	}
	for what, expr := range checks {
		if b.is(expr) {
			t.Errorf("found %s", what)
		}
	}
	b.checkClean()
}

// hostilePage is a host page whose CSS tries to restyle everything.
const hostilePage = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Feindliche Seite</title>
<style>
* { all: unset !important; }
html, body { display: block !important; font: 72px/3 serif !important; color: #f0f !important; letter-spacing: 0.5em !important; }
body * { display: inline !important; text-transform: uppercase !important; }
citizen-bot, citizen-bot * { transform: rotate(45deg) scale(3) !important; opacity: 0.2 !important; font-size: 90px !important; }
button, input { background: red !important; color: red !important; }
</style></head>
<body><h1>Riesige Schrift</h1><p>Diese Seite stellt alles um.</p>
<script src="/widget.js" data-tenant="demo" async></script></body></html>`

// TestWidgetHostilePage embeds the widget in a page that resets and blows
// up every style: the widget looks and works as everywhere else.
func TestWidgetHostilePage(t *testing.T) {
	s := newSite(t, nil, nil, map[string]string{"hostile": hostilePage})
	b := newBrowser(t)
	b.open(s.url("/test/hostile"))
	host := `getComputedStyle(document.querySelector("citizen-bot"))`
	if !b.is(host + `.transform === "none" && ` + host + `.opacity === "1"`) {
		t.Error("the page's CSS transformed or faded the widget")
	}
	launcher := `__q(".launcher").getBoundingClientRect()`
	if !b.is(launcher + `.right > innerWidth - 60 && ` + launcher + `.bottom > innerHeight - 60 && ` + launcher + `.height < 80`) {
		t.Errorf("the launcher is not a button in the bottom right corner: %s", b.str(`JSON.stringify(`+launcher+`)`))
	}
	b.click(`__q(".launcher")`)
	b.wait("the dialog", panelVisible)
	for _, sel := range []string{".launcher", ".title", "input"} {
		if size := b.str(`getComputedStyle(__q("` + sel + `")).fontSize`); size != "16px" && size != "17.6px" {
			t.Errorf("%s has font size %s", sel, size)
		}
	}
	if !b.is(`__q(".panel").getBoundingClientRect().width === 400`) {
		t.Errorf("the dialog is %s wide, want 400", b.str(`String(__q(".panel").getBoundingClientRect().width)`))
	}
	b.keys(askPassport + kb.Enter)
	b.wait("the answer with its main action", lastDone+` && `+lastAnswer+`.querySelector("a.btn.primary")`)
	b.screenshot("hostile-page")
	b.checkClean()
}
