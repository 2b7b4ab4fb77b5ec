"""The DuckDB store: migrations, idempotent writes, failures, parameterised queries."""

from __future__ import annotations

import duckdb
import pytest

from newsgraph.errors import NotFoundError, StoreError
from newsgraph.records import Actor, Article, ArticleResult, Event, Failure, Quote, Sentence
from newsgraph.store import MIGRATIONS, EventFilter, Store

RUS = Actor(name="Russie", mention="Moscou", country="RUS", sector="GOV", code="RUSGOV", id="RUS")
USA = Actor(name="États-Unis", mention="Washington", country="USA", sector="GOV", code="USAGOV", id="USA")


def result(aid: str = "a1", text: str = "Moscou et Washington se disent prêts à collaborer.") -> ArticleResult:
    art = Article(id=aid, text=text, title=text, published="2017-01-28", paragraphs=[(0, len(text))])
    ev = Event(sentence=text, sentence_start=0, sentence_end=len(text), trigger="se disent prêts", trigger_start=20,
               trigger_end=35, cameo="030", root="03", source=RUS, target=USA, goldstein=4.0, quad_class=1,
               date="2017-01-28", date_source="published", rule="fr:se_dire_pret_a")
    q = Quote(text="une coopération", start=0, end=5, cue="a dit", speaker=RUS)
    return ArticleResult(article=art, sentences=[Sentence(0, 0, len(text), text)], events=[ev], quotes=[q])


def test_migrations_recorded_and_reapplied_nothing(tmp_db):
    with Store(tmp_db) as st:
        assert st.migrations() == [m.name for m in MIGRATIONS]
        assert st.migrate() == []


def test_write_is_idempotent(tmp_db):
    with Store(tmp_db) as st:
        s1 = st.ingest([result(), Failure(source="x.txt", reason="empty", message="input is empty")])
        before = st.counts()
        s2 = st.ingest([result(), Failure(source="x.txt", reason="empty", message="input is empty")])
        assert st.counts() == before
    assert (s1.articles_new, s1.events, s1.failures) == (1, 1, 1)
    assert (s2.articles_new, s2.articles_unchanged) == (0, 1)
    assert s1.failure_reasons == {"empty": 1}


def test_replace_rewrites_rows(tmp_db):
    with Store(tmp_db) as st:
        st.write(result())
        r = result()
        r.events = []
        assert st.write(r, replace=True)
        assert st.counts()["events"] == 0
        assert st.counts()["articles"] == 1


def test_event_queries(tmp_db):
    with Store(tmp_db) as st:
        st.write(result("a1"))
        st.write(result("a2", "Washington et Moscou se disent prêts à collaborer."))
        assert len(st.events()) == 2
        assert len(st.events(EventFilter(actor="rusgov"))) == 2
        assert len(st.events(EventFilter(actor="USA", root="3"))) == 2
        assert st.events(EventFilter(root="14")) == []
        assert st.events(EventFilter(since="2017-02-01")) == []
        assert len(st.events(EventFilter(article="a2"))) == 1
        assert len(st.events(EventFilter(limit=1))) == 1
        # user input is bound, never formatted into SQL
        assert st.events(EventFilter(actor="x' OR 1=1 --")) == []
        assert st.quotes(speaker="russie")[0]["speaker_code"] == "RUSGOV"
        assert st.quotes(contains="paix") == []


def test_read_only_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "none.duckdb", read_only=True)
    p = tmp_path / "not_a_db.duckdb"
    p.write_text("hello")
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(p)


def test_article_lookup(tmp_db):
    with Store(tmp_db) as st:
        st.write(result())
        assert st.article("a1")["title"].startswith("Moscou")
        with pytest.raises(NotFoundError):
            st.article("zzz")


def test_upgrade_from_an_older_schema(tmp_db):
    con = duckdb.connect(tmp_db)
    con.execute("CREATE TABLE _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute(MIGRATIONS[0].sql)
    con.execute("INSERT INTO _migrations (name) VALUES (?)", [MIGRATIONS[0].name])
    con.close()
    with Store(tmp_db) as st:
        assert st.migrations() == [m.name for m in MIGRATIONS]
        assert st.write(result())
        assert st.counts()["events"] == 1
