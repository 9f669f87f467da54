// The conversation survives reloads and navigation within the site: its
// resume token, the last answer's seq, what was said and what is still to
// be sent are kept in the tab's session storage, one entry per tenant and
// language (a page in another language has a conversation of its own).
// Session storage ends with the tab; nothing goes into cookies.

// MAX_ITEMS bounds what is kept of a long conversation.
const MAX_ITEMS = 200;

function freshState() {
	return { resume: "", seq: 0, open: false, greeting: "", suggestions: [], privacy: "", items: [], outbox: [] };
}

function loadState(key) {
	try {
		const s = JSON.parse(sessionStorage.getItem(key));
		if (s && Array.isArray(s.items) && Array.isArray(s.outbox)) return Object.assign(freshState(), s);
	} catch {
		// storage blocked or damaged: start afresh
	}
	return freshState();
}

function saveState(key, state) {
	state.items = state.items.slice(-MAX_ITEMS);
	try {
		sessionStorage.setItem(key, JSON.stringify(state));
	} catch {
		// storage blocked or full: the conversation lasts as long as the page
	}
}
