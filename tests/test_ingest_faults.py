"""Damaged and vanishing inputs (issue 14, items 4 and 5): each is a failure with a clear reason, never a dead
batch and never silence.

Damaged: a truncated or corrupted ``.jsonl.gz`` (the lines before the damage are read), a file named
``.jsonl.gz`` that is not gzip, a file name that is not UTF-8, a JSON line nested 100,000 deep. Vanishing: the
partial last record of a truncated WARC, an unreadable sub-folder, symbolic link loops, dangling symbolic
links, FIFOs, a second text given the id of another.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path

import duckdb
import pytest
from clirun import ingest_cli

from newsgraph import Settings
from newsgraph.ingest import Reader
from newsgraph.lang import LanguageData
from newsgraph.records import Article, Failure

STORY = "Le ministre de l'Intérieur a annoncé mardi l'arrestation de trois personnes à Lyon, {}."


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Settings.load(env={}, overrides={"progress": False, "max_article_chars": 1000}), LanguageData("fr"))


def _lines(n: int) -> list[bytes]:
    return [json.dumps({"text": STORY.format(f"dossier numéro {i}")}, ensure_ascii=False).encode() for i in range(n)]


def _split(items) -> tuple[list[Article], list[Failure]]:
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Failure)]


def _complete_lines(data: bytes) -> int:
    """How many whole lines a gzip stream cut short still holds."""
    return zlib.decompressobj(wbits=31).decompress(data).count(b"\n")


# -- item 4: damaged inputs -------------------------------------------------------------------------------
def test_a_truncated_gzip_keeps_the_lines_before_the_damage(reader, tmp_path):
    data = gzip.compress(b"\n".join(_lines(200)) + b"\n")
    cut = data[: int(len(data) * 0.6)]
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(cut)
    good = _complete_lines(cut)
    arts, fails = _split(reader.read([path]))
    assert 0 < good < 200 and len(arts) == good
    [f] = fails
    assert f.origin == f"{path}:{good + 1}" and f.reason == "malformed" and "damaged" in f.message


def test_corrupted_gzip_bytes_are_a_failure_not_an_abort(reader, tmp_path):
    data = bytearray(gzip.compress(b"\n".join(_lines(200)) + b"\n"))
    for i in range(len(data) // 2, len(data) // 2 + 40):
        data[i] ^= 0x5A
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(bytes(data))
    arts, fails = _split(reader.read([path]))
    assert len(arts) >= 50 and fails
    assert any("damaged" in f.message for f in fails) or all(f.reason == "malformed" for f in fails)


def test_a_file_named_jsonl_gz_that_is_not_gzip(reader, tmp_path):
    path = tmp_path / "plain.jsonl.gz"
    path.write_bytes(b"\n".join(_lines(3)))
    arts, [f] = _split(reader.read([path]))
    assert not arts and f.reason == "malformed" and f.origin == f"{path}:1" and "not gzip" in f.message


def test_a_file_name_that_is_not_utf8_does_not_stop_the_folder(reader, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY.format("premier"), "utf-8")
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(bad, "wb") as fh:
        fh.write(STORY.format("second").encode())
    (folder / "z.txt").write_text(STORY.format("dernier"), "utf-8")
    arts, [f] = _split(reader.read([folder]))
    assert len(arts) == 2 and f.reason == "encoding" and "not valid UTF-8" in f.message
    f.origin.encode("utf-8")                                   # storable as text


@pytest.mark.parametrize("depth", [100_000, 900], ids=["100000", "900"])
def test_a_json_line_nested_100000_deep(reader, tmp_path, depth):
    """100,000 levels: the JSON parser gives up; 900: parsed, but too deep to pickle to a worker process."""
    path = tmp_path / "deep.jsonl"
    deep = b'{"text": "x", "meta": ' + b"[" * depth + b"]" * depth + b"}"
    path.write_bytes(b"\n".join([_lines(1)[0], deep, _lines(2)[1]]) + b"\n")
    arts, [f] = _split(reader.read([path]))
    assert len(arts) == 2 and f.origin == f"{path}:2" and f.reason == "malformed" and "nested" in f.message
    assert list(reader.read([_deep_ok(tmp_path)]))[0].metadata["meta"] == [[["x"]]]


def _deep_ok(tmp_path: Path) -> Path:
    path = tmp_path / "ok.jsonl"
    path.write_text(json.dumps({"text": STORY.format("trois niveaux"), "meta": [[["x"]]]}), "utf-8")
    return path



@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_ingest_of_a_damaged_gzip_stores_what_precedes_the_damage(shared, tmp_path, workers):
    src = (shared / "eval" / "dev" / "winer_dev.input.jsonl").read_bytes().splitlines()[:24]
    data = gzip.compress(b"\n".join(src) + b"\n")
    cut = data[: int(len(data) * 0.7)]
    good = _complete_lines(cut)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(cut)
    db = tmp_path / "cut.duckdb"
    r = ingest_cli(path, db, "--workers", workers)
    assert r.returncode == 0 and "Traceback" not in r.stderr and "aborted" not in r.stderr, r.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == good
        [(origin, reason, message)] = con.execute("SELECT origin, reason, message FROM failures").fetchall()
    finally:
        con.close()
    assert origin == f"{path}:{good + 1}" and reason == "malformed" and "damaged" in message


# -- item 5: inputs that vanish ---------------------------------------------------------------------------
def _warc_chunks(gz: bool) -> list[bytes]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = []
    for i in range(3):
        buf = io.BytesIO()
        w = WARCWriter(buf, gzip=gz)
        body = STORY.format(f"page {i}").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://ex.fr/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=http))
        out.append(buf.getvalue())
    return out


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("share", [0.01, 0.1, 0.3, 0.5, 0.7, 0.9])
def test_the_partial_last_record_of_a_truncated_warc_is_a_failure(reader, tmp_path, gz, share):
    chunks = _warc_chunks(gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    start = len(b"".join(chunks[:-1]))
    path.write_bytes(b"".join(chunks[:-1]) + chunks[-1][: max(1, int(len(chunks[-1]) * share))])
    arts, [f] = _split(reader.read([path]))
    assert [a.url for a in arts] == ["http://ex.fr/0", "http://ex.fr/1"]
    assert f.reason == "malformed" and f.origin == f"{path}@{start}"
    assert f.message.startswith(("truncated WARC record", "malformed WARC record"))


def test_folder_faults_are_failures_with_clear_reasons(reader, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "locked").mkdir()
    (folder / "locked" / "hidden.txt").write_text(STORY.format("caché"), "utf-8")
    (folder / "a.txt").write_text(STORY.format("premier"), "utf-8")
    (folder / "sub" / "b.txt").write_text(STORY.format("second"), "utf-8")
    (folder / "sub" / "loop").symlink_to(folder)                  # a folder link back up: a loop
    (folder / "self.txt").symlink_to(folder / "self.txt")         # a link to itself
    (folder / "gone.txt").symlink_to(folder / "nothing.txt")      # dangling
    os.mkfifo(folder / "pipe.jsonl")                              # would block a reader that opened it
    locked = folder / "locked"
    locked.chmod(0)
    if os.geteuid() == 0:             # root reads anything: make the folder unreadable the way a user sees it
        real = os.scandir

        def scandir(path="."):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)
        monkeypatch.setattr(os, "scandir", scandir)
    try:
        arts, fails = _split(reader.read([folder]))
    finally:
        locked.chmod(0o755)
    assert sorted(Path(a.origin).name for a in arts) == ["a.txt", "b.txt"]
    got = {Path(f.origin).relative_to(folder).as_posix(): (f.reason, f.message) for f in fails}
    assert set(got) == {"locked", "sub/loop", "self.txt", "gone.txt", "pipe.jsonl"}, got
    assert got["locked"][0] == "io" and "Permission denied" in got["locked"][1]
    assert got["sub/loop"] == ("io", "symbolic link loop: folder already being read")
    assert got["self.txt"][0] == "io" and "symbolic link" in got["self.txt"][1]
    assert got["gone.txt"][0] == "io" and "No such file" in got["gone.txt"][1]
    assert got["pipe.jsonl"] == ("unsupported", "not a regular file (a FIFO)")


def test_a_second_text_with_the_same_id_is_a_duplicate_failure(reader, tmp_path):
    path = tmp_path / "ids.jsonl"
    recs = [{"id": "a1", "text": STORY.format("premier")}, {"id": "a1", "text": STORY.format("premier")},
            {"id": "a1", "text": STORY.format("autre chose")}, {"id": "b2", "text": STORY.format("second")}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", "utf-8")
    arts, [f] = _split(reader.read([path]))
    assert [a.origin for a in arts] == [f"{path}:1", f"{path}:2", f"{path}:4"]     # the same text twice is no fault
    assert f.reason == "duplicate" and f.origin == f"{path}:3" and f.article_id == "a1"
    assert f"{path}:1" in f.message


def test_folder_faults_become_failure_rows(tmp_path):
    """Through ingest, every such input is a row of the failures table with its reason and origin."""
    from newsgraph.scale.loader import ChunkLoader
    from newsgraph.scale.runner import IngestSummary, RunStats, fresh_chunks
    from newsgraph.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(folder / "nothing.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "x.jsonl.gz").write_bytes(b"not gzip\n")
    settings = Settings.load(env={}, overrides={"progress": False})
    with Store(tmp_path / "f.duckdb") as st:
        summary = IngestSummary()
        # chunks of reader failures only are written without a model
        assert not list(fresh_chunks(Reader(settings, LanguageData("fr")).read([folder]), ChunkLoader(st),
                                     summary, RunStats(), 8))
        rows = {(Path(r["origin"]).name, r["reason"]) for r in st.failures()}
    assert rows == {("gone.txt", "io"), ("pipe.txt", "unsupported"), ("x.jsonl.gz:1", "malformed")}
    assert summary.failures == 3
