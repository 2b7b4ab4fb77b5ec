"""Validation of the people knowledge base newsgraph/kb/people.jsonl (no spaCy needed)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = ROOT / "newsgraph" / "kb" / "people.jsonl"
COUNTRIES = ROOT / "newsgraph" / "kb" / "countries.jsonl"
SHARED_COUNTRIES = ROOT.parent / "shared" / "reference" / "ngec" / "countries.csv"
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "IGO", "PTY", "ELI", "COP", "SPY", "REL", "CVL", "BUS"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    return plain(text).replace("-", " ")


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return PEOPLE.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def people(lines: list[str]) -> list[dict]:
    return [obj for obj in map(json.loads, lines) if "_format" not in obj]


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    """ISO 3166 alpha-3 codes from CLDR (babel), or the NGEC list in ../shared when babel is absent."""
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:
        csv_path = SHARED_COUNTRIES
        if not csv_path.exists():
            pytest.skip("neither babel nor ../shared/reference/ngec/countries.csv is available")
        import csv

        with csv_path.open(encoding="utf-8") as fh:
            return {row["CCA3"] for row in csv.DictReader(fh)} | {"SSD"}
    known = {t for t in Locale("en").territories if t.isalpha() and t != "ZZ"}
    aliases = get_global("territory_aliases")
    codes = {k for k, v in aliases.items() if len(k) == 3 and k.isalpha() and len(v) == 1 and v[0] in known}
    return codes | {"XKX"}  # Kosovo: user-assigned code used by the EU and NGEC countries.csv


def test_header_first_and_versioned(lines: list[str]) -> None:
    header = json.loads(lines[0])
    assert header["_format"] == "newsgraph-people"
    assert header["version"] == 1
    assert "CountryInfo" in header["sources"]
    assert all("_format" not in json.loads(line) for line in lines[1:])


def test_every_line_is_a_json_object(lines: list[str]) -> None:
    for line in lines:
        assert isinstance(json.loads(line), dict)


def test_ids_unique_snake_case_and_sorted(people: list[dict]) -> None:
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", i) for i in ids)


def test_fields_and_types(people: list[dict]) -> None:
    for p in people:
        assert set(p) == {"id", "wikidata", "names", "country", "roles", "org", "group"}, p["id"]
        assert p["names"]["fr"] and p["names"]["en"], p["id"]
        assert all(isinstance(n, str) and n.strip() == n and n for n in p["names"]["fr"] + p["names"]["en"])
        assert p["wikidata"] is None or re.fullmatch(r"Q\d+", p["wikidata"]), p["id"]
        assert p["roles"], p["id"]


def test_country_codes_are_iso3(people: list[dict], iso3: set[str]) -> None:
    bad = {p["id"]: p["country"] for p in people if p["country"] not in iso3}
    assert not bad
    assert "FRA" in iso3 and "ZZZ" not in iso3  # the reference set itself is sane


def test_country_codes_are_known_to_the_countries_file(people: list[dict]) -> None:
    """The resolver reads countries.jsonl: every person's country must be one of its entries."""
    if not COUNTRIES.exists():
        pytest.skip("countries.jsonl not written yet")
    rows = [json.loads(line) for line in COUNTRIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    known = {row["iso3"] for row in rows if "iso3" in row}
    assert {p["country"] for p in people} <= known


def test_roles_sectors_and_dates(people: list[dict]) -> None:
    for p in people:
        for r in p["roles"]:
            assert r["sector"] in SECTORS, (p["id"], r)
            assert re.fullmatch(r"[a-z][a-z_]*", r["title"]), (p["id"], r)
            assert DATE_RE.match(r["start"]), (p["id"], r)
            assert r["end"] is None or DATE_RE.match(r["end"]), (p["id"], r)
            assert r["end"] is None or r["start"] <= r["end"], (p["id"], r)
            assert "2026-12-31" >= r["start"] >= "1940-01-01", (p["id"], r)
            if r["sector"] == "IGO":
                assert r.get("org"), (p["id"], r)
            if "group" in r:
                assert r["sector"] == "REB", (p["id"], r)


def test_org_and_group_follow_roles(people: list[dict]) -> None:
    for p in people:
        orgs = [r["org"] for r in p["roles"] if "org" in r]
        groups = [r["group"] for r in p["roles"] if "group" in r]
        assert p["org"] == (orgs[-1] if orgs else None), p["id"]
        assert p["group"] == (groups[-1] if groups else None), p["id"]


def test_no_overlapping_roles_with_same_title(people: list[dict]) -> None:
    for p in people:
        by_title: dict[str, list[dict]] = defaultdict(list)
        for r in p["roles"]:
            by_title[r["title"]].append(r)
        for roles in by_title.values():
            roles.sort(key=lambda r: r["start"])
            for a, b in zip(roles, roles[1:]):
                assert a["end"] is not None and a["end"] <= b["start"], (p["id"], a, b)


def test_no_french_name_shared_by_two_people(people: list[dict]) -> None:
    owner: dict[str, str] = {}
    for p in people:
        for name in p["names"]["fr"]:
            key = fold(name)
            assert owner.setdefault(key, p["id"]) == p["id"], (name, owner[key], p["id"])


def test_no_bare_surname_of_one_person_is_another_persons_surname(people: list[dict]) -> None:
    """A one-word French name (a bare surname) must not be the last word of another person's full name."""
    last_words: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for name in p["names"]["fr"]:
            words = plain(name).split()
            if len(words) > 1:
                last_words[words[-1]].add(p["id"])
    clashes = []
    for p in people:
        for name in p["names"]["fr"]:
            words = plain(name).split()
            if len(words) == 1 and last_words.get(words[0], set()) - {p["id"]}:
                clashes.append((p["id"], name, sorted(last_words[words[0]] - {p["id"]})))
    assert not clashes


def test_known_facts(people: list[dict]) -> None:
    by_id = {p["id"]: p for p in people}
    putin = by_id["vladimir_putin"]
    assert putin["country"] == "RUS" and "Poutine" in putin["names"]["fr"]
    assert any(r["title"] == "president" and r["end"] is None for r in putin["roles"])
    obama = by_id["barack_obama"]
    assert [(r["start"], r["end"]) for r in obama["roles"] if r["title"] == "president"] == [
        ("2009-01-20", "2017-01-20")
    ]
    assert by_id["ursula_von_der_leyen"]["org"] == "EU"
    assert by_id["emmanuel_macron"]["country"] == "FRA"


def test_coverage(people: list[dict]) -> None:
    countries = {p["country"] for p in people}
    for code in ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "SYR", "IRN", "ISR", "PSE", "EGY", "MLI"):
        assert code in countries, code
    heads = [p for p in people if any(r["title"] in {"president", "prime_minister"} for r in p["roles"])]
    assert len(heads) >= 200


