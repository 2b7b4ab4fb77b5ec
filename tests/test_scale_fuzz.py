"""Property tests of ingest and cleaning (hypothesis): any text, any bytes, any file kind: no crash.

Every input becomes Articles or Failures, never an exception; articles keep their invariants; the size
limits (max_article_chars, max_line_chars) hold whatever the input.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from newsgraph import Settings
from newsgraph.errors import ArticleError
from newsgraph.ingest import ArticleBuilder, Reader, TextCleaner
from newsgraph.lang import LanguageData
from newsgraph.records import Article, Failure

SETTINGS = Settings.load(env={}, overrides={"progress": False, "max_article_chars": 2000, "max_line_chars": 3000})
LANG = LanguageData("fr")
CLEANER = TextCleaner(LANG)
BUILDER = ArticleBuilder(SETTINGS, LANG)
READER = Reader(SETTINGS, LANG)

FRENCH = st.sampled_from(["Le", "la", "président", "a", "déclaré", "que", "les", "de", "Paris", "«", "»", "—",
                          "\n", "\n\n", "Publié le 3 mars 2016", "(AFP)", "Photo : Reuters", "1er", "janvier",
                          "\u00a0", "\t", "\r\n", "\x00", "\ufeff", "é", "e\u0301", "l'", "Lire aussi"])
TEXT = st.one_of(st.text(max_size=600), st.lists(FRENCH, max_size=120).map(" ".join))
# NEWSGRAPH_FUZZ_EXAMPLES=5000 for a longer fuzzing session
PROPS = hsettings(max_examples=int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_article(a: Article) -> None:
    assert a.text and a.id
    assert a.text == "\n\n".join(a.text[s:e] for s, e in a.paragraphs)
    for s, e in a.paragraphs:
        chunk = a.text[s:e]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk


@PROPS
@given(TEXT)
def test_cleaner_never_crashes_and_keeps_lines_clean(text):
    cleaned = CLEANER.clean(text)
    for p in cleaned.paragraphs:
        assert p and p == p.strip() and "\n" not in p
    assert CLEANER.normalise(CLEANER.normalise(text)) == CLEANER.normalise(text)


@PROPS
@given(TEXT, st.one_of(st.none(), st.text(max_size=40)))
def test_builder_gives_an_article_or_an_article_error(text, title):
    try:
        a = BUILDER.build(text, title=title)
    except ArticleError as exc:
        assert exc.code in {"empty", "language", "size"}
        return
    check_article(a)
    assert BUILDER.build(text, title=title).id == a.id            # same story, same id


def read_bytes(data: bytes, name: str) -> list:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        return list(READER.read([path]))


@PROPS
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz", "a.md"]))
def test_reader_turns_any_bytes_into_articles_or_failures(data, name):
    for item in read_bytes(data, name):
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Article):
            check_article(item)
        else:
            assert item.reason and item.message


@PROPS
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["text", "id", "title", "published", "lang", "url", "source", "x"]),
                    st.one_of(st.none(), st.integers(), TEXT, st.lists(st.integers(), max_size=3)), max_size=6),
    st.text(max_size=80)), max_size=8))
def test_jsonl_records_of_any_shape(records):
    lines = [json.dumps(r) if isinstance(r, dict) else r.replace("\n", " ") for r in records]
    items = list(READER._read_stream(io.BufferedReader(io.BytesIO("\n".join(lines).encode("utf-8", "surrogatepass"))),
                                     "<stdin>")) if lines else []
    assert all(isinstance(i, (Article, Failure)) for i in items)


def test_html_garbage_is_a_failure_or_an_article():
    page = b"<!DOCTYPE html><html><body>" + bytes(range(1, 256)) * 4 + b"</body></html>"
    for item in read_bytes(page, "a.html"):
        assert isinstance(item, (Article, Failure))


# -- limits that protect memory -------------------------------------------------------------------------
def test_line_over_max_line_chars_is_skipped_and_reading_goes_on():
    ok = json.dumps({"text": "Le président a parlé."})
    data = "\n".join([ok, json.dumps({"text": "x" * 5000}), ok.replace("parlé", "répondu")]).encode()
    items = read_bytes(data, "a.jsonl")
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert items[1].reason == "size" and items[1].source.endswith(":2")


def test_article_over_max_article_chars_is_refused():
    with pytest.raises(ArticleError) as info:
        BUILDER.build("mot " * 1000)
    assert info.value.code == "size"


def test_huge_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        for _ in range(200):
            f.write(b"Le ministre a dit. " * 500)           # ~1.9 MB, far over 4 x max_article_chars
    [item] = list(READER.read([path]))
    assert isinstance(item, Failure) and item.reason == "size"


def _valid_warc(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i, (ctype, body) in enumerate([("text/html; charset=utf-8", "<html><body><p>Le président a parlé à Paris.</p></body></html>"),
                                       ("text/plain", "La police a arrêté trois personnes."),
                                       ("image/png", "\x89PNG\x00\x00")]):
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://ex.fr/{i}", "response", payload=io.BytesIO(body.encode("utf-8")),
                                            http_headers=http))
    return buf.getvalue()


WARCS = {gz: _valid_warc(gz) for gz in (False, True)}


@PROPS
@given(st.booleans(), st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=6),
       st.floats(0.05, 1))
def test_mutated_warc_files_never_crash(gz, flips, keep):
    data = bytearray(WARCS[gz])
    for where, byte in flips:
        data[int(where * len(data))] = byte
    data = bytes(data[: max(1, int(len(data) * keep))])
    items = read_bytes(data, "a.warc.gz" if gz else "a.warc")
    assert all(isinstance(i, (Article, Failure)) for i in items)
