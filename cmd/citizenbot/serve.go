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

	"citizenbot/web"
)

// shutdownGrace is how long a stopping server waits for requests in flight.
const shutdownGrace = 10 * time.Second

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

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w: set CITIZENBOT_ADDR to a free address", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           web.New(store, log).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "url", "http://"+displayAddr(ln.Addr()), "embedder", store.Embedder().Name())
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
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// displayAddr turns a listening address into one a browser can open.
func displayAddr(a net.Addr) string {
	if tcp, ok := a.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", tcp.Port)
	}
	return a.String()
}
