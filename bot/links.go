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
	bareURL = regexp.MustCompile(`(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>"'()\[\]]+`)
)

// holdBack is how much text a linkFilter keeps back at most while waiting
// for a markdown link to close.
const holdBack = 400

// linkFilter passes streamed model output on, minus every URL that is not
// in allowed: a markdown link to another URL keeps only its text, a bare
// URL is dropped. It holds text back until the next whitespace (a URL never
// contains any) or, inside an open "[", until the link closes, so no part
// of an invented URL is ever emitted.
type linkFilter struct {
	allowed map[string]bool
	emit    func(string)
	pending string
	out     strings.Builder
}

func (f *linkFilter) write(s string) {
	f.pending += s
	cut := strings.LastIndexAny(f.pending, " \n\t")
	if open := unfinishedLink(f.pending); open >= 0 && len(f.pending)-open < holdBack {
		cut = min(cut, open-1)
	}
	if cut < 0 {
		return
	}
	f.pass(f.pending[:cut+1])
	f.pending = f.pending[cut+1:]
}

// unfinishedLink returns where a markdown link that may still be going on
// starts in s ("[text" or "[text](url"), or -1.
func unfinishedLink(s string) int {
	open := strings.LastIndexByte(s, '[')
	if open < 0 {
		return -1
	}
	rest := s[open:]
	closeText := strings.IndexByte(rest, ']')
	switch {
	case closeText < 0:
		return open
	case closeText == len(rest)-1:
		return open // "](" may follow
	case rest[closeText+1] == '(' && !strings.Contains(rest[closeText:], ")"):
		return open
	}
	return -1
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
