package knowledge

import (
	"math/bits"
	"slices"
)

// Citizens type in a hurry: "Führerschien", "Meldebescheiningung",
// "Privatinsolvens". A question word that neither the catalogue nor the
// lexicon knows, and that is no compound of known words, is read as the
// catalogue word it is one typo away from (two for long words): a letter
// left out, added, changed, or two letters swapped. Of several such words
// the most frequent in the catalogue wins. Failing that, it is read as a
// word of a lexicon phrase it is a typo of ("Privatinsolvenz", the
// "disappeared" of "disappeared years ago"). The first letter must agree,
// which people rarely get wrong, and short words are left alone, since
// among short words one typo leads to too many others.

// Typo limits, in bytes of the folded word.
const (
	minTypoLen     = 8  // shorter words are never corrected
	twoTyposMinLen = 10 // from this length, two typos are allowed
)

// vocabulary holds words by first byte and length, for correction.
type vocabulary map[vocabKey][]vocabWord

type vocabKey struct {
	first  byte
	length int
}

// vocabWord is a word with the set of letters it has, a bit per letter: an
// edit changes at most two bits, so words whose sets differ in more bits
// than twice the allowed typos are passed over without comparing them.
type vocabWord struct {
	word    string
	letters uint32
}

func letterSet(w string) uint32 {
	var m uint32
	for i := range len(w) {
		if c := w[i]; 'a' <= c && c <= 'z' {
			m |= 1 << (c - 'a')
		} else {
			m |= 1 << 26
		}
	}
	return m
}

func newVocabulary(freq map[string]int) vocabulary {
	v := vocabulary{}
	for w := range freq {
		v.add(w)
	}
	return v
}

// add adds the folded word w, if it is long enough to be a correction and
// not there yet.
func (v vocabulary) add(w string) {
	if len(w) < minTypoLen-1 {
		return
	}
	k := vocabKey{w[0], len(w)}
	if !slices.ContainsFunc(v[k], func(o vocabWord) bool { return o.word == w }) {
		v[k] = append(v[k], vocabWord{w, letterSet(w)})
	}
}

// correct returns the word of v that w is a typo of, or "" when there is
// none. freq gives each word's frequency, to choose among several (nil: all
// alike); of equally frequent ones the first in byte order wins, so that
// the choice does not depend on the order of v.
func (v vocabulary) correct(w string, freq map[string]int) string {
	if len(w) < minTypoLen {
		return ""
	}
	limit := 1
	if len(w) >= twoTyposMinLen {
		limit = 2
	}
	best, bestDist := "", limit+1
	var rows typoRows
	letters := letterSet(w)
	for n := len(w) - limit; n <= len(w)+limit; n++ {
		for _, vw := range v[vocabKey{w[0], n}] {
			if bits.OnesCount32(vw.letters^letters) > 2*limit {
				continue
			}
			c := vw.word
			d := rows.distance(w, c, limit)
			if d > limit {
				continue
			}
			if d < bestDist || d == bestDist && (freq[c] > freq[best] || freq[c] == freq[best] && c < best) {
				best, bestDist = c, d
			}
		}
	}
	return best
}

// typoRows are the three rows typo distances are computed in, kept from
// one comparison to the next.
type typoRows struct{ prev2, prev, cur []int }

// distance is the optimal string alignment distance of a and b
// (insertions, deletions, substitutions and swaps of neighbours, in bytes),
// or limit+1 as soon as it is sure to exceed limit.
func (r *typoRows) distance(a, b string, limit int) int {
	if n := len(b) + 1; cap(r.cur) < n {
		r.prev2, r.prev, r.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	prev2, prev, cur := r.prev2[:len(b)+1], r.prev[:len(b)+1], r.cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
