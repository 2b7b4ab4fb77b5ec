"""The batch runner: stream inputs, skip what is stored, process chunks on worker processes, load in order.

Memory does not depend on the input size: the reader streams, at most ``2 * workers`` chunks are in flight,
and each worker frees what a chunk added to the spaCy vocabulary (``nlp.memory_zone``).

Resilience: a worker that dies (segfault, out of memory, killed) breaks the process pool; the runner starts a
new pool and submits the chunks that were in flight again. A chunk that was in flight during two crashes is
split into single articles, and a single article that was in flight during two crashes is recorded as a
failure with reason ``crash``: the run goes on and nothing is lost silently.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Callable, Iterable, Iterator

from ..config import Settings
from ..errors import ProcessingError
from ..records import Article, Failure
from ..store import IngestSummary, Store
from .loader import ChunkLoader
from .worker import ChunkOutput, ChunkProcessor

Item = Article | Failure

# The processor of a worker process, set by the pool initializer: one model per worker process.
_WORKER_PROCESSOR: ChunkProcessor | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PROCESSOR
    _WORKER_PROCESSOR = ChunkProcessor(settings)


def _ping() -> int:
    import os

    time.sleep(0.05)   # long enough for every idle worker to take one
    return os.getpid()


def _work(items: list[Item]) -> ChunkOutput:
    assert _WORKER_PROCESSOR is not None, "worker not initialised"
    return _WORKER_PROCESSOR.process(items)


@dataclass(slots=True)
class _Job:
    items: list[Item]
    attempts: int = 0
    future: Future | None = None


def crash_failure(item: Item) -> Failure:
    if isinstance(item, Failure):
        return item
    return Failure(source=item.source or item.id, reason="crash", article_id=item.id,
                   message="a worker process died twice while processing this article (segfault or out of memory?)")


class BatchRunner:
    """Processes chunks in order on ``workers`` processes (1 = in this process). Use as a context manager."""

    def __init__(self, settings: Settings, workers: int | None = None, processor: ChunkProcessor | None = None):
        self.settings = settings
        self.workers = max(1, workers if workers is not None else settings.n_process)
        self._local = processor
        self._pool: ProcessPoolExecutor | None = None
        self.restarts = 0

    def __enter__(self) -> "BatchRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def warm(self) -> None:
        """Start the workers and wait until each has loaded its model (benchmarks time the work, not the start)."""
        if self.workers == 1:
            if self._local is None:
                self._local = ChunkProcessor(self.settings)
            return
        pool = self._pool_()
        seen: set[int] = set()
        while len(seen) < self.workers:
            seen.update(f.result() for f in [pool.submit(_ping) for _ in range(self.workers)])

    # -- processing -----------------------------------------------------------------------------------
    def run(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], ChunkOutput]]:
        """Yield (chunk, output) for every chunk, in input order."""
        if self.workers == 1:
            for chunk in chunks:
                if self._local is None:
                    self._local = ChunkProcessor(self.settings)   # lazily: a resumed run may have nothing to do
                yield chunk, self._local.process(chunk)
            return
        pending: deque[_Job] = deque()
        for chunk in chunks:
            pending.append(self._submit(_Job(chunk)))
            while len(pending) >= 2 * self.workers:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _pool_(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = multiprocessing.get_context("spawn")   # no fork of a threaded parent; same on Linux and macOS
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self.settings,))
        return self._pool

    def _submit(self, job: _Job) -> _Job:
        job.future = self._pool_().submit(_work, job.items)
        return job

    def _collect(self, pending: deque[_Job]) -> Iterator[tuple[list[Item], ChunkOutput]]:
        job = pending[0]
        try:
            out = job.future.result()
        except BrokenProcessPool:
            self._recover(pending)
            return
        pending.popleft()
        yield job.items, out

    def _recover(self, pending: deque[_Job]) -> None:
        """A worker died: every job in flight is a suspect. Resubmit, split, or give up on single articles."""
        self.restarts += 1
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        try:  # a pool that cannot even start (model missing, bad settings) is not an article's fault
            self._pool_().submit(_ping).result()
        except BrokenProcessPool:
            raise ProcessingError("worker processes die while starting",
                                  hint="run with --workers 1 to see the error; with the Python API, call it under "
                                       "if __name__ == '__main__'") from None
        jobs = list(pending)
        pending.clear()
        for job in jobs:
            job.attempts += 1
            if job.attempts < 2:
                pending.append(self._submit(job))
            elif len(job.items) > 1:
                for item in job.items:
                    pending.append(self._submit(_Job([item], attempts=1)))
            else:
                # processed here, without the model: only the failure is written
                pending.append(self._submit(_Job([crash_failure(job.items[0])], attempts=0)))


@dataclass(slots=True)
class RunStats:
    """Progress of an ingest, passed to the ``on_progress`` callback after every loaded chunk."""

    started: float = field(default_factory=time.monotonic)
    total: int | None = None        # articles expected, when the inputs could be counted
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    words: int = 0

    @property
    def done(self) -> int:
        return self.new + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-9)

    @property
    def eta(self) -> float | None:
        if not self.total or not self.rate:
            return None
        return max(0.0, (self.total - self.done) / self.rate)


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(inputs: Iterable[str], settings: Settings, *, workers: int | None = None, force: bool = False,
           stdin: IO[bytes] | None = None, on_progress: Callable[[RunStats], None] | None = None,
           snapshot: str | None = None, snapshot_every: float = 60.0, stats: RunStats | None = None,
           store: Store | None = None, processor: ChunkProcessor | None = None) -> IngestSummary:
    """Ingest inputs into ``settings.db``, resuming where a previous run of the same inputs stopped.

    Articles whose id is stored already are skipped before any processing (unless ``force``). With
    ``snapshot``, a read-only copy of the database is published there at most every ``snapshot_every`` seconds.
    """
    from ..engine import Engine

    engine = Engine(settings)
    stats = stats or RunStats()
    summary = IngestSummary()
    own = store is None
    store = store or Store(settings.db)
    try:
        loader = ChunkLoader(store, replace=force)
        last_snap = 0.0   # the first snapshot comes with the first chunk

        def fresh_chunks() -> Iterator[list[Item]]:
            for chunk in chunked(engine.reader.read(inputs, stdin=stdin), max(1, settings.batch_size)):
                if not force:
                    known = loader.known(a.id for a in chunk if isinstance(a, Article))
                    if known:
                        before = len(chunk)
                        chunk = [a for a in chunk if not (isinstance(a, Article) and a.id in known)]
                        summary.articles_unchanged += before - len(chunk)
                        stats.unchanged += before - len(chunk)
                if any(isinstance(a, Article) for a in chunk):
                    yield chunk
                else:  # only reader failures: written here, no model needed
                    for f in chunk:
                        store.write_failure(f)
                        summary.add_failure(f.reason)
                        stats.failed += 1

        with BatchRunner(settings, workers, processor=processor) as runner:
            for chunk, out in runner.run(fresh_chunks()):
                res = loader.load(out.tables)
                _account(summary, stats, out, res)
                if snapshot and time.monotonic() - last_snap >= snapshot_every:
                    loader.snapshot(snapshot)
                    last_snap = 0.0   # the first snapshot comes with the first chunk
                if on_progress is not None:
                    on_progress(stats)
        if snapshot:
            loader.snapshot(snapshot)
    finally:
        if own:
            store.close()
    return summary


def _account(summary: IngestSummary, stats: RunStats, out: ChunkOutput, res) -> None:
    summary.articles_new += res.new
    summary.articles_unchanged += out.articles - res.new
    summary.events += res.events
    summary.quotes += res.quotes
    for reason, n in sorted(out.failures.items()):
        for _ in range(n):
            summary.add_failure(reason)
    stats.new += res.new
    stats.unchanged += out.articles - res.new
    stats.failed += out.failed
