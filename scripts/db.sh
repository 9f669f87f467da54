#!/usr/bin/env bash
# Local PostgreSQL + pgvector for citizenbot (development and CI).
#
#   scripts/db.sh          ensure the database runs; prints DATABASE_URL=... as the last line
#   scripts/db.sh url      print DATABASE_URL=... without starting anything
#   scripts/db.sh stop     stop the project-local cluster
#
#   export "$(scripts/db.sh | tail -n1)"      # in your shell
#
# With DATABASE_URL already set (your own database), it only prints it. Otherwise it keeps
# a cluster in .pg/ of this checkout (data in .pg/data, socket and log in .pg/), listening
# on 127.0.0.1:${CITIZENBOT_DB_PORT:-54329} with trust auth, user and database "citizenbot".
# On Debian/Ubuntu it installs what is missing: the PostgreSQL server and pgvector (the
# distribution's package, or else Debian's/Ubuntu's pgvector source package built locally).
# All output except the URL goes to stderr.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
PGDIR=$ROOT/.pg
DATA=$PGDIR/data
LOG=$PGDIR/postgres.log
READY=$PGDIR/ready            # written once the database and the extension exist
PORT=${CITIZENBOT_DB_PORT:-54329}
DBNAME=citizenbot
DBUSER=citizenbot
URL="postgres://$DBUSER@127.0.0.1:$PORT/$DBNAME?sslmode=disable"
ADMIN_URL="postgres://$DBUSER@127.0.0.1:$PORT/postgres?sslmode=disable"
MIN_PGVECTOR=0.5
MIN_PG=15

log() { printf 'db.sh: %s\n' "$*" >&2; }
die() {
	printf 'db.sh: error: %s\n' "$1" >&2
	shift
	local line
	for line in "$@"; do printf '  %s\n' "$line" >&2; done
	exit 1
}
print_url() { printf 'DATABASE_URL=%s\n' "${1:-$URL}"; }

[[ $PORT =~ ^[0-9]+$ ]] || die "CITIZENBOT_DB_PORT must be a port number, not '$PORT'"

# Unix socket paths are limited to ~107 bytes; a deep checkout gets its socket in /tmp.
SOCKDIR=$PGDIR
if ((${#SOCKDIR} + 16 > 100)); then
	SOCKDIR=${TMPDIR:-/tmp}/citizenbot-pg-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
fi
case $SOCKDIR in *"'"* | *'"'* | *\\*) die "the checkout path must not contain quotes or backslashes: $SOCKDIR" ;; esac

MODE=${1:-up}
case $MODE in
up | start | url | stop) ;;
-h | --help | help)
	sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
	exit 0
	;;
*) die "unknown command '$MODE' (use: up, url, stop)" ;;
esac

# A DATABASE_URL from the environment is the user's own database, unless it is exactly this
# script's URL (exported from an earlier run): then make sure the local cluster is up.
if [[ $MODE != stop && -n ${DATABASE_URL:-} && ${DATABASE_URL} != "$URL" ]]; then
	print_url "$DATABASE_URL"
	exit 0
fi
if [[ $MODE == url ]]; then
	print_url
	exit 0
fi

# ---------------------------------------------------------------------------------------
# PostgreSQL binaries

