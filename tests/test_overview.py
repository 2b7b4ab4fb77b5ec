"""Database overview for the dashboard: date ranges with a period that leaves out far-off dates, canonical names."""

from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient

from newsgraph import Settings
from newsgraph.api import ApiConfig, create_app
from newsgraph.store import overview

from sampledata import build_sample_db


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    return build_sample_db(str(tmp_path_factory.mktemp("overview") / "sample.duckdb"))


@pytest.fixture(scope="module")
def client(sample_db):
    app = create_app(Settings.load(env={}, overrides={"db": sample_db, "progress": False}), ApiConfig(web=False))
    with TestClient(app) as c:
        yield c


def _copy_event(db: str, new_id: str, date: str) -> None:
    with duckdb.connect(db) as con:
        con.execute("CREATE TEMP TABLE e AS SELECT * FROM events WHERE article_id = 'art-mali' LIMIT 1")
        con.execute("UPDATE e SET id = ?, date = ?", [new_id, date])
        con.execute("INSERT INTO events SELECT * FROM e")


def test_period_is_the_event_dates_near_the_publication_years(tmp_path):
    db = build_sample_db(str(tmp_path / "misdated.duckdb"))
    _copy_event(db, "misdated-1930", "1930-05-28")   # a misread timex
    _copy_event(db, "next-year", "2022-02")           # within a year of the last publication: kept
    _copy_event(db, "far-future", "2024-01-21")
    with duckdb.connect(db, read_only=True) as con:
        r = overview.date_range(con)
    assert (r.events_min, r.events_max) == ("1930-05-28", "2024-01-21")
    assert (r.published_min, r.published_max) == ("2021-03-04", "2021-06-17")
    assert (r.since, r.until, r.outside) == ("2021-03-03", "2022-02", 2)


def test_dates_endpoint(client):
    r = client.get("/api/dates").json()
    assert r == {"events_min": "2021-03-03", "events_max": "2021-07-20", "dated": 6, "undated": 0,
                 "published_min": "2021-03-04", "published_max": "2021-06-17",
                 "since": "2021-03-03", "until": "2021-07-20", "outside": 0}


def test_network_nodes_have_canonical_names(client):
    net = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    assert names["Q7747"] == "Vladimir Poutine"      # a KB actor: its KB name
    # known only by its code: the code in words (its sector and country), not one mention ("rebelles maliens")
    assert names["MLIREB"] == "rebelles (Mali)"
    assert names["FRACVL"] == "civils (France)"
    codes = {n["id"]: n["code"] for n in net["nodes"]}
    assert codes["MLIREB"] == "MLIREB" and codes["Q7747"] == "RUSGOV"
    for e in net["edges"]:
        assert (e["source_name"], e["target_name"]) == (names[e["source"]], names[e["target"]])


def test_network_min_events_drops_small_actors_and_their_edges(client):
    full = client.get("/api/network").json()
    big = client.get("/api/network", params={"min_events": 2}).json()
    assert {n["id"] for n in big["nodes"]} == {n["id"] for n in full["nodes"] if n["events"] >= 2}
    assert 0 < len(big["nodes"]) < len(full["nodes"])
    kept = {n["id"] for n in big["nodes"]}
    assert big["edges"] and all(e["source"] in kept and e["target"] in kept for e in big["edges"])
    assert client.get("/api/network", params={"min_events": 0}).status_code == 422


def test_top_actors_have_the_same_names(client):
    top = {a["id"]: a for a in client.get("/api/actors/top", params={"limit": 20}).json()}
    assert top["Q7747"]["name"] == "Vladimir Poutine"
    assert (top["FRACVL"]["name"], top["FRACVL"]["label"], top["FRACVL"]["code"]) == ("civils (France)", "manifestants", "FRACVL")


def test_labels_endpoint_names_countries_and_sectors(client):
    body = client.get("/api/labels").json()
    assert body["countries"]["FRA"] == "France" and body["sectors"]["CVL"] == "civils"
    assert len(body["countries"]) > 200 and len(body["sectors"]) >= 21
