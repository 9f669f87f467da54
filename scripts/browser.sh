#!/usr/bin/env bash
# What the widget's browser tests need (web/*browser_test.go), for development and CI.
#
#   scripts/browser.sh     ensure Chromium and axe-core; prints CITIZENBOT_CHROMIUM=... and
#                          CITIZENBOT_AXE=... as the last two lines
#
#   export $(scripts/browser.sh | tail -n2)     # in your shell
#
# Chromium: with CITIZENBOT_CHROMIUM set, that one; else a chromium on PATH; else, on
# Debian/Ubuntu as root (or with password-less sudo), Debian's package `chromium` is installed.
# axe-core, the accessibility checker, is third-party code and not in the repository: it is
# installed at the version web/testdata/browser/package-lock.json pins, with `npm ci`, into
# web/testdata/browser/node_modules (ignored by git).
#
# When something cannot be installed, the script says so and still prints the lines (empty):
# the browser tests then skip, loudly, except under CI=true, where they fail.
# All output except the two lines goes to stderr.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
AXE_DIR=$ROOT/web/testdata/browser
AXE_JS=$AXE_DIR/node_modules/axe-core/axe.min.js

log() { printf 'browser.sh: %s\n' "$*" >&2; }

sudo_cmd() {
	if [[ $(id -u) == 0 ]]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo -n "$@"
	else
		return 1
	fi
}

apt_updated=0
apt_install() {
	command -v apt-get >/dev/null 2>&1 || return 1
	if ((!apt_updated)); then
		log "apt-get update"
		sudo_cmd apt-get update -q >&2 </dev/null || return 1
		apt_updated=1
	fi
	log "apt-get install $*"
	sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2 </dev/null
}

find_chromium() {
	local name
	for name in "${CITIZENBOT_CHROMIUM:-}" chromium chromium-browser google-chrome; do
		[[ -n $name ]] && command -v "$name" 2>/dev/null && return 0
	done
	return 1
}

chromium=$(find_chromium || true)
if [[ -z $chromium ]]; then
	if apt_install chromium; then
		chromium=$(find_chromium || true)
	fi
	[[ -n $chromium ]] || log "no Chromium, and it could not be installed (needs Debian/Ubuntu and root): browser tests will skip"
fi
[[ -n $chromium ]] && log "$("$chromium" --version 2>/dev/null || echo "$chromium")"

want=$(sed -nE 's/.*"axe-core": *"([^"]+)".*/\1/p' "$AXE_DIR/package.json" | head -n1)
have=$(sed -nE 's/^ *"version": *"([^"]+)".*/\1/p' "$AXE_DIR/node_modules/axe-core/package.json" 2>/dev/null | head -n1 || true)
if [[ $have != "$want" ]]; then
	if ! command -v npm >/dev/null 2>&1; then
		apt_install npm || true
	fi
	if command -v npm >/dev/null 2>&1; then
		log "npm ci (axe-core $want) in $AXE_DIR"
		(cd "$AXE_DIR" && npm ci --ignore-scripts --no-audit --no-fund >&2 </dev/null) || log "npm ci failed"
	fi
fi
if [[ -f $AXE_JS ]]; then
	log "axe-core $want"
else
	AXE_JS=""
	log "no axe-core (needs npm): the accessibility scan will skip"
fi

echo "CITIZENBOT_CHROMIUM=$chromium"
echo "CITIZENBOT_AXE=$AXE_JS"
