package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// typeInto clicks a console form field and types text into it.
func (b *browser) typeInto(id, text string) {
	b.t.Helper()
	b.click(`document.getElementById("` + id + `")`)
	b.keys(text)
}

// loaded waits for a new page with an element matching the CSS selector,
// surviving the navigation that a poll would not.
func (b *browser) loaded(what, selector string) {
	b.t.Helper()
	b.do("waiting for "+what, chromedp.WaitVisible(chromedp.CSS(selector)))
}

// askWidget opens the demo page's chat, asks, and waits for the answer.
func (b *browser) askWidget(url, question string) {
	b.t.Helper()
	b.open(url)
	if !b.is(panelVisible) { // the widget reopens as it was left
		b.click(`__q(".launcher")`)
	}
	b.wait("the chat dialog", panelVisible)
	b.click(`__q("input")`)
	var before int
	b.eval(`__all("li.bot").length`, &before)
	b.keys(question + kb.Enter)
	b.wait("the answer", fmt.Sprintf(`__all("li.bot").length > %d && %s`, before, lastDone))
}

// TestConsoleInBrowser is an editor's round trip: log in, write an entry,
// try it, publish it, and find the widget answering with it; then turn a
// question the bot could not answer into an entry.
func TestConsoleInBrowser(t *testing.T) {
	site := newConsoleSite(t, ConsoleOptions{})
	b := newBrowser(t)

	b.do("open the console", chromedp.Navigate(site.url+"/console/entries"))
	b.wait("the login page", `location.pathname === "/console/login" && document.getElementById("name")`)
	b.typeInto("name", "anna")
	b.typeInto("password", testPassword+kb.Enter)
	b.loaded("the entry list", "table.list tbody tr")
	b.wait("the entry list", `location.pathname === "/console/entries" && document.querySelector("table.list tbody tr")`)

	b.click(`document.querySelector("a[href='/console/entries/new']")`)
	b.loaded("the new entry form", "#entry-form")
	b.wait("the new entry form", `document.getElementById("entry-form")`)
	b.typeInto("f-id", "redaktion-bienen")
	b.typeInto("f-title", "Bienenvölker anmelden")
	b.typeInto("f-region", "berlin")
	b.typeInto("f-info_url", "https://example.org/bienen")
	b.typeInto("f-summary", "Wer in Berlin Bienen hält, meldet seine Bienenvölker beim Veterinäramt des Bezirks an.")
	b.typeInto("f-keywords", "Imkerei"+kb.Enter+"Bienen anmelden")
	b.click(`document.getElementById("save")`)
	b.loaded("the saved draft", "#publish")
	b.wait("the saved draft", `location.pathname === "/console/entries/redaktion-bienen" && document.getElementById("status").textContent.includes("Entwurf angelegt")`)
	b.checkClean()

	b.typeInto("try-question", "Wie melde ich meine Bienenvölker an?"+kb.Enter)
	b.wait("the bot's answer to the draft", `document.querySelector(".try-verdict")`)
	if v := b.str(`document.querySelector(".try-verdict").textContent`); !strings.Contains(v, "stützt seine Antwort auf diesen Entwurf") {
		t.Fatalf("trying the draft: %q", v)
	}
	b.click(`document.getElementById("publish")`)
	b.loaded("the published entry", "#unpublish")
	b.wait("the publication", `document.getElementById("status").textContent.includes("Veröffentlicht") && document.getElementById("entry-status").textContent === "veröffentlicht"`)
	b.screenshot("console-entry")

	// The demo page's widget answers with the new entry and its link
	// once the server has reloaded its knowledge, within moments: the
	// chat API is asked until it does, then the widget.
	site.waitForSource("Wie melde ich meine Bienenvölker an?", "redaktion-bienen")
	b.askWidget(site.url+"/", "Wie melde ich meine Bienenvölker an?")
	b.wait("the answer linking the new entry", `__all("li.bot").at(-1).querySelector("a[href='https://example.org/bienen']")`)
	b.screenshot("console-widget-answer")

	// A question the bot cannot answer shows in the console and becomes
	// an entry.
	b.askWidget(site.url+"/", "Wo beantrage ich eine Genehmigung für meine Drohne?")
	b.do("open the unanswered questions", chromedp.Navigate(site.url+"/console/unanswered"))
	b.loaded("the unanswered questions", "li.group")
	b.wait("the drone question", `document.querySelector("li.group h2") && document.body.textContent.includes("Genehmigung für meine Drohne")`)
	b.checkClean()
	b.click(`Array.from(document.querySelectorAll("li.group")).find((li) => li.textContent.includes("Drohne")).querySelector("a[href^='/console/entries/new']")`)
	b.loaded("the pre-filled form", "#entry-form")
	b.wait("the pre-filled form", `document.getElementById("f-title").value === "Wo beantrage ich eine Genehmigung für meine Drohne"`)
	b.typeInto("f-region", "berlin")
	b.typeInto("f-summary", "Drohnen über 250 Gramm brauchen eine Genehmigung des Luftfahrt-Bundesamts.")
	b.click(`document.getElementById("save")`)
	b.loaded("the new draft", "#publish")
	b.wait("the new draft", `location.pathname.startsWith("/console/entries/redaktion-wo-beantrage") && document.getElementById("status").textContent.includes("Entwurf angelegt")`)
	b.checkClean()
}
