#!/usr/bin/env bash
# README command 1: install newsgraph into a virtualenv (.venv, made if missing), process the bundled sample
# articles into ./newsgraph.duckdb and print the events. Afterwards: `. .venv/bin/activate` to use `newsgraph`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
install_newsgraph "."
bin="$(dirname "$PY")"
"$bin/newsgraph" ingest samples/
"$bin/newsgraph" events
[ -n "${VIRTUAL_ENV:-}" ] || echo "newsgraph is installed in $(dirname "$bin"): run '. $(dirname "$bin")/bin/activate' to use it" >&2
