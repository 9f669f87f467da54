package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// maxWidgetGzip is the budget for widget.js with its CSS, gzipped.
const maxWidgetGzip = 20_000

func get(t *testing.T, h http.Handler, path string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWidgetScript checks what integrators and browsers get from GET
// /widget.js: a script within the size budget, compressed, cacheable, and
// free of the APIs the widget promises never to use.
func TestWidgetScript(t *testing.T) {
	h := New(nil, nil, nil, Options{}).Handler()
	plain := get(t, h, "/widget.js", nil)
	src := body(t, plain)
	if plain.StatusCode != 200 || plain.Header.Get("Content-Type") != "text/javascript; charset=utf-8" || plain.Header.Get("Content-Encoding") != "" {
		t.Fatalf("GET /widget.js: %d %v", plain.StatusCode, plain.Header)
	}
	zipped := get(t, h, "/widget.js", map[string]string{"Accept-Encoding": "gzip, br"})
	gz := body(t, zipped)
	if zipped.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(zipped.Header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("gzip response headers %v", zipped.Header)
	}
	t.Logf("widget.js with its CSS: %d bytes, %d gzipped (budget %d)", len(src), len(gz), maxWidgetGzip)
	if len(gz) > maxWidgetGzip {
		t.Errorf("widget.js is %d bytes gzipped, more than the %d allowed", len(gz), maxWidgetGzip)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if unzipped, _ := io.ReadAll(zr); !bytes.Equal(unzipped, src) {
		t.Error("the gzipped widget.js is not the plain one")
	}

	etag := zipped.Header.Get("ETag")
	again := get(t, h, "/widget.js", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": etag})
	if etag == "" || again.StatusCode != http.StatusNotModified || plain.Header.Get("ETag") == etag {
		t.Errorf("revalidation: ETag %q, status %d; each encoding needs its own ETag", etag, again.StatusCode)
	}
	if cc := plain.Header.Get("Cache-Control"); !strings.Contains(cc, "max-age=") {
		t.Errorf("Cache-Control %q", cc)
	}

	// Text only ever becomes text nodes; no code from strings; no cookies;
	// no requests but the websocket to its own origin.
	for _, api := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
		"document.cookie", "fetch(", "XMLHttpRequest", "sendBeacon", "import(", "localStorage"} {
		if bytes.Contains(src, []byte(api)) {
			t.Errorf("widget.js uses %s", api)
		}
	}
	if n := strings.Count(string(src), "new WebSocket("); n != 1 {
		t.Errorf("widget.js opens websockets in %d places, want 1", n)
	}
}

// TestDemoPage checks that GET / is the demo page under a strict Content
// Security Policy, with nothing inline that such a policy would block.
func TestDemoPage(t *testing.T) {
	h := New(nil, nil, nil, Options{}).Handler()
	resp := get(t, h, "/", nil)
	page := string(body(t, resp))
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %v", resp.StatusCode, resp.Header)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q is not strict", csp)
	}
	if !strings.Contains(page, `<script src="/widget.js" data-tenant="demo"`) {
		t.Error("the demo page does not embed the widget with one script tag")
	}
	inline := regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]|<style|\sstyle=|\son[a-z]+=`)
	if m := inline.FindString(page); m != "" {
		t.Errorf("the demo page has inline script or style: %q", m)
	}
	for _, path := range []string{"/demo/demo.css", "/demo/demo.js"} {
		if resp := get(t, h, path, nil); resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", path, resp.StatusCode)
		}
	}
	if resp := get(t, h, "/nothing-here", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nothing-here: %d, want 404", resp.StatusCode)
	}
}
