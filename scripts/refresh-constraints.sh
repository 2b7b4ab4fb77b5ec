#!/usr/bin/env bash
# Refresh constraints.txt on purpose: install the newest releases pyproject.toml allows into a throwaway
# virtualenv, run the test suite there, and write the versions to constraints.txt only if it passes.
# Review the diff and commit it. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"${PYTHON:-python3}" -m venv "$dir/venv"
"$dir/venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[test]"
"$dir/venv/bin/python" -m pytest -q "$@"
{
  echo "# Versions the test suite passes with, used by scripts/test.sh and scripts/sample.sh (pip -c)."
  echo "# Refreshed on purpose with scripts/refresh-constraints.sh, never by hand. $(date -u +%Y-%m-%d)"
  "$dir/venv/bin/python" -m pip freeze --exclude-editable --disable-pip-version-check
} > constraints.txt
echo "constraints.txt refreshed: review with git diff" >&2
