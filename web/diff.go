package web

import (
	"encoding/json"
	"strings"

	"citizenbot/knowledge"
)

// maxDiffLines bounds the line diff of one field: longer fields are shown
// as removed and added whole rather than compared line by line.
const maxDiffLines = 2000

// diffLine is one line of a field's diff: Op is " " (kept), "-" (removed)
// or "+" (added).
type diffLine struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// fieldDiff is how one field changed between two versions.
type fieldDiff struct {
	Field string     `json:"field"`
	Lines []diffLine `json:"lines"`
}

// diffEntries lists the fields that differ between a and b, in the
// catalogue format's order, each as a line diff.
func diffEntries(a, b knowledge.Entry) []fieldDiff {
	fa, fb := entryLines(a), entryLines(b)
	out := []fieldDiff{}
	for _, f := range entryFieldOrder {
		if fa[f] != fb[f] {
			out = append(out, fieldDiff{Field: f, Lines: diffLines(split(fa[f]), split(fb[f]))})
		}
	}
	return out
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// entryFieldOrder is the catalogue format's fields in the order of
// docs/catalog.md.
var entryFieldOrder = []string{"id", "title", "language", "region", "source", "info_url", "summary",
	"description", "prerequisites", "documents", "fees", "processing_time", "deadlines", "responsible",
	"online_services", "appointment_url", "forms", "legal_basis", "links", "keywords", "leika_key",
	"ozg_id", "topics", "updated"}

// entryLines renders every field of e as text, lists one item a line
// (links as "title <url>").
func entryLines(e knowledge.Entry) map[string]string {
	b, _ := json.Marshal(e) // strings and lists only: cannot fail
	var raw map[string]any
	json.Unmarshal(b, &raw)
	out := map[string]string{}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			out[k] = v
		case []any:
			lines := make([]string, len(v))
			for i, item := range v {
				switch it := item.(type) {
				case string:
					lines[i] = it
				case map[string]any:
					lines[i] = it["title"].(string) + " <" + it["url"].(string) + ">"
				}
			}
			out[k] = strings.Join(lines, "\n")
		}
	}
	return out
}

// diffLines is a longest-common-subsequence line diff of a and b.
func diffLines(a, b []string) []diffLine {
	if len(a) > maxDiffLines || len(b) > maxDiffLines {
		var out []diffLine
		for _, l := range a {
			out = append(out, diffLine{"-", l})
		}
		for _, l := range b {
			out = append(out, diffLine{"+", l})
		}
		return out
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []diffLine
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, diffLine{" ", a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, diffLine{"-", a[i]})
			i++
		default:
			out = append(out, diffLine{"+", b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, diffLine{"-", a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, diffLine{"+", b[j]})
	}
	return out
}
