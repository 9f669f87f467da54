package web

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// What the widget tests ask and what the paused model says, and
// JavaScript for what a citizen sees (browser_test.go has the shorthands).
const (
	askPassport  = "Wie beantrage ich einen Reisepass?"
	modelFirst   = "Den Reisepass beantragen Sie persönlich im Bürgeramt. "
	modelSecond  = "Bringen Sie ein aktuelles biometrisches Passfoto mit."
	lastAnswer   = `__all("li.bot").at(-1)`
	lastDone     = lastAnswer + `.getAttribute("aria-busy") === "false"`
	panelVisible = `__q(".panel").checkVisibility()`
	focusIn      = `__root().activeElement === `
	offlineShown = `__q(".status").textContent.includes("Keine Verbindung")`
)

// conversationID reads the id of the widget's conversation from its resume
// token in session storage.
func conversationID(b *browser) string {
	b.t.Helper()
	id, _, _ := strings.Cut(b.str(`JSON.parse(sessionStorage.getItem("citizenbot:demo:de")).resume`), ".")
	return id
}

// transcript is what the log shows: "you: …" and "bot: …" lines in order.
func transcript(b *browser) []string {
	b.t.Helper()
	var lines []string
	b.eval(`__all("li.msg").map((li) => (li.classList.contains("user") ? "you: " : "bot: ") + li.querySelector(".bubble").textContent.trim())`, &lines)
	return lines
}

