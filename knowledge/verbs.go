package knowledge

import (
	"slices"
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
// separable verbs put together again as far as known knows them (the
// index or the lexicon): a "zu" infinitive loses its "zu" ("umzumelden"
// → "ummelden"), and a prefix at the end of its clause is joined with
// each other word of the clause ("melde … an" → "anmelde"), the joins
// standing in the prefix's place, so that a lexicon phrase such as "mich
// anmelden" sees them. A prefix that joins no word stays, for the lexicon
// ("Perso weg"), and particle marks it: it is no word to search for ("Wer
// räumt das weg?" is not about the "WEG", the owners' association). A
// capitalised word is a noun or an abbreviation, not a prefix ("Was ist
// eine WEG?").
func questionWords(text string, known func(string) bool) (out []string, particle []bool) {
	for _, clause := range strings.FieldsFunc(text, isClauseEnd) {
		ws := Words(clause)
		for i, w := range ws {
			if verb, ok := withoutZu(w, known); ok {
				ws[i] = verb
			}
		}
		last := len(ws) - 1
		if last < 1 || !isSeparablePrefix(ws[last]) || endsCapitalised(clause) {
			out = append(out, ws...)
			particle = append(particle, make([]bool, len(ws))...)
			continue
		}
		out = append(out, ws[:last]...)
		particle = append(particle, make([]bool, last)...)
		joined := false
		for _, w := range ws[:last] {
			if isAnalyzerStopWord(w) || isSeparablePrefix(w) {
				continue
			}
			if verb := ws[last] + w; known(verb) {
				out = append(out, verb)
				particle = append(particle, false)
				joined = true
			}
		}
		if !joined {
			out = append(out, ws[last])
			particle = append(particle, true)
		}
	}
	return out, particle
}

// withoutZu returns the verb of a "zu" infinitive of a separable verb
// ("umzumelden" → "ummelden") when known knows the verb and not the word.
func withoutZu(w string, known func(string) bool) (string, bool) {
	for _, p := range separablePrefixes {
		rest, ok := strings.CutPrefix(w, p+"zu")
		if !ok || len(rest) < minPartLen {
			continue
		}
		if verb := p + rest; known(verb) && !known(w) {
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

// endsCapitalised reports whether the last word of clause has a capital
// letter, in a clause that has small ones too: in one written in capitals
// case tells nothing.
func endsCapitalised(clause string) bool {
	rs := []rune(clause)
	i := len(rs) - 1
	for i >= 0 && !unicode.IsLetter(rs[i]) {
		i--
	}
	for ; i >= 0 && unicode.IsLetter(rs[i]); i-- {
		if unicode.IsUpper(rs[i]) {
			return strings.IndexFunc(clause, unicode.IsLower) >= 0
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

// The German stemmer leaves some verb forms apart from the infinitive and
// the noun the catalogue names a service by: "ich wechsle" (wechsl) from
// "wechseln" (wechsel), "er beantragt" (beantragt) from "beantragen"
// (beantrag), the participles "angemeldet" and "zugelassen" from
// "anmelden" and "zulassen".

// withVerbForms returns the forms of the folded word w (see wordForms)
// with the stems of the infinitives w may be a form of, as far as known
// knows them: the first person of an "-eln" verb ("wechsle" → "wechseln"),
// a form in "-t" or "-et" ("beantragt", "meldet"), and a
// participle with "ge", after a separable prefix or not ("angemeldet" →
// "anmelden", "zugelassen" → "zulassen", "gekauft" → "kaufen"). They go
// between the German stem and the English one, which stays last.
func withVerbForms(w string, forms []string, known func(string) bool) []string {
	var cands []string
	if stem, ok := strings.CutSuffix(w, "le"); ok && len(stem) >= minPartLen && !isVowel(stem[len(stem)-1]) {
		cands = append(cands, stem+"eln")
	}
	base := w
	for _, p := range separablePrefixes {
		if rest, ok := strings.CutPrefix(w, p+"ge"); ok && len(rest) >= minPartLen {
			base = p + rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(w, "ge"); ok && base == w && len(rest) >= minPartLen {
		base = rest
	}
	if base != w && strings.HasSuffix(base, "en") {
		cands = append(cands, base)
	}
	if stem, ok := strings.CutSuffix(base, "t"); ok && len(stem) >= 4 {
		cands = append(cands, stem)
		if stem, ok := strings.CutSuffix(stem, "e"); ok {
			cands = append(cands, stem)
		}
	}
	return withKnownForms(forms, cands, known)
}

// withKnownForms returns forms with the German stems of those candidate
// words that known knows and forms lacks, between the German stems and the
// English one, which stays last.
func withKnownForms(forms, cands []string, known func(string) bool) []string {
	de := germanForms(forms)
	var more []string
	for _, c := range cands {
		s := stemFolded(c, "de")
		if slices.Contains(de, s) || slices.Contains(more, s) || !known(c) {
			continue
		}
		more = append(more, s)
	}
	if len(more) == 0 {
		return forms
	}
	return append(append(slices.Clip(de), more...), forms[len(forms)-1])
}

func isVowel(b byte) bool {
	return strings.IndexByte("aeiouy", b) >= 0
}
