// Safe rendering. Nothing the bot or a citizen wrote is ever parsed as
// HTML: text reaches the page only as text nodes, inside the few elements
// built here.

// el creates an element with attributes and children; strings become text
// nodes.
function el(tag, attrs, ...children) {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs || {})) {
		if (v === true) e.setAttribute(k, "");
		else if (v !== false && v != null) e.setAttribute(k, v);
	}
	e.append(...children.filter((c) => c != null && c !== false));
	return e;
}

// safeURL returns url if its scheme is one of schemes, else null.
function safeURL(url, schemes) {
	try {
		const u = new URL(url);
		return schemes.includes(u.protocol) ? u.href : null;
	} catch {
		return null;
	}
}

// absolute resolves a URL the page gave against the page; "" if it is none.
function absolute(url) {
	try {
		return url ? new URL(url, location.href).href : "";
	} catch {
		return "";
	}
}

// link is an anchor that opens url in a new window without giving it the
// page (rel=noopener), or plain text when url is not allowed.
function link(t, text, url, cls, schemes) {
	const href = safeURL(url, schemes || ["http:", "https:"]);
	if (!href) return document.createTextNode(text);
	const external = !href.startsWith("tel:");
	return el("a", { href, class: cls, target: external && "_blank", rel: "noopener noreferrer" },
		text, external && el("span", { class: "sr-only" }, " " + t.newTab));
}

// INLINE matches **bold** and [title](url).
const INLINE = /\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

function inline(t, parent, s) {
	let last = 0;
	for (const m of s.matchAll(INLINE)) {
		parent.append(s.slice(last, m.index));
		parent.append(m[1] !== undefined ? el("strong", null, m[1]) : link(t, m[2], m[3]));
		last = m.index + m[0].length;
	}
	parent.append(s.slice(last));
}

// formatText renders the protocol's formatting subset: paragraphs split by
// blank lines, lines starting with "- " as list items, **bold** and
// [title](url) links (http and https only).
function formatText(t, text) {
	const frag = document.createDocumentFragment();
	for (const block of String(text).replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
		let p = null, ul = null;
		for (const line of block.split("\n")) {
			if (line.trim() === "") continue;
			const item = /^\s*[-•]\s+(.*)$/.exec(line);
			if (item) {
				if (!ul) frag.append((ul = el("ul")));
				p = null;
				const li = el("li");
				inline(t, li, item[1]);
				ul.append(li);
				continue;
			}
			if (p) p.append(el("br"));
			else frag.append((p = el("p")));
			ul = null;
			inline(t, p, line);
		}
	}
	return frag;
}

// plainText is text without its formatting marks, for reading aloud.
function plainText(text) {
	return String(text).replace(INLINE, (m, bold, title) => (bold !== undefined ? bold : title))
		.replace(/^\s*[-•]\s+/gm, "").replace(/\s+/g, " ").trim();
}
