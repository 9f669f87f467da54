package knowledge

import "context"

// An Embedder turns texts into vectors whose cosine similarity reflects
// closeness in meaning. Vectors from embedders with different names or
// dimensions are never compared: the store records which embedder produced
// its vectors and re-embeds everything when that changes.
type Embedder interface {
	// Name identifies the model and its settings, for example
	// "local-v1/512" or "openai/text-embedding-3-small/1536".
	Name() string
	// Dim is the length of every vector Embed returns.
	Dim() int
	// Embed returns one vector per text, in order. Vectors are L2-normalised.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}
