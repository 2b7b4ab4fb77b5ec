"""A database that cannot be written (issue 14, item 2): one clear error, the last committed chunk intact.

The failed COMMIT of a full disk used to end in a second traceback (``cannot rollback - no transaction is
active``). Two ways to make writes fail: an injected ``No space left on device`` on the connection, and a
real one in a subprocess whose file size limit (RLIMIT_FSIZE) the DuckDB write-ahead log outgrows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest
from clirun import ingest_cli, table_rows

from newsgraph.errors import StoreError
from newsgraph.scale.loader import ChunkLoader
from newsgraph.store import Store
from newsgraph.store.db import merge
from sampledata import sample_results

TABLES = ("articles", "sentences", "entities", "mentions", "actors", "events", "quotes", "places", "dates", "failures")


class FullDisk:
    """A DuckDB connection whose COMMITs fail after ``commits`` of them, as on a full disk: the write is lost
    and the transaction is over (DuckDB has rolled it back)."""

    def __init__(self, con, commits: int):
        self._con, self.left = con, commits

    def execute(self, sql: str, *args):
        if sql.strip().upper() == "COMMIT":
            if self.left == 0:
                self._con.execute("ROLLBACK")
                raise duckdb.TransactionException('Failed to commit: Could not write file "db.wal": '
                                                  "No space left on device")
            self.left -= 1
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def chunk_tables(results) -> dict:
    """The rows a worker would hand over for these results."""
    with Store(":memory:") as mem:
        return mem.arrow(merge(mem.rows(r) for r in results))


def test_a_failed_commit_is_one_clear_error_and_the_database_keeps_the_last_chunk(tmp_path):
    results = sample_results()
    first, second = chunk_tables(results[:2]), chunk_tables(results[2:])
    db = tmp_path / "full.duckdb"
    with Store(db) as st:
        st.con = FullDisk(st.con, commits=1)
        loader = ChunkLoader(st)
        assert loader.load(first).new == 2
        with pytest.raises(StoreError) as err:
            loader.load(second)
    msg = str(err.value)
    assert "No space left on device" in msg and "cannot rollback" not in msg and repr(str(db)) in msg
    assert "this run stored 2 new articles" in msg and "run the same command again" in msg
    assert "\n" not in msg

    ref = tmp_path / "ref.duckdb"
    with Store(ref) as st:
        ChunkLoader(st).load(first)
    for table in TABLES:
        assert table_rows(db, table) == table_rows(ref, table), table

    with Store(db) as st:                      # space freed: the same chunk loads, nothing twice
        assert ChunkLoader(st).load(second).new == len(results) - 2
        assert st.counts()["articles"] == len(results)


def test_failure_rows_that_cannot_be_written_are_the_same_clear_error(tmp_path):
    from newsgraph.records import Failure

    class ReadOnly(FullDisk):
        def execute(self, sql: str, *args):
            if sql.lstrip().upper().startswith("INSERT"):
                raise duckdb.IOException("Could not write file: No space left on device")
            return self._con.execute(sql, *args)

    with Store(tmp_path / "f.duckdb") as st:
        st.con = ReadOnly(st.con, 0)
        with pytest.raises(StoreError, match="No space left on device.*this run stored 0 new articles"):
            ChunkLoader(st).write_failures([Failure(source="x:1", reason="malformed", message="bad")])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_ingest_whose_writes_fail_stops_with_one_line_and_resumes(shared, tmp_path):
    import resource
    import signal

    lines = (shared / "eval" / "dev" / "winer_dev.input.jsonl").read_text("utf-8").splitlines()[:24]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(lines) + "\n", "utf-8")

    def small_files() -> None:                 # in the child: a write past 100 KB fails with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    db = tmp_path / "full.duckdb"
    r = ingest_cli(inp, db, preexec=small_files)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot write to the database '{db}'") and "File too large" in line
    assert "run the same command again" in line
    stored = int(line.split("this run stored ")[1].split()[0])
    assert 0 < stored < 24 and stored % 4 == 0, line        # whole chunks of 4, none half-written
    assert len(table_rows(db, "articles")) == stored

    inp.write_text("\n".join(lines[:stored]) + "\n", "utf-8")   # the same articles, same origins, not cut
    ref_part = tmp_path / "part.duckdb"
    assert ingest_cli(inp, ref_part).returncode == 0
    for table in TABLES:
        assert table_rows(db, table) == table_rows(ref_part, table), table
    inp.write_text("\n".join(lines) + "\n", "utf-8")

    again = ingest_cli(inp, db)                             # disk space back: the run resumes
    assert again.returncode == 0, again.stderr
    assert f"articles: {24 - stored} new, {stored} unchanged" in again.stdout
    ref = tmp_path / "ref.duckdb"
    assert ingest_cli(inp, ref).returncode == 0
    for table in TABLES:
        assert table_rows(db, table) == table_rows(ref, table), table
