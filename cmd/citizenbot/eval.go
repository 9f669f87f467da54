package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"citizenbot/quality"
)

func evalCmd(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	tenantID := fs.String("tenant", "demo", "answer with the knowledge and settings of this tenant")
	file := fs.String("questions", "", "question file (JSONL: qid, question, lang, kind, service_ids)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: citizenbot eval [--json] [--tenant T] --questions FILE`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *file == "" || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("eval needs --questions FILE and nothing else")
	}
	f, err := os.Open(*file)
	if err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	defer f.Close()
	store, tenant, err := cfg.openForTenant(ctx, *tenantID)
	if err != nil {
		return err
	}
	defer store.Close()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	kb, err := store.Live(ctx, log)
	if err != nil {
		return err
	}
	entries := kb.Index().PublishedEntries
	qs, err := quality.ReadQuestions(f, *file, func(id string) bool { return len(entries([]string{id})) > 0 })
	if err != nil {
		return err
	}
	b, err := cfg.bot(kb, log)
	if err != nil {
		return err
	}
	base, err := store.KeywordSearch(ctx, tenant.Regions)
	if err != nil {
		return err
	}
	defer base.Close()
	results, err := quality.Run(ctx, quality.Env{Bot: b, Tenant: tenant, Baseline: base, Entries: entries}, qs)
	if err != nil {
		return err
	}
	report := quality.Score(results)
	if *asJSON {
		return json.NewEncoder(stdout).Encode(report)
	}
	return quality.WriteText(stdout, report)
}
