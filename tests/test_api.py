"""REST API: reads with filters and paging, the one error shape, /api/extract, token-guarded ingest, schemathesis."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings

warnings.filterwarnings("ignore", message=".*httpx2.*")

from fastapi.testclient import TestClient  # noqa: E402

import schemathesis  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from newsgraph import Settings  # noqa: E402
from newsgraph.api import ApiConfig, create_app  # noqa: E402
from newsgraph.records import Article, ArticleResult  # noqa: E402

from sampledata import build_sample_db  # noqa: E402


class FakeEngine:
    """Stands in for Engine.extract: no model, same contract (ArticleResult or an ArticleError)."""

    calls = 0

    def extract(self, text: str, **fields) -> ArticleResult:
        from newsgraph.errors import EmptyArticleError

        FakeEngine.calls += 1
        if not text.strip():
            raise EmptyArticleError("article is empty after cleaning")
        from newsgraph.ingest import article_id

        art = Article(id=fields.get("id") or article_id(text), text=text.strip(), title=fields.get("title"),
                      published=fields.get("published"), url=fields.get("url"))
        return ArticleResult(article=art)


def _settings(db: str, **over) -> Settings:
    return Settings.load(env={}, overrides={"db": db, "progress": False, **over})


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    return build_sample_db(str(tmp_path_factory.mktemp("api") / "sample.duckdb"))


@pytest.fixture(scope="module")
def client(sample_db) -> TestClient:
    app = create_app(_settings(sample_db, max_article_chars=2000), engine=FakeEngine())
    with TestClient(app) as c:
        yield c


def assert_error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "status", "message", "hint", "details"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    return body["error"]


def test_health_counts(client):
    body = client.get("/api/health").json()
    assert body["counts"]["articles"] == 4 and body["counts"]["events"] == 6 and body["ingest"] is False


def test_events_filters_and_paging(client):
    r = client.get("/api/events", params={"actor": "président russe"})  # a name seen only in a mention
    assert r.status_code == 200
    assert r.json()["total"] == 3
    page = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    page2 = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 6 and len(page["items"]) == 2 and page["limit"] == 2
    assert not {e["id"] for e in page["items"]} & {e["id"] for e in page2["items"]}
    assert client.get("/api/events", params={"quad_class": 4}).json()["total"] == 2
    assert client.get("/api/events", params={"root": "4", "place": "genève"}).json()["total"] == 2
    assert client.get("/api/events", params={"plover": "threaten"}).json()["items"][0]["cameo"] == "130"
    assert client.get("/api/events", params={"country": "mli", "sector": "REB"}).json()["total"] == 1


def test_linked_events_count_articles(client):
    items = client.get("/api/events/linked", params={"source": "RUS", "target": "USA"}).json()["items"]
    assert len(items) == 1
    assert items[0]["num_articles"] == 2 and items[0]["num_mentions"] == 2


def test_dyad_timeline_both_directions(client):
    one_way = client.get("/api/timeline", params={"source": "RUS", "target": "USA"}).json()
    both = client.get("/api/timeline", params={"source": "RUS", "target": "USA", "either_direction": True}).json()
    assert [p["period"] for p in one_way] == ["2021-06"]
    assert [(p["period"], p["events"], p["conflict"]) for p in both] == [("2021-06", 1, 0), ("2021-07", 1, 1)]


def test_network_split(client):
    net = client.get("/api/network", params={"since": "2021-06-01", "until": "2021-07-31"}).json()
    assert {n["id"] for n in net["nodes"]} == {"Q7747", "Q22686"}
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("Q7747", "Q22686")]["cooperation"] == 1 and edges[("Q22686", "Q7747")]["conflict"] == 1


def test_article_detail_and_actor(client):
    art = client.get("/api/articles/art-geneve-1").json()
    assert art["text"].startswith("Poutine et Trump")
    assert len(art["events"]) == 1 and len(art["quotes"]) == 1 and art["entities"]
    actor = client.get("/api/actors/Q7747").json()
    assert "Le président russe" in actor["names"]
    assert client.get("/api/quotes", params={"speaker": "poutine"}).json()["total"] == 1


def test_article_ids_with_slashes(tmp_path):
    db = str(tmp_path / "slash.duckdb")
    from newsgraph.store import Store

    with Store(db) as st:
        st.write(ArticleResult(article=Article(id="2016/01/2016_01_06-002", text="Un texte.")))
    with TestClient(create_app(_settings(db))) as c:
        assert c.get("/api/articles/2016/01/2016_01_06-002").json()["id"] == "2016/01/2016_01_06-002"


def test_error_shape(client):
    assert_error(client.get("/api/articles/nope"), 404, "not_found")
    assert_error(client.get("/api/no/such/path"), 404, "not_found")
    err = assert_error(client.get("/api/events", params={"limit": 0}), 422, "validation")
    assert err["details"][0]["loc"] == ["query", "limit"]
    assert_error(client.get("/api/timeline", params={"interval": "fortnight"}), 422, "validation")
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")


def test_extract_stores_nothing(client):
    before = client.get("/api/health").json()["counts"]["articles"]
    r = client.post("/api/extract", json={"text": "Paris a condamné l'attaque.", "published": "2021-01-01"})
    assert r.status_code == 200 and r.json()["text"] == "Paris a condamné l'attaque."
    assert client.get("/api/health").json()["counts"]["articles"] == before
    assert_error(client.post("/api/extract", json={"text": "x" * 2001}), 413, "size")
    assert_error(client.post("/api/extract", json={"text": "   "}), 422, "empty")
    assert_error(client.post("/api/extract", json={"txt": "a"}), 422, "validation")
    big = b'{"text": "' + b"y" * 20000 + b'"}'
    assert_error(client.post("/api/extract", content=big, headers={"content-type": "application/json"}), 413, "size")


def test_ingest_disabled_without_token(client):
    assert_error(client.post("/api/articles", json={"text": "Un article."}), 403, "disabled")


def test_ingest_with_token(tmp_path):
    db = build_sample_db(str(tmp_path / "ingest.duckdb"))
    app = create_app(_settings(db), ApiConfig(token="s3cret"), engine=FakeEngine())
    with TestClient(app) as c:
        assert_error(c.post("/api/articles", json={"text": "Un article."}), 401, "unauthorized")
        assert_error(c.post("/api/articles", json={"text": "Un article."}, headers={"Authorization": "Bearer nope"}),
                     401, "unauthorized")
        ok = c.post("/api/articles", json={"text": "Un article.", "id": "new-1"}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and ok.json() == {"id": "new-1", "stored": True, "events": 0, "quotes": 0}
        again = c.post("/api/articles", json={"text": "Un article.", "id": "new-1"}, headers={"Authorization": "Bearer s3cret"})
        assert again.json()["stored"] is False
        assert c.get("/api/articles/new-1").status_code == 200


def test_dashboard_and_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200


def test_openapi_lists_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/linked", "/api/network", "/api/timeline", "/api/extract", "/api/articles"):
        assert p in paths


# -- schemathesis: generated requests against the app's own schema never get a 5xx ------------------------

@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    db = build_sample_db(str(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"))
    return create_app(_settings(db, max_article_chars=5000), ApiConfig(token="fuzz-token"), engine=FakeEngine())


def test_schemathesis_no_server_error(fuzz_app):
    """Every operation of the schema, with generated requests (schemathesis strategies run by hypothesis itself:
    schemathesis' pytest plugin follows pytest's private internals and breaks with new pytest releases)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6

    for operation in operations:
        @given(case=operation.as_strategy())
        @hsettings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_server_error(case):
            case.call_and_validate(checks=[not_a_server_error])

        no_server_error()


def test_api_doc_is_current():
    """docs/api.md is generated from the OpenAPI schema; regenerate with: python tools/gen_api_docs.py"""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "tools" / "gen_api_docs.py"
    spec = importlib.util.spec_from_file_location("gen_api_docs", path)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.main(["--check"]) == 0, "docs/api.md is out of date: run python tools/gen_api_docs.py"


def test_dashboard_loads_nothing_from_outside():
    """Offline: the static files reference no external host (the SVG namespace URI is not a request)."""
    import re
    from importlib import resources

    static = resources.files("newsgraph").joinpath("web/static")
    for f in static.iterdir():
        if f.is_dir():  # vendor/: third-party libraries; tests/test_web.py fails on any request they make outside
            continue
        text = f.read_text("utf-8")
        urls = [u for u in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text) if "www.w3.org/2000/svg" not in u]
        assert not urls, (f.name, urls)
        assert "innerHTML" not in text.replace("innerHTML is never used", "")
