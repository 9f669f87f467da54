// Command citizenbot-load puts a local citizenbot chat server under load
// through its websocket protocol and reports what it measured: answer
// latency and throughput (-mode answers), or how many idle connections the
// server holds and what they cost in memory (-mode idle).
//
// It only loads loopback addresses: this is a benchmark for a server on the
// same machine, never a tool to aim at someone else's. Every run stops by
// itself (-duration, -hold, and -timeout over all). A run in which anything
// failed (an error frame, a dropped or refused connection) is a failed
// measurement: the tool prints what it has and exits non-zero.
//
// The server's rate and connection limits must be raised for a benchmark
// from one address (CITIZENBOT_RATE_CONVERSATION, CITIZENBOT_RATE_IP,
// CITIZENBOT_CONNS_PER_IP); scripts/bench-chat.sh does that.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

const usage = `citizenbot-load measures a local citizenbot chat server (GET /ws).

Usage:
  citizenbot-load [flags]                  -mode answers: closed loop, -conns conversations
  citizenbot-load -rate 300 [flags]        -mode answers: open loop at 300 answers/s overall
  citizenbot-load -mode idle -conns 10000 -server-pid PID [flags]

The server's limits must allow the load, e.g. CITIZENBOT_RATE_CONVERSATION=1000000
CITIZENBOT_RATE_IP=1000000 CITIZENBOT_CONNS_PER_IP=1000000 (see scripts/bench-chat.sh).
Only loopback targets are accepted. Exit status 1 when anything failed.

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return // -h: the usage is printed
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "citizenbot-load:", err)
		os.Exit(1)
	}
}

// run is the whole program; it returns an error when the measurement
// could not be made or had failures.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	if err := raiseFileLimit(cfg.Conns, stderr); err != nil {
		return err
	}

	var res result
	switch cfg.Mode {
	case "answers":
		questions, err := loadQuestions(cfg.Questions)
		if err != nil {
			return err
		}
		res, err = runAnswers(ctx, cfg, questions, stderr)
		if err != nil {
			return err
		}
	case "idle":
		res, err = runIdle(ctx, cfg, stderr)
		if err != nil {
			return err
		}
	}
	res.print(stdout)
	if cfg.JSON {
		enc := json.NewEncoder(stdout)
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if res.Interrupted {
		return fmt.Errorf("the run was cut short (%v): the figures above are incomplete", context.Cause(ctx))
	}
	if n := res.failures(); n > 0 {
		return fmt.Errorf("failed measurement: %d errors (by code above); check the server's limits and log", n)
	}
	return nil
}

// raiseFileLimit lifts the soft limit on open files to the hard limit and
// warns when even that is too low for conns connections.
func raiseFileLimit(conns int, stderr io.Writer) error {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return fmt.Errorf("reading the open-file limit: %w", err)
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			return fmt.Errorf("raising the open-file limit to %d: %w", lim.Max, err)
		}
	}
	if need := uint64(conns) + 64; lim.Cur < need {
		fmt.Fprintf(stderr, "citizenbot-load: warning: the open-file limit is %d, too low for %d connections: "+
			"raise the hard limit (ulimit -Hn, as root) or use fewer -conns\n", lim.Cur, conns)
	}
	return nil
}

// sleepCtx waits for d or until ctx ends, and says whether d passed.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
