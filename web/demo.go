package web

import (
	"embed"
	"net/http"
)

// demoFiles is the demo page of a fictitious town with the widget embedded,
// served at GET / so that `make run` shows the product.
//
//go:embed demo
var demoFiles embed.FS

// demoCSP is the demo page's Content Security Policy: as strict as a city
// portal's can be, allowing only its own origin, which here is also the
// bot's. The widget works under it: no inline script or style, no eval,
// no requests elsewhere.
const demoCSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// pages are the files the server serves besides its APIs.
type pages struct {
	widget, demo, demoCSS, demoJS *asset
}

// loadPages reads the embedded files. They are part of the binary, so an
// error is a bug in it, which the tests catch.
func loadPages() pages {
	script, err := widgetScript()
	if err != nil {
		panic("web: the widget's embedded sources: " + err.Error())
	}
	file := func(name string) []byte {
		b, err := demoFiles.ReadFile(name)
		if err != nil {
			panic("web: the demo page's embedded files: " + err.Error())
		}
		return b
	}
	const short = "public, max-age=300"
	return pages{
		widget:  newAsset("widget.js", "text/javascript; charset=utf-8", short, script),
		demo:    newAsset("index.html", "text/html; charset=utf-8", "no-cache", file("demo/index.html")),
		demoCSS: newAsset("demo.css", "text/css; charset=utf-8", short, file("demo/demo.css")),
		demoJS:  newAsset("demo.js", "text/javascript; charset=utf-8", short, file("demo/demo.js")),
	}
}

// withCSP sends the demo page's Content Security Policy with h's response.
func withCSP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", demoCSP)
		h.ServeHTTP(w, r)
	})
}
