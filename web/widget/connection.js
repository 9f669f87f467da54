// Connection keeps one websocket to the chat server open: it reconnects by
// itself with exponential backoff and jitter, and at once when the browser
// says it is online again. What to say on a new socket and what to do with
// frames is the chat's business (handlers open, frame, down).
class Connection {
	constructor(url, handlers) {
		this.url = url;
		this.h = handlers;
		this.ws = null;
		this.tries = 0;
		this.timer = 0;
		this.stopped = true;
		this.online = () => this.now();
		window.addEventListener("online", this.online);
	}

	start() {
		if (!this.stopped) return;
		this.stopped = false;
		this.open();
	}

	open() {
		clearTimeout(this.timer);
		let ws;
		try {
			ws = new WebSocket(this.url);
		} catch {
			this.retry();
			return;
		}
		this.ws = ws;
		ws.onopen = () => ws === this.ws && this.h.open();
		ws.onmessage = (e) => {
			if (ws !== this.ws) return;
			let f;
			try {
				f = JSON.parse(e.data);
			} catch {
				return;
			}
			if (f && typeof f.type === "string") this.h.frame(f);
		};
		ws.onclose = (e) => {
			if (ws !== this.ws) return;
			this.ws = null;
			this.h.down(e.code);
			if (!this.stopped) this.retry();
		};
	}

	// retry waits between half and all of 0.5 s × 2^tries (at most 30 s):
	// clients that lost the same server do not all come back at once.
	retry() {
		const span = Math.min(30000, 500 * 2 ** this.tries++);
		this.timer = setTimeout(() => this.open(), span / 2 + (Math.random() * span) / 2);
	}

	// welcomed resets the backoff once the server has really accepted us.
	welcomed() {
		this.tries = 0;
	}

	now() {
		if (this.stopped || this.ws) return;
		this.tries = 0;
		this.open();
	}

	send(frame) {
		if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
		this.ws.send(JSON.stringify(frame));
		return true;
	}

	stop() {
		this.stopped = true;
		clearTimeout(this.timer);
		const ws = this.ws;
		this.ws = null;
		if (ws) ws.close(1000);
	}
}
