// Tenant colours, made readable. A tenant names one primary colour; the
// widget derives from it a text colour for use on it and an accent for
// links and focus rings on light backgrounds, each with a contrast of at
// least 4.5:1 (WCAG 2.1 AA), whatever colour the tenant chose.

const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
const SURFACE = [241, 243, 245]; // the bot's bubbles, the darkest light background

function luminance(rgb) {
	const [r, g, b] = rgb.map((v) => {
		v /= 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
	const x = luminance(a), y = luminance(b);
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// parseColour reads any CSS colour through the computed style of an
// element put into parent for a moment; null if it is not one.
function parseColour(value, parent) {
	const probe = document.createElement("span");
	probe.style.color = value;
	if (!probe.style.color) return null;
	parent.append(probe);
	const m = getComputedStyle(probe).color.match(/[\d.]+/g);
	probe.remove();
	return m && m.length >= 3 ? m.slice(0, 3).map((v) => Math.round(Number(v))) : null;
}

// themeColours returns the custom properties for primary colour value, or
// null when value is no colour.
function themeColours(value, parent) {
	const c = parseColour(value, parent);
	if (!c) return null;
	const on = contrast(c, WHITE) >= contrast(c, BLACK) ? WHITE : BLACK;
	let accent = c;
	while (contrast(accent, SURFACE) < 4.5) accent = accent.map((v) => Math.floor(v * 0.9));
	const css = (rgb) => `rgb(${rgb.join(",")})`;
	return { "--cb-primary": css(c), "--cb-on-primary": css(on), "--cb-accent": css(accent) };
}
