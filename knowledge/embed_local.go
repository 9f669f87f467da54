package knowledge

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// LocalEmbedder is the built-in embedder and the default: pure Go, no
// network, no model file, the same vector for the same text on every machine
// and every run. It measures shared wording, not meaning: texts are close when
// they share stemmed terms, pairs of neighbouring terms, or pieces of words
// (character n-grams, which let "Führerscheinumtausch" meet "Führerschein").
// It does not know that "Pass" and "Reisedokument" mean the same; an
// OpenAI-compatible model does, at the price of a network service.
//
// Each text becomes a sparse bag of weighted features, hashed into Dim
// buckets with a random-looking but fixed sign (the "hashing trick"):
//   - the German stem of every word that is not a stop word (weight 1), and
//     its English stem at half weight where that differs, so English
//     questions match English passages too (German stemming alone leaves
//     "registering" alone; English gives "regist", as German does for
//     "register");
//   - the character 3-, 4- and 5-grams of each folded word padded as
//     "<fuehrerschein>", scaled so that each word's n-grams together weigh
//     as much as its stem (in L2 norm) whatever the word's length;
//   - unordered pairs of neighbouring stems (weight localPairWeight), so
//     "Wohnung anmelden" and "Anmeldung der Wohnung" share a phrase feature.
//
// A feature seen n times weighs 1+ln n times its base weight (sublinear term
// frequency), and the vector is L2-normalised. A text without any feature
// (empty, or only stop words) gets the unit vector of bucket 0: a zero vector
// would make pgvector's cosine distance NaN.
type LocalEmbedder struct {
	dim int
}

// Feature weights of local-v1, relative to a stem's 1. Changing one changes
// every vector and needs a new name.
const (
	localDefaultDim  = 512
	localEnglishStem = 0.5
	localNgramWeight = 1.0
	localPairWeight  = 0.4
)

// NewLocalEmbedder returns a local embedder producing vectors of length dim;
// dim <= 0 means 512. The dimension is part of the name, so changing it
// makes the store re-embed everything.
func NewLocalEmbedder(dim int) *LocalEmbedder {
	if dim <= 0 {
		dim = localDefaultDim
	}
	return &LocalEmbedder{dim: dim}
}

// Name identifies the feature scheme and dimension, e.g. "local-v1/512".
// Any change to the features must bump "v1": stored vectors would no longer
// be comparable with new ones.
func (e *LocalEmbedder) Name() string { return fmt.Sprintf("local-v1/%d", e.dim) }

// Dim is the length of every vector Embed returns.
func (e *LocalEmbedder) Dim() int { return e.dim }

// Embed returns one L2-normalised vector per text, in order. Large batches
// are spread over all CPUs; a cancelled ctx stops the work within a few
// texts and Embed returns the context's error.
func (e *LocalEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	const chunk = 32
	workers := min(runtime.GOMAXPROCS(0), (len(texts)+chunk-1)/chunk)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := newLocalFeaturizer(e.dim)
			for ctx.Err() == nil {
				start := int(next.Add(chunk)) - chunk
				if start >= len(texts) {
					return
				}
				for i := start; i < min(start+chunk, len(texts)); i++ {
					out[i] = f.vector(texts[i])
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("local embedder: stopped after cancellation: %w", err)
	}
	return out, nil
}
