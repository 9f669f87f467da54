package knowledge

import (
	"context"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// retryBackoff paces the retries of a remote call: exponential backoff from
// base, capped at limit, with jitter so that many clients hit by the same
// outage do not retry in step. A server's Retry-After wins, up to
// retryAfterLimit. sleep is replaceable so tests need not wait.
type retryBackoff struct {
	base, limit time.Duration
	sleep       func(ctx context.Context, d time.Duration) error
}

// retryAfterLimit caps how long a server's Retry-After can make us wait.
const retryAfterLimit = time.Minute

func defaultRetryBackoff() retryBackoff {
	return retryBackoff{base: 200 * time.Millisecond, limit: 5 * time.Second, sleep: sleepContext}
}

// wait sleeps before retry number attempt+1 (attempt counts from 0), or for
// serverWait if the server asked for it. It returns early with ctx's error.
func (b retryBackoff) wait(ctx context.Context, attempt int, serverWait time.Duration) error {
	d := min(serverWait, retryAfterLimit)
	if d <= 0 {
		d = min(b.base<<min(attempt, 30), b.limit)
		d = d/2 + rand.N(d/2+1) // "equal jitter": at least half the backoff
	}
	return b.sleep(ctx, d)
}

func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// retryAfterHint carries a server's Retry-After from the HTTP layer, which
// sees the headers, back to the retry loop, which go-openai's errors do not
// give them to. It travels in the request's context, one per attempt.
type retryAfterHint struct{ wait time.Duration }

type retryAfterKey struct{}

// retryAfterRecorder is the HTTP client of go-openai: it passes requests on
// and records the Retry-After of each response in the request's hint.
type retryAfterRecorder struct {
	next interface {
		Do(*http.Request) (*http.Response, error)
	}
}

// Do sends req and notes the response's Retry-After.
func (r retryAfterRecorder) Do(req *http.Request) (*http.Response, error) {
	resp, err := r.next.Do(req)
	if hint, ok := req.Context().Value(retryAfterKey{}).(*retryAfterHint); ok && err == nil {
		hint.wait = parseRetryAfter(resp.Header, time.Now())
	}
	return resp, err
}

// parseRetryAfter reads "retry-after-ms" (Azure, OpenAI) or "Retry-After"
// in seconds or as an HTTP date; 0 if absent or unreadable.
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	// Clamp before converting: a huge value would overflow a Duration.
	if ms, err := strconv.ParseFloat(h.Get("Retry-After-Ms"), 64); err == nil && ms > 0 {
		return time.Duration(min(ms, 1e6) * float64(time.Millisecond))
	}
	v := h.Get("Retry-After")
	if s, err := strconv.ParseFloat(v, 64); err == nil && s > 0 {
		return time.Duration(min(s, 1e3) * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
