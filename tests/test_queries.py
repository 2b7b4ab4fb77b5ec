"""Library queries: filters, linking across articles, timelines, networks, top actors, quotes; no SQL injection."""

from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError, NotFoundError
from newsgraph.records import Article, ArticleResult, Event
from newsgraph.store import Store
from newsgraph.store import queries as Q

from sampledata import RUS, USA, build_sample_db


@pytest.fixture()
def con(tmp_db):
    build_sample_db(tmp_db)
    with Store(tmp_db) as st:
        yield st.con


def keys(rows, *cols):
    return sorted(tuple(r[c] for c in cols) for r in rows)


@pytest.mark.parametrize("value, expected", [
    ("Poutine", 3),              # canonical name
    ("président russe", 3),      # a name seen only in a mention resolved to the actor
    ("RUSGOV", 3),               # CAMEO code
    ("rus", 3),                  # code prefix / country, any case
    ("Q22686", 4),               # knowledge-base id
    ("manifestants", 1),
    ("nobody at all", 0),
    ("outine", 0),               # names match at the start of a word, so short codes do not hit inside words
    ("armée", 1), ("l'armée", 1),  # apostrophes split words
    ("%", 0), ("_", 0),          # LIKE wildcards in the input are literal
])
def test_actor_matches_any_name(con, value, expected):
    assert Q.count_events(con, Q.EventFilter(actor=value)) == expected


def test_dyad_direction(con):
    forward = Q.events(con, Q.EventFilter(source="RUS", target="USA"))
    both = Q.events(con, Q.EventFilter(source="RUS", target="USA", either_direction=True))
    assert {e["cameo"] for e in forward} == {"042"}
    assert sorted(e["cameo"] for e in both) == ["042", "042", "111"]
    assert Q.count_events(con, Q.EventFilter(source="USA")) == 2
    assert Q.count_events(con, Q.EventFilter(target="USA")) == 2


@pytest.mark.parametrize("f, expected", [
    (Q.EventFilter(country="fra"), 2),
    (Q.EventFilter(sector="REB"), 1),
    (Q.EventFilter(root="4"), 2),
    (Q.EventFilter(root="17"), 1),
    (Q.EventFilter(cameo="17"), 1),
    (Q.EventFilter(cameo="1724"), 1),
    (Q.EventFilter(plover="consult"), 2),
    (Q.EventFilter(quad_class=3), 2),
    (Q.EventFilter(since="2021-06-01"), 3),
    (Q.EventFilter(until="2021-03-31"), 2),
    (Q.EventFilter(since="2021-04", until="2021-06-30"), 3),
    (Q.EventFilter(place="gen"), 2),
    (Q.EventFilter(place="MLI"), 1),
    (Q.EventFilter(article="art-mali"), 2),
    (Q.EventFilter(text="bombardé"), 1),
    (Q.EventFilter(actor="Trump", quad_class=3), 2),
])
def test_filters(con, f, expected):
    assert Q.count_events(con, f) == expected
    assert len(Q.events(con, f)) == expected


def test_paging_is_stable_and_disjoint(con):
    pages = [Q.events(con, Q.EventFilter(limit=2, offset=o)) for o in (0, 2, 4)]
    ids = [e["id"] for p in pages for e in p]
    assert len(ids) == len(set(ids)) == 6
    assert [e["date"] for p in pages for e in p] == sorted(e["date"] for p in pages for e in p)
    with pytest.raises(ConfigError):
        Q.events(con, Q.EventFilter(limit=-1))


def test_parameters_are_never_sql(con):
    for evil in ("'; DROP TABLE events; --", "%' OR '1'='1", "\\", "\x00", "é' UNION SELECT * FROM articles --"):
        assert Q.count_events(con, Q.EventFilter(actor=evil, text=evil, place=evil, source=evil)) == 0
        assert Q.quotes(con, speaker=evil, text=evil) == []
        assert Q.articles(con, text=evil) == []
    assert Q.count_events(con) == 6


def test_same_event_in_two_articles_is_linked(con):
    linked = Q.linked_events(con, Q.EventFilter(root="04"))
    assert len(linked) == 1
    ev = linked[0]
    assert (ev["num_mentions"], ev["num_articles"]) == (2, 2)
    assert ev["article_ids"] == ["art-geneve-1", "art-geneve-2"]
    reports = Q.events(con, Q.EventFilter(root="04"))
    assert {r["event_key"] for r in reports} == {ev["event_key"]}
    assert Q.count_linked_events(con) == 5 and Q.count_events(con) == 6


def _result(aid: str, date: str | None, mentions: int = 1, place=None) -> ArticleResult:
    text = "Moscou a menacé Washington."
    ev = Event(sentence=text, sentence_start=0, sentence_end=len(text), trigger="a menacé", trigger_start=7,
               trigger_end=15, cameo="130", root="13", source=RUS, target=USA, quad_class=3, goldstein=-4.4,
               date=date, mentions=mentions, place=place)
    return ArticleResult(article=Article(id=aid, text=text), events=[ev])


