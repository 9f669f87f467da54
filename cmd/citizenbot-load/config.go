package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"time"
)

// config is every setting of a run, from the command line.
type config struct {
	URL         string
	Tenant      string
	Lang        string
	Mode        string
	Conns       int
	Duration    time.Duration
	Warmup      time.Duration
	Rate        float64
	Questions   string
	Hold        time.Duration
	Settle      time.Duration
	Parallel    int
	DialTimeout time.Duration
	AnswerWait  time.Duration
	Sources     int
	ServerPID   int
	Timeout     time.Duration
	JSON        bool
}

// parseFlags reads and checks the command line.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("citizenbot-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.URL, "url", "ws://127.0.0.1:8080/ws", "websocket endpoint of the server; loopback addresses only")
	fs.StringVar(&c.Tenant, "tenant", "demo", "tenant named in each hello")
	fs.StringVar(&c.Lang, "lang", "de", "language named in each hello")
	fs.StringVar(&c.Mode, "mode", "answers", "answers: latency and throughput of answers; idle: memory of idle connections")
	fs.IntVar(&c.Conns, "conns", 100, "concurrent connections (conversations)")
	fs.DurationVar(&c.Duration, "duration", 30*time.Second, "answers: how long to measure, after the warm-up")
	fs.DurationVar(&c.Warmup, "warmup", 5*time.Second, "answers: load before measuring, not counted")
	fs.Float64Var(&c.Rate, "rate", 0, "answers: open loop at this many messages/s overall, spread over the connections; 0 for a closed loop")
	fs.StringVar(&c.Questions, "questions", "", `answers: JSONL file with a "question" field per line; a built-in German list if empty`)
	fs.DurationVar(&c.Hold, "hold", 30*time.Second, "idle: how long to keep the connections open once all are open")
	fs.DurationVar(&c.Settle, "settle", 3*time.Second, "idle: wait this long after opening before reading the server's memory")
	fs.IntVar(&c.Parallel, "parallel", 200, "idle and answers: connections opened at a time")
	fs.DurationVar(&c.DialTimeout, "dial-timeout", 10*time.Second, "time allowed to connect and get the welcome")
	fs.DurationVar(&c.AnswerWait, "answer-timeout", 30*time.Second, "answers: time allowed for one answer before the connection counts as failed")
	fs.IntVar(&c.Sources, "sources", 1, "connect from 127.0.0.1 … 127.0.0.K, for more ephemeral ports (IPv4 loopback targets)")
	fs.IntVar(&c.ServerPID, "server-pid", 0, "idle: read the memory (VmRSS, VmHWM) of this server process from /proc")
	fs.DurationVar(&c.Timeout, "timeout", 5*time.Minute, "hard limit on the whole run")
	fs.BoolVar(&c.JSON, "json", false, "print the result as one JSON object too")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q: everything is a flag (see -h)", fs.Args())
	}
	return c, c.check()
}

// check validates the settings, including that the target is loopback.
func (c config) check() error {
	switch {
	case c.Mode != "answers" && c.Mode != "idle":
		return fmt.Errorf("-mode %q: use answers or idle", c.Mode)
	case c.Conns < 1:
		return fmt.Errorf("-conns %d: use at least 1", c.Conns)
	case c.Duration <= 0 || c.Warmup < 0 || c.Hold < 0 || c.Settle < 0:
		return fmt.Errorf("-duration must be positive; -warmup, -hold and -settle not negative")
	case c.Rate < 0:
		return fmt.Errorf("-rate %g: use 0 (closed loop) or a positive rate", c.Rate)
	case c.Parallel < 1 || c.Sources < 1 || c.Sources > 254:
		return fmt.Errorf("-parallel must be at least 1, -sources from 1 to 254")
	case c.DialTimeout <= 0 || c.AnswerWait <= 0 || c.Timeout <= 0:
		return fmt.Errorf("-dial-timeout, -answer-timeout and -timeout must be positive")
	case c.ServerPID < 0:
		return fmt.Errorf("-server-pid %d: give the server's process id", c.ServerPID)
	}
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
		return fmt.Errorf("-url %q: use a websocket URL such as ws://127.0.0.1:8080/ws", c.URL)
	}
	if !isLoopbackHost(u.Hostname()) {
		return fmt.Errorf("-url %q: refusing to load %s; only loopback targets (127.0.0.0/8, ::1, localhost) "+
			"may be loaded, this machine's rules forbid load against other hosts", c.URL, u.Hostname())
	}
	if ip := net.ParseIP(u.Hostname()); c.Sources > 1 && (ip == nil || ip.To4() == nil) {
		return fmt.Errorf("-sources %d needs an IPv4 loopback target such as 127.0.0.1, not %q", c.Sources, u.Hostname())
	}
	return nil
}

// isLoopbackHost says whether host names this machine: localhost or a
// loopback address. The dialer checks the address it reaches again.
func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
