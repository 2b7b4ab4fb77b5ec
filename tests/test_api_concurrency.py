"""The API under concurrent requests: parallel extractions and ingests give the answers of serial calls."""

from __future__ import annotations

import json
import warnings
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")

from fastapi.testclient import TestClient  # noqa: E402

from newsgraph import Engine, Settings  # noqa: E402
from newsgraph.api import ApiConfig, create_app  # noqa: E402
from newsgraph.store import Store  # noqa: E402

N = 12
TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def small_engine() -> Engine:
    eng = Engine(Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False}))
    eng.nlp
    return eng


@pytest.fixture(scope="module")
def bodies(shared) -> list[dict]:
    lines = (shared / "eval" / "dev" / "dev.input.jsonl").read_text("utf-8").splitlines()[:N]
    return [{k: r[k] for k in ("id", "text", "published") if r.get(k)} for r in map(json.loads, lines)]


def _dump(db: str) -> dict[str, list[tuple]]:
    con = duckdb.connect(db, read_only=True)
    try:
        out = {}
        for t in ("articles", "events", "quotes", "mentions", "places", "dates", "entities"):
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall() if r[0] != "ingested_at"]
            out[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def _parallel(fn, items) -> list:
    with ThreadPoolExecutor(len(items)) as pool:
        return list(pool.map(fn, items))


@pytest.mark.slow
def test_parallel_extractions_equal_serial_ones(small_engine, bodies, tmp_path):
    settings = small_engine.settings.replace(db=str(tmp_path / "x.duckdb"))
    Store(settings.db).close()
    app = create_app(settings, ApiConfig(max_extractions=len(bodies)), engine=small_engine)
    with TestClient(app) as c:
        serial = [c.post("/api/extract", json=b).json() for b in bodies]
        assert all("events" in s for s in serial), serial[0]
        parallel = _parallel(lambda b: c.post("/api/extract", json=b).json(), bodies)
    assert sum(bool(s["events"]) for s in serial) >= 3
    for s, p in zip(serial, parallel):
        assert p == s, s["id"]


@pytest.mark.slow
def test_parallel_ingests_store_the_rows_of_serial_ones(small_engine, bodies, tmp_path):
    dbs = {}
    for mode in ("serial", "parallel"):
        settings = small_engine.settings.replace(db=str(tmp_path / f"{mode}.duckdb"))
        app = create_app(settings, ApiConfig(token=TOKEN, max_extractions=len(bodies)), engine=small_engine)
        post = lambda b: c.post("/api/articles", json=b, headers=AUTH)  # noqa: E731
        with TestClient(app) as c:
            answers = [post(b) for b in bodies] if mode == "serial" else _parallel(post, bodies)
        assert [r.status_code for r in answers] == [200] * len(bodies), answers[0].text
        dbs[mode] = settings.db
    a, b = _dump(dbs["serial"]), _dump(dbs["parallel"])
    assert len(a["articles"]) == len(bodies) and a["events"]
    assert a == b
