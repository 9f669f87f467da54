# citizenbot — common tasks. `make help` lists them.
#
# Targets that need PostgreSQL run scripts/db.sh first: it starts a project-local cluster
# with pgvector in .pg/ (installing PostgreSQL/pgvector on Debian/Ubuntu if needed), or,
# when DATABASE_URL is set, uses that database instead.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO ?= go
BIN := bin/citizenbot
GOBIN_DIR := $(or $(shell $(GO) env GOBIN 2>/dev/null),$(shell $(GO) env GOPATH 2>/dev/null)/bin)
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(GOBIN_DIR)/staticcheck

# Shell prefix for recipes: ensures the database, then exports DATABASE_URL (from the last
# line of scripts/db.sh, which is DATABASE_URL=...). Fails if scripts/db.sh fails.
WITH_DB = dburl="$$(bash scripts/db.sh | tail -n1)"; \
	[[ $$dburl == DATABASE_URL=?* ]] || { echo "scripts/db.sh printed no DATABASE_URL" >&2; exit 1; }; \
	export "$$dburl";

# Shell prefix for `make test`: ensures Chromium and axe-core for the widget's browser tests,
# then exports CITIZENBOT_CHROMIUM and CITIZENBOT_AXE (the last two lines of scripts/browser.sh).
WITH_BROWSER = browser="$$(bash scripts/browser.sh | tail -n2)"; \
	while IFS= read -r line; do if [[ $$line == CITIZENBOT_*=* ]]; then export "$$line"; fi; done <<<"$$browser";

.PHONY: help db db-stop test bench bench-chat build run lint fmtcheck staticcheck

help:
	@echo 'make db        start the local PostgreSQL+pgvector (or use $$DATABASE_URL); prints DATABASE_URL'
	@echo 'make db-stop   stop the local cluster'
	@echo 'make test      go vet + go test against the database, widget tests in headless Chromium'
	@echo 'make bench     benchmarks against the database'
	@echo 'make bench-chat load test of the chat server over berlin.jsonl (a few minutes)'
	@echo 'make build     build $(BIN)'
	@echo 'make run       build, ingest data/demo.jsonl, serve'
	@echo 'make lint      gofmt check, go vet, staticcheck'

db:
	@bash scripts/db.sh

db-stop:
	@bash scripts/db.sh stop

test:
	@$(WITH_DB) $(WITH_BROWSER) $(GO) vet ./... && $(GO) test -count=1 ./...

bench:
	@$(WITH_DB) $(GO) test -run '^$$' -bench . -benchmem ./...

bench-chat:
	@bash scripts/bench-chat.sh

build:
	$(GO) build -o $(BIN) ./cmd/citizenbot

run: build
	@$(WITH_DB) ./$(BIN) ingest data/demo.jsonl && exec ./$(BIN) serve

lint: fmtcheck staticcheck
	$(GO) vet ./...
	$(STATICCHECK) ./...

# Fails listing the files that gofmt would change.
fmtcheck:
	@dirs="$$($(GO) list -e -f '{{.Dir}}' ./...)"; \
	if [[ -z $$dirs ]]; then exit 0; fi; \
	bad="$$(gofmt -l $$dirs)"; \
	if [[ -n $$bad ]]; then echo "gofmt needed (run gofmt -w):" >&2; echo "$$bad" >&2; exit 1; fi

# Installs the pinned staticcheck into $(GOBIN_DIR) unless that version is there.
staticcheck:
	@if ! "$(STATICCHECK)" -version 2>/dev/null | grep -qF "($(STATICCHECK_VERSION:v%=%))"; then \
		echo "installing staticcheck $(STATICCHECK_VERSION) into $(GOBIN_DIR)"; \
		$(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION); \
	fi
