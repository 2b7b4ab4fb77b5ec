"""Re-running recorded failures (``newsgraph retry``).

A failure row keeps where its input came from: ``FILE``, ``FILE:LINE`` (JSONL) or ``FILE@OFFSET`` (WARC),
and for a processing failure the article id. Retry reads each such file again with the current settings,
picks the inputs that failed (by source, or by article id), and runs them through the same runner and
loader as ``ingest``. An input that now succeeds is stored and its failure rows are deleted; one that fails
again keeps one row with its new reason. Failures of stdin, or whose file is gone, are reported as not
retryable. Each chunk is loaded and its old rows deleted after the load commits: a killed retry loses nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..config import Settings
from ..records import Article, Failure
from ..store import Store
from .loader import ChunkLoader
from .runner import BatchRunner, chunked

_SUFFIX = re.compile(r"^(.*)[:@](\d+)$")


@dataclass(slots=True)
class RetryReport:
    retried: int = 0          # failure rows whose input was found again
    fixed: int = 0            # inputs stored now
    still_failing: int = 0
    not_retryable: int = 0    # stdin, or the file is gone, or the input is no longer in it

    def to_text(self) -> str:
        return (f"retried: {self.retried}; fixed: {self.fixed}; still failing: {self.still_failing}; "
                f"not retryable: {self.not_retryable}")


def source_file(source: str) -> Path | None:
    """The file a failure's source points into, or None (stdin, a name that is not a file)."""
    p = Path(source)
    if p.is_file():
        return p
    m = _SUFFIX.match(source)
    if m and Path(m.group(1)).is_file():
        return Path(m.group(1))
    return None


@dataclass(slots=True)
class _Wanted:
    by_source: dict[str, list[str]]      # source -> failure row ids
    by_article: dict[str, list[str]]     # article id -> failure row ids


def retry_failures(settings: Settings, reason: str | None = None, workers: int | None = None,
                   store: Store | None = None, processor=None) -> RetryReport:
    from ..engine import Engine

    report = RetryReport()
    own = store is None
    store = store or Store(settings.db)
    try:
        rows = store.failures(reason)
        wanted: dict[Path, _Wanted] = defaultdict(lambda: _Wanted(defaultdict(list), defaultdict(list)))
        for r in rows:
            path = source_file(r["source"] or "")
            if path is None:
                report.not_retryable += 1
                continue
            w = wanted[path]
            w.by_source[r["source"]].append(r["id"])
            if r["article_id"]:
                w.by_article[r["article_id"]].append(r["id"])
        engine = Engine(settings)
        loader = ChunkLoader(store)
        found: set[str] = set()

        def items() -> Iterator[tuple[Article | Failure, list[str]]]:
            for path, w in wanted.items():
                for item in engine.reader.read([path]):
                    ids = (w.by_article.get(item.id) if isinstance(item, Article) else None) or w.by_source.get(item.source)
                    if ids:
                        found.update(ids)
                        yield item, ids

        with BatchRunner(settings, workers, processor=processor) as runner:
            pairs = iter(items())
            old_of: dict[int, list[str]] = {}

            def chunks():
                for chunk in chunked(pairs, max(1, settings.batch_size)):
                    for item, ids in chunk:
                        old_of[id(item)] = ids
                    yield [item for item, _ in chunk]

            for chunk, out in runner.run(chunks()):
                loader.load(out.tables)
                new_ids = set(out.tables["failures"].column("id").to_pylist()) if "failures" in out.tables else set()
                stored = loader.known(a.id for a in chunk if isinstance(a, Article))
                for item in chunk:
                    old = old_of.pop(id(item))
                    ok = isinstance(item, Article) and item.id in stored
                    report.retried += 1
                    report.fixed += ok
                    report.still_failing += not ok
                    stale = old if ok else [i for i in old if i not in new_ids]
                    if stale:
                        store.con.execute("DELETE FROM failures WHERE id IN (SELECT unnest(?))", [stale])
        report.not_retryable += sum(1 for r in rows if r["id"] not in found and source_file(r["source"] or ""))
    finally:
        if own:
            store.close()
    return report
