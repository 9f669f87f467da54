package ingest_test

import (
	"context"
	"os"
	"testing"

	"citizenbot/ingest"
	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// berlinCatalogue is the real Berlin catalogue beside the repository
// (../shared, see README.md); benchmarks that need it skip without it.
const berlinCatalogue = "../../shared/catalog/berlin.jsonl"

func readBerlin(b *testing.B) *ingest.Catalog {
	b.Helper()
	if _, err := os.Stat(berlinCatalogue); err != nil {
		b.Skipf("SKIPPING: %s not found; it lives in ../shared beside the checkout", berlinCatalogue)
	}
	cat, err := ingest.ReadFiles([]string{berlinCatalogue})
	if err != nil {
		b.Fatal(err)
	}
	if len(cat.Problems) > 0 {
		b.Fatalf("berlin.jsonl has bad lines: %v", cat.Problems)
	}
	return cat
}

// BenchmarkIngestBerlin measures a full ingestion of berlin.jsonl into an
// empty database, with the built-in embedder (target: ≤ 20 s).
func BenchmarkIngestBerlin(b *testing.B) {
	cat := readBerlin(b)
	for b.Loop() {
		b.StopTimer()
		s := knowledgetest.Store(b, knowledge.NewLocalEmbedder(0))
		b.StartTimer()
		sum, err := ingest.Run(context.Background(), s, cat, ingest.Options{})
		if err != nil || sum.Added != len(cat.Entries) {
			b.Fatalf("%+v, %v", sum, err)
		}
	}
}

// BenchmarkReingestBerlinUnchanged measures ingesting berlin.jsonl again
// when nothing changed (target: ≤ 2 s). Reading and validating the file is
// included, as in `citizenbot ingest`.
func BenchmarkReingestBerlinUnchanged(b *testing.B) {
	cat := readBerlin(b)
	s := knowledgetest.Store(b, knowledge.NewLocalEmbedder(0))
	if _, err := ingest.Run(context.Background(), s, cat, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		cat, err := ingest.ReadFiles([]string{berlinCatalogue})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := ingest.Run(context.Background(), s, cat, ingest.Options{})
		if err != nil || sum.Unchanged != len(cat.Entries) {
			b.Fatalf("%+v, %v", sum, err)
		}
	}
}
