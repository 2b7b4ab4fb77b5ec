"""Validation of the knowledge-base data files (newsgraph/kb/*.jsonl) and of newsgraph/lang/fr/roles.jsonl."""

from __future__ import annotations

import csv
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from newsgraph.actors.kb import SECTORS, KnowledgeBase
from newsgraph.errors import LanguageDataError

KB = Path(str(resources.files("newsgraph").joinpath("kb")))
ROLES = Path(str(resources.files("newsgraph").joinpath("lang"))) / "fr" / "roles.jsonl"
CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
QID = re.compile(r"^Q[1-9][0-9]*$")


def rows(path: Path) -> list[dict]:
    lines = [l for l in path.read_text("utf-8").splitlines() if l.strip()]
    header = json.loads(lines[0])
    assert "version" in header and "id" not in header, f"{path.name}: first line must be the header"
    return [json.loads(l) for l in lines[1:]]


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    """ISO 3166 alpha-3 codes: the NGEC list when present, plus the territories of our file checked by babel."""
    from babel import Locale
    ref = Path(__file__).resolve().parents[2] / "shared" / "reference" / "ngec" / "countries.csv"
    codes: set[str] = set()
    if ref.exists():
        with ref.open(encoding="utf-8") as f:
            codes = {r["CCA3"] for r in csv.DictReader(f) if len(r["CCA3"]) == 3 and r["CCA3"] not in ("EUR", "UNO")}
    territories = Locale("fr").territories
    for r in rows(KB / "countries.jsonl"):
        if r["iso2"] in territories and r["iso3"] not in codes and r.get("kind") in ("territory", "department"):
            codes.add(r["iso3"])
    codes.add("SSD")   # South Sudan (2011) is missing from the older NGEC list
    return codes


def test_countries_are_iso3_and_unique(iso3):
    data = rows(KB / "countries.jsonl")
    ids = [r["iso3"] for r in data]
    assert len(ids) == len(set(ids)) and len(ids) >= 195
    assert set(ids) <= iso3, sorted(set(ids) - iso3)
    for r in data:
        assert r["id"] == r["iso3"] and r["names"]["fr"] and r["names"]["en"]
        for seat in r["seats"]:
            assert seat["sector"] in SECTORS


def test_country_adjectives_cover_genders_and_numbers():
    by = {r["iso3"]: r for r in rows(KB / "countries.jsonl")}
    assert {"américain", "américaine", "américains", "américaines"} <= set(by["USA"]["adjectives"]["fr"])
    assert {"turc", "turque", "turcs", "turques"} <= set(by["TUR"]["adjectives"]["fr"])
    assert {"russe", "russes"} <= set(by["RUS"]["adjectives"]["fr"])
    adjectives = [a for r in by.values() for a in r["adjectives"]["fr"]]
    assert len(adjectives) == len(set(adjectives)), "an adjective must name one country"


@pytest.mark.parametrize("name", ["organisations", "organisations_imported", "groups", "groups_imported", "people"])
def test_entities_well_formed(name):
    path = KB / f"{name}.jsonl"
    if name == "people" and not path.exists():
        pytest.skip("people.jsonl not written yet")
    data = rows(path)
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids)), "ids must be unique"
    countries = {r["iso3"] for r in rows(KB / "countries.jsonl")}
    for r in data:
        assert r["names"].get("fr") or r["names"].get("en"), r["id"]
        assert r.get("country") is None or r["country"] in countries, r["id"]
        assert r.get("wikidata") is None or QID.match(r["wikidata"]), r["id"]
        assert r.get("type") in (None, "igo", "ngo", "national", "party", "media", "company"), r["id"]
        if r.get("type") in ("media", "company"):
            assert r["country"] and r["sector"] == {"media": "MED", "company": "BUS"}[r["type"]], r["id"]
        if "sector" in r:
            assert r["sector"] in SECTORS, r["id"]
        if r.get("code"):
            assert CODE.match(r["code"]), (r["id"], r["code"])
        for role in r.get("roles", []):
            assert role["sector"] in SECTORS, r["id"]
            assert role["start"] is None or role["end"] is None or role["start"] <= role["end"], r["id"]


def test_roles_lexicon_sectors():
    data = rows(ROLES)
    assert len({r["phrase"].lower() for r in data}) == len(data)
    assert all(r["sector"] is None or r["sector"] in SECTORS for r in data)
    sectors = {r["phrase"]: r["sector"] for r in data}
    assert sectors["police"] == "COP" and sectors["armée"] == "MIL" and sectors["parquet"] == "JUD"
    assert sectors["manifestants"] == "CVL" and sectors["syndicats"] == "LAB" and sectors["rebelles"] == "REB"


