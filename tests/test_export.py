"""Exports: every table in three formats, GDELT 2.0 events columns, PLOVER-style JSON, and the export command."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from newsgraph.cli import main
from newsgraph.store import Store
from newsgraph.store import export as X
from newsgraph.store import queries as Q
from newsgraph.store.queries import EventFilter

from sampledata import build_sample_db

GDELT_HEADER = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "gdelt_schema" / \
    "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"


@pytest.fixture()
def db(tmp_db) -> str:
    return build_sample_db(tmp_db)


@pytest.fixture()
def con(db):
    with Store(db, read_only=True) as st:
        yield st.con


@pytest.mark.parametrize("fmt", X.TABLE_FORMATS)
def test_every_table_round_trips(con, tmp_path, fmt):
    paths = X.export_tables(con, tmp_path, fmt)
    assert set(paths) == set(X.TABLES)
    for table, path in paths.items():
        expected = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        if fmt == "jsonl":
            got = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        elif fmt == "csv":
            got = list(csv.DictReader(path.open(encoding="utf-8")))
        else:
            got = duckdb.sql(f"SELECT * FROM read_parquet('{path}')").fetchall()
        assert len(got) == expected, table


def test_jsonl_keeps_text_exactly(con, tmp_path):
    path = X.export_tables(con, tmp_path, "jsonl", ["articles"])["articles"]
    rows = {r["id"]: r for r in map(json.loads, path.read_text("utf-8").splitlines())}
    assert rows["art-script"]["text"].startswith("Un article piégé <script>")
    assert "Genève" in rows["art-geneve-1"]["text"]


def test_unknown_table_or_format(con, tmp_path):
    from newsgraph.errors import ConfigError

    with pytest.raises(ConfigError):
        X.export_table(con, "events; DROP TABLE events", tmp_path / "x", "csv")
    with pytest.raises(ConfigError):
        X.export_table(con, "events", tmp_path / "x", "xlsx")


def test_gdelt_columns_match_reference():
    if not GDELT_HEADER.exists():
        pytest.skip("../shared/reference/gdelt_schema is not present")
    with GDELT_HEADER.open(encoding="utf-8") as fh:
        names = [row["tableId"] for row in csv.DictReader(fh)]
    assert tuple(names) == X.GDELT_COLUMNS


def test_gdelt_rows(con, tmp_path):
    path = tmp_path / "events.export.CSV"
    n = X.write_gdelt(con, path)
    lines = path.read_text("utf-8").splitlines()
    assert n == len(lines) == 5  # linked: the meeting reported twice is one row
    rows = [dict(zip(X.GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    meet = next(r for r in rows if r["EventCode"] == "042")
    assert meet["SQLDATE"] == "20210616" and meet["MonthYear"] == "202106" and meet["Year"] == "2021"
    assert meet["Actor1Code"] == "RUSGOV" and meet["Actor1Name"] == "VLADIMIR POUTINE"
    assert meet["Actor1CountryCode"] == "RUS" and meet["Actor2CountryCode"] == "USA"
    assert (meet["NumMentions"], meet["NumSources"], meet["NumArticles"]) == ("2", "2", "2")
    assert meet["EventBaseCode"] == "042" and meet["EventRootCode"] == "04" and meet["QuadClass"] == "1"
    assert meet["GoldsteinScale"] == "1.9"
    assert meet["ActionGeo_CountryCode"] == "SZ"  # FIPS 10-4 for Switzerland, as GDELT
    assert meet["ActionGeo_Type"] == "4" and meet["ActionGeo_FeatureID"] == "2660646"
    assert float(meet["ActionGeo_Lat"]) == pytest.approx(46.2044)
    assert meet["SOURCEURL"] == "https://example.org/geneve-1"
    assert len(meet["DATEADDED"]) == 14 and meet["GLOBALEVENTID"].isdigit()
    strike = next(r for r in rows if r["EventCode"] == "1724")
    assert strike["EventBaseCode"] == "172" and strike["Actor2Type1Code"] == "CVL"
    assert float(strike["FractionDate"]) == pytest.approx(2021 + (3 * 30 + 5) / 365, abs=1e-4)
    assert len({r["GLOBALEVENTID"] for r in rows}) == 5


def test_gdelt_filtered_with_header(con, tmp_path):
    path = tmp_path / "g.csv"
    assert X.write_gdelt(con, path, EventFilter(actor="Poutine"), header=True, delimiter=",") == 2
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert list(rows[0]) == list(X.GDELT_COLUMNS)
    assert {r["EventCode"] for r in rows} == {"042", "111"}


def test_plover_records(con, tmp_path):
    path = tmp_path / "events.plover.jsonl"
    assert X.write_plover(con, path) == 5
    recs = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    meet = next(r for r in recs if r["event_type"] == "CONSULT")
    assert meet["actor"]["name"] == "Vladimir Poutine" and meet["recipient"]["country"] == "USA"
    assert meet["location"]["name"] == "Genève" and meet["num_articles"] == 2
    assert meet["story_ids"] == ["art-geneve-1", "art-geneve-2"] and meet["event_date"] == "2021-06-16"
    assert {r["event_type"] for r in recs} == {"CONSULT", "DISAPPROVE", "ASSAULT", "COERCE", "THREATEN"}


def test_export_command(db, tmp_path, capsys):
    out = tmp_path / "tables"
    assert main(["export", "--db", db, "--to", str(out), "--format", "parquet"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in X.TABLES)
    g = tmp_path / "g.tsv"
    assert main(["export", "--db", db, "--to", str(g), "--format", "gdelt", "--root", "04"]) == 0
    assert len(g.read_text("utf-8").splitlines()) == 1
    p = tmp_path / "p.jsonl"
    assert main(["export", "--db", db, "--to", str(p), "--format", "plover", "--actor", "Trump"]) == 0
    assert len(p.read_text("utf-8").splitlines()) == 3


def test_timeline_and_network_commands(db, capsys):
    assert main(["timeline", "--db", db, "--source", "RUS", "--target", "USA", "--either-direction",
                 "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["period"], r["events"]) for r in rows] == [("2021-06", 1), ("2021-07", 1)]
    assert main(["network", "--db", db, "--since", "2021-03-01", "--until", "2021-03-31", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("source,target,events") and len(lines) == 3
    assert main(["network", "--db", db, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["nodes"]) == 7


@pytest.mark.parametrize("fmt", X.TABLE_FORMATS)
def test_table_exports_honour_the_event_filters(con, tmp_path, fmt):
    """The events table of a filtered export is what `events` lists; the other tables follow its articles."""
    f = Q.EventFilter(actor="Trump", until="2021-06", limit=None)
    expected = {e["id"] for e in Q.events(con, f)}
    articles = {e["article_id"] for e in Q.events(con, f)}
    assert expected and len(expected) < Q.count_events(con)
    paths = X.export_tables(con, tmp_path, fmt, f=f)

    def read(table: str) -> list[dict]:
        path = paths[table]
        if fmt == "jsonl":
            return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        if fmt == "csv":
            return list(csv.DictReader(path.open(encoding="utf-8")))
        rel = duckdb.sql(f"SELECT * FROM read_parquet('{path}')")
        return [dict(zip(rel.columns, row)) for row in rel.fetchall()]

    assert {e["id"] for e in read("events")} == expected
    assert {a["id"] for a in read("articles")} == articles
    for table in ("sentences", "mentions", "quotes", "places", "dates"):
        assert {r["article_id"] for r in read(table)} <= articles, table
    assert read("mentions") and read("sentences")
    actor_ids = {r["id"] for r in read("actors")}
    named = {e[k] for e in Q.events(con, f) for k in ("source_actor_id", "target_actor_id") if e[k]}
    assert named <= actor_ids and len(actor_ids) < Q.scalar(con, "SELECT count(*) FROM actors")


def test_export_command_filters_tables(db, tmp_path):
    out = tmp_path / "rus"
    assert main(["export", "--db", db, "--to", str(out), "--format", "csv", "--actor", "RUS",
                 "--table", "events"]) == 0
    rows = list(csv.DictReader((out / "events.csv").open(encoding="utf-8")))
    with Store(db, read_only=True) as st:
        assert {r["id"] for r in rows} == {e["id"] for e in Q.events(st.con, Q.EventFilter(actor="RUS", limit=None))}
    assert main(["export", "--db", db, "--to", str(out), "--format", "csv", "--until", "2021-13"]) == 1


@pytest.mark.parametrize("date, published, added, sqldate", [
    ("2021-06-16", "2021-06-20", "", "20210616"),
    ("2021", "2021-03-05", "", "20210305"),          # a year alone: the publication day when it falls in it
    ("2019", "2021-03-05", "", "20190101"),          # else the period's first day
    ("2021-06", "2021-03-05", "", "20210601"),
    (None, "2021-03-05", "", "20210305"),            # undated: the publication day
    (None, None, "20221112101500", "20221112"),      # neither: the day it was added
])
def test_gdelt_sqldate_is_always_a_full_day(date, published, added, sqldate):
    assert X._date_parts(date, published, added)[0] == sqldate


def test_gdelt_file_reads_with_pandas_and_the_published_header(con, tmp_path):
    """A real reader of GDELT 2.0 files: pandas with the published column labels and their data types."""
    import pandas as pd
    labels = list(csv.DictReader(GDELT_HEADER.open(encoding="utf-8")))
    names = [r["tableId"] for r in labels]
    dtypes = {r["tableId"]: {"INTEGER": "Int64", "FLOAT": "float64"}.get(r["dataType"], "string") for r in labels}
    path = tmp_path / "events.export.CSV"
    X.write_gdelt(con, path)
    df = pd.read_csv(path, sep="\t", header=None, names=names, dtype=dtypes, keep_default_na=False, na_values=[""])
    assert len(df) == 5 and list(df.columns) == names
    days = pd.to_datetime(df["SQLDATE"].astype("string"), format="%Y%m%d", errors="coerce")
    assert days.notna().all(), df["SQLDATE"].tolist()
    assert (df["MonthYear"] == df["SQLDATE"] // 100).all() and (df["Year"] == df["SQLDATE"] // 10000).all()
    assert df["DATEADDED"].notna().all() and df["GoldsteinScale"].between(-10, 10).all()
