package knowledge

import (
	"strings"
	"unicode"
)

// German splits verbs with a separable prefix: "anmelden" becomes "Wie
// melde ich mich an?", "ummelden" becomes "um mich umzumelden". The
// catalogue names services by the whole verb or its noun ("Anmeldung"), so
// search puts the verb together again.

// separablePrefixes are the prefixes a German verb leaves at the end of
// its clause, in folded form.
var separablePrefixes = []string{"ab", "an", "auf", "aus", "bei", "ein", "fest", "los", "mit",
	"nach", "um", "vor", "weg", "zu", "zurueck"}

// rejoinedVerbs returns the verbs of text whose prefix stands at the end of
// their clause, joined again ("melde … an" → "anmelde"): every other word of
// the clause is tried with the prefix, and only joins the index or the
// lexicon knows are kept.
func (x *wordIndex) rejoinedVerbs(text string, lex *Lexicon) []string {
	var out []string
	for _, clause := range strings.FieldsFunc(text, isClauseEnd) {
		ws := Words(clause)
		if len(ws) < 2 {
			continue
		}
		prefix := ws[len(ws)-1]
		if !isSeparablePrefix(prefix) {
			continue
		}
		for _, w := range ws[:len(ws)-1] {
			if isAnalyzerStopWord(w) || isSeparablePrefix(w) {
				continue
			}
			if joined := prefix + w; x.knows(joined, lex) {
				out = append(out, joined)
			}
		}
	}
	return out
}

// withoutZu returns the verb of a "zu" infinitive of a separable verb
// ("umzumelden" → "ummelden") when the index or the lexicon knows the verb
// and not the word.
func (x *wordIndex) withoutZu(w string, lex *Lexicon) (string, bool) {
	if x.knows(w, lex) {
		return "", false
	}
	for _, p := range separablePrefixes {
		rest, ok := strings.CutPrefix(w, p+"zu")
		if !ok || len(rest) < minPartLen {
			continue
		}
		if verb := p + rest; x.knows(verb, lex) {
			return verb, true
		}
	}
	return "", false
}

func isSeparablePrefix(w string) bool {
	for _, p := range separablePrefixes {
		if w == p {
			return true
		}
	}
	return false
}

// isClauseEnd reports whether r ends a clause: sentence punctuation, a
// comma, a dash or a line break.
func isClauseEnd(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '(', ')', '\n', '–', '—':
		return true
	}
	return unicode.Is(unicode.Zl, r)
}
