package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"citizenbot/bot"
	"citizenbot/knowledge"
	"citizenbot/web"
)

// shutdownGrace is how long a stopping server waits for requests and
// answers in flight: longer than a model answer may take (20 s by default),
// shorter than the 30 s orchestrators usually allow.
const shutdownGrace = 25 * time.Second

func serve(ctx context.Context, cfg config, args []string, stderr io.Writer) error {
	if len(args) > 0 {
		return fmt.Errorf("serve takes no arguments; configure it with environment variables (see README.md)")
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	store, err := cfg.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// Vectors are missing after the embedder changed; until they are back,
	// search works on words alone.
	go func() {
		if n, err := store.EmbedMissing(ctx, 256, nil); err != nil {
			log.Error("embedding missing chunks", "err", err)
		} else if n > 0 {
			log.Info("embedded missing chunks", "chunks", n)
		}
	}()

	go purgeConversations(ctx, store, cfg.Retention, log)
	kb, err := store.Live(ctx, log)
	if err != nil {
		return err
	}
	go kb.Watch(ctx)
	b, err := cfg.bot(kb, log)
	if err != nil {
		return err
	}
	console := cfg.Console
	// Drafts are tried with a bot configured like the chat's, over an index
	// that holds the draft.
	console.TryBot = func(kb bot.Knowledge) *bot.Bot {
		tb, err := cfg.bot(kb, log)
		if err != nil {
			return bot.New(kb, bot.Options{Log: log})
		}
		return tb
	}
	chat := web.New(store, kb, b, web.Options{Log: log, Limits: cfg.Limits, ResumeTTL: cfg.ResumeTTL, TrustProxy: cfg.TrustProxy, Console: console})

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w: set CITIZENBOT_ADDR to a free address", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           chat.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "url", "http://"+displayAddr(ln.Addr()), "embedder", store.Embedder().Name(), "chat_model", cfg.ChatModel)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	// Stop listening and finish plain requests while the chat connections
	// finish their answers and say goodbye.
	drained := make(chan error, 1)
	go func() { drained <- chat.Drain(sctx) }()
	err = srv.Shutdown(sctx)
	if derr := <-drained; derr != nil {
		log.Warn("closed chat connections before their answers were done", "err", derr)
	}
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	log.Info("stopped")
	return nil
}

// purgeConversations deletes conversations inactive for longer than
// retention, at start and then every hour, until ctx ends.
func purgeConversations(ctx context.Context, store *knowledge.Store, retention time.Duration, log *slog.Logger) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		n, err := store.DeleteConversations(ctx, time.Now().Add(-retention))
		if err != nil && ctx.Err() == nil {
			log.Error("deleting old conversations", "err", err)
		} else if n > 0 {
			log.Info("deleted old conversations", "conversations", n, "retention", retention)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// displayAddr turns a listening address into one a browser can open.
func displayAddr(a net.Addr) string {
	if tcp, ok := a.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", tcp.Port)
	}
	return a.String()
}