def test_linking_needs_same_date_and_undated_stays_in_article(tmp_db):
    with Store(tmp_db) as st:
        st.write(_result("a", "2022-01-05", mentions=3))
        st.write(_result("b", "2022-01-05"))
        st.write(_result("c", "2022-01-06"))
        st.write(_result("d", None))
        st.write(_result("e", None))
        linked = Q.linked_events(st.con, Q.EventFilter(limit=None))
    by_date = {(r["date"], tuple(r["article_ids"])): (r["num_mentions"], r["num_articles"]) for r in linked}
    assert by_date == {("2022-01-05", ("a", "b")): (4, 2), ("2022-01-06", ("c",)): (1, 1),
                       (None, ("d",)): (1, 1), (None, ("e",)): (1, 1)}


def test_dyad_timeline_month_and_day(con):
    f = Q.EventFilter(source="Poutine", target="Trump", either_direction=True)
    month = Q.timeline(con, f, "month")
    assert [(p["period"], p["events"], p["mentions"], p["articles"]) for p in month] == [
        ("2021-06", 1, 2, 2), ("2021-07", 1, 1, 1)]
    assert month[0]["goldstein_mean"] == pytest.approx(1.9) and month[1]["conflict"] == 1
    assert [p["period"] for p in Q.timeline(con, f, "day")] == ["2021-06-16", "2021-07-20"]
    assert [p["period"] for p in Q.timeline(con, f, "week")] == ["2021-06-14", "2021-07-19"]
    assert [p["period"] for p in Q.timeline(con, f, "year")] == ["2021"]
    with pytest.raises(ConfigError):
        Q.timeline(con, f, "fortnight")


def test_timeline_skips_dates_coarser_than_interval(tmp_db):
    with Store(tmp_db) as st:
        st.write(_result("m", "2022-03"))
        st.write(_result("y", "2022"))
        assert [p["period"] for p in Q.timeline(st.con, Q.EventFilter(), "month")] == ["2022-03"]
        assert [p["period"] for p in Q.timeline(st.con, Q.EventFilter(), "day")] == []
        assert [(p["period"], p["events"]) for p in Q.timeline(st.con, Q.EventFilter(), "year")] == [("2022", 2)]


def test_dyads_per_month(con):
    rows = Q.dyads(con, Q.EventFilter(actor="Poutine"), interval="month")
    assert keys(rows, "period", "source", "target", "events") == [
        ("2021-06", "Q7747", "Q22686", 1), ("2021-07", "Q22686", "Q7747", 1)]


def test_network_for_a_period(con):
    net = Q.network(con, Q.EventFilter(since="2021-03-01", until="2021-03-31"))
    assert {n["id"]: n["events"] for n in net["nodes"]} == {"FRA_MIL": 1, "MLIREB": 1, "FRA_COP": 1, "FRACVL": 1}
    assert keys(net["edges"], "source", "target", "conflict", "cooperation") == [
        ("FRA_COP", "FRACVL", 1, 0), ("FRA_MIL", "MLIREB", 1, 0)]
    whole = Q.network(con, max_nodes=2)
    assert [n["id"] for n in whole["nodes"]] == ["Q22686", "Q7747"]
    edges = {(e["source"], e["target"]): e for e in whole["edges"]}
    assert edges[("Q7747", "Q22686")]["cooperation"] == 1 and edges[("Q22686", "Q7747")]["conflict"] == 1
    assert edges[("Q7747", "Q22686")]["source_label"] == "Vladimir Poutine"


def test_actor_key_filter_follows_network_ids(con):
    assert Q.count_events(con, Q.EventFilter(actor_key="MLIREB")) == 1  # an actor without id: keyed by code
    assert Q.count_events(con, Q.EventFilter(actor_key="Q7747")) == 3


def test_top_actors(con):
    top = Q.top_actors(con, limit=3)
    assert [(a["id"], a["events"]) for a in top[:2]] == [("Q22686", 3), ("Q7747", 2)]
    src = Q.top_actors(con, side="source", limit=10)
    assert {a["id"]: a["as_source"] for a in src}["Q22686"] == 2
    with pytest.raises(ConfigError):
        Q.top_actors(con, side="sideways")


def test_quotes_and_speakers(con):
    assert [q["text"] for q in Q.quotes(con, speaker="président russe")] == ["Nous avons eu une discussion constructive"]
    assert Q.count_quotes(con, text="constructive") == 1
    assert Q.quotes_by_speaker(con) == [{"id": "Q7747", "label": "Vladimir Poutine", "country": "RUS", "quotes": 1,
                                         "direct": 1, "articles": 1}]


def test_places_actors_articles(con):
    assert {p["name"]: p["events"] for p in Q.places(con)} == {"Genève": 1, "Gao": 1, "Paris": 1}
    assert [a["id"] for a in Q.actors(con, "président")] == ["Q7747"]
    assert "Le président russe" in Q.actor(con, "Q7747")["names"]
    assert [a["id"] for a in Q.articles(con, text="genève")] == ["art-geneve-2", "art-geneve-1"]
    assert Q.count_articles(con, since="2021-06-01") == 2


def test_article_detail_and_not_found(con):
    art = Q.article_detail(con, "art-geneve-2")
    assert [e["idx"] for e in art["events"]] == [0, 1]
    assert art["mentions"] and art["sentences"] and art["entities"]
    for fn, arg in ((Q.article_detail, "nope"), (Q.event, "nope"), (Q.actor, "nope")):
        with pytest.raises(NotFoundError):
            fn(con, arg)
