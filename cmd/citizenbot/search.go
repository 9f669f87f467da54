package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"citizenbot/knowledge"
)

func searchCmd(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print a JSON array of hits: id, title, url, language, region and what the bot decides on (score, similarity, text_rank, official_rank, name_fit, phrasing_fit, word_rank, meaning_rank)")
	tenantID := fs.String("tenant", "demo", "search the knowledge this tenant sees")
	limit := fs.Int("limit", 10, fmt.Sprintf("how many entries to show (1 to %d)", knowledge.MaxHits))
	lang := fs.String("lang", "", "the query's language, if known: en weighs English questions' words as the chat does")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: citizenbot search [--json] [--tenant T] [--lang en] "query"`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fs.Usage()
		return fmt.Errorf("search needs a query")
	}
	store, tenant, err := cfg.openForTenant(ctx, *tenantID)
	if err != nil {
		return err
	}
	defer store.Close()
	kb, err := store.Live(ctx, nil)
	if err != nil {
		return err
	}
	hits, err := kb.Search(ctx, knowledge.Query{Text: query, Regions: tenant.Regions, Limit: *limit,
		Lexicon: cfg.Lexicons.For(tenant.ID), Lang: *lang})
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(hits)
	}
	if len(hits) == 0 {
		fmt.Fprintln(stdout, "no entries found")
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTITLE\tSCORE")
	for _, h := range hits {
		fmt.Fprintf(w, "%s\t%s\t%.4f\n", h.ID, h.Title, h.Score)
	}
	return w.Flush()
}
