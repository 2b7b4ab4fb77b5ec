"""kill -9 on the Dask cluster path (issue 14): the client of ``newsgraph ingest --cluster`` killed at its first
partition or half-way, then the same command run again; each of the two workers of a LocalCluster killed in
turn during a run. Each ends with the database of an uninterrupted run (a content hash of every table), and
the temporary files a killed writer leaves are removed on resume. Chunks of one article, so that there are many
partitions to be killed between."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from clirun import ROOT, ingest_cli, start_ingest, table_digests

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow
ARTICLES = 30


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    lines = (shared / "eval" / "dev" / "winer_dev.input.jsonl").read_text("utf-8").splitlines()[:ARTICLES]
    lines[5:5] = ["{not json", json.dumps({"text": "   "})]
    path = tmp_path_factory.mktemp("ckill") / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster of two worker processes that import this worktree's newsgraph."""
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(ROOT)
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as c:
            yield c
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def args(cluster, parts: Path) -> tuple[str, ...]:
    return ("--cluster", cluster.scheduler_address, "--parts", str(parts), "--set", "batch_size=1")


@pytest.fixture(scope="module")
def reference(corpus, cluster, tmp_path_factory) -> dict[str, str]:
    """An uninterrupted run on the cluster; it must also equal a run in one process."""
    d = tmp_path_factory.mktemp("cref")
    r = ingest_cli(corpus, d / "ref.duckdb", *args(cluster, d / "parts"))
    assert r.returncode == 0 and f"articles: {ARTICLES} new" in r.stdout, r.stderr
    one = ingest_cli(corpus, d / "one.duckdb", "--set", "batch_size=1")
    assert one.returncode == 0, one.stderr
    digests = table_digests(d / "ref.duckdb")
    assert digests == table_digests(d / "one.duckdb")
    return digests


def manifests(parts: Path) -> int:
    d = parts / "_manifest"
    return len(list(d.glob("*.json"))) if d.is_dir() else 0


def wait_for(cond, proc, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert proc.poll() is None, f"the ingest ended before the kill: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "timed out waiting for the kill point"
        time.sleep(0.01)


@pytest.mark.parametrize("kill_at", [1, ARTICLES // 2], ids=["first-partition", "half-way"])
def test_client_killed_then_resumed_equals_an_uninterrupted_run(corpus, cluster, reference, tmp_path, kill_at):
    db, parts = tmp_path / "k.duckdb", tmp_path / "parts"
    proc = start_ingest(corpus, db, *args(cluster, parts))
    wait_for(lambda: manifests(parts) >= kill_at, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stale = parts / "articles" / ".0123456789abcdef0123.999-1-deadbeef.parquet.tmp"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"half a parquet file")                 # what a writer killed mid-write leaves
    r = ingest_cli(corpus, db, *args(cluster, parts))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert table_digests(db) == reference
    assert not stale.exists() and not list(parts.glob("*/.*.tmp"))


def test_each_worker_killed_in_turn_loses_nothing(corpus, cluster, reference, tmp_path):
    db, parts = tmp_path / "w.duckdb", tmp_path / "parts"
    with distributed.Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
    assert len(pids) == 2
    proc = start_ingest(corpus, db, *args(cluster, parts))
    wait_for(lambda: manifests(parts) >= 2, proc)
    os.kill(pids[0], signal.SIGKILL)                          # the nanny restarts it; its chunk runs again
    seen = manifests(parts)
    wait_for(lambda: manifests(parts) >= seen + 3, proc)
    os.kill(pids[1], signal.SIGKILL)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert table_digests(db) == reference
