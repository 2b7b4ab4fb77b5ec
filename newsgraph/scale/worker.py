"""The work done for one chunk of articles, wherever it runs (in-process, a worker process, a Dask worker).

A :class:`ChunkProcessor` holds one Engine (the model is loaded once per process). For each chunk it runs
the pipeline, turns the results into rows with ``Store.write`` / ``Store.write_failure`` (the same code that
writes the DuckDB file, so rows are identical whatever the runner; see :mod:`newsgraph.scale.rows`), and
hands the rows back as Arrow tables: small, picklable, and ready for Parquet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import pyarrow as pa

from ..config import Settings
from ..engine import Engine
from ..records import Article, ArticleResult, Failure
from ..store import Store
from .rows import RowCollector, UnsupportedStatement, table_schemas


@dataclass(slots=True)
class ChunkOutput:
    """What a worker returns for one chunk."""

    tables: dict[str, pa.Table]                  # table name -> rows to load (only tables with rows)
    articles: int = 0                            # articles processed into results
    failures: Counter = field(default_factory=Counter)   # reason -> count
    seconds: float = 0.0
    cpu: float = 0.0                             # CPU seconds of the process that did the work
    peak_rss: int = 0                            # bytes, of the process that did the work

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


def data_tables(con) -> list[str]:
    """Every table of the schema except bookkeeping ones (``_migrations``)."""
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                       "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()
    return [r[0] for r in rows if not r[0].startswith("_")]


def peak_rss() -> int:
    """Peak resident memory of this process in bytes.

    Linux: VmHWM of /proc/self/status (the high-water mark of this process's own memory; ``ru_maxrss`` is
    not used there because it survives exec, so a spawned worker would report its parent's peak).
    """
    import sys

    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for row in f:
                if row.startswith("VmHWM:"):
                    return int(row.split()[1]) * 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class ChunkProcessor:
    """Runs the pipeline on chunks and returns their rows; one per process, reused for every chunk."""

    def __init__(self, settings: Settings, engine: Engine | None = None, fast: bool = True):
        self.settings = settings
        self.engine = engine or Engine(settings)
        self.engine.nlp  # load the model now, once
        self.store = Store(":memory:")          # the schema, and the fallback writer
        self.tables = data_tables(self.store.con)
        self.collector = RowCollector(table_schemas(self.store.con, self.tables))
        self.fast = fast                          # collect rows instead of inserting them one by one

    def process(self, items: Iterable[Article | Failure]) -> ChunkOutput:
        import time

        t0, c0 = time.perf_counter(), time.process_time()
        results = list(self.engine.process(items))    # each chunk in a memory zone: memory stays flat
        out = None
        if self.fast:
            try:
                out = self._store(results, self._collecting_store())
                out.tables = self.collector.drain()
            except UnsupportedStatement:
                self.collector.drain()
                self.fast = False                 # Store.write changed shape: the slow, always-right path
        if out is None:
            out = self._store(results, self.store)
            out.tables = self._drain()
        out.seconds = time.perf_counter() - t0
        out.cpu = time.process_time() - c0
        out.peak_rss = peak_rss()
        return out

    def _collecting_store(self) -> Store:
        st = Store.__new__(Store)                 # Store.write's code, writing into the collector
        st.path, st.read_only, st.con = ":collector:", False, self.collector
        return st

    def _store(self, results: list[ArticleResult | Failure], store: Store) -> ChunkOutput:
        out = ChunkOutput(tables={})
        seen: set[str] = set()
        for item in results:
            if isinstance(item, ArticleResult):
                if item.article.id in seen:      # the same story twice in a chunk: stored once
                    out.articles += 1
                    continue
                seen.add(item.article.id)
                item = self._write(store, item)
            if isinstance(item, Failure):
                store.write_failure(item)
                out.failures[item.reason] += 1
            else:
                out.articles += 1
        return out

    def _write(self, store: Store, result: ArticleResult) -> ArticleResult | Failure:
        try:
            store.write(result)
            return result
        except UnsupportedStatement:
            raise
        except Exception as exc:  # a row the schema refuses is this article's failure, not the batch's
            a = result.article
            return Failure(source=a.source or a.id, reason="processing", article_id=a.id, origin=a.origin,
                           message=f"cannot store the result: {type(exc).__name__}: {exc}")

    def _drain(self) -> dict[str, pa.Table]:
        """Take every row out of the in-memory store as Arrow tables and empty it for the next chunk."""
        con = self.store.con
        tables = {}
        for name in self.tables:
            rel = con.sql(f'SELECT * FROM "{name}"')
            table = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.fetch_arrow_table()
            if table.num_rows:
                tables[name] = table
                con.execute(f'DELETE FROM "{name}"')
        return tables

    def close(self) -> None:
        self.store.close()
