"""Benchmark: how long the CLI takes to start, per command, and which heavy libraries each imports.

    python benchmarks/startup.py                      # this checkout, 5 runs of each command
    python benchmarks/startup.py --root ../other --repeat 3   # another checkout of newsgraph, to compare

Each command runs as a new process (``python -m newsgraph ...`` in ``--root``, with ``PYTHONPATH=--root``) on an
empty database made with the real schema; the best and median wall times are printed, then the import time that
``python -X importtime`` reports for the process's modules and the heavy libraries it imported (spaCy, FastAPI,
Dask...). Target (issue 13): ``--help``, ``events``, ``quotes`` and ``export`` well under a second; they need
neither spaCy nor FastAPI.

Measured on the project machine (2 cores shared by other jobs, load average 5), 3 runs, best wall time:
before (main at 04e9299, everything imported at start): ``--help`` 2.74 s, ``events`` 4.55 s, ``quotes`` 4.23 s,
``export`` 5.51 s, each importing spaCy, FastAPI and pyarrow (import 3.2-4.6 s);
after (lazy imports): ``--help`` 0.22 s, ``events`` 0.65 s, ``quotes`` 0.55 s, ``export`` 0.64 s, none of them
(the rest is DuckDB's import, about 0.3 s).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "thinc", "fastapi", "starlette", "pydantic", "uvicorn", "dask", "distributed", "pyarrow",
         "trafilatura", "warcio")
# an importtime line: "import time: <self us> | <cumulative us> | <indent><module>"
IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)$")


def commands(db: Path, out: Path) -> dict[str, list[str]]:
    return {
        "--help": ["--help"],
        "events": ["events", "--db", str(db)],
        "quotes": ["quotes", "--db", str(db)],
        "export": ["export", "--db", str(db), "--to", str(out), "--format", "csv"],
        "stats": ["stats", "--db", str(db)],
        "actors": ["actors", "poutine", "--limit", "1"],
    }


def run(root: Path, args: list[str], importtime: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    flags = ["-X", "importtime"] if importtime else []
    r = subprocess.run([sys.executable, *flags, "-m", "newsgraph", *args], cwd=root, env=env,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"newsgraph {' '.join(args)} failed ({r.returncode}): {r.stderr[-2000:]}")
    return r


def import_profile(stderr: str) -> tuple[float, list[str]]:
    """Total import seconds (top-level modules' cumulative times) and the heavy libraries imported."""
    total_us, heavy = 0, set()
    for line in stderr.splitlines():
        m = IMPORT_LINE.match(line)
        if not m:
            continue
        cumulative, indent, module = int(m.group(1)), len(m.group(2)), m.group(3)
        if indent == 1:  # importtime indents top-level imports by one space
            total_us += cumulative
        if module.split(".")[0] in HEAVY:
            heavy.add(module.split(".")[0])
    return total_us / 1e6, sorted(heavy)


def make_db(path: Path, root: Path) -> None:
    code = "import sys; from newsgraph.store import Store; Store(sys.argv[1]).close()"
    subprocess.run([sys.executable, "-c", code, str(path)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                   check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="newsgraph checkout to measure (default: this one)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per command (default 5)")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "empty.duckdb"
        make_db(db, root)
        print(f"newsgraph at {root}, {args.repeat} runs each, load average {os.getloadavg()[0]:.1f}")
        print(f"{'command':<8}  {'best s':>7}  {'median s':>8}  {'import s':>8}  heavy libraries imported")
        for name, cmd in commands(db, Path(tmp) / "export").items():
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                run(root, cmd)
                times.append(time.perf_counter() - start)
            imports, heavy = import_profile(run(root, cmd, importtime=True).stderr)
            print(f"{name:<8}  {min(times):>7.2f}  {statistics.median(times):>8.2f}  {imports:>8.2f}  "
                  f"{', '.join(heavy) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
