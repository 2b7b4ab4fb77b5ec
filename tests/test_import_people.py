"""The CountryInfo importer (tools/import_people.py) keeps dated, titled office holders the hand tables lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_tool

ROOT = Path(__file__).resolve().parent.parent

SNIPPET = """<Country>
<CountryCode>RUS</CountryCode>
<Leaders>
\t<Presidents>
\t\tBORIS_YELTSIN_\t\t\t[19910710 - 19991231]  [B:19310101]
\t\t{VLADIMIR_PUTIN_}{VLADIMIR_VLADIMIROVICH_PUTIN_}\t\t[19991231 - 20080507]  [B:19520101]
\t</Presidents>
\t<Prime ministers>
\t\tMIKHAIL_KASYANOV_\t\t[20000507 - 20040224]
\t\tOLEG_LOBOV_\t\t[19800926 - 19811106]
\t</Prime ministers>
</Leaders>
<Government>
\t{ALEKSANDR_KONOVALOV_}{ALEKSANDR_VLADIMIROVICH_KONOVALOV_} [RUSGOVJUD >20080601]\t# Minister of Justice
\t{ALEKSEY_GORDEYEV_} [RUSGOV <20040331][RUSGOVAGR 20040401 - 20090231]\t# Deputy Premier & Minister of Agriculture
\t{SUHARTO_} [RUSGOV 20040401 - 20050101]\t# Minister of State
</Government>
</Country>
"""


@pytest.fixture(scope="module")
def importer():
    return load_tool("import_people")


def imported(importer, tmp_path: Path, hand: list[dict]) -> dict[str, dict]:
    path = tmp_path / "ci.txt"
    path.write_text(SNIPPET, encoding="latin-1")
    builder = importer.load_builder()
    kept, _ = importer.select(importer.merge(importer.read_countryinfo(path)), hand, builder, {"RUS"})
    return {p["names"][0]: p for p in kept}


def test_titles_dates_and_conventions(importer, tmp_path: Path) -> None:
    people = imported(importer, tmp_path, [])
    assert people["Vladimir Putin"]["names"] == ["Vladimir Putin", "Vladimir Vladimirovich Putin"]
    assert people["Vladimir Putin"]["roles"] == [{"sector": "GOV", "title": "president", "start": "1999-12-31",
                                                  "end": "2008-05-07"}]
    # still in office in the source: held until the source's date
    assert people["Aleksandr Konovalov"]["roles"][0]["title"] == "justice_minister"
    assert people["Aleksandr Konovalov"]["roles"][0]["end"] == importer.SOURCE_DATE
    # two offices, two codes; a role known only by its end starts at 2000-01-01; 31 February is clamped
    assert [(r["title"], r["start"], r["end"]) for r in people["Aleksey Gordeyev"]["roles"]] == [
        ("deputy_prime_minister", "2000-01-01", "2004-03-31"), ("cabinet_minister", "2004-04-01", "2009-02-28")]
    # roles over before 1990 and one-word names are left out
    assert "Oleg Lobov" not in people and "Suharto" not in people


def test_the_hand_tables_win(importer, tmp_path: Path) -> None:
    hand = [{"id": "vladimir_putin", "country": "RUS", "names": {"fr": ["Vladimir Poutine", "Poutine"],
             "en": ["Vladimir Putin"]}, "roles": [{"sector": "GOV", "title": "prime_minister",
                                                   "start": "2000-05-01", "end": "2004-02-20"}]},
            {"id": "x_kasyanov", "country": "RUS", "names": {"fr": ["Kasyanov"], "en": ["Kasyanov"]},
             "roles": [{"sector": "GOV", "title": "speaker", "start": "2000-01-01", "end": None}]}]
    people = imported(importer, tmp_path, hand)
    assert "Vladimir Putin" not in people                  # already known (by an English name)
    assert "Mikhail Kasyanov" not in people                # his surname is a bare name of the hand tables
    assert "Boris Yeltsin" in people


def test_a_role_overlapping_a_known_holder_is_left_out(importer, tmp_path: Path) -> None:
    hand = [{"id": "someone", "country": "RUS", "names": {"fr": ["Some One"], "en": ["Some One"]},
             "roles": [{"sector": "GOV", "title": "president", "start": "1991-01-01", "end": "1999-12-01"}]}]
    people = imported(importer, tmp_path, hand)
    assert "Boris Yeltsin" not in people                   # his only role overlaps
    assert people["Vladimir Putin"]["roles"][0]["start"] == "1999-12-31"
