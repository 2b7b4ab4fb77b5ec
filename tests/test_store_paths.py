"""One write path (issue 14): ``Store.rows`` + the bulk ``Store.insert`` serve every path, so ``Store.write``
(library and API), one process, ``--workers 2`` and a Dask cluster store the same bytes in every table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import NullNlp, ingest_cli, ingest_cli_on_cluster, table_digests, table_rows

from newsgraph import Engine, Settings
from newsgraph.records import Article, ArticleResult, Entity, Failure
from newsgraph.scale import ChunkLoader, ChunkProcessor
from newsgraph.store import Store


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    """9 dev articles, one of them twice, a line that is not JSON and an empty text."""
    lines = (shared / "eval" / "dev" / "winer_dev.input.jsonl").read_text("utf-8").splitlines()[:9]
    lines += [lines[2], "{broken", json.dumps({"text": "   "})]
    path = tmp_path_factory.mktemp("paths") / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def library(corpus, tmp_path_factory) -> dict[str, str]:
    """The reference: ``Store.ingest`` (``Store.write`` per article) of the engine's results."""
    settings = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False, "batch_size": 4})
    db = tmp_path_factory.mktemp("lib") / "lib.duckdb"
    with Store(db) as st:
        st.ingest(Engine(settings).run([str(corpus)]))
    assert len(table_rows(db, "articles")) == 9 and table_rows(db, "events")
    return table_digests(db)


@pytest.mark.slow
@pytest.mark.parametrize("path", ["--workers 1", "--workers 2", "--cluster"])
def test_every_path_stores_what_store_write_stores(corpus, library, tmp_path, monkeypatch, path):
    db = tmp_path / "db.duckdb"
    if path == "--cluster":
        pytest.importorskip("distributed")
        r = ingest_cli_on_cluster(corpus, db, tmp_path / "parts", monkeypatch)
    else:
        r = ingest_cli(corpus, db, *path.split())
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert table_digests(db) == library


# -- a value the schema cannot take -------------------------------------------------------------------
class _BadEngine:
    """No model: each article is an empty result, except one whose entity offset is not a number."""

    nlp = NullNlp()

    def process(self, items):
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            ents = [Entity(text="Paris", label="LOC", start="trois", end=5)] if item.id == "bad" else []
            yield ArticleResult(article=item, entities=ents)


def test_a_result_the_schema_refuses_is_that_articles_failure(tmp_path):
    """The old row collector turned a whole chunk into an ArrowTypeError that stopped the run."""
    items = [Article(id=i, text=f"texte {i}") for i in ("a", "bad", "b")]
    items.append(Failure(source="x.jsonl:4", reason="malformed", message="invalid JSON"))
    proc = ChunkProcessor(Settings.load(env={}, overrides={"progress": False}), engine=_BadEngine())
    out = proc.process(items)
    assert out.articles == 2 and dict(out.failures) == {"processing": 1, "malformed": 1}
    with Store(tmp_path / "db.duckdb") as st:
        assert ChunkLoader(st).load(out.tables).new == 2
        assert sorted(r[0] for r in st.con.execute("SELECT id FROM articles").fetchall()) == ["a", "b"]
        fail = st.failures(reason="processing")
        assert [f["article_id"] for f in fail] == ["bad"] and "cannot store the result" in fail[0]["message"]
        with pytest.raises((TypeError, ValueError)):
            st.write(ArticleResult(article=items[1], entities=[Entity(text="P", label="LOC", start="x", end=1)]))
        assert st.counts()["articles"] == 2 and st.con.execute("SELECT count(*) FROM entities").fetchone()[0] == 0


def test_store_write_and_write_failure_go_through_the_bulk_insert(tmp_path):
    with Store(tmp_path / "db.duckdb") as st:
        res = ArticleResult(article=Article(id="a", text="Un texte."), entities=[Entity("Un", "MISC", 0, 2)])
        assert st.rows(res)["entities"] == [("a", 0, "Un", "MISC", 0, 2)]
        assert st.write(res) and not st.write(res)
        f = Failure(source="x:1", reason="empty", message="input is empty")
        assert st.write_failure(f) and not st.write_failure(f)
        assert st.counts()["failures"] == 1 and st.con.execute("SELECT count(*) FROM entities").fetchone()[0] == 1
