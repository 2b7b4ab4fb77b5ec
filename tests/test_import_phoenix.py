"""The Phoenix.Countries importer (tools/import_phoenix_people.py) keeps dated persons, not places or bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_tool

ROOT = Path(__file__).resolve().parent.parent
SECTORS = {"GOV", "MIL", "LEG", "OPP", "IGO", "ELI", "REB"}

SNIPPET = """# header comment
NORTHLAND_  [NLD]
+NORTHLANDER_
JOHN_ALBERT_SMITH_
\t[NLDGOV 970811-021231]
\t[NLDELI]
+JOHN_A._SMITH_
JANE_DOE_  # CountryInfo.txt
\t[NLDGOV 20000101-20100101]
PETER_NORTH_
\t[NLDGOVMIL >20050301]
OLD_MAN_
\t[NLDGOV 700101-800101]
NORTHLAND_PEOPLES_ARMY_
\t[NLDREB 20010101-20050101]
ANNA_BELL_
\t[NLDIGOUNO 20010101-20050101]
+MINISTER_BELL_
"""


@pytest.fixture(scope="module")
def importer():
    return load_tool("import_phoenix_people")


def test_reads_persons_with_dated_roles(importer):
    people = {c["names"][0]: c for c in importer.read_phoenix(SNIPPET.splitlines(), SECTORS)}
    assert set(people) == {"JOHN_ALBERT_SMITH_", "PETER_NORTH_", "OLD_MAN_", "NORTHLAND_PEOPLES_ARMY_"}
    smith = people["JOHN_ALBERT_SMITH_"]
    assert smith["country"] == "NLD" and smith["names"] == ["JOHN_ALBERT_SMITH_", "JOHN_A._SMITH_"]
    assert smith["roles"] == [{"sector": "GOV", "title": "official", "start": "1997-08-11", "end": "2002-12-31"}]
    assert people["PETER_NORTH_"]["roles"][0]["sector"] == "MIL"
    assert people["PETER_NORTH_"]["roles"][0]["end"] == importer.SOURCE_DATE


def test_two_digit_years_and_spans(importer):
    assert importer.phoenix_date("070723") == "2007-07-23"
    assert importer.phoenix_date("320101") == "1932-01-01"
    assert importer.phoenix_span("20041207-20091119") == ("2004-12-07", "2009-11-19")
    assert importer.phoenix_span("20091119-20041207") is None
    assert importer.sector_of("GOVMIL", SECTORS) == "MIL" and importer.sector_of("", SECTORS) == "GOV"
    assert importer.sector_of("XYZ", SECTORS) is None


def test_places_bodies_and_titles_are_left_out(importer):
    words = importer.read_not_person(ROOT / "tools" / "people" / "phoenix_not_person.tsv")
    cands = [{"country": "NLD", "names": ["NORTHLAND_PEOPLES_ARMY_"], "roles": []},
             {"country": "NLD", "names": ["Ann Lee", "Minister Lee"], "roles": []},
             {"country": "NLD", "names": ["Prime Minister Lee"], "roles": []}]
    assert [c["names"] for c in importer.persons(cands, words)] == [["Ann Lee"]]


def test_malformed_word_list_is_an_error(importer, tmp_path: Path):
    path = tmp_path / "w.tsv"
    path.write_text("thing\tRepublic\n", encoding="utf-8")
    with pytest.raises(ValueError):
        importer.read_not_person(path)