def test_loader_reads_every_file_and_ids_do_not_clash():
    kb = KnowledgeBase.load()
    assert kb.versions["countries"] >= 1 and "RUS" in kb.countries
    assert kb.entities["ISIS"].group == "ISIS" and kb.entities["UN"].org == "UN"


def test_loader_without_people_and_rejects_bad_lines(tmp_path):
    for name in ("countries", "organisations", "groups"):
        (tmp_path / f"{name}.jsonl").write_text((KB / f"{name}.jsonl").read_text("utf-8"), "utf-8")
    kb = KnowledgeBase.load(tmp_path)
    assert not list(kb.people())
    (tmp_path / "people.jsonl").write_text('{"_format": "newsgraph-people", "version": 1}\n', "utf-8")
    assert not list(KnowledgeBase.load(tmp_path).people())
    (tmp_path / "groups.jsonl").write_text('{"version": 1}\n{"id": "X", "names": \n', "utf-8")
    with pytest.raises(LanguageDataError, match="groups.jsonl:2"):
        KnowledgeBase.load(tmp_path)


def test_person_sector_follows_dates():
    from newsgraph.actors.kb import KbEntity, Role
    p = KbEntity(id="x", kind="person", name="X", names=("X",), country="USA",
                 roles=(Role("GOV", "president", "2009-01-20", "2017-01-20"),))
    assert p.role_at("2014-01-01")[0] == "GOV"
    assert p.role_at("2017-03-01")[0] == "ELI"
    assert p.role_at("2000-01-01")[0] is None


def test_search_and_describe():
    from newsgraph.actors import describe
    kb = KnowledgeBase.load()
    hits = kb.search("etats-unis")
    assert any(getattr(h, "iso3", None) == "USA" for h in hits)
    usa = describe(kb.countries["USA"])
    assert usa["code"] == "USAGOV" and "Maison Blanche" in usa["seats"][0]["names"]
    isis = describe(kb.entities["ISIS"])
    assert isis["group"] == "ISIS" and isis["sector"] == "REB"
    if "barack_obama" in kb.entities:
        assert describe(kb.entities["barack_obama"], "2017-03-01")["code"] == "USAELI"


def test_organisation_and_group_aliases_name_one_entry():
    from newsgraph.actors.normalize import fold
    owners: dict[str, str] = {}
    for name in ("organisations", "organisations_imported", "groups", "groups_imported"):
        for r in rows(KB / f"{name}.jsonl"):
            for n in r["names"].get("fr", []) + r["names"].get("en", []):
                key = fold(n)
                assert owners.setdefault(key, r["id"]) == r["id"], f"{n!r}: {owners[key]} and {r['id']}"


def test_role_references_name_existing_entries():
    """``by_place`` bodies and IGO ``org``s of roles.jsonl are ids of the knowledge base; offices of IGOs have
    holders recorded with their organisation."""
    kb = KnowledgeBase.load()
    data = rows(ROLES)
    placed = [r for r in data if r.get("by_place")]
    assert placed and all(ent in kb.entities for r in placed for ent in r["by_place"].values())
    assert all(r["org"] in kb.entities for r in data if r.get("org"))
    assert [p.id for p in kb.org_holders("UN", "secretary_general", "2016-10-13")] == ["ban_ki_moon"]
    assert kb.org_holders("UN", "secretary_general", "1990-01-01") == [] or \
        all(p.id != "ban_ki_moon" for p in kb.org_holders("UN", "secretary_general", "1990-01-01"))


def test_distinct_bodies_are_distinct_entries():
    """One entry per body: parties and high courts are not aliases of one another."""
    kb = KnowledgeBase.load()
    owner = {n: e.id for e in kb.entities.values() for n in e.names}
    assert owner["Parti socialiste"] != owner["Rassemblement national"]
    assert owner["Conseil d'État français"] != owner["Conseil constitutionnel français"]


def test_overseas_departments_are_france():
    data = {r["iso3"]: r for r in rows(KB / "countries.jsonl")}
    for c in ("GUF", "GLP", "MTQ", "REU", "MYT"):
        assert data[c]["kind"] == "department" and data[c]["parent"] == "FRA", c
    assert data["NCL"]["kind"] == "territory"      # New Caledonia has a government of its own
