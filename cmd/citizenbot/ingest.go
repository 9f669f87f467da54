package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"citizenbot/ingest"
)

func ingestCmd(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	prune := fs.Bool("prune", false, "remove entries of the catalogue's sources that are gone from the files")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: citizenbot ingest [--prune] [--json] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("ingest needs at least one catalogue file")
	}
	cat, err := ingest.ReadFiles(fs.Args())
	if err != nil {
		return err
	}
	store, err := cfg.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()

	opts := ingest.Options{Prune: *prune, Warn: func(msg string) { fmt.Fprintln(stderr, msg) }}
	if isTerminal(stderr) {
		opts.Progress = ingest.ProgressBar(stderr)
	}
	sum, runErr := ingest.Run(ctx, store, cat, opts)
	if *asJSON {
		json.NewEncoder(stdout).Encode(sum)
	} else {
		fmt.Fprintf(stdout, "added %d, updated %d, unchanged %d, removed %d, failed %d, kept (changed by editors) %d, left out (deleted by editors) %d in %.1f s\n",
			sum.Added, sum.Updated, sum.Unchanged, sum.Removed, sum.Failed, sum.Kept, sum.DeletedByEditor, sum.Seconds)
	}
	switch {
	case runErr != nil:
		return fmt.Errorf("ingestion stopped: %w; entries written before this point are kept, the rest are unchanged", runErr)
	case sum.Failed > 0:
		return fmt.Errorf("%d lines failed (listed above); the other entries were ingested", sum.Failed)
	}
	return nil
}

// isTerminal reports whether w is a character device, where a redrawn
// progress bar makes sense (not a pipe, file or test buffer).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