# Highest installed PostgreSQL server major version on Debian/Ubuntu ("" if none).
installed_major() {
	local d best=""
	for d in /usr/lib/postgresql/*/bin/postgres; do
		[[ -x $d ]] || continue
		d=${d#/usr/lib/postgresql/}
		d=${d%%/*}
		[[ $d =~ ^[0-9]+$ ]] || continue
		if [[ -z $best ]] || ((d > best)); then best=$d; fi
	done
	printf '%s' "$best"
}

# Sets PGBIN (directory with postgres, pg_ctl, psql, ...) for major $1, or from PATH.
set_pgbin() {
	PGBIN=""
	if [[ -n ${1:-} && -x /usr/lib/postgresql/$1/bin/postgres ]]; then
		PGBIN=/usr/lib/postgresql/$1/bin
	elif command -v pg_config >/dev/null 2>&1 && [[ ! -d /usr/lib/postgresql ]]; then
		# Not a Debian-style layout (e.g. a source or distribution build in PATH).
		local b
		b=$(pg_config --bindir 2>/dev/null) || b=""
		if [[ -n $b && -x $b/postgres ]]; then PGBIN=$b; fi
	fi
}

# Major version of the existing data directory ("" if none).
data_major() {
	if [[ -r $DATA/PG_VERSION ]]; then
		tr -dc '0-9' <"$DATA/PG_VERSION"
	fi
}

# ---------------------------------------------------------------------------------------
# Running as the right user: initdb and postgres refuse to run as root.

IS_ROOT=0
if [[ $(id -u) == 0 ]]; then IS_ROOT=1; fi
PGUSER_OS=$(id -un)

choose_os_user() {
	if ((IS_ROOT)); then
		PGUSER_OS=postgres
		if [[ -e $DATA ]]; then
			local owner
			owner=$(stat -c %U "$DATA")
			if [[ $owner != root ]]; then PGUSER_OS=$owner; fi
		fi
		id -u "$PGUSER_OS" >/dev/null 2>&1 ||
			die "running as root, but there is no '$PGUSER_OS' system user to run PostgreSQL as" \
				"(the postgresql package creates it), or run this script as an ordinary user"
	fi
}

# Runs a command as the cluster's OS user, from / (the user may not be able to read the cwd).
as_pg() {
	if ((IS_ROOT)); then
		if command -v runuser >/dev/null 2>&1; then
			(cd / && runuser -u "$PGUSER_OS" -- "$@")
		else
			(cd / && su -s /bin/sh "$PGUSER_OS" -c "$(printf '%q ' "$@")")
		fi
	else
		"$@"
	fi
}

# Every directory above .pg must be searchable by the cluster's user.
check_reachable() {
	if as_pg test -x "$PGDIR" 2>/dev/null; then return 0; fi
	local d="" part
	local -a parts
	IFS=/ read -ra parts <<<"${PGDIR#/}"
	for part in "${parts[@]}"; do # from the top down: the first one it cannot enter
		d=$d/$part
		if ! as_pg test -x "$d" 2>/dev/null; then
			die "PostgreSQL runs as user '$PGUSER_OS' (it refuses root), but '$d' is not searchable by it" \
				"every directory above $PGDIR needs the execute bit for that user, e.g.:" \
				"  chmod o+x '$d'" \
				"or move the checkout elsewhere (e.g. under /work or /srv), or run as an ordinary user"
		fi
	done
	die "user '$PGUSER_OS' cannot reach $PGDIR"
}

# ---------------------------------------------------------------------------------------
# Fast path: the cluster of this checkout answers on its socket.

cluster_ready() {
	[[ -S $SOCKDIR/.s.PGSQL.$PORT && -e $READY && -x ${PGBIN:-}/pg_isready ]] &&
		"$PGBIN/pg_isready" -q -h "$SOCKDIR" -p "$PORT" -t 3 >/dev/null 2>&1
}

if [[ $MODE != stop ]]; then
	set_pgbin "$(data_major)"
	if cluster_ready; then
		print_url
		exit 0
	fi
fi

# ---------------------------------------------------------------------------------------
# Slow path, under a lock: install, init, start, set up.

if [[ $MODE == stop && ! -d $DATA ]]; then
	log "no local cluster in $DATA"
	exit 0
fi

mkdir -p "$PGDIR" 2>/dev/null || die "cannot create $PGDIR"
if ! { : >>"$PGDIR/lock"; } 2>/dev/null; then
	die "cannot write to $PGDIR (owned by $(stat -c %U "$PGDIR" 2>/dev/null || echo '?'))" \
		"it was probably created by a run as root; run as root too, or remove it: sudo rm -rf '$PGDIR'"
fi
if command -v flock >/dev/null 2>&1; then
	exec 9>>"$PGDIR/lock"
	if ! flock -n 9; then
		log "waiting for another scripts/db.sh (lock $PGDIR/lock) ..."
		flock -w 900 9 || die "timed out waiting for the lock $PGDIR/lock"
	fi
fi

# Whether the postmaster of $DATA is alive. With /proc, a zombie (a killed server not yet
# reaped by init) counts as dead; pg_ctl status would report it as running.
pg_running() {
	local pid state
	[[ -f $DATA/postmaster.pid ]] || return 1
	if [[ -r /proc/self/stat ]]; then
		pid=$(head -n1 "$DATA/postmaster.pid" 2>/dev/null) || return 1
		[[ $pid =~ ^[0-9]+$ ]] || return 1
		state=$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
		[[ -n $state && $state != Z ]]
	else
		as_pg "$PGBIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
	fi
}

if [[ $MODE == stop ]]; then
	choose_os_user
	set_pgbin "$(data_major)"
	[[ -n $PGBIN ]] || die "PostgreSQL $(data_major) binaries for $DATA are not installed"
	if pg_running; then
		log "stopping the cluster in $DATA"
		as_pg "$PGBIN/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >&2 9>&- </dev/null
	else
		log "the cluster in $DATA is not running"
	fi
	rm -f "$READY"
	exit 0
fi

# Another run may have finished while we waited for the lock.
set_pgbin "$(data_major)"
if cluster_ready; then
	print_url
	exit 0
fi

# --- installing -------------------------------------------------------------------------

SUDO=()
APT_UPDATED=0
OS_ID=""
OS_CODENAME=""
PGMAJOR=""
if [[ -r /etc/os-release ]]; then
	# shellcheck disable=SC1091
	OS_ID=$(. /etc/os-release && printf '%s' "${ID:-}")
	# shellcheck disable=SC1091
	OS_CODENAME=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
fi

# Explains what to install by hand, then exits.
cannot_install() {
	die "$1" \
		"needed: PostgreSQL >= $MIN_PG server and pgvector >= $MIN_PGVECTOR (with CREATE EXTENSION vector working)" \
		"on Debian/Ubuntu: apt-get install postgresql postgresql-${PGMAJOR:-NN}-pgvector   (NN: the server's major version;" \
		"  where there is no such package, run this script as root: it builds the distribution's pgvector source package)" \
		"elsewhere: install PostgreSQL and pgvector (https://github.com/pgvector/pgvector#installation)," \
		"  make pg_config / pg_ctl available in PATH, and run this script again" \
		"or with Docker: docker compose up -d, then" \
		"  export DATABASE_URL='postgres://citizenbot:citizenbot@127.0.0.1:54329/citizenbot?sslmode=disable'" \
		"or bring your own database: export DATABASE_URL=postgres://..."
}

need_apt() {
	command -v apt-get >/dev/null 2>&1 || cannot_install "$1, and this is not a Debian/Ubuntu system (no apt-get)"
	if ((!IS_ROOT)); then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			SUDO=(sudo -n)
		else
			cannot_install "$1, and installing needs root (run as root, or with password-less sudo)"
		fi
	fi
}

apt_update_once() {
	if ((!APT_UPDATED)); then
		log "apt-get update"
		"${SUDO[@]}" apt-get update -q >&2 </dev/null
		APT_UPDATED=1
	fi
}

apt_install() {
	apt_update_once
	log "apt-get install $*"
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2 </dev/null
}

# Candidate version of a Debian package ("" if not available), without epoch and revision.
apt_candidate() {
	local v
	v=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')
	[[ -z $v || $v == "(none)" ]] && return 0
	v=${v#*:}
	printf '%s' "${v%%-*}"
}

version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }

PGMAJOR=$(data_major)
if [[ -n $PGMAJOR ]]; then
	set_pgbin "$PGMAJOR"
	if [[ -z $PGBIN ]]; then
		die "$DATA was created by PostgreSQL $PGMAJOR, whose server is not installed" \
			"install postgresql-$PGMAJOR, or remove the local cluster (rm -rf '$PGDIR') to create a new one"
	fi
else
	PGMAJOR=$(installed_major)
	set_pgbin "$PGMAJOR"
	if [[ -z $PGBIN ]]; then
		need_apt "the PostgreSQL server is not installed"
		apt_install postgresql
		PGMAJOR=$(installed_major)
		set_pgbin "$PGMAJOR"
		[[ -n $PGBIN ]] || die "installed the postgresql package, but found no server in /usr/lib/postgresql/*/bin"
	fi
	if [[ -z $PGMAJOR ]]; then # server from PATH: "postgres (PostgreSQL) 16.4 ..."
		PGMAJOR=$("$PGBIN/postgres" --version | awk '{print $3}')
		PGMAJOR=${PGMAJOR%%.*}
	fi
fi
if [[ $PGMAJOR =~ ^[0-9]+$ ]] && ((PGMAJOR < MIN_PG)); then
	log "warning: PostgreSQL $PGMAJOR is older than $MIN_PG, which citizenbot is tested with"
fi

PG_CONFIG=$PGBIN/pg_config
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config || true)

