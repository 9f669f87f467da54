package knowledge

import "math"

// German glues nouns into compounds ("Anwohnerparkausweis"), and citizens
// and authorities rarely glue the same ones: a question about
// "Anwohnerparken" must meet "Parkausweis für Anwohner". The splitter cuts
// a compound into words the catalogue itself uses, the way Koehn and Knight
// do ("Empirical Methods for Compound Splitting", 2003): of all cuts into
// known words, with an optional linking element ("Geburt-s-urkunde"), the one
// whose parts are most frequent wins. Parts are split again, so
// "Führerscheinumtausch" gives "Führer", "Schein" and "Umtausch".

// Compound limits, in bytes of the folded word: shorter words are never
// split, shorter parts never accepted (which keeps prefixes such as "an",
// "ab" and "um" on their verbs).
const (
	minCompoundLen = 8
	minPartLen     = 3
	maxSplitDepth  = 3
)

// linkingElements are the "Fugenelemente" that may join two parts.
var linkingElements = []string{"", "s", "es", "n", "en", "e", "er"}

// splitter splits compounds into words of a vocabulary.
type splitter struct {
	freq map[string]int // folded word → occurrences in the catalogue
}

// part is a piece of a compound and how deep in the splitting it lies:
// 1 for the two halves, 2 for the halves of a half.
type part struct {
	word  string
	depth int
}

// parts returns the parts of the folded word w, or nil when it is not a
// compound of known words. The word itself is not among them.
func (s *splitter) parts(w string) []part {
	return s.split(w, 1)
}

func (s *splitter) split(w string, depth int) []part {
	if s == nil {
		return nil
	}
	if len(w) < minCompoundLen || depth > maxSplitDepth {
		return nil
	}
	best, bestScore := [2]string{}, 0.0
	for i := minPartLen; i <= len(w)-minPartLen; i++ {
		tail := w[i:]
		ft := s.freq[tail]
		if ft == 0 {
			continue
		}
		for _, link := range linkingElements {
			head := w[:i]
			if len(head)-len(link) < minPartLen || head[len(head)-len(link):] != link {
				continue
			}
			head = head[:len(head)-len(link)]
			if fh := s.freq[head]; fh > 0 {
				if score := math.Sqrt(float64(fh) * float64(ft)); score > bestScore {
					best, bestScore = [2]string{head, tail}, score
				}
			}
		}
	}
	if bestScore == 0 {
		return nil
	}
	var out []part
	for _, p := range best {
		out = append(out, part{p, depth})
		out = append(out, s.split(p, depth+1)...)
	}
	return out
}
