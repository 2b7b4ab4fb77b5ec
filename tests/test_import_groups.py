"""The armed-group importer (tools/import_groups.py) keeps groups' own transliterated names, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_tool

SOURCE = """# header
JAYSH_ADAN_ [YEMREB] #  kkl
+ADEN_ISLAMIC_ARMY_
+ARMY_OF_MOHAMMED_

HAMAS_  #  a block without a code: left out, its aliases too
+HARAKAT_AL-MUQAWAMMAH_AL-ISLAMMIYYA

JEMAAH_ISLAMIYAH_ [IMGSEAMUSJMA]
+JEMAAH_ISLAMIYAH_(JI)_
JEMAAH_ISLAMIAH_ [IMGSEAMUSJMA]

LASHKAR_I_TAYYABA_ [IMGSASMUS]

MAY_15_ [GRCREB]

HARAKAT_AL-MUQAWAMMAH_AL-ISLAMMIYYA_ [COLREB]
"""


@pytest.fixture(scope="module")
def importer():
    return load_tool("import_groups")


def test_own_names_only_merged_spellings_known_and_excluded_left_out(importer, tmp_path: Path) -> None:
    path = tmp_path / "mns.txt"
    path.write_text(SOURCE, encoding="utf-8")
    groups = importer.read_source(path)
    known = {importer.skeleton("Lashkar-e-Taiba")}
    kept, counts = importer.select(groups, known, {"YEM", "GRC", "COL"}, {"HARAKAT_AL-MUQAWAMMAH_AL-ISLAMMIYYA_"})
    by_id = {g["id"]: g for g in kept}
    assert by_id["PHX_JAYSH_ADAN"]["names"]["fr"] == ["Jaysh Adan"]          # English descriptions dropped
    assert by_id["PHX_JAYSH_ADAN"]["country"] == "YEM" and by_id["PHX_JAYSH_ADAN"]["sector"] == "REB"
    assert by_id["PHX_JEMAAH_ISLAMIYAH"]["names"]["fr"] == ["Jemaah Islamiyah", "Jemaah Islamiah"]
    assert by_id["PHX_JEMAAH_ISLAMIYAH"]["country"] is None
    assert len(kept) == 2                     # Lashkar i Tayyaba is known, "May 15" is no name, Hamas excluded
    assert counts["already known"] == 1 and counts["excluded (tools/groups_exclude.tsv)"] == 1
    assert counts["no code in the source"] == 1


def test_skeleton_ignores_vowels_particles_and_hyphens(importer) -> None:
    assert importer.skeleton("Lashkar-e-Taiba") == importer.skeleton("Lashkar i Tayyaba")
    assert importer.skeleton("Jaysh Adan") != importer.skeleton("Jund al-Sham")
