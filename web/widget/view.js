// The widget's DOM: the shell (launcher, dialog, notice, log, composer)
// and one list item per conversation item. Buttons in items carry
// data-act; the element handles their clicks in one place.

// icon is an inline SVG from one path, hidden from assistive technology.
function icon(d, cls) {
	const ns = "http://www.w3.org/2000/svg";
	const svg = document.createElementNS(ns, "svg");
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("aria-hidden", "true");
	svg.setAttribute("class", "icon " + (cls || ""));
	const p = document.createElementNS(ns, "path");
	p.setAttribute("d", d);
	svg.append(p);
	return svg;
}

const ICON_CHAT = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z";
const ICON_CLOSE = "M5 5l14 14M19 5L5 19";
const ICON_THUMB = "M3 10h3v10H3zM8 10l4-7c1.5 0 2.5 1 2.5 2.5V9h5a2 2 0 0 1 2 2.4l-1.5 7A2 2 0 0 1 17 20H8z";

function buildShell(t, o) {
	const r = {};
	r.title = el("h2", { id: "cb-title", class: "title" }, o.title || t.title);
	r.restart = el("button", { type: "button", class: "ghost" }, t.restart);
	r.close = o.floating && el("button", { type: "button", class: "ghost close", "aria-label": t.close }, icon(ICON_CLOSE, "stroke"));
	r.status = el("div", { class: "status", role: "status" });
	r.privacy = el("span");
	r.greeting = el("p");
	r.log = el("ol", { class: "log", "aria-label": t.log });
	r.chips = el("div", { class: "chips", role: "group", "aria-label": t.suggestions });
	r.input = el("input", {
		type: "text", id: "cb-input", class: "input", autocomplete: "off", enterkeyhint: "send",
		maxlength: "1000", placeholder: t.placeholder,
	});
	r.send = el("button", { type: "button", class: "btn primary send" }, t.send);
	r.scroll = el("div", { class: "scroll" }, el("div", { class: "msg bot greeting" }, el("div", { class: "bubble" }, r.greeting)), r.log, r.chips);
	r.panel = el("section", {
		id: "cb-panel", class: "panel", role: o.floating ? "dialog" : "region", "aria-labelledby": "cb-title", hidden: o.floating,
	},
	el("header", { class: "head" }, r.title, el("div", { class: "head-buttons" }, r.restart, r.close)),
	el("div", { class: "notice" }, el("p", null, t.notice), el("p", null, t.privacy, " ", r.privacy)),
	r.status,
	r.scroll,
	el("div", { class: "composer" }, el("label", { for: "cb-input", class: "sr-only" }, t.inputLabel), r.input, r.send));
	r.live = el("div", { class: "sr-only", "aria-live": "polite" });
	r.root = el("div", { class: `root ${o.floating ? "floating" : "inline"} ${o.position === "left" ? "left" : "right"}` });
	if (o.floating) {
		r.launcher = el("button", { type: "button", class: "launcher", "aria-haspopup": "dialog", "aria-expanded": "false", "aria-controls": "cb-panel" },
			icon(ICON_CHAT), el("span", null, t.launcher), el("span", { class: "sr-only" }, " " + t.launcherLabel));
		r.root.append(r.launcher);
	}
	r.root.append(r.panel, r.live);
	return r;
}

// renderItem draws one item. later says whether the citizen has written
// since (a clarifying question's choices are then spent); pending whether
// a message still waits to be sent.
function renderItem(t, it, later, pending) {
	if (it.k === "n") return el("li", { class: "note" }, t[it.key] || "");
	if (it.k === "u") {
		return el("li", { class: "msg user" + (pending ? " pending" : "") },
			el("span", { class: "sr-only" }, t.you + " "),
			el("div", { class: "bubble" }, it.text),
			el("p", { class: "queued" }, t.queued),
			it.failed && el("p", { class: "failed" }, t[it.failed] || t.failed));
	}
	const li = el("li", { class: "msg bot", "aria-busy": String(!it.done) }, el("span", { class: "sr-only" }, t.bot + " "));
	const bubble = el("div", { class: "bubble" });
	if (it.text) bubble.append(formatText(t, it.text));
	else bubble.append(el("p", { class: "typing" }, el("span", { class: "dots", "aria-hidden": "true" }), t.typing));
	li.append(bubble);
	if (!it.done) return li;
	if (it.actions.length) {
		li.append(el("div", { class: "actions" }, ...it.actions.map((a, i) =>
			link(t, a.title, a.url, i === 0 ? "btn primary" : "btn secondary", a.kind === "phone" ? ["tel:"] : null))));
	}
	if (it.choices.length) {
		li.append(el("div", { class: "choices", role: "group", "aria-label": t.choices }, ...it.choices.map((c) =>
			el("button", { type: "button", class: "chip", "data-act": "choice", "data-choice": c.id, "data-f": "c" + c.id, disabled: later }, c.title))));
	}
	if (it.sources.length) {
		li.append(el("div", { class: "sources" }, el("p", null, t.sources),
			el("ul", null, ...it.sources.map((s) => el("li", null, link(t, s.title, s.url))))));
	}
	li.append(feedback(t, it));
	return li;
}

function feedback(t, it) {
	const thumb = (rating, label) => el("button", {
		type: "button", class: "thumb " + rating, "data-act": "rate", "data-rating": rating, "data-f": rating, "aria-pressed": String(it.rating === rating),
	}, icon(ICON_THUMB), label);
	const box = el("div", { class: "feedback" }, thumb("up", t.helpful), thumb("down", t.notHelpful));
	if (!it.rating) return box;
	box.append(el("p", { class: "thanks" }, t.thanks));
	if (!it.commented) {
		const id = "cb-c-" + it.answer_id;
		box.append(el("label", { for: id }, t.comment),
			el("textarea", { id, rows: "2", maxlength: "1000", "data-f": "comment" }),
			el("button", { type: "button", class: "btn secondary", "data-act": "comment", "data-f": "send-comment" }, t.commentSend));
	}
	return box;
}