# Installed pgvector version for this server ("" if none).
pgvector_version() {
	local share control
	if [[ -x $PG_CONFIG ]]; then share=$("$PG_CONFIG" --sharedir); else share=/usr/share/postgresql/$PGMAJOR; fi
	control=$share/extension/vector.control
	[[ -f $control ]] || return 0
	sed -nE "s/^[[:space:]]*default_version[[:space:]]*=[[:space:]]*'([^']*)'.*/\1/p" "$control"
}

# First mirror URI of the configured suite $1 from apt's sources (deb822 and one-line style).
apt_mirror_uri() {
	local suite=$1 f uri=""
	for f in /etc/apt/sources.list.d/*.sources; do
		[[ -r $f ]] || continue
		uri=$(awk -v suite="$suite" '
			function flush() {
				if (!found && uris != "" && enabled && index(" " types " ", " deb ") && index(" " suites " ", " " suite " ")) {
					split(uris, u, " "); print u[1]; found = 1
				}
				uris = ""; suites = ""; types = ""; enabled = 1
			}
			BEGIN { enabled = 1 }
			/^[ \t]*#/ { next }
			/^[ \t]*$/ { flush(); next }
			{ key = tolower($1); $1 = "" }
			key == "uris:" { uris = $0 }
			key == "suites:" { suites = $0 }
			key == "types:" { types = $0 }
			key == "enabled:" { enabled = (tolower($2) != "no") }
			END { flush() }
		' "$f")
		if [[ -n $uri ]]; then
			printf '%s' "$uri"
			return 0
		fi
	done
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[[ -r $f ]] || continue
		uri=$(sed -E 's/\[[^]]*\]//' "$f" | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2; exit }')
		if [[ -n $uri ]]; then
			printf '%s' "$uri"
			return 0
		fi
	done
}

# Builds pgvector from the distribution's source package of a newer suite, against this
# server, with apt's own download (checksums and signatures checked) from the configured mirror.
build_pgvector_from_source() {
	local src_suite src_comp mirror work o src
	case $OS_ID in
	debian) src_suite=${CITIZENBOT_PGVECTOR_SUITE:-trixie} src_comp=main ;;
	ubuntu) src_suite=${CITIZENBOT_PGVECTOR_SUITE:-noble} src_comp=universe ;;
	*) cannot_install "pgvector is not installed, and there is no package for $OS_ID to build it from" ;;
	esac
	[[ -n $OS_CODENAME ]] || cannot_install "pgvector is not installed, and /etc/os-release names no VERSION_CODENAME"
	mirror=$(apt_mirror_uri "$OS_CODENAME")
	[[ -n $mirror ]] || cannot_install "pgvector is not installed, and apt's sources have no '$OS_CODENAME' entry to find the mirror"

	apt_install "postgresql-server-dev-$PGMAJOR" gcc make
	[[ -x $PGBIN/pg_config ]] && PG_CONFIG=$PGBIN/pg_config

	work=$(mktemp -d "${TMPDIR:-/tmp}/citizenbot-pgvector.XXXXXX")
	# shellcheck disable=SC2064
	trap "rm -rf '$work'" EXIT
	mkdir -p "$work/lists/partial" "$work/sources.list.d" "$work/src" "$work/dl"
	chmod 755 "$work"
	if ((IS_ROOT)) && id -u _apt >/dev/null 2>&1; then
		chown _apt "$work/dl" # apt downloads as its unprivileged _apt user
	fi
	printf 'deb-src %s %s %s\n' "$mirror" "$src_suite" "$src_comp" >"$work/sources.list"
	o=(-q -o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=$work/sources.list.d"
		-o "Dir::State::Lists=$work/lists" -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
		-o "Acquire::Languages=none")
	log "downloading the pgvector source package from $src_suite"
	"${SUDO[@]}" apt-get "${o[@]}" update >&2 </dev/null
	(cd "$work/dl" && "${SUDO[@]}" apt-get "${o[@]}" source --download-only pgvector >&2 </dev/null)
	tar -xf "$(find "$work/dl" -maxdepth 1 -name 'pgvector_*.orig.tar.*' | head -n1)" -C "$work/src"
	src=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d | head -n1)
	[[ -f $src/vector.control ]] || die "the pgvector source in $work has no vector.control"
	log "building pgvector $(basename "$src") for PostgreSQL $PGMAJOR"
	# OPTFLAGS= drops pgvector's default -march=native (as Debian's package does), so the
	# library does not break if this machine's disk moves to another CPU.
	make -C "$src" -j"$(nproc 2>/dev/null || echo 2)" PG_CONFIG="$PG_CONFIG" OPTFLAGS= >&2
	"${SUDO[@]}" make -C "$src" PG_CONFIG="$PG_CONFIG" OPTFLAGS= install >&2
	rm -rf "$work"
	trap - EXIT
}

ensure_pgvector() {
	local have cand
	have=$(pgvector_version)
	if [[ -n $have ]] && version_ge "$have" "$MIN_PGVECTOR"; then return 0; fi
	if [[ -n $have ]]; then
		need_apt "pgvector $have is older than $MIN_PGVECTOR"
	else
		need_apt "pgvector is not installed for PostgreSQL $PGMAJOR"
	fi
	apt_update_once
	cand=$(apt_candidate "postgresql-$PGMAJOR-pgvector")
	if [[ -n $cand ]] && version_ge "$cand" "$MIN_PGVECTOR"; then
		apt_install "postgresql-$PGMAJOR-pgvector"
	else
		log "no package postgresql-$PGMAJOR-pgvector >= $MIN_PGVECTOR in apt's sources; building it"
		build_pgvector_from_source
	fi
	have=$(pgvector_version)
	if [[ -z $have ]] || ! version_ge "$have" "$MIN_PGVECTOR"; then
		die "pgvector still not found for PostgreSQL $PGMAJOR after installing it (version '${have}')"
	fi
	log "pgvector $have installed"
}

ensure_pgvector
choose_os_user

# --- the cluster ------------------------------------------------------------------------

if ((IS_ROOT)); then
	chown "$PGUSER_OS" "$PGDIR"
	check_reachable
fi
if [[ $SOCKDIR != "$PGDIR" ]]; then
	mkdir -p "$SOCKDIR"
	if ((IS_ROOT)); then chown "$PGUSER_OS" "$SOCKDIR"; fi
fi

if [[ ! -f $DATA/PG_VERSION ]]; then
	rm -rf "$DATA" "$READY"
	locale_opt=(--no-locale)
	if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then
		locale_opt=(--locale=C.UTF-8)
	else
		log "warning: no C.UTF-8 locale; lower()/upper() of non-ASCII letters will not work"
	fi
	log "creating a PostgreSQL $PGMAJOR cluster in $DATA (as OS user $PGUSER_OS)"
	if ((PGMAJOR >= 14)); then locale_opt+=(--no-instructions); fi
	as_pg "$PGBIN/initdb" -D "$DATA" -U "$DBUSER" -A trust -E UTF8 "${locale_opt[@]}" >&2 9>&- </dev/null
	cat >>"$DATA/postgresql.conf" <<-'EOF'

		# --- citizenbot development cluster (scripts/db.sh) ---
		# Port and socket directory are given on the command line by scripts/db.sh.
		listen_addresses = '127.0.0.1'
		# Throw-away data: trade crash safety against an OS crash for speed.
		fsync = off
		synchronous_commit = off
		full_page_writes = off
	EOF
fi

start_cluster() {
	: >>"$LOG"
	if ((IS_ROOT)); then chown "$PGUSER_OS" "$LOG"; fi
	(
		# The server outlives this script: it must not keep our lock or a caller's pipe open.
		if [[ -d /proc/$BASHPID/fd ]]; then
			for fd in /proc/"$BASHPID"/fd/*; do
				fd=${fd##*/}
				if ((fd > 2)); then exec {fd}>&-; fi
			done 2>/dev/null
		fi
		as_pg "$PGBIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 120 -o "-p $PORT -k '$SOCKDIR'" >&2 </dev/null
	)
}

