"""Loading a chunk's rows (Arrow tables or Parquet partitions) into the DuckDB file: one transaction per chunk.

The transaction is the checkpoint. A chunk is either entirely in the database or not at all, so a run
killed at any point leaves only whole articles behind; a rerun skips them by id (:meth:`ChunkLoader.known`)
and, should the same article come twice, the load itself only inserts ids not stored yet: no duplicates.

Rules, table by table (derived from the schema, so a table added by a migration is covered):

* ``articles``: rows whose ``id`` is not stored yet (with ``replace``: the old rows are deleted first);
* tables with an ``article_id`` column (sentences, events, ...): rows of those new articles;
* other tables (actors, failures): keyed by their primary key, ``ON CONFLICT DO NOTHING``.

A chunk that cannot be written (disk full, a read-only or vanished file) is rolled back and stops the run
with one :class:`~newsgraph.errors.StoreError` that says how many articles this run stored and how to
resume; the database stays as it was at the last committed chunk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..records import Failure
from ..store import Store
from .worker import data_tables

_CHILD_SKIP = {"failures"}   # failures carry an article id but are not rows *of* a stored article


@dataclass(slots=True)
class LoadResult:
    new: int = 0          # articles inserted
    offered: int = 0      # articles in the chunk
    events: int = 0       # events of the new articles
    quotes: int = 0


class ChunkLoader:
    """The single writer: loads chunks into an open :class:`Store`."""

    def __init__(self, store: Store, replace: bool = False):
        self.store = store
        self.con = store.con
        self.replace = replace
        self.tables = data_tables(self.con)
        self.children = [t for t in self.tables if t != "articles" and t not in _CHILD_SKIP and self._has_col(t, "article_id")]
        self.stored = 0          # articles committed by this loader

    def _has_col(self, table: str, col: str) -> bool:
        return bool(self.con.execute("SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
                                     [table, col]).fetchall())

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already: one query per chunk, however large the database."""
        return self.store.known_ids(list(ids))

    def load(self, tables: Mapping[str, pa.Table]) -> LoadResult:
        """Insert one chunk's rows in one transaction."""
        con = self.con
        names = [t for t in self.tables if t in tables]
        views = {t: f"_chunk_{t}" for t in names}
        for t in names:
            con.register(views[t], tables[t])
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                result = self._insert(names, views)
                con.execute("COMMIT")
            except Exception:
                _rollback(con)
                raise
        except duckdb.Error as exc:
            raise self.write_error(exc) from exc
        finally:
            for v in views.values():
                con.unregister(v)
        self.stored += result.new
        return result

    def write_failures(self, failures: Iterable[Failure]) -> None:
        """Record reader failures that need no processing (each row commits on its own)."""
        try:
            for f in failures:
                self.store.write_failure(f)
        except duckdb.Error as exc:
            raise self.write_error(exc) from exc

    def write_error(self, exc: Exception) -> StoreError:
        cause = " ".join(str(exc).split())
        return StoreError(f"cannot write to the database {self.store.path!r}: {cause}; this run stored "
                          f"{self.stored:,} new articles, and the database is as it was after the last committed chunk",
                          hint="free disk space (or fix the cause), then run the same command again: stored articles "
                               "are skipped and the run resumes")

    def _insert(self, names: list[str], views: dict[str, str]) -> LoadResult:
        con = self.con
        res = LoadResult()
        con.execute("CREATE OR REPLACE TEMP TABLE _chunk_new (id VARCHAR)")
        if "articles" in views:
            res.offered = con.execute(f"SELECT count(*) FROM {views['articles']}").fetchone()[0]
            if self.replace:
                for t in self.children:
                    con.execute(f'DELETE FROM "{t}" WHERE article_id IN (SELECT id FROM {views["articles"]})')
                con.execute(f"DELETE FROM articles WHERE id IN (SELECT id FROM {views['articles']})")
            con.execute(f"INSERT INTO _chunk_new SELECT DISTINCT id FROM {views['articles']} "
                        "WHERE id NOT IN (SELECT id FROM articles)")
        for t in names:
            if t == "articles":
                continue
            if t in self.children:
                con.execute(f'INSERT INTO "{t}" BY NAME SELECT * FROM {views[t]} WHERE article_id IN (SELECT id FROM _chunk_new)')
            else:
                con.execute(f'INSERT INTO "{t}" BY NAME SELECT * FROM {views[t]} ON CONFLICT DO NOTHING')
        if "articles" in views:
            con.execute(f"INSERT INTO articles BY NAME SELECT * FROM {views['articles']} "
                        "WHERE id IN (SELECT id FROM _chunk_new)")
            res.new = con.execute("SELECT count(*) FROM _chunk_new").fetchone()[0]
            for t, attr in (("events", "events"), ("quotes", "quotes")):
                if t in views:
                    n = con.execute(f"SELECT count(*) FROM {views[t]} WHERE article_id IN (SELECT id FROM _chunk_new)").fetchone()[0]
                    setattr(res, attr, n)
        return res

    def load_parquet(self, paths: Mapping[str, str]) -> LoadResult:
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


def _rollback(con) -> None:
    """Roll back the chunk's transaction; after a failed COMMIT DuckDB has ended it already."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException as exc:
        if "no transaction is active" not in str(exc):
            raise
