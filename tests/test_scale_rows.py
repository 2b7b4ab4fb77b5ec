"""The bulk path (rows collected from Store.write, loaded as Arrow) stores exactly what Store.write stores."""

from __future__ import annotations

import duckdb
import pytest

from newsgraph.records import Article, Failure
from newsgraph.scale import ChunkLoader, ChunkProcessor
from newsgraph.store import Store

TIMESTAMPS = {"ingested_at", "recorded_at"}


def dump(path: str) -> dict[str, list[tuple]]:
    con = duckdb.connect(path, read_only=True)
    out = {}
    for (t,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema='main' "
                            "AND table_name NOT LIKE '\\_%' ESCAPE '\\'").fetchall():
        cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall() if r[0] not in TIMESTAMPS]
        out[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY ALL").fetchall()
    con.close()
    return out


@pytest.fixture(scope="module")
def items(engine, shared):
    src = shared / "eval" / "dev" / "dev.input.jsonl"
    read = list(engine.reader.read([str(src)]))[:12]
    read.append(Failure(source="x.jsonl:9", reason="malformed", message="invalid JSON"))
    return read


@pytest.mark.parametrize("fast", [True, False], ids=["collector", "in-memory store"])
def test_bulk_rows_equal_store_write(engine, items, tmp_path, fast):
    ref = str(tmp_path / "ref.duckdb")
    with Store(ref) as st:
        st.ingest(engine.process(items))
    proc = ChunkProcessor(engine.settings, engine=engine, fast=fast)
    out = proc.process(items)
    assert proc.fast is fast
    assert out.articles == sum(isinstance(i, Article) for i in items) and out.failed >= 1
    bulk = str(tmp_path / "bulk.duckdb")
    with Store(bulk) as st:
        res = ChunkLoader(st).load(out.tables)
    assert res.new == out.articles
    a, b = dump(ref), dump(bulk)
    assert a["events"], "the dev articles should give events"
    assert a == b
