package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// testAllowed are the URLs of the entries a model answer rests on in the
// link tests; "evil" marks every URL that is not among them.
var testAllowed = map[string]bool{
	"https://service.example.de/pass":    true,
	"https://online.example.de/antrag/":  true,
	"https://www.example.de/info":        true,
	"https://termine.example.de/buchung": true,
}

func TestScrubLinks(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"allowed markdown link kept",
			"Den Antrag gibt es [hier](https://service.example.de/pass).",
			"Den Antrag gibt es [hier](https://service.example.de/pass)."},
		{"allowed link with added trailing slash",
			"[Antrag](https://service.example.de/pass/) stellen",
			"[Antrag](https://service.example.de/pass/) stellen"},
		{"allowed link without its trailing slash",
			"Online: https://online.example.de/antrag und [hier](https://online.example.de/antrag)",
			"Online: https://online.example.de/antrag und [hier](https://online.example.de/antrag)"},
		{"disallowed markdown link keeps its text",
			"Siehe [das Formular](https://evil.example/form).",
			"Siehe das Formular."},
		{"disallowed non-web link keeps its text",
			"Schreiben Sie [eine Mail](mailto:evil@example.org).",
			"Schreiben Sie eine Mail."},
		{"disallowed relative link keeps its text",
			"Mehr [dazu](/evil/seite).",
			"Mehr dazu."},
		{"bare disallowed URL dropped, trailing punctuation kept",
			"Mehr unter https://evil.example/a/b?c=d. Oder https://evil.example, oder?",
			"Mehr unter . Oder , oder?"},
		{"bare URL in brackets and quotes dropped",
			`Siehe (https://evil.example/x) und <https://evil.example/y> und "https://evil.example/z"`,
			`Siehe () und <> und ""`},
		{"upper-case scheme dropped",
			"Siehe HTTPS://EVIL.EXAMPLE/X hier",
			"Siehe  hier"},
		{"other schemes dropped",
			"ftp://evil.example/datei oder sftp://evil.example",
			" oder "},
		{"bare allowed URL kept with trailing punctuation",
			"Beantragen: https://service.example.de/pass.",
			"Beantragen: https://service.example.de/pass."},
		{"www URL disallowed",
			"Siehe www.evil.example/pass! Danke",
			"Siehe ! Danke"},
		{"www URL of an allowed https URL kept",
			"Siehe www.example.de/info.",
			"Siehe www.example.de/info."},
		{"markdown link with a www target",
			"[Info](www.example.de/info) und [Böse](www.evil.example)",
			"[Info](www.example.de/info) und Böse"},
		{"disallowed URL as text of an allowed link",
			"[https://evil.example](https://service.example.de/pass)",
			"[](https://service.example.de/pass)"},
		{"citation marker untouched",
			"Laut [1] kostet der Pass 37,50 €.",
			"Laut [1] kostet der Pass 37,50 €."},
		{"image link keeps only its alt text",
			"![Foto](https://evil.example/bild.png)",
			"!Foto"},
		{"no links", "Der Pass kostet 37,50 Euro.", "Der Pass kostet 37,50 Euro."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scrubLinks(tt.in, testAllowed); got != tt.want {
				t.Errorf("scrubLinks(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// filterRun feeds chunks to a fresh linkFilter, flushes it and returns
// what it emitted, piece by piece, and the filter.
func filterRun(chunks ...string) ([]string, *linkFilter) {
	var pieces []string
	f := &linkFilter{allowed: testAllowed, emit: func(s string) { pieces = append(pieces, s) }}
	for _, c := range chunks {
		f.write(c)
	}
	f.flush()
	return pieces, f
}

// checkPieces checks what a filter emitted for in: the text that scrubbing
// the whole of in gives, no part of an invented URL in any piece, no empty
// or broken-UTF-8 piece, and the pieces adding up to the filter's output.
func checkPieces(t *testing.T, how, in string, pieces []string, f *linkFilter) {
	t.Helper()
	got := strings.Join(pieces, "")
	if want := scrubLinks(in, testAllowed); got != want {
		t.Errorf("%s: emitted %q\n got %q\nwant %q", how, pieces, got, want)
	}
	if got != f.out.String() {
		t.Errorf("%s: pieces add up to %q, out is %q", how, got, f.out.String())
	}
	for _, p := range pieces {
		if strings.Contains(p, "evil") {
			t.Errorf("%s: piece %q holds part of an invented URL (all pieces %q)", how, p, pieces)
		}
		if p == "" || !utf8.ValidString(p) {
			t.Errorf("%s: bad piece %q", how, p)
		}
	}
}

func TestLinkFilterAnyChunking(t *testing.T) {
	inputs := []string{
		"Den Antrag finden Sie [hier](https://evil.example/antrag). Der Pass kostet 37,50 €.",
		"Mehr unter https://evil.example/a/b?c=d, oder [online](https://service.example.de/pass) beantragen.",
		"Siehe www.evil.example und\n[1] https://online.example.de/antrag/\n",
		"Laut [1] kostet er [Gebühren](https://evil.example/fees)\n- **Termin:** [buchen](https://termine.example.de/buchung)",
		"**Unterlagen:**\n- Personalausweis\n- Foto ([Vorgaben](mailto:evil@example.org))\n\nSiehe [Seite](https://evil.example/x)",
		"Zuständig ist das Bürgeramt: www.example.de/info.\tTermine: https://evil.example/termin",
	}
	for _, in := range inputs {
		t.Run(in[:20], func(t *testing.T) {
			pieces, f := filterRun(in)
			checkPieces(t, "whole", in, pieces, f)
			whole := strings.Join(pieces, "")

			bytes := make([]string, len(in))
			for i := 0; i < len(in); i++ {
				bytes[i] = in[i : i+1]
			}
			pieces, f = filterRun(bytes...)
			checkPieces(t, "1-byte chunks", in, pieces, f)
			if got := strings.Join(pieces, ""); got != whole {
				t.Errorf("1-byte chunks give %q, whole text %q", got, whole)
			}

			for i := 0; i <= len(in); i++ {
				pieces, f := filterRun(in[:i], in[i:])
				checkPieces(t, "split at "+in[:i]+"|", in, pieces, f)
				if got := strings.Join(pieces, ""); got != whole {
					t.Errorf("split at %d gives %q, whole text %q", i, got, whole)
				}
			}
		})
	}
}

// TestLinkFilterStreams checks that text is passed on as it comes, held
// back only while it may still become a link.
func TestLinkFilterStreams(t *testing.T) {
	tests := []struct {
		name   string
		chunks []string
		want   string // emitted before the flush
	}{
		{"words pass at whitespace", []string{"Der Pass ", "kostet 37"}, "Der Pass kostet "},
		{"a started URL is held", []string{"Siehe https://ev", "il.example/x"}, "Siehe "},
		{"an open link is held", []string{"Siehe [das ", "Formular]("}, "Siehe "},
		{"a citation passes once text follows", []string{"Laut [1]", " kostet er"}, "Laut [1] kostet "},
		{"a citation at a chunk end waits for what follows", []string{"Laut [1]"}, "Laut "},
		{"a closed link passes", []string{"Siehe [hier](https://service.example.de/pass) ", "und"},
			"Siehe [hier](https://service.example.de/pass) "},
		{"an unclosed bracket is held no longer than holdBack",
			[]string{"Array [" + strings.Repeat("ab ", holdBack/3+1)}, "Array [" + strings.Repeat("ab ", holdBack/3+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got strings.Builder
			f := &linkFilter{allowed: testAllowed, emit: func(s string) { got.WriteString(s) }}
			for _, c := range tt.chunks {
				f.write(c)
			}
			if got.String() != tt.want {
				t.Errorf("before flush emitted %q, want %q", got.String(), tt.want)
			}
			f.flush()
			if all := strings.Join(tt.chunks, ""); got.String() != scrubLinks(all, testAllowed) {
				t.Errorf("after flush emitted %q, want %q", got.String(), scrubLinks(all, testAllowed))
			}
		})
	}
}

// TestLinkFilterMultiWordLinkText splits links whose text has spaces at
// every position: however the stream is cut, the output is the whole
// text's, and no invented target gets through.
func TestLinkFilterMultiWordLinkText(t *testing.T) {
	for _, in := range []string{
		"Siehe [das Formular](https://evil.example/form)",
		"Siehe [das Formular](mailto:evil@example.org). Danke",
		"Siehe [das Formular](evil.example/form). Danke",
		"Siehe _https://evil.example/x_ hier",
	} {
		want := scrubLinks(in, testAllowed)
		if strings.Contains(want, "evil") {
			t.Errorf("scrubLinks(%q) = %q keeps an invented link", in, want)
		}
		for i := 0; i <= len(in); i++ {
			pieces, _ := filterRun(in[:i], in[i:])
			if got := strings.Join(pieces, ""); got != want {
				t.Errorf("%q split at %d: got %q, want %q", in, i, got, want)
				break
			}
		}
	}
}
