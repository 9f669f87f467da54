package main

import (
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// result is what a run measured; -json prints it as it is.
type result struct {
	Mode        string         `json:"mode"`
	URL         string         `json:"url"`
	Conns       int            `json:"conns"`
	Interrupted bool           `json:"interrupted,omitempty"` // stopped early (signal or -timeout)
	Answers     *answersResult `json:"answers,omitempty"`
	Idle        *idleResult    `json:"idle,omitempty"`
}

// answersResult is the outcome of -mode answers. Latency runs from writing
// a message (in an open loop: from when it was due) to its answer.end.
type answersResult struct {
	Seconds       float64        `json:"seconds"` // measured period, warm-up excluded
	TargetRate    float64        `json:"target_rate,omitempty"`
	Answers       int            `json:"answers"` // answer.end received in the measured period
	AnswersPerSec float64        `json:"answers_per_sec"`
	Latency       latency        `json:"latency_ms"`
	Statuses      map[string]int `json:"statuses"`
	Errors        map[string]int `json:"errors"` // error frames by code, network failures by reason
}

// latency summarises latencies in milliseconds.
type latency struct {
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
	P99  float64 `json:"p99"`
	Max  float64 `json:"max"`
	Mean float64 `json:"mean"`
}

// idleResult is the outcome of -mode idle. Memory is in KiB, as /proc
// reports it; the server figures are zero without -server-pid.
type idleResult struct {
	Established    int            `json:"established"`
	Failures       map[string]int `json:"failures"` // refused or failed connections by reason
	Dropped        map[string]int `json:"dropped"`  // connections lost while held, by reason
	OpenSeconds    float64        `json:"open_seconds"`
	HeldSeconds    float64        `json:"held_seconds"`
	ServerRSSStart int64          `json:"server_rss_before_kib,omitempty"`
	ServerRSSOpen  int64          `json:"server_rss_open_kib,omitempty"` // after all were open and -settle passed
	ServerRSSEnd   int64          `json:"server_rss_end_kib,omitempty"`  // at the end of -hold
	ServerHWM      int64          `json:"server_hwm_kib,omitempty"`      // peak RSS of the server's life
	ServerDelta    int64          `json:"server_rss_delta_kib,omitempty"`
	PerConnKiB     float64        `json:"server_kib_per_conn,omitempty"`
	ClientRSS      int64          `json:"client_rss_kib"`
}

// summarize computes the latency figures of ds.
func summarize(ds []time.Duration) latency {
	if len(ds) == 0 {
		return latency{}
	}
	slices.Sort(ds)
	ms := func(d time.Duration) float64 { return math.Round(float64(d)/1e4) / 100 }
	// nearest-rank percentile
	pct := func(p float64) float64 { return ms(ds[int(math.Ceil(p*float64(len(ds))))-1]) }
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return latency{P50: pct(0.50), P95: pct(0.95), P99: pct(0.99), Max: ms(ds[len(ds)-1]), Mean: ms(sum / time.Duration(len(ds)))}
}

// failures counts everything that makes the run a failed measurement.
func (r result) failures() int {
	n := 0
	if r.Answers != nil {
		for _, c := range r.Answers.Errors {
			n += c
		}
	}
	if r.Idle != nil {
		for _, c := range r.Idle.Failures {
			n += c
		}
		n += sum(r.Idle.Dropped)
	}
	return n
}

// print writes the result for people.
func (r result) print(w io.Writer) {
	fmt.Fprintf(w, "mode %s, %d connections to %s\n", r.Mode, r.Conns, r.URL)
	if r.Interrupted {
		fmt.Fprintln(w, "INTERRUPTED: the run stopped early; the figures are incomplete")
	}
	if a := r.Answers; a != nil {
		loop := "closed loop"
		if a.TargetRate > 0 {
			loop = fmt.Sprintf("open loop at %g/s", a.TargetRate)
		}
		fmt.Fprintf(w, "  %s: %d answers in %.1f s = %.1f answers/s\n", loop, a.Answers, a.Seconds, a.AnswersPerSec)
		if a.TargetRate > 0 && a.AnswersPerSec < 0.95*a.TargetRate {
			fmt.Fprintf(w, "  TARGET RATE NOT REACHED: the server answered %.0f%% of it; messages queued, latency includes the queueing\n",
				100*a.AnswersPerSec/a.TargetRate)
		}
		l := a.Latency
		fmt.Fprintf(w, "  latency message → answer.end: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms\n",
			l.P50, l.P95, l.P99, l.Max, l.Mean)
		fmt.Fprintf(w, "  statuses: %s\n", counts(a.Statuses))
		fmt.Fprintf(w, "  errors: %s\n", counts(a.Errors))
	}
	if i := r.Idle; i != nil {
		fmt.Fprintf(w, "  established %d of %d in %.1f s, held %.1f s\n", i.Established, r.Conns, i.OpenSeconds, i.HeldSeconds)
		fmt.Fprintf(w, "  failures: %s; dropped while held: %s\n", counts(i.Failures), counts(i.Dropped))
		if i.ServerRSSStart > 0 {
			fmt.Fprintf(w, "  server RSS: before %s, all open %s, end %s; delta %s (%.1f KiB per connection); peak (VmHWM) %s\n",
				mib(i.ServerRSSStart), mib(i.ServerRSSOpen), mib(i.ServerRSSEnd), mib(i.ServerDelta), i.PerConnKiB, mib(i.ServerHWM))
		}
		fmt.Fprintf(w, "  load tool RSS: %s\n", mib(i.ClientRSS))
	}
}

// counts prints a count map sorted by key, or "none".
func counts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// round2 rounds x to two decimals, for readable JSON.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

// mib formats KiB as MiB.
func mib(kib int64) string { return fmt.Sprintf("%.1f MiB", float64(kib)/1024) }
