// FULL_SCREEN is when the floating panel covers the whole window (as in
// widget.css): then it is modal, and Tab stays inside it.
const FULL_SCREEN = matchMedia("(max-width: 480px), (max-height: 520px)");

// <citizen-bot data-tenant="…"> is the widget: inline where it stands, or,
// with data-floating (the script tag adds one), a launcher button with a
// dialog. It lives in its own shadow root, so the page's CSS cannot reach
// in and its own cannot leak out. It is the Chat's ui.
class CitizenBotElement extends HTMLElement {
	get floating() {
		return this.hasAttribute("data-floating");
	}

	connectedCallback() {
		if (this.chat) {
			if (!this.floating || this.chat.state.open) this.chat.start();
			return;
		}
		const d = this.dataset;
		if (!d.tenant) {
			console.error("citizenbot: no tenant; set data-tenant on the script tag or the element");
			return;
		}
		const lang = uiLang(d.lang);
		const t = (this.t = STRINGS[lang]);
		const shadow = this.attachShadow({ mode: "open" });
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(STYLE);
		shadow.adoptedStyleSheets = [sheet];
		const r = (this.r = buildShell(t, { floating: this.floating, position: d.position, title: d.title }));
		shadow.append(r.root);
		for (const [k, v] of Object.entries((d.color && themeColours(d.color, r.root)) || {})) r.root.style.setProperty(k, v);
		if (d.color && !r.root.style.getPropertyValue("--cb-primary")) console.warn("citizenbot: data-color is not a CSS colour:", d.color);

		this.nodes = new Map();
		const url = BASE.replace(/^http/, "ws") + "/ws?tenant=" + encodeURIComponent(d.tenant);
		this.chat = new Chat({ tenant: d.tenant, lang, url, key: `citizenbot:${d.tenant}:${lang}` }, this);
		this.listen();
		this.reset();
		if (!this.floating || this.chat.state.outbox.length) this.chat.start();
		if (this.floating && (this.chat.state.open || (d.open !== undefined && d.open !== "false"))) this.open(false);
	}

	disconnectedCallback() {
		if (this.chat) this.chat.conn.stop();
	}

	listen() {
		const r = this.r;
		if (r.launcher) r.launcher.addEventListener("click", () => (r.panel.hidden ? this.open(true) : this.close(true)));
		if (r.close) r.close.addEventListener("click", () => this.close(true));
		r.restart.addEventListener("click", () => {
			this.chat.restart();
			r.input.focus();
		});
		const submit = () => {
			this.chat.ask(r.input.value);
			r.input.value = "";
		};
		r.send.addEventListener("click", submit);
		r.input.addEventListener("keydown", (e) => {
			if (e.key === "Enter" && !e.isComposing) {
				e.preventDefault();
				submit();
			}
		});
		r.root.addEventListener("keydown", (e) => {
			if (!this.floating || r.panel.hidden) return;
			if (e.key === "Escape") {
				e.preventDefault();
				this.close(true);
			} else if (e.key === "Tab" && FULL_SCREEN.matches) {
				this.wrapFocus(e);
			}
		});
		if (this.floating) FULL_SCREEN.addEventListener("change", () => r.panel.setAttribute("aria-modal", String(FULL_SCREEN.matches)));
		r.chips.addEventListener("click", (e) => {
			const b = e.target.closest("button");
			if (b) this.chat.ask(b.textContent);
		});
		r.status.addEventListener("click", (e) => e.target.closest("button") && this.chat.resumeHere());
		r.log.addEventListener("click", (e) => this.act(e.target.closest("[data-act]")));
	}

	// act handles a click on a button inside an answer.
	act(b) {
		if (!b) return;
		const it = this.chat.find("b", "reply_to", b.closest("li[data-key]").dataset.key.slice(2));
		if (!it) return;
		if (b.dataset.act === "choice") this.chat.ask(b.textContent, b.dataset.choice);
		else if (b.dataset.act === "rate") this.chat.feedback(it, b.dataset.rating);
		else if (b.dataset.act === "comment") this.chat.feedback(it, it.rating, b.parentNode.querySelector("textarea").value);
	}

	// wrapFocus keeps Tab inside the panel while it covers the page.
	wrapFocus(e) {
		const all = Array.from(this.r.panel.querySelectorAll("a[href], button:not([disabled]), input, textarea")).filter((x) => x.checkVisibility());
		const at = this.shadowRoot.activeElement;
		const to = e.shiftKey ? (at === all[0] && all[all.length - 1]) : (at === all[all.length - 1] && all[0]);
		if (to) {
			e.preventDefault();
			to.focus();
		}
	}

