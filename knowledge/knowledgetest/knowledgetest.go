// Package knowledgetest gives tests a real, empty knowledge base: a fresh
// PostgreSQL database of its own, dropped when the test ends.
package knowledgetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"citizenbot/knowledge"
)

// URL returns the URL of a new, empty database on the server named by
// DATABASE_URL, dropped when the test ends. Without DATABASE_URL the test is
// skipped with a message saying how to run it, except under CI=true, where
// a missing database fails the test: CI must never skip these tests.
func URL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("DATABASE_URL")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DATABASE_URL is not set in CI: `make test` starts a database; run the tests through it")
		}
		t.Skip("SKIPPING: this test needs PostgreSQL with pgvector; run `make test`, or set DATABASE_URL (`make db` prints one)")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to DATABASE_URL: %v", err)
	}
	defer admin.Close(ctx)
	buf := make([]byte, 6)
	rand.Read(buf)
	name := "citizenbot_test_" + hex.EncodeToString(buf)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop test database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse DATABASE_URL: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

// Store opens a store on a new, empty database with the given embedder and
// closes it when the test ends.
func Store(t testing.TB, emb knowledge.Embedder) *knowledge.Store {
	t.Helper()
	s, err := knowledge.Open(context.Background(), URL(t), emb)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}
