// The demo page's buttons ask the assistant through the widget's
// JavaScript API (docs/widget.md).
document.addEventListener("click", (e) => {
	const b = e.target.closest("[data-ask]");
	if (b && window.CitizenBot) window.CitizenBot.ask(b.dataset.ask);
});
