"""Helpers of the fault tests: ``python3 -m newsgraph ingest`` of this worktree run as a user would, table dumps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from contextlib import contextmanager
from typing import Callable

import duckdb

ROOT = Path(__file__).resolve().parent.parent
TIMESTAMPS = {"ingested_at", "recorded_at"}


def ingest_cli(inp: Path, db: Path, *extra: str, timeout: float = 600,
               preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess:
    """``newsgraph ingest INP --db DB`` with the small model and chunks of 4, without a progress bar."""
    argv, env = ingest_argv(inp, db, *extra)
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT, preexec_fn=preexec)


def start_ingest(inp: Path, db: Path, *extra: str) -> subprocess.Popen:
    """The same command as :func:`ingest_cli`, started and not waited for (to be killed)."""
    argv, env = ingest_argv(inp, db, *extra)
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def ingest_argv(inp: Path, db: Path, *extra: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NEWSGRAPH_DB", None)
    return ([sys.executable, "-m", "newsgraph", "ingest", str(inp), "--db", str(db), "--model", "fr_core_news_sm",
             "--set", "batch_size=4", "--set", "progress=false", *extra], env)


def ingest_cli_on_cluster(inp: Path, db: Path, parts: Path, monkeypatch, *extra: str) -> subprocess.CompletedProcess:
    """``newsgraph ingest --cluster`` on a real LocalCluster of two worker processes (this worktree's code)."""
    from distributed import LocalCluster

    monkeypatch.setenv("PYTHONPATH", str(ROOT))       # the workers import this worktree's newsgraph
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        return ingest_cli(inp, db, "--cluster", cluster.scheduler_address, "--parts", str(parts), *extra)


class NullNlp:
    """The part of a spaCy pipeline a ChunkProcessor touches, for engines without a model."""

    @contextmanager
    def memory_zone(self):
        yield


def table_rows(db: Path | str, table: str, cols: str | None = None) -> list[tuple]:
    """Every row of a table, sorted, without the timestamp columns (or only ``cols``)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in TIMESTAMPS]
        return con.execute(f"SELECT {cols or ', '.join(names)} FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()


def table_digests(db: Path | str) -> dict[str, str]:
    """A content hash of every data table (rows sorted, timestamps left out): equal databases, equal hashes."""
    import hashlib

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                            "'main' AND table_name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY 1").fetchall()]
    finally:
        con.close()
    return {t: hashlib.sha256(repr(table_rows(db, t)).encode("utf-8")).hexdigest() for t in tables}
