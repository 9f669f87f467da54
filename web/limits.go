package web

import (
	"sync"
	"time"
)

// Limits protect the chat server from runaway and abusive clients. Zero
// values mean the defaults; docs/protocol.md lists them.
type Limits struct {
	MaxFrameBytes   int64 // largest client frame; more closes the connection (1009). Default 128 KiB
	MaxMessageChars int   // longest message text. Default 1000
	MaxCommentChars int   // longest feedback comment. Default 1000
	ConvPerMinute   int   // messages per minute per conversation. Default 20
	IPPerMinute     int   // messages per minute per client IP. Default 60
	ConnsPerIP      int   // open websocket connections per client IP. Default 20
}

func (l Limits) withDefaults() Limits {
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	if l.MaxFrameBytes <= 0 {
		l.MaxFrameBytes = 128 << 10
	}
	set(&l.MaxMessageChars, 1000)
	set(&l.MaxCommentChars, 1000)
	set(&l.ConvPerMinute, 20)
	set(&l.IPPerMinute, 60)
	set(&l.ConnsPerIP, 20)
	return l
}

// rateLimiter is a token bucket per key: perMinute tokens a minute, as
// many at once. It forgets idle keys, so it does not grow with the
// number of clients ever seen.
type rateLimiter struct {
	mu        sync.Mutex
	perMinute float64
	buckets   map[string]*bucket
	calls     int
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newRateLimiter(perMinute int) *rateLimiter {
	return &rateLimiter{perMinute: float64(perMinute), buckets: map[string]*bucket{}}
}

// allow takes a token from key's bucket and says whether there was one.
func (l *rateLimiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.calls++; l.calls%4096 == 0 {
		l.sweep(now)
	}
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.perMinute, last: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.perMinute, b.tokens+now.Sub(b.last).Minutes()*l.perMinute)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweep drops the buckets that have filled up again: they are as good as new.
func (l *rateLimiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if now.Sub(b.last) > time.Minute {
			delete(l.buckets, k)
		}
	}
}

// connCounter counts open connections per IP.
type connCounter struct {
	mu    sync.Mutex
	max   int
	count map[string]int
}

// acquire counts a new connection of ip, unless ip has max already.
func (c *connCounter) acquire(ip string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.count[ip] >= c.max {
		return false
	}
	c.count[ip]++
	return true
}

func (c *connCounter) release(ip string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.count[ip]--; c.count[ip] <= 0 {
		delete(c.count, ip)
	}
}
