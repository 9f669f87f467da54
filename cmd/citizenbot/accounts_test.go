package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"citizenbot/knowledge"
	"citizenbot/knowledge/knowledgetest"
)

func TestUsersAndTokensCommands(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": knowledgetest.URL(t)}
	cfg, err := loadConfig(env(vars))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var out, errOut bytes.Buffer
	err = usersCmd(ctx, cfg, []string{"add", "--tenant", "demo", "--role", "editor", "--name", "anna"},
		strings.NewReader("correct horse battery\n"), &out, &errOut)
	if err != nil {
		t.Fatalf("users add: %v\n%s", err, errOut.String())
	}
	err = usersCmd(ctx, cfg, []string{"add", "--tenant", "demo", "--name", "bob"}, strings.NewReader("short\n"), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "fewer than") {
		t.Errorf("short password: %v, want a message saying it is too short", err)
	}
	out.Reset()
	if err := tokensCmd(ctx, cfg, []string{"create", "--tenant", "demo", "--role", "editor", "--name", "cms"}, &out, &errOut); err != nil {
		t.Fatalf("tokens create: %v\n%s", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	token := lines[len(lines)-1]

	store, err := cfg.openStore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := store.Login(ctx, "anna", "correct horse battery", time.Minute); err != nil {
		t.Errorf("log in with the password given on stdin: %v", err)
	}
	if a, err := store.TokenActor(ctx, token); err != nil || a.TenantID != "demo" || a.Role != knowledge.RoleEditor {
		t.Errorf("the last line %q is not a working token: %+v, %v", token, a, err)
	}
}
