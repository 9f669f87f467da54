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

// questionWords returns the folded words of a question, with its
// separable verbs put together again as far as the index or the lexicon
// knows them: a "zu" infinitive loses its "zu" ("umzumelden" → "ummelden"),
// and a prefix at the end of its clause is joined with each other word of
// the clause ("melde … an" → "anmelde"), the joins standing in the prefix's
// place, so that a lexicon phrase such as "mich anmelden" sees them.
func (x *wordIndex) questionWords(text string, lex *Lexicon) []string {
	var out []string
	for _, clause := range strings.FieldsFunc(text, isClauseEnd) {
		ws := Words(clause)
		for i, w := range ws {
			if verb, ok := x.withoutZu(w, lex); ok {
				ws[i] = verb
			}
		}
		last := len(ws) - 1
		if last < 1 || !isSeparablePrefix(ws[last]) {
			out = append(out, ws...)
			continue
		}
		out = append(out, ws[:last]...)
		joined := false
		for _, w := range ws[:last] {
			if isAnalyzerStopWord(w) || isSeparablePrefix(w) {
				continue
			}
			if verb := ws[last] + w; x.knows(verb, lex) {
				out = append(out, verb)
				joined = true
			}
		}
		if !joined {
			out = append(out, ws[last])
		}
	}
	return out
}

// withoutZu returns the verb of a "zu" infinitive of a separable verb
// ("umzumelden" → "ummelden") when the index or the lexicon knows the verb
// and not the word.
func (x *wordIndex) withoutZu(w string, lex *Lexicon) (string, bool) {
	for _, p := range separablePrefixes {
		rest, ok := strings.CutPrefix(w, p+"zu")
		if !ok || len(rest) < minPartLen {
			continue
		}
		if verb := p + rest; x.knows(verb, lex) && !x.knows(w, lex) {
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
