"""The people builder (tools/build_people.py) refuses malformed or contradictory tables (no spaCy needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_tool

ROOT = Path(__file__).resolve().parent.parent
HEADER = "#format newsgraph-people-table 1\n"


@pytest.fixture(scope="module")
def builder():
    return load_tool("build_people")


def tables(tmp_path: Path, text: str, disputed: str = "") -> Path:
    (tmp_path / "europe.psv").write_text(HEADER + text, encoding="utf-8")
    (tmp_path / "disputed.tsv").write_text(disputed, encoding="utf-8")
    return tmp_path


def build(builder, tmp_path: Path, text: str, disputed: str = "") -> list[dict]:
    return builder.build(tables(tmp_path, text, disputed), ROOT / "newsgraph" / "kb")


def test_a_valid_table_gives_people_sorted_with_dated_roles(builder, tmp_path: Path) -> None:
    people = build(builder, tmp_path, "@FRA\n"
                   "jacques_chirac | Jacques Chirac; Chirac | = | president 1995-05-17 2007-05-16\n"
                   "antonio_guterres | António Guterres | Antonio Guterres | IGO.UN:secretary_general 2017-01 -\n")
    assert [p["id"] for p in people] == ["antonio_guterres", "jacques_chirac"]
    guterres, chirac = people
    assert guterres["roles"] == [{"sector": "IGO", "title": "secretary_general", "start": "2017-01-01",
                                  "end": None, "org": "UN"}]
    assert guterres["org"] == "UN" and guterres["names"]["en"] == ["Antonio Guterres"]
    assert chirac["names"] == {"fr": ["Jacques Chirac", "Chirac"], "en": ["Jacques Chirac", "Chirac"]}


def test_the_format_line_is_required(builder, tmp_path: Path) -> None:
    (tmp_path / "europe.psv").write_text("@FRA\n", encoding="utf-8")
    (tmp_path / "disputed.tsv").write_text("", encoding="utf-8")
    with pytest.raises(builder.TableError, match="europe.psv:1"):
        builder.build(tmp_path, ROOT / "newsgraph" / "kb")


@pytest.mark.parametrize("line, message", [
    ("a_b | A B | = | president 2001-01-01 2000-01-01", "ends before it starts"),
    ("a_b | A B | = | president 2001-13 -", "bad date"),
    ("a_b | A B | = | XYZ:president 2001-01-01 -", "unknown sector"),
    ("a_b | A B | = | IGO:secretary_general 2001-01-01 -", "needs its organisation"),
    ("A-B | A B | = | president 2001-01-01 -", "bad id"),
    ("a_b | A B | = |", "at least one role"),
])
def test_malformed_lines_are_refused_with_their_place(builder, tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(builder.TableError, match=rf"europe\.psv:3: .*{message}"):
        build(builder, tmp_path, "@FRA\n" + line + "\n")


def test_unknown_country_is_refused(builder, tmp_path: Path) -> None:
    with pytest.raises(builder.TableError, match="ZZZ is not in countries.jsonl"):
        build(builder, tmp_path, "@ZZZ\na_b | A B | = | president 2001-01-01 -\n")


def test_overlapping_roles_of_one_person_are_refused(builder, tmp_path: Path) -> None:
    with pytest.raises(builder.TableError, match="overlapping roles"):
        build(builder, tmp_path, "@FRA\na_b | A B | = | speaker 2001-01-01 2005-01-01; speaker 2004-01-01 -\n")


def test_two_holders_of_one_office_at_once_are_refused_unless_disputed(builder, tmp_path: Path) -> None:
    text = ("@CIV\nlaurent_gbagbo | Laurent Gbagbo | = | president 2000-10-26 2011-04-11\n"
            "alassane_ouattara | Alassane Ouattara | = | president 2010-12-04 -\n")
    with pytest.raises(builder.TableError, match="alassane_ouattara is CIV president from 2010-12-04"):
        build(builder, tmp_path, text)
    people = build(builder, tmp_path, text, "CIV\tpresident\t2010-2011 crisis\n")
    assert len(people) == 2


def test_a_bare_name_that_is_another_persons_surname_is_refused(builder, tmp_path: Path) -> None:
    text = ("@GBR\nboris_johnson | Boris Johnson; Johnson | = | prime_minister 2019-07-24 2022-09-06\n"
            "@USA\nmike_johnson | Mike Johnson | = | speaker 2023-10-25 -\n")
    with pytest.raises(builder.TableError, match="bare name 'Johnson' of boris_johnson .*mike_johnson"):
        build(builder, tmp_path, text)


def test_a_french_name_given_to_two_people_is_refused(builder, tmp_path: Path) -> None:
    text = ("@FRA\na_b | Alain Richard | = | defence_minister 1997-06-04 2002-05-07\n"
            "c_d | Alain Richard | = | speaker 2010-01-01 -\n")
    with pytest.raises(builder.TableError, match="given to a_b and c_d"):
        build(builder, tmp_path, text)


def test_the_shipped_tables_build_the_shipped_file(builder, tmp_path: Path) -> None:
    out = tmp_path / "people.jsonl"
    builder.write(builder.build(), out)
    assert out.read_bytes() == (ROOT / "newsgraph" / "kb" / "people.jsonl").read_bytes()
