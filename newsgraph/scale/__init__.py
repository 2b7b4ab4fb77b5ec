"""Scale: batch ingest over large inputs with worker processes, checkpointing, retry, and Dask clusters.

Library first::

    from newsgraph.scale import ingest
    summary = ingest(["archive/"], settings, workers=2)          # resumable: rerun the same call after a crash

    from newsgraph.scale import ingest_on_cluster
    summary = ingest_on_cluster(["archive/"], settings, address="tcp://scheduler:8786", parts="parts/")

How it works (docs/scale.md): the reader streams Articles and Failures; chunks of ``batch_size`` whose ids are
not stored yet go to workers that hold the model (loaded once per worker); each worker turns its results into
rows with :meth:`newsgraph.store.Store.rows` and returns them as Arrow tables; the single writer loads each chunk
with :meth:`newsgraph.store.Store.insert` (the one bulk insert, also behind ``Store.write``) in one transaction.
A committed chunk is the checkpoint.
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_exports

if TYPE_CHECKING:
    from .cluster import ingest_on_cluster
    from .loader import ChunkLoader
    from .retry import retry_failures
    from .runner import BatchRunner, RunStats, ingest
    from .worker import ChunkOutput, ChunkProcessor

__all__ = ["BatchRunner", "ChunkLoader", "ChunkOutput", "ChunkProcessor", "RunStats", "ingest", "ingest_on_cluster",
           "retry_failures"]

# heavy dependencies (spaCy, pyarrow, Dask, warcio) are imported on first use, not by ``newsgraph.scale.commands``
__getattr__, __dir__ = lazy_exports(__name__, {
    "BatchRunner": ".runner", "ChunkLoader": ".loader", "ChunkOutput": ".worker", "ChunkProcessor": ".worker",
    "RunStats": ".runner", "ingest": ".runner", "ingest_on_cluster": ".cluster", "retry_failures": ".retry",
})
