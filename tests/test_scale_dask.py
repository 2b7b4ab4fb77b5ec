"""Dask: the same pipeline on a real LocalCluster (two worker processes) stores the same events as a local run."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed")
from distributed import Client, LocalCluster  # noqa: E402

from newsgraph import Settings  # noqa: E402
from newsgraph.scale import ingest, ingest_on_cluster  # noqa: E402

TIMESTAMPS = {"ingested_at", "recorded_at"}


def rows(db: str, table: str) -> list[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in TIMESTAMPS]
        return con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    src = shared / "eval" / "dev" / "dev.input.jsonl"
    path = tmp_path_factory.mktemp("dask") / "in.jsonl"
    lines = src.read_text("utf-8").splitlines()[:10] + ["{broken"]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.mark.slow
def test_local_cluster_gives_the_events_of_a_local_run(corpus, tmp_path):
    base = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False, "batch_size": 3})
    local = base.replace(db=str(tmp_path / "local.duckdb"))
    remote = base.replace(db=str(tmp_path / "dask.duckdb"))
    ingest([str(corpus)], local, workers=1)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        summary = ingest_on_cluster([str(corpus)], remote, client=client, parts=tmp_path / "parts")
        pids = client.run(lambda dask_worker: dask_worker.plugins["newsgraph"].processor is not None)
    assert len(pids) == 2 and all(pids.values()), "every worker holds its loaded model"
    assert summary.articles_new == 10 and summary.failure_reasons == {"malformed": 1}

    events = rows(remote.db, "events")
    assert events, "the dev articles should give events"
    assert events == rows(local.db, "events")
    for table in ("articles", "mentions", "quotes", "failures"):
        assert rows(remote.db, table) == rows(local.db, table), table

    parts = tmp_path / "parts"
    assert len(list((parts / "_manifest").glob("*.json"))) == 4          # 10 articles in chunks of 3
    n = duckdb.sql(f"SELECT count(*) FROM '{parts}/events/*.parquet'").fetchall()[0][0]
    assert n == len(events)                                               # the partitions can be queried in place

    # a rerun finds every article stored: nothing is submitted
    again = ingest_on_cluster([str(corpus)], remote, client=_NoClient(), parts=parts)
    assert again.articles_unchanged == 10 and again.articles_new == 0


class _NoClient:
    """A client that refuses work: proves a rerun of a finished ingest computes nothing."""

    def register_plugin(self, *a, **k):
        pass

    def scheduler_info(self):
        return {"workers": {"w": {}}}

    def submit(self, *a, **k):  # pragma: no cover
        raise AssertionError("nothing should be submitted")


def test_manifests_are_loaded_without_recomputing(corpus, tmp_path, monkeypatch):
    """A crash after the workers wrote partitions but before the client loaded them: the rerun loads them."""
    from newsgraph.scale import cluster
    from newsgraph.scale.worker import ChunkProcessor

    settings = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False, "batch_size": 4,
                                                "db": str(tmp_path / "m.duckdb")})
    proc = ChunkProcessor(settings)
    parts = tmp_path / "parts"
    from newsgraph.engine import Engine
    from newsgraph.scale.runner import chunked

    for chunk in chunked(Engine(settings).reader.read([str(corpus)]), 4):
        if any(hasattr(a, "text") for a in chunk):
            cluster.write_partition(proc.process(chunk), parts, cluster.chunk_key(chunk))
    summary = ingest_on_cluster([str(corpus)], settings, client=_NoClient(), parts=parts)
    assert summary.articles_new == 10
    manifest = json.loads(next((parts / "_manifest").glob("*.json")).read_text())
    assert set(manifest) >= {"files", "articles", "failures"}