	open(focus) {
		const r = this.r;
		if (!this.floating) return r.input.focus();
		if (!r.panel.hidden) return;
		r.panel.hidden = false;
		r.panel.setAttribute("aria-modal", String(FULL_SCREEN.matches));
		r.launcher.setAttribute("aria-expanded", "true");
		this.chat.state.open = true;
		this.chat.save();
		this.chat.start();
		r.scroll.scrollTop = r.scroll.scrollHeight;
		if (focus) r.input.focus();
		this.emit("open", {});
	}

	close(focus) {
		const r = this.r;
		if (!this.floating || r.panel.hidden) return;
		r.panel.hidden = true;
		r.launcher.setAttribute("aria-expanded", "false");
		this.chat.state.open = false;
		this.chat.save();
		if (focus) r.launcher.focus();
		this.emit("close", {});
	}

	// item shows it where it belongs in the log, in place of its old
	// node; the focus stays on the same control.
	item(it) {
		const key = it.k + ":" + (it.id || it.reply_to);
		const items = this.chat.state.items;
		const i = items.indexOf(it);
		const later = items.slice(i + 1).some((x) => x.k === "u");
		const pending = this.chat.state.outbox.some((m) => m.id === it.id);
		const old = this.nodes.get(key);
		const node = renderItem(this.t, it, later, pending);
		node.dataset.key = key;
		const follow = this.atEnd();
		if (old) {
			const f = this.shadowRoot.activeElement;
			const fk = f && old.contains(f) && f.dataset.f;
			old.replaceWith(node);
			const again = fk && (node.querySelector(`[data-f="${CSS.escape(fk)}"]`) || node.querySelector("[aria-pressed=true]"));
			if (again) again.focus();
		} else {
			const next = items.slice(i + 1).map((x) => this.nodes.get(x.k + ":" + (x.id || x.reply_to))).find(Boolean);
			this.r.log.insertBefore(node, next || null);
		}
		this.nodes.set(key, node);
		if (it.k === "u") {
			// A new message spends the choices of the question before it.
			const asked = items.slice(0, i).reverse().find((x) => x.k === "b");
			if (asked && asked.choices && asked.choices.length && !old) this.item(asked);
		}
		if (follow || (it.k === "u" && !old)) this.r.scroll.scrollTop = this.r.scroll.scrollHeight;
	}

	atEnd() {
		const s = this.r.scroll;
		return s.scrollHeight - s.scrollTop - s.clientHeight < 60;
	}

	reset() {
		this.nodes.clear();
		this.r.log.replaceChildren();
		for (const it of this.chat.state.items) this.item(it);
		this.meta();
		this.suggest();
	}

	meta() {
		const s = this.chat.state, d = this.dataset;
		this.r.greeting.textContent = d.greeting || s.greeting || this.t.greeting;
		const url = absolute(d.privacyUrl || s.privacy);
		const a = url && link(this.t, this.t.privacyLink, url);
		this.r.privacy.replaceChildren(...(a && a.nodeName === "A" ? [a] : []));
	}

	// suggest offers the welcome's suggestions, or the last answer's.
	suggest() {
		const items = this.chat.state.items;
		const last = items[items.length - 1];
		const list = !items.length ? this.chat.state.suggestions : last.k === "b" && last.done ? last.suggestions : [];
		this.r.chips.replaceChildren(...list.map((s) => el("button", { type: "button", class: "chip" }, s)));
	}

	status(s) {
		const t = this.t;
		this.r.root.classList.toggle("offline", s !== "live");
		this.r.status.replaceChildren();
		if (s === "offline") this.r.status.append(el("p", null, t.offline));
		if (s === "unavailable") this.r.status.append(el("p", null, t.unavailable));
		if (s === "moved") this.r.status.append(el("p", null, t.moved, " "), el("button", { type: "button", class: "btn secondary" }, t.resumeHere));
	}

	// announce reads a finished answer out once, through the polite live
	// region; streamed pieces are not announced.
	announce(it) {
		const live = this.r.live;
		live.textContent = "";
		setTimeout(() => (live.textContent = this.t.answer + " " + plainText(it.text)), 50);
	}

	emit(type, detail) {
		this.dispatchEvent(new CustomEvent("citizenbot:" + type, { detail, bubbles: true, composed: true }));
	}
}