def test_no_common_french_word_as_bare_name(people: list[dict]) -> None:
    """Bare names are matched case-insensitively: surnames that are ordinary French words stay full-name only."""
    words = {"borne", "royal", "conte", "fini", "talon", "cassis", "ado", "vaillant", "chretien", "philippe",
             "martin", "richard", "colonna", "hollandais", "prevost", "mai", "morin", "blanc", "petit"}
    bare = {plain(n) for p in people for n in p["names"]["fr"] if len(n.split()) == 1}
    assert not bare & words


def test_keys_of_organisations_and_groups_are_upper_snake(people: list[dict]) -> None:
    for p in people:
        for key in (p["org"], p["group"]):
            assert key is None or re.fullmatch(r"[A-Z][A-Z0-9_]*", key), p["id"]


def test_igo_titles_never_collide_with_national_titles(people: list[dict]) -> None:
    """A lookup of (country, title) must not return the head of an IGO who happens to share the nationality."""
    igo = {r["title"] for p in people for r in p["roles"] if r["sector"] == "IGO"}
    national = {r["title"] for p in people for r in p["roles"] if r["sector"] != "IGO"}
    assert not igo & national


def test_current_heads_of_main_countries(people: list[dict]) -> None:
    """Every main country has exactly one person currently holding its top executive title."""
    top = {"USA": "president", "RUS": "president", "CHN": "president", "FRA": "president", "DEU": "chancellor",
           "GBR": "prime_minister", "ITA": "prime_minister", "JPN": "prime_minister", "IND": "prime_minister",
           "UKR": "president", "ISR": "prime_minister", "IRN": "supreme_leader", "TUR": "president"}
    for country, title in top.items():
        holders = [p["id"] for p in people if p["country"] == country
                   for r in p["roles"] if r["title"] == title and r["end"] is None]
        assert len(holders) == 1, (country, holders)


