"""Period filters: ``--until 2018`` / ``until=2018-03`` include the whole period; invalid dates are refused with a
clear error in the library, the CLI and the API."""

from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")

from fastapi.testclient import TestClient  # noqa: E402

from newsgraph import Settings  # noqa: E402
from newsgraph.api import create_app  # noqa: E402
from newsgraph.cli import main  # noqa: E402
from newsgraph.errors import ConfigError  # noqa: E402
from newsgraph.records import Actor, Article, ArticleResult, Event  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

DATES = ["2017-12-31", "2018", "2018-03", "2018-03-01", "2018-03-31", "2018-04-01", "2018-12-31", "2019-01-01", None]
PUBLISHED = {"2018-03-31": "2018-03-31T23:30:00+02:00", "2018-04-01": "2018-04-01"}


def _result(n: int, day: str | None) -> ArticleResult:
    text = "Moscou a menacé Washington."
    ev = Event(sentence=text, sentence_start=0, sentence_end=len(text), trigger="a menacé", trigger_start=7,
               trigger_end=15, cameo="130", root="13", source=Actor(name="Moscou", code="RUS", country="RUS"),
               target=Actor(name="Washington", code="USA", country="USA"), quad_class=3, goldstein=-4.4, date=day)
    return ArticleResult(article=Article(id=f"a{n}", text=text, published=PUBLISHED.get(day or "")), events=[ev])


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "periods.duckdb")
    with Store(path) as st:
        for n, day in enumerate(DATES):
            st.write(_result(n, day))
    return path


def dates(db: str, **period) -> list[str]:
    with Store(db, read_only=True) as st:
        return sorted(e["date"] for e in Q.events(st.con, Q.EventFilter(limit=None, **period)))


def test_until_includes_its_whole_period(db):
    assert dates(db, until="2018") == ["2017-12-31", "2018", "2018-03", "2018-03-01", "2018-03-31", "2018-04-01",
                                       "2018-12-31"]
    assert dates(db, until="2018-03") == ["2017-12-31", "2018", "2018-03", "2018-03-01", "2018-03-31"]
    assert dates(db, until="2018-03-31") == ["2017-12-31", "2018", "2018-03", "2018-03-01", "2018-03-31"]
    assert dates(db, since="2018-03", until="2018-03") == ["2018-03", "2018-03-01", "2018-03-31"]
    assert dates(db, since="2018", until="2018") == dates(db, since="2018", until="2018-12-31")


def test_until_and_since_the_next_period_split_the_dated_events(db):
    dated = sorted(d for d in DATES if d)
    for until, since in [("2018", "2019"), ("2018-03", "2018-04"), ("2018-02", "2018-03"), ("2018-03-31", "2018-04-01")]:
        before, after = dates(db, until=until), dates(db, since=since)
        assert sorted(before + after) == dated, (until, since)


def test_article_period_includes_timestamps_of_its_last_day(db):
    with Store(db, read_only=True) as st:
        assert [a["published"] for a in Q.articles(st.con, until="2018-03")] == ["2018-03-31T23:30:00+02:00"]
        assert Q.count_articles(st.con, since="2018-04", until="2018-04") == 1


@pytest.mark.parametrize("bad", ["2018-13-45", "2018-02-30", "2018-00", "0000", "18", "2018/03", "2018-3", " 2018"])
def test_invalid_dates_are_refused(bad):
    with pytest.raises(ConfigError, match=f"until '{bad}' is not a date"):
        Q.EventFilter(until=bad)
    with pytest.raises(ConfigError, match="since"):
        Q.EventFilter(since=bad)


def test_cli_until_whole_period_and_clear_error(db, capsys):
    assert main(["events", "--db", db, "--until", "2018-03", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "2018-03-31" in out and "2018-04-01" not in out
    assert main(["events", "--db", db, "--until", "2018-13-45"]) == 1
    err = capsys.readouterr().err
    assert "until '2018-13-45' is not a date" in err and "YYYY-MM" in err


def test_api_until_whole_period_and_clear_error(db):
    app = create_app(Settings.load(env={}, overrides={"db": db, "progress": False}))
    with TestClient(app) as client:
        r = client.get("/api/events", params={"until": "2018", "limit": 100})
        assert r.status_code == 200, r.text
        assert sorted(e["date"] for e in r.json()["items"]) == dates(db, until="2018")
        for path in ("/api/events", "/api/articles", "/api/timeline"):
            r = client.get(path, params={"until": "2018-13-45"})
            assert r.status_code == 400, (path, r.text)
            assert r.json()["error"]["code"] == "config"
            assert "until '2018-13-45' is not a date" in r.json()["error"]["message"]
