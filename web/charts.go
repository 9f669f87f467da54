package web

import (
	"fmt"
	"html/template"
	"strings"

	"citizenbot/knowledge"
)

// charts are the dashboard's charts as inline SVG, drawn here so that the
// console needs no chart library and no CDN. Each chart has a text
// alternative (aria-label) and the page shows the figures as tables too.
type charts struct {
	Daily, Shares, Top, Feedback template.HTML
}

// Chart colours: dark enough for 3:1 contrast against white (WCAG 1.4.11).
const (
	colAnswered = "#1b6e3a"
	colClarify  = "#8a5a00"
	colNoAnswer = "#b3261e"
	colBar      = "#1d4f91"
)

func drawCharts(d knowledge.Dashboard) charts {
	return charts{
		Daily:    dailyChart(d.Days),
		Shares:   stackChart("Anteile der Antworten", []part{{"beantwortet", d.Answered, colAnswered}, {"Rückfrage", d.Clarify, colClarify}, {"keine Antwort", d.NoAnswer, colNoAnswer}}),
		Feedback: stackChart("Bewertungen", []part{{"hilfreich", d.RatedUp, colAnswered}, {"nicht hilfreich", d.RatedDown, colNoAnswer}}),
		Top:      topChart(d.TopServices),
	}
}

var esc = template.HTMLEscapeString

// dailyChart draws one stacked bar a day: answered, clarify, no answer.
func dailyChart(days []knowledge.DayCount) template.HTML {
	const w, h, pad, bottom = 720, 200, 30, 24
	most := 1
	for _, d := range days {
		most = max(most, d.Answered+d.Clarify+d.NoAnswer)
	}
	total := 0
	var b strings.Builder
	slot := float64(w-pad) / float64(max(len(days), 1))
	for i, d := range days {
		x := float64(pad) + float64(i)*slot
		y := float64(h - bottom)
		for _, p := range []part{{"beantwortet", d.Answered, colAnswered}, {"Rückfrage", d.Clarify, colClarify}, {"keine Antwort", d.NoAnswer, colNoAnswer}} {
			if p.n == 0 {
				continue
			}
			bh := float64(p.n) / float64(most) * float64(h-bottom-10)
			y -= bh
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %d %s</title></rect>`,
				x+1, y, max(slot-2, 1), bh, p.col, esc(d.Day), p.n, esc(p.label))
		}
		total += d.Answered + d.Clarify + d.NoAnswer
		if i == 0 || i == len(days)-1 || len(days) <= 10 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="11" text-anchor="middle">%s</text>`, x+slot/2, h-6, esc(d.Day[5:]))
		}
	}
	fmt.Fprintf(&b, `<text x="2" y="14" font-size="11">%d</text><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#444"/>`, most, pad, h-bottom, w, h-bottom)
	label := fmt.Sprintf("Fragen pro Tag, %d Tage, zusammen %d, höchstens %d an einem Tag", len(days), total, most)
	return svg(w, h, label, b.String())
}

// part is one segment of a stacked bar.
type part struct {
	label string
	n     int
	col   string
}

// stackChart draws one horizontal bar split into parts, with a legend.
func stackChart(title string, parts []part) template.HTML {
	const w, h = 720, 64
	total := 0
	for _, p := range parts {
		total += p.n
	}
	var b, label strings.Builder
	label.WriteString(title + ": ")
	x := 0.0
	for i, p := range parts {
		share := 0.0
		if total > 0 {
			share = float64(p.n) / float64(total)
		}
		if p.n > 0 {
			fmt.Fprintf(&b, `<rect x="%.1f" y="0" width="%.1f" height="28" fill="%s"><title>%s: %d (%.0f %%)</title></rect>`,
				x, share*w, p.col, esc(p.label), p.n, share*100)
		}
		x += share * w
		fmt.Fprintf(&b, `<rect x="%d" y="40" width="12" height="12" fill="%s"/><text x="%d" y="51" font-size="12">%s: %d (%.0f %%)</text>`,
			i*240, p.col, i*240+16, esc(p.label), p.n, share*100)
		fmt.Fprintf(&label, "%s %d (%.0f %%); ", p.label, p.n, share*100)
	}
	if total == 0 {
		b.WriteString(`<rect x="0" y="0" width="720" height="28" fill="#e8e8e8"/>`)
	}
	return svg(w, h, strings.TrimSuffix(label.String(), "; "), b.String())
}

// topChart draws the most asked-for services as horizontal bars.
func topChart(top []knowledge.ServiceCount) template.HTML {
	const w, row = 720, 24
	h := max(len(top), 1) * row
	most := 1
	for _, t := range top {
		most = max(most, t.Count)
	}
	var b, label strings.Builder
	label.WriteString("Meistgefragte Leistungen: ")
	for i, t := range top {
		y := i * row
		title := []rune(t.Title)
		if len(title) > 48 {
			title = append(title[:47], '…')
		}
		bw := float64(t.Count) / float64(most) * 330
		fmt.Fprintf(&b, `<text x="0" y="%d" font-size="12">%s</text><rect x="380" y="%d" width="%.1f" height="16" fill="%s"/><text x="%.1f" y="%d" font-size="12">%d</text>`,
			y+15, esc(string(title)), y+3, bw, colBar, 384+bw, y+15, t.Count)
		fmt.Fprintf(&label, "%s %d; ", t.Title, t.Count)
	}
	if len(top) == 0 {
		label.WriteString("noch keine")
	}
	return svg(w, h, strings.TrimSuffix(label.String(), "; "), b.String())
}

func svg(w, h int, label, body string) template.HTML {
	return template.HTML(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="100%%" role="img" aria-label="%s" class="chart">%s</svg>`,
		w, h, esc(label), body))
}
