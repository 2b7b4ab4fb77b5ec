"""One reader contract on every path (issue 14, item 1): wrong-typed records are failures with their line.

The attack (the issue's "done when"): a JSONL of 100 articles in which 10 records carry a wrong-typed field:
a number or a list as title, an object or a list as id, a list or a number as text, a number as lang, dates
that do not exist or are no dates, an object as url, a number as source. ``newsgraph ingest`` in one process,
with ``--workers 2`` and with ``--cluster`` (a real Dask LocalCluster) must store the same 90 articles and
record the same 10 failures, each with its line and the field at fault, and never print a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import ingest_cli, ingest_cli_on_cluster, table_rows

from newsgraph import Settings
from newsgraph.errors import MalformedRecordError
from newsgraph.ingest import ArticleBuilder, Reader
from newsgraph.ingest.contract import check_published
from newsgraph.lang import LanguageData
from newsgraph.records import Article, Failure

# line number -> (the wrong field, a word the failure message must contain)
BAD = {3: ({"title": 7}, "'title'"), 8: ({"id": {"n": 1}}, "'id'"), 14: ({"text": None}, "'text'"),
       21: ({"lang": 5}, "'lang'"), 27: ({"published": "2017-13-45"}, "'published'"),
       40: ({"id": [1, 2]}, "'id'"), 47: ({"published": "hier"}, "'published'"), 55: ({"url": {"u": 1}}, "'url'"),
       62: ({"source": 1.5}, "'source'"), 78: ({"text": 12}, "'text'")}
LINES = 100
GOOD = LINES - len(BAD)


@pytest.fixture(scope="module")
def attack(shared, tmp_path_factory) -> Path:
    """100 lines: 90 real dev articles and, at the lines of BAD, 10 records with one wrong-typed field."""
    good = iter((shared / "eval" / "dev" / "winer_dev.input.jsonl").read_text("utf-8").splitlines()[:GOOD])
    lines = []
    for n in range(1, LINES + 1):
        if n in BAD:
            rec = {"text": "Le ministre a déclaré que la réunion avait eu lieu à Paris.", **BAD[n][0]}
            if n == 14:
                rec["text"] = ["Le ministre a déclaré que la réunion avait eu lieu à Paris."]   # a list as text
            lines.append(json.dumps(rec, ensure_ascii=False))
        else:
            lines.append(next(good))
    path = tmp_path_factory.mktemp("contract") / "attack.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _reader() -> Reader:
    return Reader(Settings.load(env={}, overrides={"progress": False}), LanguageData("fr"))


def test_the_reader_turns_each_wrong_type_into_a_failure_at_its_line(attack):
    items = list(_reader().read([attack]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert sum(isinstance(i, Article) for i in items) == GOOD
    assert {f.origin: f.reason for f in failures} == {f"{attack}:{n}": "malformed" for n in BAD}
    for f in failures:
        n = int(f.origin.rsplit(":", 1)[1])
        assert BAD[n][1] in f.message and f.source == f.origin and f.raw
    articles = [i for i in items if isinstance(i, Article)]
    assert all(a.origin and a.origin.startswith(f"{attack}:") for a in articles)


@pytest.mark.parametrize("value, ok", [
    ("2017", True), ("2017-03", True), ("2017-03-01", True), ("2017-03-01T10:15:00+01:00", True),
    (" 2016-02-29 ", True), ("2017-13-45", False), ("2017-02-30", False), ("2017-00", False), ("hier", False),
    (20170301, False), (["2017"], False),
])
def test_published_must_be_a_date_that_exists(value, ok):
    if ok:
        assert check_published(value) == value.strip()
    else:
        with pytest.raises(MalformedRecordError, match="published"):
            check_published(value)


@pytest.mark.parametrize("field, value", [("title", 7), ("title", ["a"]), ("url", {"u": 1}), ("source", 1.5),
                                          ("lang", True), ("id", {"n": 1}), ("id", 1.5), ("id", True), ("id", " ")])
def test_the_builder_refuses_wrong_types_the_same_way_for_every_caller(field, value):
    builder = ArticleBuilder(Settings.load(env={}, overrides={"progress": False}), LanguageData("fr"))
    with pytest.raises(MalformedRecordError, match=field):
        builder.build("Le ministre a parlé à Paris.", **{field: value})


def test_an_integer_id_is_kept_as_its_decimal_string():
    builder = ArticleBuilder(Settings.load(env={}, overrides={"progress": False}), LanguageData("fr"))
    assert builder.build("Le ministre a parlé à Paris.", id=42).id == "42"


# -- the three paths, through the command line ------------------------------------------------------------
@pytest.fixture(scope="module")
def single(attack, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("single") / "one.duckdb"
    r = ingest_cli(attack, db, "--workers", "1")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert f"articles: {GOOD} new" in r.stdout and f"failures: {len(BAD)} (malformed: {len(BAD)})" in r.stdout, r.stdout
    return db


@pytest.mark.slow
def test_one_process_stores_the_90_and_records_the_10_with_their_lines(single, attack):
    assert len(table_rows(single, "articles")) == GOOD
    failures = table_rows(single, "failures", "origin, reason, message")
    assert [(o, r) for o, r, _ in failures] == sorted((f"{attack}:{n}", "malformed") for n in BAD)
    assert all(BAD[int(o.rsplit(":", 1)[1])][1] in m for o, _, m in failures)
    origins = [o for (o,) in table_rows(single, "articles", "origin")]
    assert all(o.startswith(f"{attack}:") for o in origins) and len(set(origins)) == GOOD


@pytest.mark.slow
def test_two_workers_store_and_record_the_same(single, attack, tmp_path):
    db = tmp_path / "two.duckdb"
    r = ingest_cli(attack, db, "--workers", "2")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    for table in ("articles", "failures", "events"):
        assert table_rows(db, table) == table_rows(single, table), table


@pytest.mark.slow
def test_a_dask_cluster_stores_and_records_the_same(single, attack, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    db = tmp_path / "dask.duckdb"
    r = ingest_cli_on_cluster(attack, db, tmp_path / "parts", monkeypatch)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    for table in ("articles", "failures", "events"):
        assert table_rows(db, table) == table_rows(single, table), table
