"""kill -9 (issue 14): the ingest's parent killed at several points, or one of its two workers, then the same
command run again, gives the database of an uninterrupted run: a content hash of every table is compared."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import duckdb
import pytest
from clirun import ingest_cli, start_ingest, table_digests

ARTICLES = 14
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    lines = (shared / "eval" / "dev" / "winer_dev.input.jsonl").read_text("utf-8").splitlines()[:ARTICLES]
    lines[5:5] = ["{not json", json.dumps({"text": "   "})]
    path = tmp_path_factory.mktemp("kill") / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, str]:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    r = ingest_cli(corpus, db)
    assert r.returncode == 0 and f"articles: {ARTICLES} new" in r.stdout, r.stderr
    return table_digests(db)


def wait_for(cond, proc, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert proc.poll() is None, f"the ingest ended before the kill: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "timed out waiting for the kill point"
        time.sleep(0.02)


def workers_of(pid: int) -> list[int]:
    """The worker processes of a multiprocessing pool run by ``pid`` (not its resource tracker)."""
    out = []
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        cmd = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"spawn_main" in cmd:
            out.append(int(child))
    return out


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def stored(db: Path) -> int:
    """Articles in the database; 0 when the kill came before the migrations made the table."""
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        has = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'").fetchone()[0]
        return con.execute("SELECT count(*) FROM articles").fetchone()[0] if has else 0
    finally:
        con.close()


def resume_and_compare(corpus, db, reference) -> None:
    stored_before = stored(db)
    r = ingest_cli(corpus, db)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert f"articles: {ARTICLES - stored_before} new, {stored_before} unchanged" in r.stdout
    assert table_digests(db) == reference


# kill points of the parent: while it starts (nothing committed), just after the first committed chunk, and
# later within the run (processing, loading or committing another chunk)
@pytest.mark.parametrize("after_commit", [None, 0.0, 1.5], ids=["before-any-commit", "at-first-commit", "later"])
def test_parent_killed_then_resumed_equals_an_uninterrupted_run(corpus, reference, tmp_path, after_commit):
    db, snap = tmp_path / "k.duckdb", tmp_path / "k.snap"
    proc = start_ingest(corpus, db, "--snapshot", str(snap))
    if after_commit is None:
        wait_for(lambda: db.exists(), proc)                   # the database is created and migrated
    else:
        wait_for(snap.exists, proc)                           # the first chunk is committed
        time.sleep(after_commit)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if after_commit is not None:
        assert stored(db) >= 4
    resume_and_compare(corpus, db, reference)


def test_a_killed_worker_loses_nothing(corpus, reference, tmp_path):
    db, snap = tmp_path / "w.duckdb", tmp_path / "w.snap"
    proc = start_ingest(corpus, db, "--workers", "2", "--snapshot", str(snap))
    wait_for(lambda: len(workers_of(proc.pid)) == 2, proc)
    wait_for(snap.exists, proc)
    os.kill(workers_of(proc.pid)[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert table_digests(db) == reference                     # the pool restarted, the chunk ran again


def test_parent_of_two_workers_killed_then_resumed(corpus, reference, tmp_path):
    db, snap = tmp_path / "p.duckdb", tmp_path / "p.snap"
    proc = start_ingest(corpus, db, "--workers", "2", "--snapshot", str(snap))
    wait_for(snap.exists, proc)
    workers = workers_of(proc.pid)
    assert workers
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "orphaned workers outlived the killed parent"
    resume_and_compare(corpus, db, reference)
