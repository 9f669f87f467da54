package knowledge

import (
	"strings"
	"unicode/utf8"
)

// MaxChunkLen is the length in characters a chunk's body aims to stay
// under. Shorter chunks make a long entry findable by a detail buried in it
// without drowning that detail in the rest of the text.
const MaxChunkLen = 900

// Chunk is a searchable piece of an entry. The head chunk (Ord 0) carries
// only the title and keywords, so that a short query naming the service meets
// a vector not diluted by long text; the others carry one section each,
// split at paragraph and sentence boundaries when long.
type Chunk struct {
	Ord     int
	Section string // "head", "summary", "description", ...
	Heading string // words weighted highest in full-text search
	Body    string
	// Embed is the text the embedder sees: the body put in context with
	// the entry's title and the section's name.
	Embed string
}

var sectionLabels = map[string][2]string{ // section: {German, English}
	"summary":         {"Kurz gesagt", "In short"},
	"description":     {"Beschreibung", "Description"},
	"prerequisites":   {"Voraussetzungen", "Requirements"},
	"documents":       {"Erforderliche Unterlagen", "Documents required"},
	"fees":            {"Gebühren", "Fees"},
	"processing_time": {"Bearbeitungsdauer", "Processing time"},
	"deadlines":       {"Fristen", "Deadlines"},
	"responsible":     {"Zuständige Stelle", "Responsible office"},
}

// Chunks splits the entry into chunks in a fixed order; the same entry
// always gives the same chunks.
func (e *Entry) Chunks() []Chunk {
	heading := e.Title
	if len(e.Keywords) > 0 {
		heading += "\n" + strings.Join(e.Keywords, ", ")
	}
	chunks := []Chunk{{Section: "head", Heading: heading, Embed: heading}}

	lang := 0
	if strings.HasPrefix(e.Language, "en") {
		lang = 1
	}
	for _, s := range []struct{ name, text string }{
		{"summary", strings.TrimSpace(e.Summary + "\n\n" + strings.Join(e.Topics, ", "))},
		{"description", e.Description},
		{"prerequisites", e.Prerequisites},
		{"documents", e.Documents},
		{"fees", e.Fees},
		{"processing_time", e.ProcessingTime},
		{"deadlines", e.Deadlines},
		{"responsible", e.Responsible},
	} {
		label := sectionLabels[s.name][lang]
		for _, piece := range splitText(s.text, MaxChunkLen) {
			chunks = append(chunks, Chunk{
				Section: s.name,
				Body:    piece,
				Embed:   e.Title + " – " + label + ":\n" + piece,
			})
		}
	}
	for i := range chunks {
		chunks[i].Ord = i
	}
	return chunks
}

// splitText cuts text into pieces of at most max characters, preferring
// paragraph breaks, then sentence ends, then spaces. Blank input gives none.
func splitText(text string, max int) []string {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	var pieces []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			pieces = append(pieces, s)
		}
		cur.Reset()
	}
	for _, para := range strings.Split(text, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		if utf8.RuneCountInString(cur.String())+utf8.RuneCountInString(para)+2 > max {
			flush()
		}
		for utf8.RuneCountInString(para) > max {
			cut := cutPoint(para, max)
			cur.WriteString(para[:cut])
			flush()
			para = strings.TrimSpace(para[cut:])
		}
		if cur.Len() > 0 {
			cur.WriteString("\n\n")
		}
		cur.WriteString(para)
	}
	flush()
	return pieces
}

// cutPoint returns a byte offset at most max runes into s, at the last
// sentence end or space before it, or exactly there if s has neither.
func cutPoint(s string, max int) int {
	limit := len(s)
	n := 0
	for i := range s {
		if n == max {
			limit = i
			break
		}
		n++
	}
	window := s[:limit]
	if i := strings.LastIndexAny(window, ".!?;"); i > limit/2 {
		return i + 1
	}
	if i := strings.LastIndexByte(window, ' '); i > limit/2 {
		return i + 1
	}
	return limit
}
