"""Limits per article (issue 14, item 6): time per article, crafted HTML, standard input; a recorded failure with
a clear reason, never a crash and never minutes of work."""

from __future__ import annotations

import io
import threading
import time

import pytest

from newsgraph import Engine, Settings
from newsgraph.errors import ArticleTimeoutError
from newsgraph.ingest import Reader
from newsgraph.lang import LanguageData
from newsgraph.records import Article, Failure
from newsgraph.timelimit import limited

FR = ("Le ministre des Affaires étrangères a rencontré samedi son homologue à Paris pour discuter de la crise. "
      "Les deux hommes se sont dits prêts à coopérer dans la lutte contre le terrorisme et ont appelé à la paix. ")


def spin(seconds: float) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


# -- the mechanism --------------------------------------------------------------------------------------------
def test_work_over_its_time_stops_with_a_timeout_error():
    t = time.monotonic()
    with pytest.raises(ArticleTimeoutError, match="spinning took over 0.3 s"):
        limited(lambda: spin(30), 0.3, "spinning")
    assert time.monotonic() - t < 5


def test_work_in_time_is_untouched_and_nothing_arrives_later():
    assert limited(lambda: spin(0.05), 0.2, "spinning") == "done"
    assert spin(0.5) == "done"                          # the cancelled alarm does not fire afterwards
    assert limited(lambda: 7, 0, "no limit") == 7


def test_an_except_exception_in_the_work_does_not_swallow_it():
    def stubborn():
        try:
            return spin(30)
        except Exception:  # noqa: BLE001 - what a pipeline component may do
            return "swallowed"
    with pytest.raises(ArticleTimeoutError):
        limited(stubborn, 0.3, "stubborn work")


def test_it_works_in_a_worker_thread_too():
    out = []

    def run():
        try:
            limited(lambda: spin(30), 0.3, "thread work")
        except ArticleTimeoutError as exc:
            out.append(exc.code)
    th = threading.Thread(target=run)
    th.start()
    th.join(10)
    assert out == ["timeout"]


# -- the engine: a slow article is a timeout failure, the others are processed ---------------------------------
@pytest.fixture(scope="module")
def slow_engine():
    settings = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False, "max_article_seconds": 1})
    eng = Engine(settings)
    eng.nlp
    return eng


def test_an_article_over_its_time_is_a_timeout_failure(slow_engine, monkeypatch):
    from newsgraph import engine as E

    real = E.run_components

    def components(nlp, doc):
        if "LENTEUR" in doc.text:
            spin(60)
        return real(nlp, doc)

    monkeypatch.setattr(E, "run_components", components)
    build = slow_engine.reader.builder.build
    items = [build(FR + ("LENTEUR" if i == 1 else ""), id=f"a{i}", origin=f"in.jsonl:{i + 1}") for i in range(3)]
    t = time.monotonic()
    out = list(slow_engine.process(items))
    assert time.monotonic() - t < 30
    assert [type(o).__name__ for o in out] == ["ArticleResult", "Failure", "ArticleResult"]
    assert out[1].reason == "timeout" and "over 1 s" in out[1].message and out[1].origin == "in.jsonl:2"
    with pytest.raises(ArticleTimeoutError):
        slow_engine.extract(FR + "LENTEUR")


# -- HTML ----------------------------------------------------------------------------------------------------
@pytest.fixture()
def reader() -> Reader:
    return Reader(Settings.load(env={}, overrides={"progress": False, "max_article_seconds": 2}), LanguageData("fr"))


def test_a_tag_with_thousands_of_attributes_is_refused_at_once(reader, tmp_path):
    """20,000 attributes took the extractor minutes (its time grows with their square)."""
    page = tmp_path / "crafted.html"
    attrs = " ".join(f"a{i}=x" for i in range(20000))
    page.write_text(f"<html><body><p {attrs}>{FR}</p><p>{FR}</p></body></html>", "utf-8")
    t = time.monotonic()
    (f,) = list(reader.read([str(page)]))
    assert time.monotonic() - t < 5
    assert isinstance(f, Failure) and f.reason == "size" and "attributes" in f.message


def test_an_extraction_over_its_time_is_a_timeout_failure(reader, tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: spin(60))
    page = tmp_path / "slow.html"
    page.write_text(f"<html><body><p>{FR}</p></body></html>", "utf-8")
    t = time.monotonic()
    (f,) = list(reader.read([str(page)]))
    assert time.monotonic() - t < 20
    assert isinstance(f, Failure) and f.reason == "timeout" and "HTML page" in f.message


def test_a_real_page_still_reads(reader, tmp_path):
    page = tmp_path / "ok.html"
    page.write_text(f"<html><head><title>Crise</title></head><body><article><p>{FR}</p><p>{FR}</p></article>"
                    f"</body></html>", "utf-8")
    (a,) = list(reader.read([str(page)]))
    assert isinstance(a, Article) and "homologue" in a.text


# -- standard input ------------------------------------------------------------------------------------------
def test_standard_input_is_read_up_to_its_limit_only():
    reader = Reader(Settings.load(env={}, overrides={"progress": False, "max_article_chars": 1000}), LanguageData("fr"))
    stream = io.BufferedReader(io.BytesIO(b"x" * 3_000_000))
    (f,) = list(reader.read(["-"], stdin=stream))
    assert f.reason == "size" and "standard input is over 4,000 bytes" in f.message
    assert stream.tell() < 100_000                      # the rest was never read


def test_an_article_whose_parse_is_over_its_time_is_found_and_the_chunk_kept(slow_engine, monkeypatch):
    from newsgraph import engine as E

    real = E.parse_articles

    def parse(nlp, articles, n):
        if any("LENTEUR" in a.text for a in articles):
            spin(60)
        return real(nlp, articles, n)

    monkeypatch.setattr(E, "parse_articles", parse)
    build = slow_engine.reader.builder.build
    items = [build(FR + ("LENTEUR" if i == 2 else ""), id=f"p{i}") for i in range(3)]
    out = list(slow_engine.process(items))
    assert [getattr(o, "reason", "ok") for o in out] == ["ok", "ok", "timeout"]
    assert "parsing this article took over 1 s" in out[2].message
