package knowledge_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

// benchQueries are typical citizen queries, short and long.
var benchQueries = []string{
	"Wohnung anmelden", "ummelden", "Personalausweis beantragen", "Führerscheinumtausch",
	"Was kostet ein Reisepass?", "Kindergeld", "Hund anmelden Steuer",
	"Ich ziehe nächsten Monat nach Berlin und brauche eine Meldebescheinigung für meinen Arbeitgeber",
	"Elterngeld beantragen nach der Geburt", "Gewerbe anmelden Kosten", "Sperrmüll abholen lassen",
	"residence permit", "Wohngeld Antrag", "Einbürgerung Voraussetzungen", "Parkausweis für Anwohner",
}

// berlinLive is berlin.jsonl in a new database, loaded into memory; the
// benchmark is skipped when the catalogue is missing.
func berlinLive(b *testing.B) (*knowledge.Store, *knowledge.Live) {
	b.Helper()
	const path = "../../shared/catalog/berlin.jsonl"
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("SKIPPING: %s not found; it lives in ../shared beside the checkout", path)
	}
	defer f.Close()
	var entries []knowledge.Entry
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		e, err := knowledge.ParseEntry(sc.Bytes())
		if err != nil {
			b.Fatal(err)
		}
		entries = append(entries, e)
	}
	ctx := context.Background()
	s := knowledgetest.Store(b, knowledge.NewLocalEmbedder(0))
	for i := 0; i < len(entries); i += 100 {
		if _, err := s.SaveEntries(ctx, entries[i:min(i+100, len(entries))], "bench"); err != nil {
			b.Fatal(err)
		}
	}
	kb, err := s.Live(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	return s, kb
}

// BenchmarkSearchBerlin measures search over berlin.jsonl with the built-in
// embedder and reports latency percentiles (targets: p50 ≤ 5 ms, p95 ≤ 15 ms).
func BenchmarkSearchBerlin(b *testing.B) {
	_, kb := berlinLive(b)
	ctx := context.Background()
	var took []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		hits, err := kb.Search(ctx, knowledge.Query{Text: benchQueries[i%len(benchQueries)], Regions: []string{"berlin"}})
		took = append(took, time.Since(start))
		if err != nil || len(hits) == 0 {
			b.Fatalf("%q: %v, %v", benchQueries[i%len(benchQueries)], hits, err)
		}
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
}

// BenchmarkReloadBerlin measures how long a server instance takes to load
// the published knowledge of berlin.jsonl anew, as it does after every
// publication: the delay before a change is answered with.
func BenchmarkReloadBerlin(b *testing.B) {
	_, kb := berlinLive(b)
	ctx := context.Background()
	for b.Loop() {
		if err := kb.Reload(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(kb.Index().Len()), "entries")
}

// BenchmarkSearchBerlinUnknownWords measures the worst case of typo
// correction: a query of the longest length made of long words the
// catalogue does not know, each compared with the catalogue's words of its
// first letter.
func BenchmarkSearchBerlinUnknownWords(b *testing.B) {
	_, kb := berlinLive(b)
	ctx := context.Background()
	var q strings.Builder
	for i := 0; q.Len() < knowledge.MaxQueryLen-12; i++ {
		fmt.Fprintf(&q, "%cxqvbzrtwu%c ", "sabgkvfmeu"[i%10], 'a'+byte(i%26))
	}
	for b.Loop() {
		if _, err := kb.Search(ctx, knowledge.Query{Text: q.String(), Regions: []string{"berlin"}}); err != nil {
			b.Fatal(err)
		}
	}
}
