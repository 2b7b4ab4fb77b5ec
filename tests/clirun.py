"""Helpers of the fault tests: ``python3 -m newsgraph ingest`` of this worktree run as a user would, table dumps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import duckdb

ROOT = Path(__file__).resolve().parent.parent
TIMESTAMPS = {"ingested_at", "recorded_at"}


def ingest_cli(inp: Path, db: Path, *extra: str, timeout: float = 600,
               preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess:
    """``newsgraph ingest INP --db DB`` with the small model and chunks of 4, without a progress bar."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NEWSGRAPH_DB", None)
    return subprocess.run([sys.executable, "-m", "newsgraph", "ingest", str(inp), "--db", str(db),
                           "--model", "fr_core_news_sm", "--set", "batch_size=4", "--set", "progress=false", *extra],
                          env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT, preexec_fn=preexec)


def table_rows(db: Path | str, table: str, cols: str | None = None) -> list[tuple]:
    """Every row of a table, sorted, without the timestamp columns (or only ``cols``)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in TIMESTAMPS]
        return con.execute(f"SELECT {cols or ', '.join(names)} FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()
