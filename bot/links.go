package bot

import (
	"regexp"
	"strings"
)

var (
	// markdownLink is [text](target).
	markdownLink = regexp.MustCompile(`\[([^\[\]]*)\]\(([^()\s]*)\)`)
	// bareURL is anything that a reader or a renderer could take for a web
	// address: with a scheme, or starting with www.
	bareURL = regexp.MustCompile(`(?i)(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>"'()\[\]]+`)
)

// holdBack is how much text a linkFilter keeps back at most while waiting
// for a markdown link to close.
const holdBack = 400

// linkFilter passes streamed model output on, minus every URL that is not
// in allowed: a markdown link to another URL keeps only its text, a bare
// URL is dropped. It holds text back until the next whitespace outside a
// markdown link (a URL never contains any), so every link is judged whole
// and no part of an invented URL is ever emitted.
type linkFilter struct {
	allowed map[string]bool
	emit    func(string)
	pending string
	out     strings.Builder
}

func (f *linkFilter) write(s string) {
	f.pending += s
	cut := safeCut(f.pending)
	if cut < 0 {
		return
	}
	f.pass(f.pending[:cut+1])
	f.pending = f.pending[cut+1:]
}

// safeCut returns the last whitespace in s that lies outside any markdown
// link, complete or not ("[text](url)", "[text", "[text](ur"), or -1. Text
// in brackets longer than holdBack is taken for plain text.
func safeCut(s string) int {
	const (
		plain = iota
		inText
		afterText
		inTarget
	)
	cut, state, start := -1, plain, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '[':
			state, start = inText, i
		case c == ']' && state == inText:
			state = afterText
		case c == '(' && state == afterText:
			state = inTarget
		case c == ')' && state == inTarget:
			state = plain
		case state == afterText:
			state = plain
		}
		if c == ' ' || c == '\n' || c == '\t' {
			if state == inTarget {
				state = plain // a target has no whitespace: not a link
			}
			if state == plain || i-start >= holdBack {
				cut = i
			}
		}
	}
	return cut
}

// flush passes on what was held back; call it when the stream ends.
func (f *linkFilter) flush() {
	f.pass(f.pending)
	f.pending = ""
}

func (f *linkFilter) pass(s string) {
	s = scrubLinks(s, f.allowed)
	if s == "" {
		return
	}
	f.out.WriteString(s)
	f.emit(s)
}

// scrubLinks removes from s the links whose URL is not allowed.
func scrubLinks(s string, allowed map[string]bool) string {
	s = markdownLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := markdownLink.FindStringSubmatch(m)
		if urlAllowed(sub[2], allowed) {
			return m
		}
		return sub[1]
	})
	return bareURL.ReplaceAllStringFunc(s, func(m string) string {
		u := strings.TrimRight(m, ".,;:!?")
		if urlAllowed(u, allowed) {
			return m
		}
		return m[len(u):]
	})
}

func urlAllowed(u string, allowed map[string]bool) bool {
	if strings.HasPrefix(strings.ToLower(u), "www.") {
		return urlAllowed("https://"+u, allowed) || urlAllowed("http://"+u, allowed)
	}
	return allowed[u] || allowed[strings.TrimSuffix(u, "/")] || allowed[u+"/"]
}
