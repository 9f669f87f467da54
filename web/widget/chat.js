// Chat is one conversation as the chat protocol (docs/protocol.md) sees
// it, without any DOM: it says hello or resumes, turns frames into items
// (u: the citizen's messages, b: answers keyed by the message they reply
// to, n: notes), keeps unanswered messages in an outbox until their
// answer.end arrives, and saves all of it after every change. ui shows it.
//
// Nothing is lost or shown twice: frames at or below the last seq seen are
// skipped; on a new socket the client resumes from the last finished
// answer, so an answer cut off mid-stream is replayed from its start (or,
// if it was never stored, answered anew); every message without an answer
// is sent again with its id, which the server answers at most once.
class Chat {
	constructor(o, ui) {
		this.o = o; // tenant, lang, url, key
		this.ui = ui;
		this.state = loadState(o.key);
		this.live = false; // welcomed on the current socket
		this.seen = this.state.seq;
		this.conn = new Connection(o.url, {
			open: () => this.hello(),
			frame: (f) => this.frame(f),
			down: () => {
				this.live = false;
				this.ui.status("offline");
			},
		});
	}

	start() {
		this.conn.start();
	}

	save() {
		saveState(this.o.key, this.state);
	}

	hello() {
		const s = this.state;
		this.seen = s.seq;
		this.conn.send(s.resume ? { type: "hello", resume: s.resume, last_seq: s.seq } : { type: "hello", tenant: this.o.tenant, lang: this.o.lang });
	}

	frame(f) {
		if (f.seq) {
			if (f.seq <= this.seen) return;
			this.seen = f.seq;
		}
		if (f.type === "welcome") this.welcome(f);
		else if (f.type === "answer.start") this.begin(f);
		else if (f.type === "answer.delta") this.delta(f);
		else if (f.type === "answer.end") this.end(f);
		else if (f.type === "error") this.error(f);
	}

	welcome(f) {
		const s = this.state;
		if (!f.resumed) {
			s.resume = f.resume;
			s.seq = f.seq;
		}
		s.greeting = f.greeting || "";
		s.suggestions = f.suggestions || [];
		s.privacy = f.privacy_url || "";
		this.live = true;
		this.conn.welcomed();
		for (const m of s.outbox) this.conn.send(m);
		s.outbox = s.outbox.filter((m) => m.type === "message");
		this.save();
		this.ui.status("live");
		this.ui.meta();
		this.ui.suggest();
	}

	find(k, field, v) {
		return this.state.items.find((i) => i.k === k && i[field] === v);
	}

	// answer returns the answer item for message id, made and placed right
	// after the message if there is none yet.
	answer(id) {
		let it = this.find("b", "reply_to", id);
		if (it) return it;
		it = { k: "b", reply_to: id, text: "", done: false };
		const items = this.state.items;
		const at = items.findIndex((i) => i.k === "u" && i.id === id);
		items.splice(at < 0 ? items.length : at + 1, 0, it);
		return it;
	}

	begin(f) {
		const it = this.answer(f.reply_to);
		if (it.done) return;
		Object.assign(it, { answer_id: f.answer_id, text: "" });
		this.ui.item(it);
	}

	delta(f) {
		const it = this.find("b", "answer_id", f.answer_id);
		if (!it || it.done) return;
		it.text = (f.reset ? "" : it.text) + f.text;
		this.ui.item(it);
	}

	end(f) {
		const s = this.state;
		s.seq = f.seq;
		s.outbox = s.outbox.filter((m) => !(m.type === "message" && m.id === f.reply_to));
		const it = this.answer(f.reply_to);
		if (it.done) return this.save();
		Object.assign(it, {
			answer_id: f.answer_id, text: f.text || "", status: f.status, done: true,
			sources: f.sources || [], actions: f.actions || [], choices: f.choices || [], suggestions: f.suggestions || [],
		});
		this.save();
		const u = this.find("u", "id", f.reply_to);
		if (u) this.ui.item(u);
		this.ui.item(it);
		this.ui.suggest();
		this.ui.announce(it);
		this.ui.emit("answer", { answer_id: it.answer_id, reply_to: it.reply_to, status: it.status, text: it.text, sources: it.sources, actions: it.actions });
	}

	error(f) {
		const s = this.state;
		const m = f.reply_to && s.outbox.find((x) => x.type === "message" && x.id === f.reply_to);
		if (m) {
			// That message was not answered and will not be: say so at it.
			s.outbox = s.outbox.filter((x) => x !== m);
			const u = this.find("u", "id", m.id);
			if (u) u.failed = f.code;
			this.save();
			if (u) this.ui.item(u);
			return;
		}
		switch (f.code) {
		case "resume_invalid":
		case "resume_expired":
			// The old conversation is gone: start anew with what is unsent.
			s.items = [{ k: "n", id: newID(), key: "expired" }].concat(s.items.filter((i) => i.k === "u" && s.outbox.some((x) => x.id === i.id)));
			s.resume = "";
			s.seq = 0;
			this.seen = 0;
			this.save();
			this.ui.reset();
			this.hello();
			return;
		case "conversation_moved":
			this.conn.stop();
			this.live = false;
			this.ui.status("moved");
			return;
		case "unknown_tenant":
		case "tenant_missing":
		case "origin_not_allowed":
			this.conn.stop();
			this.live = false;
			this.ui.status("unavailable");
		}
		console.warn("citizenbot:", f.code, f.message);
	}

	ask(text, choice) {
		text = String(text || "").trim();
		if (!text) return;
		const m = { type: "message", id: newID(), text };
		if (choice) m.choice = choice;
		this.state.items.push({ k: "u", id: m.id, text });
		this.state.outbox.push(m);
		this.save();
		this.ui.item(this.state.items[this.state.items.length - 1]);
		this.ui.suggest();
		if (this.live) this.conn.send(m);
		this.conn.start();
	}

	// feedback rates an answer; comment, if given, goes with the rating.
	feedback(it, rating, comment) {
		it.rating = rating;
		const f = { type: "feedback", answer_id: it.answer_id, rating };
		if (comment !== undefined) {
			it.commented = true;
			if (comment.trim()) f.comment = comment.trim();
		}
		if (!(this.live && this.conn.send(f))) this.state.outbox.push(f);
		this.save();
		this.ui.item(it);
	}

	// restart forgets the conversation and starts a new one.
	restart() {
		this.conn.stop();
		this.live = false;
		this.state = Object.assign(freshState(), { open: this.state.open });
		this.seen = 0;
		this.save();
		this.ui.reset();
		this.conn.start();
	}

	resumeHere() {
		this.ui.status("offline");
		this.conn.start();
	}
}

// newID is a message id, unique in the conversation.
function newID() {
	const b = crypto.getRandomValues(new Uint8Array(9));
	return "m" + Array.from(b, (x) => x.toString(36).padStart(2, "0")).join("");
}
