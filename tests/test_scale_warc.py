"""WARC input: good pages become articles; malformed records and binary payloads are each one failure."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from newsgraph import Settings  # noqa: E402
from newsgraph.ingest import Reader  # noqa: E402
from newsgraph.lang import LanguageData  # noqa: E402
from newsgraph.records import Article, Failure  # noqa: E402

STORY = ("Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés "
         "par la sécheresse. Le ministre de l'Agriculture a rencontré les représentants des syndicats à Paris "
         "et a promis une aide d'urgence de plusieurs millions d'euros pour les exploitations les plus fragiles "
         "de la région.")
SECOND = ("La police a arrêté trois personnes jeudi à Marseille après une série de cambriolages dans le centre de "
          "la ville. Les enquêteurs ont saisi du matériel volé et les suspects seront présentés à un juge dans la "
          "journée, selon le parquet qui a ouvert une information judiciaire.")


def _html(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p><p>{body}</p></article></body></html>")


def _response(w: WARCWriter, uri: str, payload: bytes, ctype: str, status: str = "200 OK"):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return w.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http)


def _records(w: WARCWriter) -> list:
    return [
        w.create_warcinfo_record("test.warc", {"software": "newsgraph-test"}),
        _response(w, "http://ex.fr/a", _html("Sécheresse", STORY).encode("utf-8"), "text/html; charset=utf-8"),
        _response(w, "http://ex.fr/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image/png"),
        w.create_warc_record("http://ex.fr/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"),
                             warc_headers_dict={"Content-Type": "application/http; msgtype=request"}),
        _response(w, "http://ex.fr/missing", b"not found", "text/html", status="404 Not Found"),
        _response(w, "http://ex.fr/latin", _html("Cambriolages", SECOND).encode("latin-1"), "text/html; charset=ISO-8859-1"),
        _response(w, "http://ex.fr/blob", b"PK\x03\x04" + bytes(200), "application/octet-stream"),
        _response(w, "http://ex.fr/huge", ("x" * 5000).encode(), "text/plain"),
        _response(w, "http://ex.fr/plain", (STORY + "\n\n" + SECOND).encode("utf-8"), "text/plain; charset=utf-8"),
    ]


MALFORMED = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nthis is not a record\r\n\r\n"


def build_warc(path: Path, gz: bool) -> None:
    """Good records, with a malformed record after the third and a truncated one at the end."""
    chunks = []
    for rec in _records(WARCWriter(io.BytesIO(), gzip=gz)):
        buf = io.BytesIO()
        WARCWriter(buf, gzip=gz).write_record(rec)
        chunks.append(buf.getvalue())
    bad = gzip.compress(MALFORMED) if gz else MALFORMED
    corrupt_member = b"\x1f\x8b\x08\x00" + bytes(40) if gz else b""
    last = chunks[-1]
    data = b"".join(chunks[:3]) + bad + corrupt_member + b"".join(chunks[3:]) + last[: len(last) // 2]
    path.write_bytes(data)


@pytest.fixture(scope="module")
def reader() -> Reader:
    settings = Settings.load(env={}, overrides={"progress": False, "max_article_chars": 1000})
    return Reader(settings, LanguageData("fr"))


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_articles_and_every_bad_record_reported(reader, tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    build_warc(path, gz)
    items = list(reader.read([path]))
    arts = [i for i in items if isinstance(i, Article)]
    fails = [i for i in items if isinstance(i, Failure)]

    assert [a.url for a in arts] == ["http://ex.fr/a", "http://ex.fr/latin", "http://ex.fr/plain"]
    assert "sécheresse" in arts[0].text and "arrêté trois personnes" in arts[1].text   # latin-1 decoded right
    assert all(a.metadata.get("crawled") for a in arts)
    assert all(a.source.startswith(f"{path}@") for a in arts)

    reasons = sorted(f.reason for f in fails)
    expected = ["encoding", "encoding", "malformed", "malformed", "size"] + (["malformed"] if gz else [])
    assert reasons == sorted(expected), [(f.reason, f.message) for f in fails]
    assert any("image/png" in f.message for f in fails)
    assert any("application/octet-stream" in f.message for f in fails)


def test_record_offsets_can_be_read_again(reader, tmp_path):
    from newsgraph.ingest.warc import read_warc_record

    path = tmp_path / "crawl.warc.gz"
    build_warc(path, gz=True)
    items = list(reader.read([path]))
    for item in items:
        offset = int(item.source.rsplit("@", 1)[1])
        again = read_warc_record(reader.builder, path, offset)
        assert type(again) is type(item)
        if isinstance(item, Article):
            assert again.id == item.id and again.url == item.url


def test_ingest_of_a_warc_completes_and_records_the_failures(tmp_path):
    from newsgraph.scale import ingest
    from newsgraph.store import Store

    path = tmp_path / "crawl.warc.gz"
    build_warc(path, gz=True)
    settings = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False,
                                                "db": str(tmp_path / "w.duckdb"), "max_article_chars": 1000})
    summary = ingest([str(path)], settings, workers=1)
    assert summary.articles_new == 3
    assert summary.failure_reasons == {"encoding": 2, "malformed": 3, "size": 1}
    with Store(settings.db, read_only=True) as st:
        assert st.counts()["failures"] == 6
        assert {r["url"] for r in st._rows("SELECT url FROM articles", [])} == {
            "http://ex.fr/a", "http://ex.fr/latin", "http://ex.fr/plain"}
