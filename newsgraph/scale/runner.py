"""The batch runner: stream inputs, skip what is stored, process chunks on worker processes, load in order.

Memory does not depend on the input size: the reader streams, at most ``2 * workers`` chunks are in flight,
and each worker frees what a chunk added to the spaCy vocabulary (``nlp.memory_zone``).

Resilience: a worker that dies (segfault, out of memory, killed) breaks the process pool; the runner starts a
new pool, keeps the chunks that had finished, and runs the others again one at a time, so that a crash is
blamed on the only chunk in the pool. A chunk that kills a worker on its own is split into single articles;
a single article that kills a worker on its own twice is recorded as a failure with reason ``crash``. The
run goes on and nothing is lost silently.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
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


def _init_worker(settings: Settings, factory: Callable[[Settings], ChunkProcessor]) -> None:
    global _WORKER_PROCESSOR
    _watch_parent()
    _WORKER_PROCESSOR = factory(settings)


def _watch_parent() -> None:
    """A worker whose parent was killed (kill -9 of the ingest) exits instead of living on as an orphan."""
    import os
    import threading

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="newsgraph-parent-watch", daemon=True).start()


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
    future: Future | None = None
    outputs: list[tuple[list[Item], ChunkOutput]] | None = None   # set once done (several if it was split)


def crash_failure(item: Item) -> Failure:
    if isinstance(item, Failure):
        return item
    return Failure(source=item.source or item.id, reason="crash", article_id=item.id, origin=item.origin,
                   message="a worker process died twice while processing this article (segfault or out of memory?)")


class BatchRunner:
    """Processes chunks in order on ``workers`` processes (1 = in this process). Use as a context manager."""

    def __init__(self, settings: Settings, workers: int | None = None, processor: ChunkProcessor | None = None,
                 factory: Callable[[Settings], ChunkProcessor] = ChunkProcessor):
        """``factory`` builds the processor of each worker process (a picklable top-level callable)."""
        self.settings = settings
        self.factory = factory
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
                self._local = self.factory(self.settings)
            return
        pool = self._pool_()
        seen: set[int] = set()
        try:
            while len(seen) < self.workers:
                seen.update(f.result() for f in [pool.submit(_ping) for _ in range(self.workers)])
        except BrokenProcessPool:
            raise ProcessingError("worker processes die while starting", hint="run with --workers 1 to see the error") from None

    # -- processing -----------------------------------------------------------------------------------
    def run(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], ChunkOutput]]:
        """Yield (chunk, output) for every chunk, in input order."""
        if self.workers == 1:
            for chunk in chunks:
                if self._local is None:
                    self._local = self.factory(self.settings)   # lazily: a resumed run may have nothing to do
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
                                             initargs=(self.settings, self.factory))
        return self._pool

    def _submit(self, job: _Job) -> _Job:
        job.future = self._pool_().submit(_work, job.items)
        return job

    def _collect(self, pending: deque[_Job]) -> Iterator[tuple[list[Item], ChunkOutput]]:
        job = pending[0]
        if job.outputs is None:
            try:
                job.outputs = [(job.items, job.future.result())]
            except BrokenProcessPool:
                self._recover(pending)
        pending.popleft()
        yield from job.outputs

    def _restart(self) -> None:
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

    def _recover(self, pending: deque[_Job]) -> None:
        """A worker died. Jobs that finished keep their output; the others are run again one at a time, so
        that a crash can be blamed on the job that was alone in the pool."""
        suspects = []
        for job in pending:
            if job.outputs is not None:
                continue
            f = job.future
            if f is not None and f.done() and not f.cancelled() and f.exception() is None:
                job.outputs = [(job.items, f.result())]
            else:
                suspects.append(job)
        self._restart()
        for job in suspects:
            job.outputs = self._isolated(job.items)

    def _isolated(self, items: list[Item], tries: int = 2) -> list[tuple[list[Item], ChunkOutput]]:
        for _ in range(tries if len(items) == 1 else 1):
            try:
                return [(items, self._pool_().submit(_work, items).result())]
            except BrokenProcessPool:
                self._restart()
        if len(items) > 1:   # the chunk kills a worker on its own: find the article that does
            return [out for item in items for out in self._isolated([item])]
        failure = [crash_failure(items[0])]
        return [(failure, self._pool_().submit(_work, failure).result())]


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

        with BatchRunner(settings, workers, processor=processor) as runner:
            for chunk, out in runner.run(fresh_chunks(engine.reader.read(inputs, stdin=stdin), loader, summary, stats,
                                                      settings.batch_size, force)):
                res = loader.load(out.tables)
                _account(summary, stats, out, res)
                if snapshot and time.monotonic() - last_snap >= snapshot_every:
                    loader.snapshot(snapshot)
                    last_snap = time.monotonic()
                if on_progress is not None:
                    on_progress(stats)
        if snapshot:
            loader.snapshot(snapshot)
    finally:
        if own:
            store.close()
    return summary


def fresh_chunks(items: Iterable[Item], loader: ChunkLoader, summary: IngestSummary, stats: RunStats, size: int,
                 force: bool = False) -> Iterator[list[Item]]:
    """Chunks of what remains to do: stored articles are dropped (one id query per chunk) and counted as
    unchanged; chunks of reader failures only are written at once (they need no model)."""
    for chunk in chunked(items, max(1, size)):
        if not force:
            known = loader.known(a.id for a in chunk if isinstance(a, Article))
            if known:
                before = len(chunk)
                chunk = [a for a in chunk if not (isinstance(a, Article) and a.id in known)]
                summary.articles_unchanged += before - len(chunk)
                stats.unchanged += before - len(chunk)
        if any(isinstance(a, Article) for a in chunk):
            yield chunk
        else:
            loader.write_failures(chunk)
            for f in chunk:
                summary.add_failure(f.reason)
                stats.failed += 1


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
