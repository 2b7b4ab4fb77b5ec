"""newsgraph/kb/geography.jsonl (first-level subdivisions and large cities -> country): the file is valid and
its names give role nouns the country of the place they govern or police."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from newsgraph.actors import actor_for_token
from newsgraph.actors.kb import KnowledgeBase
from newsgraph.actors.normalize import fold
from newsgraph.errors import LanguageDataError

KB = Path(str(resources.files("newsgraph").joinpath("kb")))


def entries() -> list[dict]:
    lines = [l for l in (KB / "geography.jsonl").read_text("utf-8").splitlines() if l.strip()]
    header = json.loads(lines[0])
    assert header["_format"] == "newsgraph-geography" and header["version"] >= 1 and "pycountry" in header["sources"]
    return [json.loads(l) for l in lines[1:]]


def test_every_place_has_a_known_country_and_one_meaning():
    kb = KnowledgeBase.load()
    data = entries()
    ids = [e["id"] for e in data]
    assert len(ids) == len(set(ids))
    seen: dict[str, str] = {}
    reserved = {fold(n) for c in kb.countries.values() for n in (*c.names, *c.capitals, *c.adjectives)}
    for e in data:
        assert e["kind"] in ("subdivision", "city") and e["country"] in kb.countries
        for n in (*e["names"]["fr"], *e["names"]["en"]):
            k = fold(n)
            assert seen.setdefault(k, e["country"]) == e["country"], f"{n!r} names places of two countries"
            assert k not in reserved, f"{n!r} is already a country, capital or adjective"
            assert len(k.replace(" ", "")) >= 4


def test_the_file_covers_subdivisions_of_every_large_country():
    kb = KnowledgeBase.load()
    by_country: dict[str, int] = {}
    for p in kb.places.values():
        if p.kind == "subdivision":
            by_country[p.country] = by_country.get(p.country, 0) + 1
    assert sum(by_country.values()) > 3000 and len(by_country) > 180
    for iso in ("DEU", "AFG", "IRQ", "USA", "NGA", "MLI", "SYR", "UKR"):
        assert by_country.get(iso, 0) >= 5, iso
    names = {fold(n): p.country for p in kb.places.values() for n in p.names}
    assert names["bade-wurtemberg"] == "DEU" and names["kandahar"] == "AFG" and names["mossoul"] == "IRQ"


def test_a_place_of_an_unknown_country_is_refused(tmp_path):
    for name in ("countries", "organisations", "groups"):
        (tmp_path / f"{name}.jsonl").write_text((KB / f"{name}.jsonl").read_text("utf-8"), "utf-8")
    (tmp_path / "geography.jsonl").write_text(
        '{"_format": "newsgraph-geography", "version": 1, "sources": "test"}\n'
        '{"id": "XX-1", "kind": "subdivision", "country": "XYZ", "names": {"fr": ["Nulle-Part"], "en": []}}\n', "utf-8")
    with pytest.raises(LanguageDataError, match="geography.jsonl:2"):
        KnowledgeBase.load(tmp_path)


def tok(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word, code", [
    ("La police du Bade-Wurtemberg a arrêté deux hommes.", "police", "DEUCOP"),
    ("Le gouverneur de Kandahar a été tué dans un attentat.", "gouverneur", "AFGGOV"),
    ("Le maire de Sevran a dénoncé la décision.", "maire", "FRAGOV"),
    ("La police de Bavière enquête sur l'attaque.", "police", "DEUCOP"),
])
def test_a_role_of_a_subdivision_or_city_takes_its_country(run, text, word, code):
    doc = run(text)
    assert actor_for_token(doc, tok(doc, word)).code == code


def test_a_place_alone_is_a_place_not_a_government(run):
    doc = run("Des combats ont eu lieu près de Kandahar.")
    m = next(m for m in doc._.mentions if m.text == "Kandahar")
    assert m.actor.country == "AFG" and m.actor.sector is None and m.rule == "kb:subdivision:place"


def test_a_city_name_inside_a_person_name_is_not_a_place(run):
    doc = run("Florence Parly a visité la base.")
    assert not any(m.label == "LOC" for m in doc._.mentions)
