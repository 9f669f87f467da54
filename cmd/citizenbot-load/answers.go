package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// errorPause is how long a conversation waits after an error frame before
// its next message, so that a limit being hit does not become a busy loop.
const errorPause = 100 * time.Millisecond

// window is the schedule of an answers run: load from start, measure the
// answers that end in [from, to).
type window struct {
	start, from, to time.Time
}

// tally is what one conversation saw; tallies are merged at the end.
type tally struct {
	latencies []time.Duration
	statuses  map[string]int
	errors    map[string]int
}

// runAnswers opens cfg.Conns conversations and has each ask question after
// question: the next as soon as the answer has ended (closed loop), or on a
// fixed schedule with -rate (open loop).
func runAnswers(ctx context.Context, cfg config, questions []string, stderr io.Writer) (result, error) {
	res := result{Mode: cfg.Mode, URL: cfg.URL, Conns: cfg.Conns}
	conns := make([]*websocket.Conn, cfg.Conns)
	opened := time.Now()
	fails := openAll(ctx, cfg, newDialers(cfg), func(i int, c *websocket.Conn) { conns[i] = c })
	n := cfg.Conns - sum(fails)
	fmt.Fprintf(stderr, "citizenbot-load: opened %d of %d conversations in %.1f s; warming up %v, then measuring %v\n",
		n, cfg.Conns, time.Since(opened).Seconds(), cfg.Warmup, cfg.Duration)
	if n == 0 || ctx.Err() != nil {
		res.Interrupted = ctx.Err() != nil
		res.Answers = &answersResult{TargetRate: cfg.Rate, Statuses: map[string]int{}, Errors: fails}
		return res, nil
	}

	now := time.Now()
	w := window{start: now, from: now.Add(cfg.Warmup), to: now.Add(cfg.Warmup + cfg.Duration)}
	var next atomic.Uint64 // cycles through the questions across conversations
	tallies := make([]tally, cfg.Conns)
	var wg sync.WaitGroup
	for i, c := range conns {
		if c == nil {
			continue
		}
		stop := context.AfterFunc(ctx, func() { c.Close() }) // unblocks a read when the run is cut short
		wg.Go(func() {
			defer stop()
			defer c.Close()
			var interval, phase time.Duration
			if cfg.Rate > 0 {
				interval = time.Duration(float64(cfg.Conns) / cfg.Rate * float64(time.Second))
				phase = time.Duration(float64(i) / cfg.Rate * float64(time.Second))
			}
			tallies[i] = converse(ctx, c, cfg, w, interval, phase, func() string {
				return questions[(next.Add(1)-1)%uint64(len(questions))]
			})
		})
	}
	wg.Wait()

	a := &answersResult{TargetRate: cfg.Rate, Statuses: map[string]int{}, Errors: fails}
	var all []time.Duration
	for _, t := range tallies {
		all = append(all, t.latencies...)
		addCounts(a.Statuses, t.statuses)
		addCounts(a.Errors, t.errors)
	}
	measured := cfg.Duration
	if ctx.Err() != nil {
		res.Interrupted = true
		measured = min(measured, max(0, time.Since(w.from)))
	}
	a.Seconds = measured.Seconds()
	a.Answers = len(all)
	if a.Seconds > 0 {
		a.AnswersPerSec = round2(float64(len(all)) / a.Seconds)
	}
	a.Latency = summarize(all)
	res.Answers = a
	return res, nil
}

// converse sends messages on c until the window closes and tallies the
// answers. With interval > 0, message k is due at start+phase+k·interval,
// and its latency counts from then, so a slow answer that delays the next
// message is not hidden; otherwise it counts from the write.
func converse(ctx context.Context, c *websocket.Conn, cfg config, w window, interval, phase time.Duration, question func() string) tally {
	t := tally{statuses: map[string]int{}, errors: map[string]int{}}
	for k := 0; ctx.Err() == nil; k++ {
		due := time.Now()
		if interval > 0 {
			due = w.start.Add(phase + time.Duration(k)*interval)
			if !sleepCtx(ctx, time.Until(due)) {
				break
			}
		}
		if !due.Before(w.to) {
			break
		}
		id := fmt.Sprintf("m%d", k)
		msg, _ := json.Marshal(map[string]string{"type": "message", "id": id, "text": question()})
		sent := time.Now()
		if interval == 0 {
			due = sent
		}
		c.SetWriteDeadline(sent.Add(cfg.AnswerWait))
		c.SetReadDeadline(sent.Add(cfg.AnswerWait))
		if err := c.WriteMessage(websocket.TextMessage, msg); err != nil {
			if ctx.Err() == nil {
				t.errors[fail(err).reason]++
			}
			break
		}
		end, err := awaitEnd(c, id, t.errors)
		if err != nil {
			if ctx.Err() == nil {
				t.errors[fail(err).reason]++
			}
			break // the conversation is lost
		}
		if end.Type == "error" {
			sleepCtx(ctx, errorPause)
			continue
		}
		if done := time.Now(); !done.Before(w.from) && done.Before(w.to) {
			t.latencies = append(t.latencies, done.Sub(due))
			t.statuses[end.Status]++
		}
	}
	return t
}

// awaitEnd reads frames until the answer.end of message id, or an error
// frame about it; every error frame is counted in errs by its code.
func awaitEnd(c *websocket.Conn, id string, errs map[string]int) (frame, error) {
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return frame{}, err
		}
		f, err := decodeFrame(data)
		if err != nil {
			return frame{}, &failure{reason: "invalid_frame", err: err}
		}
		switch {
		case f.Type == "error":
			errs[f.Code]++
			if f.ReplyTo == id || f.ReplyTo == "" {
				return f, nil
			}
		case f.Type == "answer.end" && f.ReplyTo == id:
			return f, nil
		}
	}
}

// addCounts adds the counts of src to dst.
func addCounts(dst, src map[string]int) {
	for k, v := range src {
		dst[k] += v
	}
}

// sum is the total of a count map.
func sum(m map[string]int) int {
	n := 0
	for v := range maps.Values(m) {
		n += v
	}
	return n
}
