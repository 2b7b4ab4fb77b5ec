#!/usr/bin/env bash
# README command 2: install newsgraph and the test dependencies (versions pinned in constraints.txt) into a
# virtualenv (the active one, or .venv made if missing; NEWSGRAPH_VENV=DIR for another), then run the test
# suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
. scripts/venv.sh
install_newsgraph ".[test]"
exec "$PY" -m pytest "$@"
