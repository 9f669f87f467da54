package knowledge

import (
	"math/rand/v2"
	"testing"
)

// TestSimilaritiesAreTheBestDotProducts checks the column scan against a
// plain dot product per chunk: for queries with from none to nine non-zero
// dimensions (the scan takes four a pass, then the rest one by one) and for
// a part of the chunks, each document gets the highest of its chunks'
// products, to the last bit, and documents outside the part keep theirs.
func TestSimilaritiesAreTheBestDotProducts(t *testing.T) {
	const dim, chunks, docs = 16, 40, 10
	rng := rand.New(rand.NewPCG(1, 2))
	vecs := make([]docVector, chunks)
	for c := range vecs {
		vecs[c] = docVector{doc: int32(c * docs / chunks), vec: make([]float32, dim)}
		for d := range dim {
			vecs[c].vec[d] = rng.Float32() - 0.5
		}
	}
	v := newVectorIndex(dim, vecs)
	const lo, hi = 5, 36
	for nonZero := range 10 {
		q := make([]float32, dim)
		for _, d := range rng.Perm(dim)[:nonZero] {
			q[d] = rng.Float32() - 0.5
		}
		sims := make([]float32, docs)
		for i := range sims {
			sims[i] = -1
		}
		v.similarities(q, nonZeroDims(q, nil), lo, hi, make([]float32, chunks), sims)
		want := make([]float32, docs)
		for i := range want {
			want[i] = -1
		}
		for c := lo; c < hi; c++ {
			var dot float32
			for d, x := range q {
				if x != 0 {
					dot += x * vecs[c].vec[d]
				}
			}
			want[vecs[c].doc] = max(want[vecs[c].doc], dot)
		}
		for doc := range docs {
			if sims[doc] != want[doc] {
				t.Errorf("%d non-zero dimensions, document %d: similarity %v, want %v", nonZero, doc, sims[doc], want[doc])
			}
		}
	}
}
