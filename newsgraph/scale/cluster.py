"""The same pipeline on a Dask cluster: workers write Parquet partitions, this process loads them into DuckDB.

    from newsgraph.scale import ingest_on_cluster
    summary = ingest_on_cluster(["archive/"], settings, address="tcp://scheduler:8786", parts="/shared/parts")

* The client (this process) streams the inputs, drops the articles stored already, and submits chunks of
  ``batch_size`` articles; at most ``2 x workers`` chunks are in flight, so memory does not grow with input.
* Every Dask worker holds one :class:`~newsgraph.scale.worker.ChunkProcessor` (the model loaded once per
  worker, by a worker plugin at worker start; a lock serialises chunks if a worker has several threads).
* A task writes its chunk's rows as one Parquet file per table, ``PARTS/<table>/<key>.parquet``, then a
  manifest ``PARTS/_manifest/<key>.json``; the key is a hash of the chunk's article ids, so a rerun writes
  the same partition again. ``PARTS`` must be visible to the workers and to this process (a shared file
  system; the files can also be queried in place: ``SELECT * FROM 'PARTS/events/*.parquet'``).
* The client loads each partition into DuckDB in one transaction (:class:`ChunkLoader`), in input order.
  On a rerun after a crash, partitions whose manifest exists are loaded without being computed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import uuid
from collections import Counter, deque
from pathlib import Path
from typing import Any, Callable, Iterable

from distributed import Client, KilledWorker, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from ..config import Settings
from ..errors import ClusterError
from ..records import Article, Failure
from ..store import IngestSummary, Store
from .loader import ChunkLoader
from .runner import RunStats, _account, crash_failure, fresh_chunks
from .worker import ChunkOutput, ChunkProcessor

PLUGIN = "newsgraph"
CONNECT_TIMEOUT = 10.0       # seconds to reach the scheduler (Dask's own default is 30)
_TCP_SCHEMES = ("tcp", "tls", "ws", "wss")
DEFAULT_PORT = 8786


def connect(address: str, timeout: float = CONNECT_TIMEOUT) -> Client:
    """A client of the scheduler at ``address``, or a :class:`ClusterError` that names it.

    For TCP addresses a plain socket connection is tried first: a refused connection or an unknown host is
    reported at once, with its cause, instead of after Dask's connection retries; on ``tcp://`` a Dask
    scheduler speaks first (its handshake), so a port that stays silent is not one (``Client`` would wait
    on it without end).
    """
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, loc = parse_address(address)
        if scheme in _TCP_SCHEMES:
            with socket.create_connection(parse_host_port(loc, DEFAULT_PORT), timeout=timeout) as probe:
                if scheme == "tcp" and not probe.recv(1):
                    raise ConnectionError("the connection was closed at once")
        return Client(address, timeout=timeout)
    except (OSError, ValueError) as exc:
        if isinstance(exc, socket.timeout):
            reason = f"no answer within {timeout:g} s (is it a Dask scheduler's port?)"
        else:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {address!r}: {reason}",
                           hint="is a scheduler running there (dask scheduler), with workers (dask worker ADDRESS)? "
                                "check the address, port and firewall; without --cluster the ingest runs on this "
                                "machine") from None


class NewsgraphPlugin(WorkerPlugin):
    """Dask worker plugin: builds the ChunkProcessor (loads the model) once when the worker starts."""

    name = PLUGIN

    def __init__(self, settings: Settings):
        self.settings = settings
        self.processor: ChunkProcessor | None = None
        self.lock = threading.Lock()

    def setup(self, worker: Any = None) -> None:
        self.processor = ChunkProcessor(self.settings)

    def teardown(self, worker: Any = None) -> None:
        if self.processor is not None:
            self.processor.close()

    def __getstate__(self) -> dict:
        return {"settings": self.settings}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["settings"])


def chunk_key(items: list[Article | Failure]) -> str:
    h = hashlib.sha256()
    for it in items:
        h.update((it.id if isinstance(it, Article) else f"{it.source}\x1f{it.reason}").encode("utf-8") + b"\n")
    return h.hexdigest()[:20]


def process_partition(items: list[Article | Failure], parts: str, key: str) -> dict:
    """Task run on a Dask worker: process one chunk, write its Parquet partition, return its manifest."""
    plugin: NewsgraphPlugin = get_worker().plugins[PLUGIN]
    with plugin.lock:
        out = plugin.processor.process(items)
    return write_partition(out, Path(parts), key)


def write_partition(out: ChunkOutput, parts: Path, key: str) -> dict:
    import pyarrow.parquet as pq

    files = {}
    for table, data in out.tables.items():
        d = parts / table
        d.mkdir(parents=True, exist_ok=True)
        path = d / f"{key}.parquet"
        tmp = d / f".{key}.{_writer()}.parquet.tmp"   # one name per writer: a retried chunk may run twice at once
        pq.write_table(data, tmp)
        os.replace(tmp, path)            # a partition file is complete or absent
        files[table] = str(path)
    manifest = {"key": key, "files": files, "articles": out.articles, "failures": dict(out.failures),
                "seconds": out.seconds, "peak_rss": out.peak_rss}
    mdir = parts / "_manifest"
    mdir.mkdir(parents=True, exist_ok=True)
    tmp = mdir / f".{key}.{_writer()}.json.tmp"
    tmp.write_text(json.dumps(manifest), "utf-8")
    os.replace(tmp, mdir / f"{key}.json")
    return manifest


def _writer() -> str:
    return f"{os.getpid()}-{threading.get_ident()}-{uuid.uuid4().hex[:8]}"


def remove_stale_temporaries(parts: Path) -> int:
    """Temporary files a killed writer left behind (``.KEY.WRITER.*.tmp``): never read, removed when a run
    starts, before any task of that run writes. Returns how many were removed."""
    removed = 0
    for tmp in parts.glob("*/.*.tmp"):
        try:
            tmp.unlink()
            removed += 1
        except FileNotFoundError:          # another run's writer renamed it in the meantime
            pass
    return removed


def read_manifest(parts: Path, key: str) -> dict | None:
    path = parts / "_manifest" / f"{key}.json"
    if not path.is_file():
        return None
    manifest = json.loads(path.read_text("utf-8"))
    if not all(Path(p).is_file() for p in manifest["files"].values()):
        return None
    return manifest


def ingest_on_cluster(inputs: Iterable[str], settings: Settings, *, address: str | None = None, client: Any = None,
                      parts: str | os.PathLike | None = None, force: bool = False,
                      on_progress: Callable[[RunStats], None] | None = None, stats: RunStats | None = None,
                      store: Store | None = None) -> IngestSummary:
    """Ingest on a Dask cluster (``address`` of its scheduler, or a ``distributed.Client``) into settings.db."""
    from ..engine import Engine

    own_client = client is None
    client = client or connect(address)
    parts_dir = Path(parts or f"{settings.db}.parts").resolve()
    parts_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(parts_dir)
    engine = Engine(settings)                      # reader only: the model is loaded on the workers
    stats = stats or RunStats()
    summary = IngestSummary()
    own_store = store is None
    store = store or Store(settings.db)
    try:
        client.register_plugin(NewsgraphPlugin(settings), name=PLUGIN)
        loader = ChunkLoader(store, replace=force)
        in_flight = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()

        def result(item) -> dict:
            if isinstance(item, dict):
                return item
            future, chunk = item
            try:
                return future.result()
            except KilledWorker:   # the chunk killed every worker Dask tried: each article is a crash failure
                loader.write_failures(crash_failure(a) for a in chunk)
                return {"files": {}, "articles": 0, "failures": {"crash": len(chunk)}}
            except Exception as exc:   # a task raised on a worker (disk full, permissions...): one clear error
                raise ClusterError(f"a chunk failed on a cluster worker ({type(exc).__name__}: {exc}); what was "
                                   f"stored before is kept, run the same command again to resume") from exc

        def finish(manifest: dict) -> None:
            res = loader.load_parquet(manifest["files"])
            out = ChunkOutput(tables={}, articles=manifest["articles"], failures=Counter(manifest["failures"]))
            _account(summary, stats, out, res)
            if on_progress is not None:
                on_progress(stats)

        chunks = fresh_chunks(engine.reader.read(inputs), loader, summary, stats, settings.batch_size, force)
        for chunk in chunks:
            key = chunk_key(chunk)
            done = None if force else read_manifest(parts_dir, key)
            pending.append(done if done is not None else
                           (client.submit(process_partition, chunk, str(parts_dir), key, key=f"newsgraph-{key}",
                                          pure=False), chunk))
            while len(pending) >= in_flight:
                finish(result(pending.popleft()))
        while pending:
            finish(result(pending.popleft()))
    finally:
        if own_store:
            store.close()
        if own_client:
            client.close()
    return summary
