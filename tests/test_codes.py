"""The CAMEO and PLOVER code tables (newsgraph/kb/cameo.tsv, plover.tsv)."""

from __future__ import annotations

import pytest

from newsgraph.errors import LanguageDataError
from newsgraph.events.codes import CodeTable


@pytest.fixture(scope="module")
def codes() -> CodeTable:
    return CodeTable.load()


def test_every_root_and_the_codebook_size(codes):
    assert codes.roots() == [f"{i:02d}" for i in range(1, 21)]
    assert len(codes) >= 300


def test_code_facts(codes):
    c = codes["1246"]
    assert (c.root, c.quad_class, c.goldstein) == ("12", 3, -4.0) and c.plover == "REJECT"
    assert codes["041"].plover == "CONSULT" and codes["041"].plover_mode == "phone"
    assert codes["163"].goldstein == -8.0 and codes["163"].quad_class == 4
    assert codes["057"].quad_class == 1 and codes["0841"].quad_class == 2 and codes["112"].quad_class == 3
    assert codes["010"].plover is None                     # 01x has no PLOVER type
    assert codes["020"].plover == "REQUEST"


@pytest.mark.parametrize("code", ["01", "190", "1822", "2042", "0874", "1056"])
def test_codes_know_their_root(codes, code):
    assert codes[code].root == code[:2]


def test_every_code_is_consistent(codes):
    for code in codes.codes():
        c = codes[code]
        assert c.code.startswith(c.root)
        assert c.quad_class == (1 if c.root <= "05" else 2 if c.root <= "08" else 3 if c.root <= "13" else 4)
        assert c.goldstein is not None and -10 <= c.goldstein <= 10
        if c.root != "01":
            assert c.plover, code


def test_unknown_code_is_an_error(codes):
    with pytest.raises(LanguageDataError):
        codes["999"]
    assert "999" not in codes


def test_duplicate_code_is_refused(tmp_path):
    (tmp_path / "cameo.tsv").write_text("# h\ncode\tname\troot\tquad_class\tgoldstein\n01\ta\t01\t1\t0\n01\tb\t01\t1\t0\n")
    (tmp_path / "plover.tsv").write_text("cameo\tplover\tmode\tcontext\n")
    with pytest.raises(LanguageDataError, match="duplicate"):
        CodeTable.load(tmp_path)
