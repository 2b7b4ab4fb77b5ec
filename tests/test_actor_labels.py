"""Readable names for code-only actors: the sector table and its loader (newsgraph.actors.labels)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgraph.actors.kb import SECTORS
from newsgraph.actors.labels import ActorLabels
from newsgraph.errors import LanguageDataError


@pytest.fixture(scope="module")
def labels() -> ActorLabels:
    return ActorLabels.load()


def test_every_sector_has_a_label(labels):
    assert set(labels.sectors) == SECTORS
    assert labels.sectors["CVL"].fr == "civils" and labels.sectors["CVL"].en == "civilians"


@pytest.mark.parametrize("code,country,sector,name", [
    ("FRACVL", "FRA", "CVL", "civils (France)"),
    ("USAGOV", "USA", "GOV", "gouvernement (États-Unis)"),
    ("MLIREB", "MLI", "REB", "rebelles (Mali)"),
    ("CVL", None, "CVL", "civils"),
    ("SYR", "SYR", None, "Syrie"),
])
def test_a_country_and_sector_code_is_put_in_words(labels, code, country, sector, name):
    assert labels.for_code(code, country, sector) == name


@pytest.mark.parametrize("code,country,sector", [
    ("IMGMUSREB", None, "REB"),     # a group's code is not its country + sector: left to the caller
    ("FRACVL", "FRA", "GOV"),       # the code does not match the parts
    ("XXXGOV", "XXX", "GOV"),       # no such country
    ("FRAZZZ", "FRA", "ZZZ"),       # no such sector
    (None, "FRA", "CVL"),
])
def test_other_codes_get_no_name(labels, code, country, sector):
    assert labels.for_code(code, country, sector) is None


def _kb_copy(tmp_path: Path) -> Path:
    src = Path(__file__).resolve().parent.parent / "newsgraph" / "kb"
    for name in ("countries.jsonl", "sectors.tsv"):
        shutil.copy(src / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("edit,message", [
    (lambda t: t.replace("CVL\tcivils\tcivilians\n", ""), "no label for sectors ['CVL']"),
    (lambda t: t + "CVL\tcivils\tcivilians\n", "'CVL' is unknown, repeated or lacks a label"),
    (lambda t: t + "XYZ\tquoi\twhat\n", "'XYZ' is unknown"),
    (lambda t: t.replace("REB\trebelles\trebels", "REB\t\trebels"), "'REB' is unknown, repeated or lacks a label"),
])
def test_a_bad_sector_table_is_refused(tmp_path, edit, message):
    kb = _kb_copy(tmp_path)
    path = kb / "sectors.tsv"
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    with pytest.raises(LanguageDataError, match=message.replace("[", r"\[").replace("]", r"\]")):
        ActorLabels.load(kb)
