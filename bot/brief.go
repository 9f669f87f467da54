package bot

import (
	"strings"
	"unicode/utf8"
)

// brief shortens a field of a service description to about limit characters
// (limit) for a chat answer. Catalogue fields come as paragraphs, often as short
// headings each followed by its explanation, or as lists: those become a
// list of "heading: explanation" items; a single paragraph is cut at a
// sentence end.
func brief(text string, limit int) string {
	items := fieldItems(text)
	switch len(items) {
	case 0:
		return ""
	case 1:
		return cutSentence(items[0], limit)
	}
	var b strings.Builder
	for i, it := range items {
		line := "- " + cutSentence(it, min(limit/2, 200))
		if i > 0 && utf8.RuneCountInString(b.String())+utf8.RuneCountInString(line) > limit {
			b.WriteString("\n- …")
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// fieldItems splits a field into items: non-empty lines without list
// markers, a heading (a short line without final punctuation) joined with
// the line after it.
func fieldItems(text string) []string {
	var lines []string
	for l := range strings.Lines(text) {
		l = strings.TrimSpace(l)
		for _, marker := range []string{"- ", "• ", "* ", "– "} {
			l = strings.TrimPrefix(l, marker)
		}
		l = strings.TrimSpace(l)
		if l != "" {
			lines = append(lines, l)
		}
	}
	var items []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if isHeading(l) && i+1 < len(lines) && !isHeading(lines[i+1]) {
			l = l + ": " + lines[i+1]
			i++
		}
		items = append(items, l)
	}
	return items
}

func isHeading(l string) bool {
	if utf8.RuneCountInString(l) > 60 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".:!?;,)", last)
}

// cutSentence returns s if it has at most limit characters, else its longest
// run of whole sentences that fits, else its longest run of whole words
// followed by an ellipsis.
func cutSentence(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	// One rune more, so that a sentence ending right at the limit is seen.
	cut := string([]rune(s)[:limit+1])
	end := max(strings.LastIndex(cut, ". "), strings.LastIndex(cut, "! "), strings.LastIndex(cut, "? "))
	if end > len(cut)/3 {
		return cut[:end+1]
	}
	cut = string([]rune(s)[:limit])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + " …"
}
