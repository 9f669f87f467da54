package knowledge

import "math"

// localFeaturizer holds one goroutine's scratch space and stem cache; it is
// not safe for concurrent use.
type localFeaturizer struct {
	dim    int
	stems  map[string][2]string // folded word → German and English stem
	acc    []float64
	counts map[string]int // distinct words of the current text
	order  []string       // the same words in order of first appearance
	feats  map[uint64]int // feature hash → index into weights
	hashes []uint64
	weight []float64
	padded []byte
	starts []int
}

func newLocalFeaturizer(dim int) *localFeaturizer {
	return &localFeaturizer{
		dim:    dim,
		stems:  make(map[string][2]string),
		acc:    make([]float64, dim),
		counts: make(map[string]int),
		feats:  make(map[uint64]int),
	}
}

// vector computes the embedding of one text. Features are added in order of
// first appearance, never in map order, so the float sums, and hence the
// vector, are identical on every run.
func (f *localFeaturizer) vector(text string) []float32 {
	clear(f.acc)
	clear(f.counts)
	clear(f.feats)
	f.order, f.hashes, f.weight = f.order[:0], f.hashes[:0], f.weight[:0]

	prev := ""
	for _, w := range Words(text) {
		if isAnalyzerStopWord(w) {
			continue
		}
		if f.counts[w] == 0 {
			f.order = append(f.order, w)
		}
		f.counts[w]++
		st := f.stem(w)
		f.add(localHash('t', st[0], ""), 1)
		if st[1] != st[0] {
			f.add(localHash('t', st[1], ""), localEnglishStem)
		}
		if prev != "" && prev != st[0] {
			a, b := min(prev, st[0]), max(prev, st[0])
			f.add(localHash('p', a, b), localPairWeight)
		}
		prev = st[0]
	}
	for i, h := range f.hashes {
		f.bump(h, localSublinear(f.weight[i]))
	}
	for _, w := range f.order {
		f.ngrams(w, localNgramWeight*localSublinear(float64(f.counts[w])))
	}
	return f.normalised()
}

// stem returns the German and English Snowball stems of a folded word,
// cached for the lifetime of the featurizer (one Embed call). They are the
// plain algorithm's, not search's (stemFolded), which may learn more
// without changing stored vectors.
func (f *localFeaturizer) stem(w string) [2]string {
	st, ok := f.stems[w]
	if !ok {
		st = [2]string{stemGerman(w), stemFolded(w, "en")}
		f.stems[w] = st
	}
	return st
}

// add accumulates the raw weight of a term or pair feature.
func (f *localFeaturizer) add(h uint64, w float64) {
	i, ok := f.feats[h]
	if !ok {
		i = len(f.hashes)
		f.feats[h] = i
		f.hashes = append(f.hashes, h)
		f.weight = append(f.weight, 0)
	}
	f.weight[i] += w
}

// bump adds w to the bucket of feature hash h, with the sign the hash gives.
func (f *localFeaturizer) bump(h uint64, w float64) {
	if h>>63 == 1 {
		w = -w
	}
	f.acc[h%uint64(f.dim)] += w
}

// ngrams adds the 3- to 5-grams of "<w>", together weighing total (in L2).
func (f *localFeaturizer) ngrams(w string, total float64) {
	f.padded = append(append(append(f.padded[:0], '<'), w...), '>')
	f.starts = f.starts[:0]
	for i := range string(f.padded) {
		f.starts = append(f.starts, i)
	}
	f.starts = append(f.starts, len(f.padded))
	runes := len(f.starts) - 1
	count := 0
	for n := 3; n <= 5; n++ {
		count += max(0, runes-n+1)
	}
	if count == 0 {
		return
	}
	each := total / math.Sqrt(float64(count))
	for n := 3; n <= 5; n++ {
		for i := 0; i+n <= runes; i++ {
			f.bump(localHashBytes('g', f.padded[f.starts[i]:f.starts[i+n]]), each)
		}
	}
}

// normalised returns the accumulator scaled to unit length, or the unit
// vector of bucket 0 if it is all zeros.
func (f *localFeaturizer) normalised() []float32 {
	var sum float64
	for _, x := range f.acc {
		sum += x * x
	}
	v := make([]float32, f.dim)
	if sum == 0 {
		v[0] = 1
		return v
	}
	inv := 1 / math.Sqrt(sum)
	for i, x := range f.acc {
		v[i] = float32(x * inv)
	}
	return v
}

// localSublinear maps a raw feature weight w to 1+ln w above 1, so repeating a
// word helps a little, not linearly.
func localSublinear(w float64) float64 {
	if w <= 1 {
		return w
	}
	return 1 + math.Log(w)
}

// localHash hashes a feature kind and up to two strings (separated by a
// space) with FNV-1a 64, then mixes the bits (MurmurHash3's finaliser) so
// that bucket and sign are independent. The function is fixed forever for
// "local-v1": changing it changes every vector.
func localHash(kind byte, a, b string) uint64 {
	h := localFNVStep(localFNVOffset, kind)
	for i := 0; i < len(a); i++ {
		h = localFNVStep(h, a[i])
	}
	if b != "" {
		h = localFNVStep(h, ' ')
		for i := 0; i < len(b); i++ {
			h = localFNVStep(h, b[i])
		}
	}
	return localMix64(h)
}

// localHashBytes is localHash for one byte slice.
func localHashBytes(kind byte, p []byte) uint64 {
	h := localFNVStep(localFNVOffset, kind)
	for _, c := range p {
		h = localFNVStep(h, c)
	}
	return localMix64(h)
}

const localFNVOffset uint64 = 14695981039346656037

func localFNVStep(h uint64, c byte) uint64 { return (h ^ uint64(c)) * 1099511628211 }

func localMix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
