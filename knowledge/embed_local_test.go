package knowledge

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// localVectors embeds texts with a fresh 512-dimensional local embedder.
func localVectors(t testing.TB, texts ...string) [][]float32 {
	t.Helper()
	vecs, err := NewLocalEmbedder(0).Embed(context.Background(), texts)
	if err != nil {
		t.Fatalf("Embed: %v", err)
	}
	if len(vecs) != len(texts) {
		t.Fatalf("Embed returned %d vectors for %d texts", len(vecs), len(texts))
	}
	return vecs
}

func localCosine(a, b []float32) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	return dot / math.Sqrt(na*nb)
}

func TestLocalEmbedderNameAndDim(t *testing.T) {
	tests := []struct {
		dim      int
		wantName string
		wantDim  int
	}{
		{0, "local-v1/512", 512},
		{-3, "local-v1/512", 512},
		{256, "local-v1/256", 256},
	}
	for _, tt := range tests {
		e := NewLocalEmbedder(tt.dim)
		if e.Name() != tt.wantName || e.Dim() != tt.wantDim {
			t.Errorf("NewLocalEmbedder(%d): name %q dim %d, want %q %d", tt.dim, e.Name(), e.Dim(), tt.wantName, tt.wantDim)
		}
		vecs, err := e.Embed(context.Background(), []string{"Reisepass"})
		if err != nil || len(vecs[0]) != tt.wantDim {
			t.Errorf("NewLocalEmbedder(%d).Embed: %d entries, err %v", tt.dim, len(vecs[0]), err)
		}
	}
}

// TestLocalEmbedderDeterministic checks that stored vectors stay comparable
// with query vectors computed later, by another instance, in another batch.
func TestLocalEmbedderDeterministic(t *testing.T) {
	texts := []string{"Führerschein umtauschen", "", "Kita-Gutschein beantragen", "Wohnung anmelden Wohnung"}
	first := localVectors(t, texts...)
	for i, text := range texts {
		again := localVectors(t, "ein anderer Text davor", text)[1]
		if !slices.Equal(first[i], again) {
			t.Errorf("vector of %q differs between calls", text)
		}
	}
}

func TestLocalEmbedderUnitLength(t *testing.T) {
	for _, text := range []string{"Hundesteuer", "", "der die das und", "Ein langer Text über Gebühren. " + strings.Repeat("Gebühren ", 50)} {
		v := localVectors(t, text)[0]
		var sum float64
		for _, x := range v {
			sum += float64(x) * float64(x)
		}
		if math.Abs(sum-1) > 1e-5 {
			t.Errorf("|embed(%q)|² = %v, want 1", text, sum)
		}
	}
}

func TestLocalEmbedderSimilarity(t *testing.T) {
	tests := []struct {
		name      string
		query     string
		near, far string
		minNear   float64 // localCosine(query, near) must reach this
		minMargin float64 // and exceed localCosine(query, far) by this
	}{
		{"compound meets its part", "Führerscheinumtausch", "Führerschein", "Hundesteuer", 0.2, 0.2},
		{"inflection and word order", "Anmeldung einer Wohnung", "Wohnung anmelden", "Hundesteuer bezahlen", 0.7, 0.6},
		{"umlaut transliteration", "Fuehrerschein umtauschen", "Führerschein umtauschen", "Kita-Gutschein", 0.99, 0.9},
		{"hyphenated compound", "Kita-Gutschein beantragen", "Kitagutschein Antrag", "Reisepass verloren", 0.15, 0.1},
		{"English question", "How do I register my flat?", "Registering your flat", "Dog licence fees", 0.5, 0.4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := localVectors(t, tt.query, tt.near, tt.far)
			near, far := localCosine(v[0], v[1]), localCosine(v[0], v[2])
			if near < tt.minNear || near < far+tt.minMargin {
				t.Errorf("localCosine(%q, %q) = %.3f, localCosine(%q, %q) = %.3f: want near >= %.2f and margin >= %.2f",
					tt.query, tt.near, near, tt.query, tt.far, far, tt.minNear, tt.minMargin)
			}
		})
	}
}

// TestLocalEmbedderEmptyText checks that texts without terms still get a
// unit vector, since pgvector's cosine distance to a zero vector is NaN.
func TestLocalEmbedderEmptyText(t *testing.T) {
	v := localVectors(t, "", "?!", "der die das")
	for i := range v {
		if v[i][0] != 1 || !slices.Equal(v[i], v[0]) {
			t.Errorf("vector %d is not the fixed unit vector of bucket 0", i)
		}
	}
}

func TestLocalEmbedderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := NewLocalEmbedder(0).Embed(ctx, localSyntheticChunks(1000))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Embed with cancelled context: err = %v, want context.Canceled", err)
	}
}

// TestLocalEmbedderBatchMatchesSingle checks that the parallel path gives
// the same vectors as embedding texts one at a time.
func TestLocalEmbedderBatchMatchesSingle(t *testing.T) {
	texts := localSyntheticChunks(300)
	batch := localVectors(t, texts...)
	for _, i := range []int{0, 77, 299} {
		if !slices.Equal(batch[i], localVectors(t, texts[i])[0]) {
			t.Errorf("text %d: batch and single vectors differ", i)
		}
	}
}

// localSyntheticChunks returns n reproducible German texts of about 500
// characters built from public-service vocabulary.
func localSyntheticChunks(n int) []string {
	vocab := strings.Fields(`Antrag beantragen Anmeldung Wohnung Führerschein Umtausch Reisepass
		Personalausweis Gebühren Unterlagen erforderlich Termin vereinbaren Bürgeramt Meldebescheinigung
		Kindergeld Elterngeld Kita Gutschein Hundesteuer Bescheid Widerspruch Frist Wochen Monate
		Nachweis Geburtsurkunde Eheschließung Standesamt Aufenthaltstitel Einbürgerung online
		persönlich vorsprechen Vollmacht Lichtbild biometrisch Kosten Euro bezahlen Kartenzahlung
		der die das und mit für bei ist werden können müssen Sie Ihre einen einer zum`)
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for b.Len() < 500 {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "Nr. %d.", i)
		out[i] = b.String()
	}
	return out
}

// BenchmarkLocalEmbedChunk measures ingestion: a batch of 1000 chunks of
// ~500 characters per op, reported per chunk.
func BenchmarkLocalEmbedChunk(b *testing.B) {
	chunks := localSyntheticChunks(1000)
	e := NewLocalEmbedder(0)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Embed(ctx, chunks); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(chunks)), "ns/chunk")
}

// BenchmarkLocalEmbedQuery measures answering: one short question per op.
func BenchmarkLocalEmbedQuery(b *testing.B) {
	e := NewLocalEmbedder(0)
	ctx := context.Background()
	q := []string{"Wie kann ich meinen Führerschein umtauschen?"}
	for b.Loop() {
		if _, err := e.Embed(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLocalEmbedderStemsAsSnowball checks that local-v1 stems with the
// plain Snowball algorithm, not with search's own stems: search may learn
// more ("Logopädie" as "Logopäde") without changing the stored vectors.
func TestLocalEmbedderStemsAsSnowball(t *testing.T) {
	f := newLocalFeaturizer(localDefaultDim)
	if got, search := f.stem("logopadie")[0], stemFolded("logopadie", "de"); got != "logopadi" || search == got {
		t.Errorf("local-v1 stems logopadie as %q (search: %q), want the Snowball stem logopadi, unlike search's", got, search)
	}
}
