"""The date office holders are resolved at: publication date, else the article's own dates; recorded on actors."""

from __future__ import annotations

from datetime import date

from newsgraph.actors import actor_for_token
from newsgraph.actors.dating import ArticleDate, DateReader

MONTHS = {"janvier": 1, "mars": 3, "juin": 6, "décembre": 12}


def reader():
    return DateReader(MONTHS, today=date(2026, 12, 1))


def test_publication_date_comes_first():
    assert reader()("PARIS, 15 mars 2016 - texte", "2017-01-02T10:00:00").date == "2017-01-02"


def test_dateline_then_latest_written_date_then_latest_year():
    r = reader()
    assert r("PARIS, 1er mars 2016 (AFP) - Le président a parlé.", None) == ArticleDate("2016-03-01", "dateline")
    long = "x " * 200
    assert r(long + "le 3 juin 2015 puis le 2 janvier 2016, et le 15/12/2016.", None) == ArticleDate("2016-12-15", "text")
    assert r("Élu en 2012, réélu en 2017, il parle en 1850.", None) == ArticleDate("2017-07-01", "year")
    assert r("Le président a parlé.", None) == ArticleDate(None, "none")


def test_a_date_after_today_or_impossible_is_not_the_articles():
    # neither full date counts; the year 2016 (2030 is after today) is the fallback
    assert reader()("Le 31 juin 2016 puis le 3 mars 2030.", None) == ArticleDate("2016-07-01", "year")


def tok(doc, text):
    return next(t for t in doc if t.text == text)


def test_office_holder_at_the_articles_own_date_without_publication_date(run):
    doc = run("PARIS, 15 mars 2016 - Le président français a parlé de la crise.", published=None)
    actor = actor_for_token(doc, tok(doc, "président"))
    assert actor.id == "francois_hollande" and actor.as_of == "2016-03-15"


def test_each_actor_records_how_it_was_resolved(run):
    doc = run("Le ministre russe des Affaires étrangères a rencontré Angela Merkel.")
    assert {m.actor.resolution for m in doc._.mentions if m.actor is not None} >= {"kb:person"}
    assert all(m.actor.resolution == m.rule for m in doc._.mentions if m.actor is not None)
