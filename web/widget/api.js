// The script tag: it defines <citizen-bot>, adds the floating one when it
// names a tenant (its data-* attributes carry over), and offers the page
// window.CitizenBot. The widget talks only to the origin it was loaded from.
const SCRIPT = document.currentScript;
const BASE = new URL(SCRIPT ? SCRIPT.src : location.href).origin;

// target is the widget the API acts on: the floating one, else the first.
function target() {
	const all = Array.from(document.querySelectorAll("citizen-bot")).filter((b) => b.chat);
	return all.find((b) => b.floating) || all[0] || null;
}

const api = {
	open() {
		const b = target();
		if (b) b.open(true);
	},
	close() {
		const b = target();
		if (b) b.close(true);
	},
	ask(text) {
		const b = target();
		if (!b) return;
		b.open(true);
		b.chat.ask(text);
	},
	// on calls fn with the detail of every open, close or answer event and
	// returns a function that stops it.
	on(type, fn) {
		const h = (e) => fn(e.detail);
		document.addEventListener("citizenbot:" + type, h);
		return () => document.removeEventListener("citizenbot:" + type, h);
	},
};

function mount() {
	if (SCRIPT && SCRIPT.dataset.tenant && !Array.from(document.querySelectorAll("citizen-bot")).some((b) => b.floating)) {
		const b = document.createElement("citizen-bot");
		Object.assign(b.dataset, SCRIPT.dataset);
		b.dataset.floating = "";
		document.body.append(b);
	}
	document.dispatchEvent(new CustomEvent("citizenbot:ready"));
}

if (!customElements.get("citizen-bot")) {
	customElements.define("citizen-bot", CitizenBotElement);
	window.CitizenBot = api;
	if (document.body) mount();
	else document.addEventListener("DOMContentLoaded", mount);
}
