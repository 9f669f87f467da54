package knowledge

// The German Snowball stemmer (snowballstem.org, algorithms/german, in its
// current form that reads "ae", "oe" and "ue" as umlauts and knows the
// "-erin"/"-erinnen" endings). github.com/kljensen/snowball has no German, so
// it lives here; it is written from the published algorithm. Regions and
// positions count runes.

// stemGerman returns the stem of a folded, lower-case German word.
func stemGerman(word string) string {
	w := germanPrelude([]rune(word))
	p1, p2 := germanRegions(w)
	w = germanStep1(w, p1)
	w = germanStep2(w, p1)
	w = germanStep3(w, p1, p2)
	for i, r := range w {
		switch r {
		case 'U', 'ü':
			w[i] = 'u'
		case 'Y':
			w[i] = 'y'
		case 'ä':
			w[i] = 'a'
		case 'ö':
			w[i] = 'o'
		}
	}
	return string(w)
}

func germanVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü':
		return true
	}
	return false
}

// germanPrelude protects "u" and "y" between vowels (upper case marks them as
// consonants, so "Steuer" keeps its "eue"), then reads "ae", "oe" and "ue"
// (but not the "ue" of "que") as umlauts and "ß" as "ss".
func germanPrelude(w []rune) []rune {
	for i := 1; i+1 < len(w); i++ {
		if (w[i] == 'u' || w[i] == 'y') && germanVowel(w[i-1]) && germanVowel(w[i+1]) {
			w[i] -= 'a' - 'A'
		}
	}
	out := make([]rune, 0, len(w)+1)
	for i := 0; i < len(w); i++ {
		r := w[i]
		if i+1 < len(w) {
			switch {
			case r == 'q' && w[i+1] == 'u':
				out = append(out, 'q', 'u')
				i++
				continue
			case w[i+1] == 'e' && (r == 'a' || r == 'o' || r == 'u'):
				out = append(out, germanUmlaut(r))
				i++
				continue
			}
		}
		if r == 'ß' {
			out = append(out, 's', 's')
			continue
		}
		out = append(out, r)
	}
	return out
}

func germanUmlaut(r rune) rune {
	switch r {
	case 'a':
		return 'ä'
	case 'o':
		return 'ö'
	}
	return 'ü'
}

// germanRegions returns the starts of R1 and R2: R1 begins after the first
// consonant that follows a vowel, but not before the fourth letter; R2 is the
// same rule applied again inside R1. An empty region starts at len(w).
func germanRegions(w []rune) (p1, p2 int) {
	p1, p2 = len(w), len(w)
	if len(w) < 3 {
		return p1, p2
	}
	after := func(from int) int {
		for i := from; i < len(w); i++ {
			if !germanVowel(w[i]) {
				continue
			}
			for j := i + 1; j < len(w); j++ {
				if !germanVowel(w[j]) {
					return j + 1
				}
			}
			return -1
		}
		return -1
	}
	r1 := after(0)
	if r1 < 0 {
		return p1, p2
	}
	p1 = max(r1, 3)
	if r2 := after(r1); r2 >= 0 {
		p2 = r2
	}
	return p1, p2
}

// germanEndsWith reports whether w[:end] ends with the ASCII suffix suf.
func germanEndsWith(w []rune, end int, suf string) bool {
	if end < len(suf) {
		return false
	}
	for i := 0; i < len(suf); i++ {
		if w[end-len(suf)+i] != rune(suf[i]) {
			return false
		}
	}
	return true
}

// germanLongest returns the longest of suffixes (listed longest first) that
// w ends with, and where it starts; "" and -1 if none does.
func germanLongest(w []rune, suffixes []string) (string, int) {
	for _, s := range suffixes {
		if germanEndsWith(w, len(w), s) {
			return s, len(w) - len(s)
		}
	}
	return "", -1
}

// germanStep1 removes inflectional endings (-em, -er, -en, -es, -e, -s,
// -erin, -erinnen) that lie in R1.
func germanStep1(w []rune, p1 int) []rune {
	suf, at := germanLongest(w, []string{"erinnen", "erin", "lns", "ern", "em", "en", "er", "es", "ln", "e", "s"})
	if at < 0 || at < p1 {
		return w
	}
	switch suf {
	case "em":
		if germanEndsWith(w, at, "syst") {
			return w
		}
		return w[:at]
	case "erinnen", "erin", "ern", "er":
		return w[:at]
	case "e", "en", "es":
		w = w[:at]
		if germanEndsWith(w, len(w), "niss") {
			w = w[:len(w)-1]
		}
		return w
	case "s":
		if at > 0 && germanSEnding(w[at-1]) {
			return w[:at]
		}
		return w
	default: // "ln", "lns"
		return append(w[:at], 'l')
	}
}

func germanSEnding(r rune) bool {
	switch r {
	case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't':
		return true
	}
	return false
}

// germanStep2 removes -en, -er, -est, -et and -st that lie in R1.
func germanStep2(w []rune, p1 int) []rune {
	suf, at := germanLongest(w, []string{"est", "en", "er", "et", "st"})
	if at < 0 || at < p1 {
		return w
	}
	switch suf {
	case "st":
		// The letter before "st" must be a valid st-ending with at least
		// three letters before it.
		if at >= 4 && germanSEnding(w[at-1]) && w[at-1] != 'r' {
			return w[:at]
		}
		return w
	case "et":
		if at == 0 || !germanEtEnding(w[at-1]) {
			return w
		}
		for _, keep := range []string{"tick", "plan", "geordn", "intern", "tr"} {
			if germanEndsWith(w, at, keep) {
				return w
			}
		}
		return w[:at]
	default:
		return w[:at]
	}
}

func germanEtEnding(r rune) bool {
	switch r {
	case 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'r', 's', 't', 'U', 'z', 'ä':
		return true
	}
	return false
}

// germanStep3 removes derivational suffixes (-ung, -end, -ig, -ik, -isch,
// -lich, -heit, -keit) that lie in R2.
func germanStep3(w []rune, p1, p2 int) []rune {
	suf, at := germanLongest(w, []string{"isch", "lich", "heit", "keit", "end", "ung", "ig", "ik"})
	if at < 0 || at < p2 {
		return w
	}
	switch suf {
	case "end", "ung":
		w = w[:at]
		if ig := len(w) - 2; germanEndsWith(w, len(w), "ig") && ig >= p2 && (ig == 0 || w[ig-1] != 'e') {
			w = w[:ig]
		}
		return w
	case "ig", "ik", "isch":
		if at > 0 && w[at-1] == 'e' {
			return w
		}
		return w[:at]
	case "lich", "heit":
		w = w[:at]
		if n := len(w) - 2; n >= p1 && (germanEndsWith(w, len(w), "er") || germanEndsWith(w, len(w), "en")) {
			w = w[:n]
		}
		return w
	default: // "keit"
		w = w[:at]
		if n := len(w) - 4; n >= p2 && germanEndsWith(w, len(w), "lich") {
			return w[:n]
		}
		if n := len(w) - 2; n >= p2 && germanEndsWith(w, len(w), "ig") {
			return w[:n]
		}
		return w
	}
}
