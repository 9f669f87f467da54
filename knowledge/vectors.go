package knowledge

// vectorIndex holds the chunk vectors of an index for exact nearest-neighbour
// search. They are stored by dimension (column d of every chunk side by
// side), so that a query touches only the dimensions where it is non-zero:
// the built-in embedder's query vectors are sparse (a short question sets a
// few dozen of 512 dimensions), which makes a scan over ten thousand chunks
// take a fraction of a millisecond, with a recall no approximate index
// gives.
type vectorIndex struct {
	dim    int
	chunks int
	cols   []float32 // column d is cols[d*chunks : (d+1)*chunks]
	doc    []int32   // the document of each chunk
}

// docVector is one chunk's vector and the document it belongs to.
type docVector struct {
	doc int32
	vec []float32
}

// newVectorIndex lays out vecs, which are in document order, by dimension.
func newVectorIndex(dim int, vecs []docVector) vectorIndex {
	v := vectorIndex{dim: dim, chunks: len(vecs), cols: make([]float32, dim*len(vecs)), doc: make([]int32, len(vecs))}
	for c, dv := range vecs {
		v.doc[c] = dv.doc
		for d, x := range dv.vec {
			v.cols[d*v.chunks+c] = x
		}
	}
	return v
}

// nonZeroDims appends to dims the dimensions where q is not zero, in order.
func nonZeroDims(q []float32, dims []int) []int {
	for d, x := range q {
		if x != 0 {
			dims = append(dims, d)
		}
	}
	return dims
}

// similarities sets sims[doc] to the highest cosine similarity between q
// and a chunk of doc, for the chunks in [lo, hi); q and the stored vectors
// are L2-normalised, so cosine is the dot product. dims are q's non-zero
// dimensions (see nonZeroDims), the only ones that add to a dot product; acc
// is scratch space of at least hi-lo.
func (v *vectorIndex) similarities(q []float32, dims []int, lo, hi int, acc, sims []float32) {
	if len(q) != v.dim || hi <= lo {
		return
	}
	acc = acc[:hi-lo]
	clear(acc)
	// Four dimensions a pass: acc is read and written a quarter as often,
	// and the sums are the same, added in the same order.
	for len(dims) >= 4 {
		d0, d1, d2, d3 := dims[0], dims[1], dims[2], dims[3]
		x0, x1, x2, x3 := q[d0], q[d1], q[d2], q[d3]
		c0 := v.cols[d0*v.chunks+lo : d0*v.chunks+hi]
		c1 := v.cols[d1*v.chunks+lo : d1*v.chunks+hi]
		c2 := v.cols[d2*v.chunks+lo : d2*v.chunks+hi]
		c3 := v.cols[d3*v.chunks+lo : d3*v.chunks+hi]
		c1, c2, c3, acc := c1[:len(c0)], c2[:len(c0)], c3[:len(c0)], acc[:len(c0)]
		for i, y := range c0 {
			acc[i] = acc[i] + x0*y + x1*c1[i] + x2*c2[i] + x3*c3[i]
		}
		dims = dims[4:]
	}
	for _, d := range dims {
		x, col := q[d], v.cols[d*v.chunks+lo:d*v.chunks+hi]
		acc := acc[:len(col)]
		for i, y := range col {
			acc[i] += x * y
		}
	}
	for i, s := range acc {
		if doc := v.doc[lo+i]; s > sims[doc] {
			sims[doc] = s
		}
	}
}
