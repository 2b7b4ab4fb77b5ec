"""Loading a chunk's rows (Arrow tables or Parquet partitions) into the DuckDB file: one transaction per chunk.

The transaction is the checkpoint. A chunk is either entirely in the database or not at all, so a run
killed at any point leaves only whole articles behind; a rerun skips them by id (:meth:`ChunkLoader.known`)
and, should the same article come twice, the load itself only inserts ids not stored yet: no duplicates.

The rows are inserted by :meth:`newsgraph.store.Store.insert`, the one bulk insert of every write path
(its rules: only articles not stored yet, the rows of those articles, actors and failures by primary key).

A chunk that cannot be written (disk full, a read-only or vanished file) is rolled back and stops the run
with one :class:`~newsgraph.errors.StoreError` that says how many articles this run stored and how to
resume; the database stays as it was at the last committed chunk.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..records import Failure
from ..store import Store
from ..store.db import InsertResult


class ChunkLoader:
    """The single writer: loads chunks into an open :class:`Store` with :meth:`Store.insert`."""

    def __init__(self, store: Store, replace: bool = False):
        self.store = store
        self.con = store.con
        self.replace = replace
        self.stored = 0          # articles committed by this loader

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already: one query per chunk, however large the database."""
        return self.store.known_ids(list(ids))

    def load(self, tables: Mapping[str, pa.Table]) -> InsertResult:
        """Insert one chunk's rows in one transaction."""
        try:
            result = self.store.insert(tables, replace=self.replace)
        except duckdb.Error as exc:
            raise self.write_error(exc) from exc
        self.stored += result.new
        return result

    def write_failures(self, failures: Iterable[Failure]) -> None:
        """Record reader failures that need no processing, in one transaction."""
        from ..store.db import merge, rows

        table_rows = merge(rows(f) for f in failures)
        if table_rows:
            self.load(self.store.arrow(table_rows))

    def write_error(self, exc: Exception) -> StoreError:
        cause = " ".join(str(exc).split())
        return StoreError(f"cannot write to the database {self.store.path!r}: {cause}; this run stored "
                          f"{self.stored:,} new articles, and the database is as it was after the last committed chunk",
                          hint="free disk space (or fix the cause), then run the same command again: stored articles "
                               "are skipped and the run resumes")

    def load_parquet(self, paths: Mapping[str, str]) -> InsertResult:
        """Load one partition written as Parquet files (table name -> file path)."""
        import pyarrow.parquet as pq

        return self.load({t: pq.read_table(p) for t, p in paths.items()})

    def snapshot(self, target: str) -> None:
        """Publish a consistent read-only copy of the database for readers while this writer holds the file.

        DuckDB lets one process write a file and no other process open it meanwhile, even read-only; readers
        during an ingest open the snapshot instead (``newsgraph events --db DB.snapshot``). The copy is made
        by DuckDB (``COPY FROM DATABASE``) into a new file, renamed into place atomically.
        """
        import os

        tmp = f"{target}.tmp"
        for stale in (tmp, tmp + ".wal"):
            if os.path.exists(stale):
                os.remove(stale)
        # Copied by DuckDB itself: opening the database file from Python here and closing it would drop the
        # writer's POSIX lock on it (fcntl locks belong to the process and go with any close of the file).
        name = self.con.execute("SELECT current_database()").fetchone()[0]
        self.con.execute("ATTACH ? AS _snapshot", [tmp])
        try:
            self.con.execute(f'COPY FROM DATABASE "{name}" TO _snapshot')
        finally:
            self.con.execute("DETACH _snapshot")
        os.replace(tmp, target)
