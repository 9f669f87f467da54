package web

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// axeSource returns axe-core, the accessibility checker, which
// scripts/browser.sh installs (it is not in the repository), or skips the
// test saying how to get it. In CI a missing axe-core fails the test.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("CITIZENBOT_AXE")
	if path == "" {
		path = filepath.Join("testdata", "browser", "node_modules", "axe-core", "axe.min.js")
	}
	src, err := os.ReadFile(path)
	if err == nil {
		return string(src)
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("no axe-core in CI (%v): .ci/run installs it through scripts/browser.sh", err)
	}
	t.Skipf("SKIPPING: the accessibility scan needs axe-core: run `bash scripts/browser.sh` (npm ci in web/testdata/browser); %v", err)
	return ""
}

// axe scans the page against WCAG 2.1 A and AA and fails the test on
// every serious or critical violation; it logs the others.
func (b *browser) axe(name, src string) {
	b.t.Helper()
	b.do("load axe-core", chromedp.Evaluate[chromedp.Void](src))
	type violation struct {
		ID, Impact, Help string
		Nodes            []string
	}
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](`axe.run(document, {
		runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
	}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
		nodes: v.nodes.slice(0, 5).map((n) => n.target.flat().join(" ") + ": " + n.failureSummary) })))`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("axe on %s: %v", name, err)
	}
	for _, v := range vs {
		msg := fmt.Sprintf("axe on %s: %s (%s): %s\n\t%s", name, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
		if v.Impact == "serious" || v.Impact == "critical" {
			b.t.Error(msg)
		} else {
			b.t.Log(msg)
		}
	}
	b.t.Logf("axe on %s: %d violations", name, len(vs))
}

// inlinePage places the widget inline, in English, in a pale tenant
// colour that white text could not be read on.
const inlinePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ask the town</title></head>
<body><main><h1>Ask the town</h1>
<citizen-bot data-tenant="demo" data-color="#ffd84d" data-privacy-url="https://example.org/privacy"></citizen-bot>
</main><script src="/widget.js" async></script></body></html>`

// TestWidgetAccessibility scans the widget with axe-core: the demo page
// with an answer and its feedback form, on a desktop and on a phone, and
// the inline widget in English in a pale tenant colour.
func TestWidgetAccessibility(t *testing.T) {
	src := axeSource(t)
	s := newSite(t, nil, nil, map[string]string{"inline": inlinePage})
	b := newBrowser(t)
	b.open(s.url("/"))
	b.axe("the demo page, chat closed", src)
	b.click(`__q(".launcher")`)
	b.wait("the dialog", panelVisible)
	b.keys(askPassport + kb.Enter)
	b.wait("the answer", lastDone)
	b.click(`__q(".thumb.up")`)
	b.wait("the comment field", `__q(".feedback textarea")`)
	b.axe("the demo page with an answer", src)
	b.do("phone", chromedp.EmulateViewport(360, 740))
	b.axe("the demo page on a phone", src)
	b.do("desktop", chromedp.EmulateViewport(1280, 800))

	b.open(s.url("/test/inline"))
	b.wait("the English greeting", `__q(".greeting").textContent.includes("Hello")`)
	if got := b.str(`__q(".panel").getAttribute("role") + " " + __q(".title").textContent`); got != "region Citizen service assistant" {
		t.Errorf("inline widget: %q, want an English region", got)
	}
	b.click(`__q("input")`)
	b.keys("How do I apply for a passport?" + kb.Enter)
	b.wait("the answer", lastDone+` && `+lastAnswer+`.querySelector("a.btn.primary")`)
	// The pale colour gets dark text, and links a darkened accent.
	var ratios map[string]float64
	b.eval(`(() => {
		const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
		const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
		const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
		const pair = (el, bgEl) => ratio(getComputedStyle(el).color, getComputedStyle(bgEl || el).backgroundColor);
		const bubble = __all("li.user .bubble").at(-1), action = __q("li.bot a.btn.primary"), link = __q(".sources a");
		return { "your message": pair(bubble), "main action": pair(action), "source link": pair(link, link.closest(".msg").querySelector(".bubble")) };
	})()`, &ratios)
	for what, r := range ratios {
		if r < 4.5 {
			t.Errorf("%s: contrast %.2f:1, want at least 4.5:1", what, r)
		}
	}
	b.screenshot("inline-english")
	b.axe("the inline widget in English, pale tenant colour", src)
	b.checkClean()
}
