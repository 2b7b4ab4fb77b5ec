"""The work done for one chunk of articles, wherever it runs (in-process, a worker process, a Dask worker).

A :class:`ChunkProcessor` holds one Engine (the model is loaded once per process). For each chunk it runs
the pipeline, turns the results into rows with :meth:`Store.rows` and Arrow tables with :meth:`Store.arrow`
(the code ``Store.write`` uses too, so rows are identical whatever the path), and hands the tables back:
small, picklable, ready for Parquet, and loaded by the writer with the one bulk insert, :meth:`Store.insert`.
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
from ..store.db import TableRows, merge


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

    def __init__(self, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self.engine = engine or Engine(settings)
        self.engine.nlp  # load the model now, once
        self.store = Store(":memory:")          # the schema the rows are typed by; nothing is written to it

    def process(self, items: Iterable[Article | Failure]) -> ChunkOutput:
        import time

        t0, c0 = time.perf_counter(), time.process_time()
        results = list(self.engine.process(items))    # each chunk in a memory zone: memory stays flat
        out = ChunkOutput(tables={})
        parts: list[tuple[ArticleResult | Failure, TableRows]] = []
        seen: set[str] = set()
        for item in results:
            if isinstance(item, ArticleResult):
                out.articles += 1
                if item.article.id in seen:      # the same story twice in a chunk: stored once
                    continue
                seen.add(item.article.id)
            parts.append((item, self.store.rows(item)))
        out.tables = self._tables(parts, out)
        out.seconds = time.perf_counter() - t0
        out.cpu = time.process_time() - c0
        out.peak_rss = peak_rss()
        return out

    def _tables(self, parts: list[tuple[ArticleResult | Failure, TableRows]], out: ChunkOutput) -> dict[str, pa.Table]:
        """The chunk's rows as Arrow tables; should a value not fit the schema, the article it belongs to
        becomes a ``processing`` failure and the rest of the chunk is kept."""
        try:
            tables = self.store.arrow(merge(r for _, r in parts))
        except (pa.ArrowException, TypeError, ValueError, OverflowError):
            tables = None
        if tables is None:
            kept = []
            for item, table_rows in parts:
                if isinstance(item, Failure):
                    kept.append((item, table_rows))
                    continue
                try:
                    self.store.arrow(table_rows)
                except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
                    a = item.article
                    out.articles -= 1
                    item = Failure(source=a.source or a.id, reason="processing", article_id=a.id, origin=a.origin,
                                   message=f"cannot store the result: {type(exc).__name__}: {exc}")
                    table_rows = self.store.rows(item)
                kept.append((item, table_rows))
            parts = kept
            tables = self.store.arrow(merge(r for _, r in parts))
        for item, _ in parts:
            if isinstance(item, Failure):
                out.failures[item.reason] += 1
        return tables

    def close(self) -> None:
        self.store.close()
