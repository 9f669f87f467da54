#!/usr/bin/env bash
# Chat load benchmark: answers over the Berlin catalogue and idle connections.
#
#   scripts/bench-chat.sh          (or: make bench-chat)
#
# Builds bin/citizenbot and bin/citizenbot-load, loads the catalogue into a
# separate database citizenbot_bench (dropped and created again) on the
# server of scripts/db.sh, starts the chat server on 127.0.0.1:18080 with
# the rate and connection limits raised (a benchmark comes from one
# address, which the default limits would stop after 60 messages a minute
# and 20 connections), and measures:
#   1. answers, 100 conversations in a closed loop, 30 s after 5 s warm-up
#   2. answers at an open-loop rate of 300 messages/s, 30 s after 5 s warm-up
#   3. 10,000 idle connections held 30 s, with the server's RSS (a freshly
#      started server, so that its memory is that of the connections)
# Every run is bounded by the tool's -timeout; the server is stopped at the
# end. Exit status 1 if any run failed (an error, a refused connection).
#
# Environment: CATALOG (default ../shared/catalog/berlin.jsonl), QUESTIONS
# (default ../shared/eval/questions_written.jsonl; the tool's built-in list
# if missing), BENCH_ADDR (default 127.0.0.1:18080), IDLE_CONNS (10000),
# DURATION (30s), RATE (300), GOMEMLIMIT (the server's soft memory limit,
# 400MiB as the README suggests; "off" for none).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
CATALOG=${CATALOG:-$ROOT/../shared/catalog/berlin.jsonl}
QUESTIONS=${QUESTIONS:-$ROOT/../shared/eval/questions_written.jsonl}
ADDR=${BENCH_ADDR:-127.0.0.1:18080}
IDLE_CONNS=${IDLE_CONNS:-10000}
DURATION=${DURATION:-30s}
RATE=${RATE:-300}
BENCH_DB=citizenbot_bench
LOG=$ROOT/bin/bench-chat-server.log

log() { printf 'bench-chat: %s\n' "$*" >&2; }
die() {
	printf 'bench-chat: error: %s\n' "$*" >&2
	exit 1
}

[[ -r $CATALOG ]] || die "no catalogue at $CATALOG: set CATALOG=path/to/catalogue.jsonl"
case $ADDR in 127.* | localhost:*) ;; *) die "BENCH_ADDR=$ADDR: the benchmark runs on loopback only" ;; esac

# --- build --------------------------------------------------------------------------------
log "building bin/citizenbot and bin/citizenbot-load"
go build -o bin/citizenbot ./cmd/citizenbot
go build -o bin/citizenbot-load ./cmd/citizenbot-load

# --- database -------------------------------------------------------------------------------
# scripts/db.sh starts (or reuses) the local cluster and prints DATABASE_URL=... last.
dburl=$(bash scripts/db.sh | tail -n1)
[[ $dburl == DATABASE_URL=?* ]] || die "scripts/db.sh printed no DATABASE_URL"
ADMIN_URL=${dburl#DATABASE_URL=}
# The same server and user, database citizenbot_bench (the path of the URL replaced).
BENCH_URL=$(printf '%s' "$ADMIN_URL" | sed -E "s#^(postgres(ql)?://[^/?]+)(/[^?]*)?#\\1/$BENCH_DB#")
[[ $BENCH_URL == *"/$BENCH_DB"* ]] || die "cannot derive the benchmark database URL from $ADMIN_URL"

# psql of the PostgreSQL installation scripts/db.sh uses (the highest in /usr/lib/postgresql), else PATH.
PSQL=$(ls -1d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n1 || true)
[[ -x ${PSQL:-} ]] || PSQL=$(command -v psql || true)
[[ -x ${PSQL:-} ]] || die "psql not found (install the PostgreSQL client)"
psql_q() { PGOPTIONS="-c client_min_messages=warning" "$PSQL" -X -q -v ON_ERROR_STOP=1 "$@" </dev/null; }

log "creating database $BENCH_DB (dropping an old one)"
psql_q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql_q "$ADMIN_URL" -c "CREATE DATABASE $BENCH_DB"
psql_q "$BENCH_URL" -c "CREATE EXTENSION IF NOT EXISTS vector"
export DATABASE_URL=$BENCH_URL
log "ingesting $CATALOG"
bin/citizenbot ingest "$CATALOG"

# --- server ---------------------------------------------------------------------------------
# 10,000 connections need as many file descriptors in the server and in the tool.
hard=$(ulimit -Hn)
want=65536
if [[ $hard != unlimited ]] && ((hard < want)); then want=$hard; fi
ulimit -n "$want"
if ((want < IDLE_CONNS + 200)); then
	log "warning: open-file limit $want is too low for $IDLE_CONNS idle connections (raise the hard limit as root)"
fi

SERVER_PID=""
stop_server() {
	if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
		kill -TERM "$SERVER_PID" 2>/dev/null || true
		# A chat server may wait up to its 25 s shutdown grace; do not wait longer.
		for _ in $(seq 1 60); do
			kill -0 "$SERVER_PID" 2>/dev/null || break
			sleep 0.5
		done
		kill -KILL "$SERVER_PID" 2>/dev/null || true
		wait "$SERVER_PID" 2>/dev/null || true
	fi
	SERVER_PID=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# Starts the server with the limits raised for a single-address benchmark and waits for /readyz.
start_server() {
	local limit=${GOMEMLIMIT:-400MiB}
	GOMEMLIMIT=$limit CITIZENBOT_ADDR=$ADDR CITIZENBOT_LOG_LEVEL=warn \
		CITIZENBOT_RATE_CONVERSATION=1000000 CITIZENBOT_RATE_IP=1000000 CITIZENBOT_CONNS_PER_IP=1000000 \
		bin/citizenbot serve 2>>"$LOG" &
	SERVER_PID=$!
	for _ in $(seq 1 60); do
		if curl -fsS -o /dev/null --max-time 2 "http://$ADDR/readyz" 2>/dev/null; then
			log "server ready on $ADDR (pid $SERVER_PID, GOMEMLIMIT $limit, log $LOG)"
			return 0
		fi
		kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited; see $LOG"
		sleep 0.5
	done
	die "the server was not ready within 30 s; see $LOG"
}

: >"$LOG"
LOAD=(bin/citizenbot-load -url "ws://$ADDR/ws" -json)
QFLAG=()
if [[ -r $QUESTIONS ]]; then
	QFLAG=(-questions "$QUESTIONS")
else
	log "no questions at $QUESTIONS: asking the load tool's built-in list, whose figures are not comparable (set QUESTIONS=path/to/questions.jsonl)"
fi
failed=0

start_server
log "run 1: answers, 100 conversations, closed loop"
"${LOAD[@]}" -mode answers -conns 100 -warmup 5s -duration "$DURATION" "${QFLAG[@]}" -timeout 3m || failed=1
log "run 2: answers, 100 conversations, open loop at $RATE/s"
"${LOAD[@]}" -mode answers -conns 100 -rate "$RATE" -warmup 5s -duration "$DURATION" "${QFLAG[@]}" -timeout 3m || failed=1
stop_server

start_server
log "run 3: $IDLE_CONNS idle connections"
"${LOAD[@]}" -mode idle -conns "$IDLE_CONNS" -hold 30s -server-pid "$SERVER_PID" -timeout 5m || failed=1
stop_server

if ((failed)); then
	log "at least one run failed (see its errors above and $LOG)"
	exit 1
fi
log "done"
