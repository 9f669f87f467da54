package web

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browser is a tab of a headless Chromium from the system (Debian's
// chromium; scripts/browser.sh installs it) for the widget's tests.
type browser struct {
	t   *testing.T
	ctx context.Context
}

// chromiumPath finds the browser, or skips the test saying how to get one.
// In CI a missing browser fails the test instead.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CITIZENBOT_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium in CI: .ci/run installs it through scripts/browser.sh")
	}
	t.Skip("SKIPPING: the widget's browser tests need Chromium: run `bash scripts/browser.sh` as root (installs Debian's chromium), or set CITIZENBOT_CHROMIUM")
	return ""
}

// pageWatch runs in every page before its own scripts. It records script
// errors, Content Security Policy violations, the widget's events and what
// its live region says, for the tests to check; and it gives them
// shorthands: __root() is the widget's shadow root, __q(selector) and
// __all(selector) query in it.
const pageWatch = `
window.__t = { errors: [], csp: [], said: [], events: [] };
window.__root = () => document.querySelector("citizen-bot").shadowRoot;
window.__q = (sel) => __root().querySelector(sel);
window.__all = (sel) => Array.from(__root().querySelectorAll(sel));
addEventListener("error", (e) => __t.errors.push(String(e.message)));
addEventListener("unhandledrejection", (e) => __t.errors.push(String(e.reason)));
document.addEventListener("securitypolicyviolation", (e) => __t.csp.push(e.violatedDirective + " " + e.blockedURI), true);
for (const type of ["open", "close", "answer"]) document.addEventListener("citizenbot:" + type, () => __t.events.push(type));
const watch = setInterval(() => {
	const bot = document.querySelector("citizen-bot");
	const live = bot && bot.shadowRoot && bot.shadowRoot.querySelector("[aria-live]");
	if (!live) return;
	clearInterval(watch);
	new MutationObserver(() => { const s = live.textContent.trim(); if (s) __t.said.push(s); })
		.observe(live, { childList: true, characterData: true, subtree: true });
}, 20);
`

func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromiumPath(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 800))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	b := &browser{t: t, ctx: ctx}
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: pageWatch})
		return err
	}))
	if err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return b
}

// do runs actions, failing the test after 30 s.
func (b *browser) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// eval returns the value of a JavaScript expression, decoded into out.
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		b.t.Fatalf("evaluate %s: %s: %v", expr, raw, err)
	}
}

func (b *browser) str(expr string) string {
	b.t.Helper()
	var s string
	b.eval(expr, &s)
	return s
}

func (b *browser) is(expr string) bool {
	b.t.Helper()
	var v bool
	b.eval("!!("+expr+")", &v)
	return v
}

// wait waits until a JavaScript expression is true, at most 30 s. The
// expression may throw while the page is not ready.
func (b *browser) wait(what, expr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	cond := "(() => { try { return !!(" + expr + "); } catch (e) { return false; } })()"
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingInterval(25*time.Millisecond))); err != nil {
		b.t.Fatalf("waiting for %s: %v\npage: %s", what, err, b.report())
	}
}

// report describes the page for a failure message: the test's records
// and the widget's saved state.
func (b *browser) report() string {
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](`({t: window.__t, state: Object.fromEntries(Object.entries(sessionStorage))})`))
	if err != nil {
		return err.Error()
	}
	return string(raw)
}

// open loads a page and waits for the widget on it.
func (b *browser) open(url string) {
	b.t.Helper()
	b.do("open "+url, chromedp.Navigate(url))
	b.wait("the widget", "__q('.panel')")
}

// keys types as a keyboard does, into whatever has the focus.
func (b *browser) keys(keys string, opts ...chromedp.KeyOption) {
	b.t.Helper()
	b.do(fmt.Sprintf("type %q", keys), chromedp.KeyEvent(keys, opts...))
}

// click clicks with the mouse on the element a JavaScript expression gives.
func (b *browser) click(expr string) {
	b.t.Helper()
	b.do("click "+expr, chromedp.Click(chromedp.JSPath(expr)))
}

// screenshot keeps a picture of the viewport as a test artifact.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("CITIZENBOT_ARTIFACTS")
	if dir == "" {
		dir, _ = filepath.Abs(filepath.Join("..", "artifacts", "browser"))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.t.Fatal(err)
	}
	file := filepath.Join(dir, name+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", file)
}

// checkClean fails the test if the page had script errors or broke its
// Content Security Policy.
func (b *browser) checkClean() {
	b.t.Helper()
	var got struct{ Errors, CSP []string }
	b.eval("__t", &got)
	if len(got.Errors) > 0 || len(got.CSP) > 0 {
		b.t.Errorf("script errors %q, CSP violations %q", got.Errors, got.CSP)
	}
}
