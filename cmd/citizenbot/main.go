// Command citizenbot answers citizens' questions about public services and
// links them to the right online procedure. One binary, several
// subcommands; see `citizenbot help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `citizenbot answers citizens' questions about public services.

Usage:
  citizenbot serve                                 start the HTTP server
  citizenbot ingest [--prune] [--json] FILE...     load catalogue files (catalog JSONL v1)
  citizenbot search [--json] [--tenant T] QUERY    search the knowledge base
  citizenbot ask [--json] [--tenant T] QUESTION    answer a question as the chat would
  citizenbot eval [--json] [--tenant T] --questions FILE
                                                   measure answer quality on labelled questions
  citizenbot users add --tenant T --role R --name N
                                                   create a console account (password from stdin)
  citizenbot users list [--tenant T]               list console accounts
  citizenbot tokens create --tenant T --role R --name N
                                                   create an API token (printed once, last line)
  citizenbot tokens list [--tenant T]              list API tokens
  citizenbot tokens revoke ID                      revoke an API token
  citizenbot config                                print the configuration (secrets masked)

Configuration comes from environment variables; see README.md.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "citizenbot:", err)
		os.Exit(1)
	}
}

// run is the whole program, with its environment passed in so that tests
// can call it.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, cfg, rest, stderr)
	case "ingest":
		return ingestCmd(ctx, cfg, rest, stdout, stderr)
	case "search":
		return searchCmd(ctx, cfg, rest, stdout, stderr)
	case "ask":
		return askCmd(ctx, cfg, rest, stdout, stderr)
	case "eval":
		return evalCmd(ctx, cfg, rest, stdout, stderr)
	case "users":
		return usersCmd(ctx, cfg, rest, os.Stdin, stdout, stderr)
	case "tokens":
		return tokensCmd(ctx, cfg, rest, stdout, stderr)
	case "config":
		fmt.Fprint(stdout, cfg)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}
