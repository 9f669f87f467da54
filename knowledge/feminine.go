package knowledge

import "strings"

// Catalogues name a profession by its masculine form or with a gender
// slash ("Immobilienmakler", "Altenpfleger/in"); citizens write the form
// they are ("Immobilienmaklerin", "Ärztin", "Erzieherinnen"). The German
// stemmer keeps the two apart.

// withFeminineForms returns the forms of the folded word w (see wordForms)
// with, for a word in "-in" or "-innen", the stem of the word without the
// ending, also with its last umlaut undone ("aerztin" → "arzt",
// "anwaeltin" → "anwalt"), as far as known knows that word (see
// withKnownForms). They go between the German stem and the English one,
// which stays last.
func withFeminineForms(w string, forms []string, known func(string) bool) []string {
	stem, ok := strings.CutSuffix(w, "innen")
	if !ok {
		stem, ok = strings.CutSuffix(w, "in")
	}
	if !ok || len(stem) < minFeminineStem {
		return forms
	}
	cands := []string{stem}
	for _, u := range []string{"ae", "oe", "ue"} {
		if i := strings.LastIndex(stem, u); i >= 0 {
			cands = append(cands, stem[:i]+u[:1]+stem[i+len(u):])
		}
	}
	return withKnownForms(forms, cands, known)
}

// minFeminineStem is the shortest word a feminine form is read back to:
// "Termin" is no female "Term".
const minFeminineStem = 5
