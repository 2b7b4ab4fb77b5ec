# Sourced by the other scripts: sets PY to the Python of a virtualenv with newsgraph installed in it.
#
#   the active virtualenv ($VIRTUAL_ENV) if there is one, otherwise $NEWSGRAPH_VENV (default .venv), created
#   with `python3 -m venv` when missing (Debian/Ubuntu's system Python refuses `pip install` outside one).
#   Packages are installed with the versions pinned in constraints.txt (refresh: scripts/refresh-constraints.sh).
#
# usage: . scripts/venv.sh; install_newsgraph ".[test]"
newsgraph_venv() {
  if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
    PY="$VIRTUAL_ENV/bin/python"
    return
  fi
  local dir="${NEWSGRAPH_VENV:-.venv}" base="${PYTHON:-python3}"
  if ! "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "error: newsgraph needs Python 3.11 or newer ($base is $("$base" --version 2>&1))" >&2
    exit 1
  fi
  if [ ! -x "$dir/bin/python" ]; then
    if ! "$base" -c 'import ensurepip, venv' 2>/dev/null; then
      local pkg
      pkg="python3-venv $("$base" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}-venv")')"
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing Debian $pkg (python3 -m venv needs it)..." >&2
        # shellcheck disable=SC2086
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkg >/dev/null
      else
        echo "error: python3 -m venv is not available; install it first: sudo apt-get install $pkg" >&2
        exit 1
      fi
    fi
    echo "creating the virtualenv $dir ..." >&2
    "$base" -m venv "$dir"
  fi
  PY="$dir/bin/python"
}

install_newsgraph() {  # $1: what to install, e.g. "." or ".[test]"
  newsgraph_venv
  "$PY" -m pip install -q --disable-pip-version-check -c constraints.txt -e "$1"
}