def test_one_holder_at_a_time(people: list[dict]) -> None:
    """Two people never hold the same national office at once, except in listed disputed periods."""
    disputed = {("CIV", "president"), ("LBY", "prime_minister"), ("MDG", "president")}
    offices = {"president", "prime_minister", "chancellor", "king", "foreign_minister", "defence_minister",
               "interior_minister", "supreme_leader", "emir"}
    spans: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for p in people:
        for r in p["roles"]:
            if r["sector"] == "GOV" and r["title"] in offices:
                spans[(p["country"], r["title"])].append((r["start"], r["end"] or "9999-12-31", p["id"]))
    clashes = []
    for key, items in spans.items():
        if key in disputed:
            continue
        items.sort()
        for i, a in enumerate(items):
            clashes += [(key, a, b) for b in items[i + 1:] if b[0] < a[1] and b[2] != a[2]]
    assert not clashes


def test_file_is_in_sync_with_its_generator(tmp_path: Path, lines: list[str]) -> None:
    """people.jsonl is generated by tools/build_people.py from tools/people/*.psv: edit the tables, then rerun it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_people", ROOT / "tools" / "build_people.py")
    if spec is None or spec.loader is None:  # pragma: no cover
        pytest.skip("tools/build_people.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "people.jsonl"
    module.write(module.build(), out)
    assert out.read_text(encoding="utf-8").splitlines() == lines


@pytest.mark.parametrize("country, title, date, person", [
    ("FRA", "justice_minister", "2018-01-15", "nicole_belloubet"),
    ("DEU", "justice_minister", "2022-06-01", "marco_buschmann"),
    ("GBR", "justice_minister", "2016-01-01", "michael_gove"),
    ("SEN", "prime_minister", "2016-06-01", "mahammed_boun_abdallah_dionne"),
    ("CAF", "prime_minister", "2017-06-01", "simplice_sarandji"),
    ("KOR", "prime_minister", "2018-06-01", "lee_nak_yon"),
    ("LBN", "interior_minister", "2016-06-01", "nouhad_machnouk"),
    ("USA", "justice_minister", "2019-06-01", "william_barr"),
])
def test_office_holders_2013_2026_at_a_date(country, title, date, person):
    """The office holders added for 2013-2026 answer "who held this office then" (and only they do)."""
    assert [p.id for p in _kb().holders(country, title, date)] == [person]


_KB_CACHE: list = []


def _kb():
    from newsgraph.actors.kb import KnowledgeBase
    if not _KB_CACHE:
        _KB_CACHE.append(KnowledgeBase.load())
    return _KB_CACHE[0]


def test_wikidata_ids_come_from_a_shipped_source():
    """QIDs are set only where ../shared/reference gives them (PLOVER manual: Steinmeier, Islamic State)."""
    kb = _kb()
    assert kb.entities["frank_walter_steinmeier"].wikidata == "Q76658"
    assert kb.entities["ISIS"].wikidata == "Q2429253"
    assert sum(1 for e in kb.entities.values() if e.wikidata) == 2
