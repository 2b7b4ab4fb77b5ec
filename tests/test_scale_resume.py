"""Kill-and-resume: a run killed mid-way and started again equals an uninterrupted run, without duplicates."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import table_rows

from newsgraph import Settings
from newsgraph.errors import StoreError
from newsgraph.scale import ingest
from newsgraph.store import Store

ARTICLES = 30
TABLES = ("articles", "sentences", "entities", "mentions", "actors", "events", "quotes", "places", "dates", "failures")


@pytest.fixture(scope="module")
def sm_settings() -> Settings:
    return Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False})


@pytest.fixture(scope="module")
def processor(sm_settings):
    from newsgraph.scale import ChunkProcessor

    return ChunkProcessor(sm_settings)


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    src = shared / "eval" / "dev" / "winer_dev.input.jsonl"
    path = tmp_path_factory.mktemp("resume") / "in.jsonl"
    lines = src.read_text("utf-8").splitlines()[:ARTICLES]
    lines.append(json.dumps({"text": "  "}))          # a failure, recorded once however often we resume
    lines.append("{not json")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _cmd(inp: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newsgraph", "ingest", str(inp), "--db", str(db), "--model", "fr_core_news_sm",
            "--set", "batch_size=4", "--set", "progress=false", *extra]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NEWSGRAPH_DB", None)
    return env



def _kill_after_first_commit(cmd: list[str], db: Path, timeout: float = 120) -> None:
    """Start the ingest and SIGKILL it once a chunk is committed (its first snapshot appears), a little later."""
    snap = Path(str(db) + ".snap")
    proc = subprocess.Popen([*cmd, "--snapshot", str(snap)], env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None and not snap.exists():
            time.sleep(0.01)
        if proc.poll() is None:
            # concurrent readers: the live file is the writer's alone, the published snapshot is readable
            with pytest.raises(StoreError):
                Store(db, read_only=True)
            with Store(snap, read_only=True) as reader:
                assert reader.counts()["articles"] > 0
        time.sleep(random.uniform(0, 0.3))      # anywhere in the next chunk: processing, loading or committing
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


@pytest.mark.slow
def test_killed_run_resumes_to_the_same_database(corpus, tmp_path):
    ref, db = tmp_path / "ref.duckdb", tmp_path / "killed.duckdb"
    done = subprocess.run(_cmd(corpus, ref), env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"articles: {ARTICLES} new, 0 unchanged" in done.stdout

    _kill_after_first_commit(_cmd(corpus, db), db)
    partial = len(table_rows(db, "articles"))
    assert 0 < partial < ARTICLES, "the kill should land mid-run"

    again = subprocess.run(_cmd(corpus, db), env=_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"articles: {ARTICLES - partial} new, {partial} unchanged" in again.stdout

    for table in TABLES:
        assert table_rows(db, table) == table_rows(ref, table), table
    ids = [r[0] for r in table_rows(db, "articles")]
    assert len(ids) == len(set(ids)) == ARTICLES
    failures = table_rows(db, "failures")
    assert sorted(r[2] for r in failures) == ["empty", "malformed"]


def test_resume_skips_stored_articles_without_processing_them(corpus, tmp_path, monkeypatch, sm_settings, processor):
    settings = sm_settings.replace(db=str(tmp_path / "a.duckdb"), batch_size=8)
    first = ingest([str(corpus)], settings, workers=1, processor=processor)
    assert first.articles_new == ARTICLES and first.failures == 2

    from newsgraph.scale import worker

    def boom(self, items):  # pragma: no cover - must not be called
        raise AssertionError("a stored article was processed again")

    monkeypatch.setattr(worker.ChunkProcessor, "process", boom)
    again = ingest([str(corpus)], settings, workers=1, processor=processor)
    # only the two failing inputs remain to do: they reach the worker, which must not be called for stored ones
    assert again.articles_unchanged == ARTICLES


def test_duplicate_articles_in_one_run_are_stored_once(corpus, tmp_path, sm_settings, processor):
    line = corpus.read_text("utf-8").splitlines()[0]
    dup = tmp_path / "dup.jsonl"
    dup.write_text("\n".join([line] * 5) + "\n", "utf-8")
    settings = sm_settings.replace(db=str(tmp_path / "d.duckdb"), batch_size=2)
    summary = ingest([str(dup)], settings, workers=1, processor=processor)
    assert (summary.articles_new, summary.articles_unchanged) == (1, 4)
    with Store(settings.db, read_only=True) as st:
        assert st.counts()["articles"] == 1
