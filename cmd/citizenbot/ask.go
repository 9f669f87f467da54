package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"citizenbot/bot"
)

func askCmd(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the answer as JSON (the fields of the protocol's answer.end)")
	tenantID := fs.String("tenant", "demo", "answer with the knowledge and settings of this tenant")
	lang := fs.String("lang", "de", "answer language: de or en")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: citizenbot ask [--json] [--tenant T] [--lang de|en] "question"`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	question := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(question) == "" {
		fs.Usage()
		return fmt.Errorf("ask needs a question")
	}
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
	b, err := cfg.bot(kb, log)
	if err != nil {
		return err
	}
	reply, err := b.Answer(ctx, bot.Request{Tenant: tenant, Lang: *lang, Text: question}, nil)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(reply)
	}
	fmt.Fprintf(stdout, "%s\n\n[%s]\n", reply.Text, reply.Status)
	for _, c := range reply.Choices {
		fmt.Fprintf(stdout, "  choice: %s (%s)\n", c.Title, c.ID)
	}
	for _, a := range reply.Actions {
		fmt.Fprintf(stdout, "  %s: %s %s\n", a.Kind, a.Title, a.URL)
	}
	return nil
}
