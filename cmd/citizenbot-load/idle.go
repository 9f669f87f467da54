package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// runIdle opens cfg.Conns conversations that say hello and then only
// listen (answering the server's pings), holds them for cfg.Hold, and
// reads the server's memory before and after.
func runIdle(ctx context.Context, cfg config, stderr io.Writer) (result, error) {
	res := result{Mode: cfg.Mode, URL: cfg.URL, Conns: cfg.Conns}
	idle := &idleResult{Failures: map[string]int{}, Dropped: map[string]int{}}
	res.Idle = idle
	var err error
	if cfg.ServerPID > 0 {
		if idle.ServerRSSStart, _, err = procMemory(cfg.ServerPID); err != nil {
			return res, fmt.Errorf("-server-pid %d: %w: give the process id of the running server", cfg.ServerPID, err)
		}
	}

	holdCtx, release := context.WithCancel(ctx) // ending it closes every connection
	defer release()
	var (
		mu      sync.Mutex
		holders sync.WaitGroup
	)
	opened := time.Now()
	idle.Failures = openAll(ctx, cfg, newDialers(cfg), func(_ int, c *websocket.Conn) {
		mu.Lock()
		idle.Established++
		mu.Unlock()
		holders.Go(func() {
			if reason := listen(holdCtx, c); reason != "" {
				mu.Lock()
				idle.Dropped[reason]++
				mu.Unlock()
			}
		})
	})
	idle.OpenSeconds = round2(time.Since(opened).Seconds())
	mu.Lock()
	fmt.Fprintf(stderr, "citizenbot-load: %d of %d connections open after %.1f s; holding them %v\n",
		idle.Established, cfg.Conns, idle.OpenSeconds, cfg.Hold)
	mu.Unlock()

	held := time.Now()
	if sleepCtx(ctx, cfg.Settle) && cfg.ServerPID > 0 {
		idle.ServerRSSOpen, _, _ = procMemory(cfg.ServerPID)
	}
	sleepCtx(ctx, cfg.Hold-cfg.Settle)
	if cfg.ServerPID > 0 {
		idle.ServerRSSEnd, idle.ServerHWM, _ = procMemory(cfg.ServerPID)
		idle.ServerDelta = idle.ServerRSSOpen - idle.ServerRSSStart
		if idle.Established > 0 {
			idle.PerConnKiB = round2(float64(idle.ServerDelta) / float64(idle.Established))
		}
	}
	idle.ClientRSS, _, _ = procMemory(os.Getpid())
	idle.HeldSeconds = round2(time.Since(held).Seconds())
	res.Interrupted = ctx.Err() != nil
	release()
	holders.Wait()
	return res, nil
}

// listen reads c until ctx ends, so that gorilla answers the server's
// pings, and closes it then. It returns why the server dropped the
// connection, or "" if it stayed open.
func listen(ctx context.Context, c *websocket.Conn) string {
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	defer c.Close()
	for {
		if _, _, err := c.ReadMessage(); err != nil {
			if ctx.Err() != nil {
				return ""
			}
			return fail(err).reason
		}
	}
}

// procMemory returns the resident set size (VmRSS) and its peak (VmHWM)
// of process pid, in KiB, from /proc/PID/status (Linux).
func procMemory(pid int) (rss, hwm int64, err error) {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || (name != "VmRSS" && name != "VmHWM") {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("parsing %s of /proc/%d/status: %w", name, pid, err)
		}
		if name == "VmRSS" {
			rss = n
		} else {
			hwm = n
		}
	}
	if err := sc.Err(); err != nil {
		return 0, 0, err
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("/proc/%d/status has no VmRSS (a kernel thread or a zombie?)", pid)
	}
	return rss, hwm, nil
}
