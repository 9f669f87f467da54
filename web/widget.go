package web

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
)

// widgetFiles are the widget's sources (docs/widget.md): plain JavaScript
// and CSS, no build tools.
//
//go:embed widget
var widgetFiles embed.FS

// widgetOrder lists the widget's scripts in the order they are joined: each
// uses only what the ones before it define, and api.js starts it.
const widgetOrder = "i18n.js format.js theme.js store.js connection.js chat.js view.js element.js api.js"

// widgetScript joins the widget's sources into the one file GET /widget.js
// serves: the scripts in one function scope, so nothing but
// window.CitizenBot and <citizen-bot> reaches the page, and the CSS as the
// string STYLE, which the widget adopts as a constructed stylesheet (strict
// Content Security Policies allow those, unlike <style> elements).
func widgetScript() ([]byte, error) {
	css, err := widgetFiles.ReadFile("widget/widget.css")
	if err != nil {
		return nil, err
	}
	style, _ := json.Marshal(string(css))
	var b strings.Builder
	b.WriteString("/* citizenbot widget: docs/widget.md */\n(function () {\n\"use strict\";\n")
	fmt.Fprintf(&b, "const STYLE = %s;\n", style)
	for _, name := range strings.Fields(widgetOrder) {
		src, err := widgetFiles.ReadFile("widget/" + name)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "\n// --- %s\n%s", name, src)
	}
	b.WriteString("})();\n")
	return []byte(b.String()), nil
}