sock_ready() { "$PGBIN/pg_isready" -q -h "$SOCKDIR" -p "$PORT" -t 1 >/dev/null 2>&1; }

if pg_running; then
	# Running but not answering on our port/socket: starting up, recovering, or another port.
	running_port=$(sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true)
	if [[ -n $running_port && $running_port != "$PORT" ]]; then
		die "the cluster in $DATA is running on port $running_port, not $PORT" \
			"stop it first (scripts/db.sh stop), or set CITIZENBOT_DB_PORT=$running_port"
	fi
	log "the cluster is running; waiting for it to accept connections"
	for _ in $(seq 1 120); do
		if sock_ready || ! pg_running; then break; fi
		sleep 0.5
	done
fi

if ! sock_ready; then
	if pg_running; then
		tail -n 15 "$LOG" >&2 || true
		die "the cluster in $DATA runs but does not accept connections on $SOCKDIR port $PORT" "see $LOG"
	fi
	log "starting the cluster in $DATA on 127.0.0.1:$PORT (log: $LOG)"
	started=0
	for attempt in 1 2 3 4 5 6 7 8; do
		if start_cluster; then
			started=1
			break
		fi
		# After a crash (kill -9), the old server's processes may not have exited (or been
		# reaped) yet: postgres then refuses to start; it is fine a moment later.
		if ((attempt < 8)) && tail -n 20 "$LOG" | grep -qE 'pre-existing shared memory block|lock file .* already exists'; then
			log "the old server's processes are still exiting; retrying"
			sleep 1
			continue
		fi
		break
	done
	if ((!started)); then
		tail -n 15 "$LOG" >&2 || true
		hint="see $LOG"
		if tail -n 20 "$LOG" | grep -q 'Address already in use'; then
			hint="port $PORT is taken by another program; choose another: CITIZENBOT_DB_PORT=54330 scripts/db.sh"
		fi
		die "could not start PostgreSQL" "$hint"
	fi
fi

# --- database and extension (idempotent) ---------------------------------------------------

psql_q() { PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 "$@" </dev/null; }

if [[ -z $(psql_q "$ADMIN_URL" -c "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'") ]]; then
	log "creating database $DBNAME"
	psql_q "$ADMIN_URL" -c "CREATE DATABASE $DBNAME" >&2
fi
psql_q "$URL" -c 'CREATE EXTENSION IF NOT EXISTS vector' >&2
ext=$(psql_q "$URL" -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'")
[[ -n $ext ]] || die "CREATE EXTENSION vector did not take effect in $DBNAME"
: >"$READY"
log "ready: PostgreSQL $PGMAJOR, pgvector $ext, 127.0.0.1:$PORT"
print_url