// TestWidgetStreamsAnswer is the citizen's first visit to the demo page:
// open the chat, ask, watch the answer arrive, read it out once, follow its
// main action, rate it; then the same on a phone, and start over.
func TestWidgetStreamsAnswer(t *testing.T) {
	model := newPausedModel(t, modelFirst, modelSecond)
	s := newSite(t, nil, model, nil)
	b := newBrowser(t)
	b.open(s.url("/"))

	b.click(`__q(".launcher")`)
	b.wait("the chat dialog", panelVisible)
	if got := b.str(`__q(".panel").getAttribute("role")`); got != "dialog" {
		t.Errorf("panel role %q, want dialog", got)
	}
	b.wait("the greeting and suggestions", `__q(".greeting").textContent.includes("Guten Tag") && __all(".chips button").length > 0`)
	if !b.is(focusIn + `__q("input")`) {
		t.Error("opening the chat did not put the focus into the input")
	}
	b.keys(askPassport + kb.Enter)

	// The first part is there while the rest is still coming.
	b.wait("the first part of the answer", lastAnswer+`.textContent.includes("persönlich im Bürgeramt")`)
	if b.is(lastDone) || b.is(lastAnswer+`.textContent.includes("Passfoto")`) || b.is(`__t.said.length`) {
		t.Error("the answer was finished or announced before the model was done")
	}
	model.release()
	b.wait("the whole answer", lastDone+` && `+lastAnswer+`.textContent.includes("Passfoto")`)

	action := `__q("li.bot a.btn.primary")`
	b.wait("the main action", action)
	if href := b.str(action + `.href`); !strings.HasPrefix(href, "https://") {
		t.Errorf("main action links %q", href)
	}
	if rel := b.str(action + `.rel`); !strings.Contains(rel, "noopener") {
		t.Errorf("main action rel %q", rel)
	}
	b.wait("the answer read out", `__t.said.length === 1`)
	if said := b.str(`__t.said[0]`); !strings.Contains(said, modelFirst+modelSecond) {
		t.Errorf("live region said %q, want the whole answer once", said)
	}
	if !b.is(`__t.events.join() === "open,answer"`) {
		t.Errorf("events %s, want open,answer", b.str(`__t.events.join()`))
	}
	b.screenshot("desktop")

	// Thumbs down with a comment reaches the conversation's record.
	b.click(`__q(".thumb.down")`)
	b.wait("the comment field", `__q(".feedback textarea")`)
	b.click(`__q(".feedback textarea")`)
	b.keys("Mehr zu den Kosten, bitte.")
	b.click(`__q(".feedback .btn")`)
	b.wait("the thanks", `__q(".thanks") && !__q(".feedback textarea")`)
	id := conversationID(b)
	for try := 0; ; try++ {
		turns, err := s.store.Turns(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if len(turns) == 1 && turns[0].Rating == "down" && turns[0].Comment == "Mehr zu den Kosten, bitte." {
			break
		}
		if try == 500 {
			t.Fatalf("stored turns %+v, want one rated down with the comment", turns)
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A phone: the dialog fills the screen, nothing sticks out at 320 px.
	for _, size := range []struct {
		name string
		w, h int64
	}{{"phone", 360, 740}, {"phone-320", 320, 640}, {"zoom-200", 640, 400}} {
		b.do("resize", chromedp.EmulateViewport(size.w, size.h))
		b.wait(size.name+": a full-screen dialog", `(() => { const r = __q(".panel").getBoundingClientRect();
			return r.left === 0 && r.top === 0 && r.width === innerWidth && r.height === innerHeight; })()`)
		if !b.is(`__q(".scroll").scrollWidth <= __q(".scroll").clientWidth && __q(".head").scrollWidth <= __q(".head").clientWidth`) {
			t.Errorf("%s: content wider than the screen", size.name)
		}
		if !b.is(`__q("input").getBoundingClientRect().bottom <= innerHeight && __q(".send").getBoundingClientRect().right <= innerWidth`) {
			t.Errorf("%s: the input or the send button is off the screen", size.name)
		}
		b.screenshot(size.name)
	}
	// Covering the page, the dialog is modal and Tab stays inside it.
	if b.str(`__q(".panel").getAttribute("aria-modal")`) != "true" {
		t.Error("the full-screen dialog is not modal")
	}
	b.do("focus Send", chromedp.Evaluate[chromedp.Void](`__q(".send").focus()`))
	b.keys(kb.Tab)
	if !b.is(`document.activeElement === document.querySelector("citizen-bot") && __q(".panel").contains(__root().activeElement)`) {
		t.Error("Tab from the last control left the full-screen dialog")
	}
	b.do("resize", chromedp.EmulateViewport(1280, 800))

	// Start over: the conversation is gone, a new one begins.
	b.click(`__q(".head-buttons button")`)
	b.wait("an empty conversation", `__all("li.msg").length === 0 && __all(".chips button").length > 0`)
	if conversationID(b) == id {
		t.Error("start over kept the old conversation")
	}
	b.checkClean()
}

// TestWidgetKeyboard goes from the launcher to an answer and back with
// the keyboard alone, through a clarifying question.
func TestWidgetKeyboard(t *testing.T) {
	s := newSite(t, nil, nil, nil)
	b := newBrowser(t)
	b.open(s.url("/"))
	shiftTab := func() { b.keys(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)) }
	until := func(what, expr string, press func()) {
		t.Helper()
		for i := 0; !b.is(expr); i++ {
			if i == 40 {
				t.Fatalf("the keyboard never reached %s", what)
			}
			press()
		}
	}

	launcher := `document.activeElement === document.querySelector("citizen-bot") && ` + focusIn + `__q(".launcher")`
	until("the launcher", launcher, func() { b.keys(kb.Tab) })
	if b.str(`getComputedStyle(__q(".launcher")).outlineStyle`) == "none" {
		t.Error("the focused launcher shows no focus outline")
	}
	b.keys(kb.Enter)
	b.wait("the dialog, focus in its input", panelVisible+` && `+focusIn+`__q("input")`)

	b.keys("Ausweis" + kb.Enter)
	b.wait("the clarifying question", lastDone+` && `+lastAnswer+`.querySelectorAll(".choices button").length >= 2`)
	until("a choice", focusIn+lastAnswer+`.querySelector(".choices button")`, shiftTab)
	choice := b.str(focusIn + `null || __root().activeElement.textContent`)
	b.keys(kb.Enter)
	b.wait("the answer to the choice", `__all("li.bot").length === 2 && `+lastDone)
	if got := b.str(`__all("li.user").at(-1).textContent`); !strings.Contains(got, choice) {
		t.Errorf("the chosen %q was sent as %q", choice, got)
	}
	if !b.is(`__all("li.bot")[0].querySelector(".choices button").disabled`) {
		t.Error("the spent choices can still be pressed")
	}

	b.click(`__q("input")`)
	until("the main action", focusIn+lastAnswer+`.querySelector("a.btn.primary")`, shiftTab)
	until("the thumbs up", focusIn+lastAnswer+`.querySelector(".thumb.up")`, func() { b.keys(kb.Tab) })
	b.keys(" ")
	b.wait("the rating pressed, the focus kept", lastAnswer+`.querySelector(".thumb.up").getAttribute("aria-pressed") === "true" && `+focusIn+lastAnswer+`.querySelector(".thumb.up")`)

	b.keys(kb.Escape)
	b.wait("the dialog closed, the focus on the launcher", `!`+panelVisible+` && `+launcher)
	if b.str(`__q(".launcher").getAttribute("aria-expanded")`) != "false" {
		t.Error("the launcher still says the dialog is expanded")
	}
	b.checkClean()
}

// TestWidgetReload reloads the page while an answer is streaming: the
// conversation comes back, the answer is finished, nothing twice.
func TestWidgetReload(t *testing.T) {
	model := newPausedModel(t, modelFirst, modelSecond)
	s := newSite(t, nil, model, nil)
	b := newBrowser(t)
	b.open(s.url("/"))
	b.click(`__q(".launcher")`)
	b.wait("the dialog", panelVisible)
	b.keys(askPassport + kb.Enter)
	b.wait("the first part of the answer", lastAnswer+`.textContent.includes("Bürgeramt")`)
	id := conversationID(b)

	b.do("reload", chromedp.Reload())
	b.wait("the dialog open again with the question", panelVisible+` && __all("li.user").length === 1`)
	model.release()
	b.wait("the finished answer", lastDone+` && `+lastAnswer+`.textContent.includes("Passfoto")`)

	b.click(`__q("input")`)
	b.keys("Was kostet das?" + kb.Enter)
	b.wait("the follow-up's answer", `__all("li.bot").length === 2 && `+lastDone)
	want := []string{"you: " + askPassport, "bot: " + modelFirst + modelSecond, "you: Was kostet das?"}
	got := transcript(b)
	if len(got) != 4 || strings.Join(got[:3], "\n") != strings.Join(want, "\n") {
		t.Errorf("transcript after reload:\n%s\nwant\n%s\nbot: …", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if conversationID(b) != id {
		t.Error("the reload started a new conversation")
	}
	if src := b.str(lastAnswer + `.querySelector(".sources").textContent`); !strings.Contains(src, "Reisepass") {
		t.Errorf("the follow-up is about %q, not the passport", src)
	}
	turns, err := s.store.Turns(t.Context(), id)
	if err != nil || len(turns) != 2 {
		t.Errorf("stored %d turns (%v), want 2", len(turns), err)
	}
	b.checkClean()
}

// TestWidgetServerRestart restarts the server mid-conversation, with a
// message typed while it is down: the widget says it is offline,
// reconnects, and the message is answered once.
func TestWidgetServerRestart(t *testing.T) {
	s := newSite(t, nil, nil, nil)
	b := newBrowser(t)
	b.open(s.url("/"))
	b.click(`__q(".launcher")`)
	b.wait("the dialog", panelVisible)
	b.keys(askPassport + kb.Enter)
	b.wait("the answer", lastDone)

	s.stop()
	b.wait("the offline notice", offlineShown)
	b.keys("Welche Unterlagen brauche ich?" + kb.Enter)
	b.wait("the message marked as waiting", `__q("li.user.pending .queued").checkVisibility()`)
	s.start()
	b.wait("the answer to the message typed offline", `__all("li.bot").length === 2 && `+lastDone)

	if b.is(offlineShown) {
		t.Error("the offline notice stayed")
	}
	got := transcript(b)
	if len(got) != 4 || got[0] != "you: "+askPassport || got[2] != "you: Welche Unterlagen brauche ich?" ||
		!strings.HasPrefix(got[1], "bot: ") || !strings.HasPrefix(got[3], "bot: ") {
		t.Errorf("transcript after the restart:\n%s", strings.Join(got, "\n"))
	}
	turns, err := s.store.Turns(t.Context(), conversationID(b))
	if err != nil || len(turns) != 2 || turns[1].Question != "Welche Unterlagen brauche ich?" {
		t.Errorf("stored turns %+v (%v), want the two questions once each", turns, err)
	}
	b.checkClean()
}

// leftPage opens the widget on the left at load, with its own title.
const leftPage = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Links</title></head>
<body><p><a href="#">Ein Link vor dem Chat</a></p>
<script src="/widget.js" data-tenant="demo" data-position="left" data-open="true" data-title="Frag Musterhausen" data-greeting="Moin! Was kann ich tun?" async></script>
</body></html>`

// TestWidgetAPI drives the widget from the page, as the demo page's
// buttons do, goes on to another page of the site, where the conversation
// continues, and checks the script tag's settings there.
func TestWidgetAPI(t *testing.T) {
	s := newSite(t, nil, nil, map[string]string{"left": leftPage})
	b := newBrowser(t)
	b.open(s.url("/"))
	b.click(`document.querySelector("[data-ask]")`)
	b.wait("the dialog with the tile's question answered", panelVisible+` && __all("li.bot").length === 1 && `+lastDone)
	if got := b.str(`__q("li.user").textContent`); !strings.Contains(got, "Wohnung") {
		t.Errorf("the tile asked %q", got)
	}
	b.eval(`CitizenBot.close(), true`, new(bool))
	b.wait("the dialog closed", `!`+panelVisible)
	if got := b.str(`__t.events.join()`); got != "open,answer,close" {
		t.Errorf("events %s, want open,answer,close", got)
	}

	b.open(s.url("/test/left"))
	b.wait("the dialog open at load", panelVisible+` && __q(".greeting").textContent === "Moin! Was kann ich tun?"`)
	if got := transcript(b); len(got) != 2 || !strings.Contains(got[0], "Wohnung") {
		t.Errorf("after going to another page of the site the conversation is %q, want the tile's question and answer", got)
	}
	if b.str(`__q(".title").textContent`) != "Frag Musterhausen" {
		t.Error("data-title was not used")
	}
	if !b.is(`__q(".panel").getBoundingClientRect().left < 40 && __q(".launcher").getBoundingClientRect().left < 40`) {
		t.Error("data-position=left did not put the widget on the left")
	}
	if b.is(`document.activeElement === document.querySelector("citizen-bot")`) {
		t.Error("opening at load took the focus from the page")
	}
	b.checkClean()
}
