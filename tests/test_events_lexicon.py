"""The French event lexicon (newsgraph/lang/fr/events/*.jsonl): format, coverage, validation."""

from __future__ import annotations

import pytest

from newsgraph.errors import LanguageDataError
from newsgraph.events.codes import CodeTable
from newsgraph.events.lexicon import Lexicon, load_lexicon, parse_entry
from newsgraph.lang import LanguageData


@pytest.fixture(scope="module")
def codes() -> CodeTable:
    return CodeTable.load()


@pytest.fixture(scope="module")
def lexicon(codes) -> Lexicon:
    return load_lexicon(LanguageData("fr"), codes)


def test_lexicon_loads_with_header_and_cues(lexicon):
    assert lexicon.version and lexicon.lang == "fr"
    assert {"pas", "jamais"} <= lexicon.cue("negation")
    assert len(lexicon) > 200


def test_every_cameo_root_is_covered(lexicon, codes):
    roots = {codes[e.cameo].root for e in lexicon.entries if e.cameo}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_common_codes_are_covered(lexicon):
    have = {e.cameo for e in lexicon.entries}
    for code in ("015", "016", "020", "030", "036", "040", "041", "042", "051", "057", "0841", "100", "111", "112",
                 "120", "130", "141", "143", "161", "163", "173", "1711", "180", "186",
                 "190", "192", "195"):
        assert code in have, code


def test_entries_are_well_formed(lexicon, codes):
    ids = [e.id for e in lexicon.entries]
    assert len(ids) == len(set(ids))
    for e in lexicon.entries:
        assert e.cameo is None or e.cameo in codes
        assert e.cameo is not None or e.chain is not None
        assert e.source, e.id
        assert e.pos != "NOUN" or not e.refl


def test_locutions_are_indexed_before_the_bare_verb(lexicon):
    ids = [e.id for e in lexicon.candidates("entretenir", "VERB")]
    assert ids.index("041.entretenir_tel") < ids.index("040.entretenir")


@pytest.mark.parametrize("row, message", [
    ({"id": "x", "lemma": "frapper", "cameo": "999"}, "not in cameo.tsv"),
    ({"id": "x", "lemma": "frapper", "cameo": "190", "target": ["prep"]}, "unknown slot"),
    ({"id": "x", "lemma": "mettre en garde", "cameo": "130"}, "one word"),
    ({"id": "x", "lemma": "dire", "cameo": "010"}, "never coded"),
    ({"id": "x", "lemma": "frapper", "cameo": "190", "colour": 1}, "unknown fields"),
    ({"id": "x", "lemma": "frapper"}, "needs a 'cameo'"),
    ({"id": "x", "lemma": "frappe", "pos": "VERB", "cameo": "190", "support": ["mener"]}, "only nouns"),
    ({"id": "x", "lemma": "frapper", "cameo": "190", "implicit_source": "ARMY"}, "sector"),
])
def test_bad_entries_are_refused(codes, row, message):
    with pytest.raises(LanguageDataError, match=message):
        parse_entry(row, codes)


def test_duplicates_are_refused(codes):
    header = {"version": "1", "lang": "fr"}
    row = {"id": "a", "lemma": "critiquer", "cameo": "111"}
    with pytest.raises(LanguageDataError, match="duplicate entry id"):
        Lexicon.from_rows([header, row, dict(row)], codes)
    with pytest.raises(LanguageDataError, match="same trigger"):
        Lexicon.from_rows([header, row, {**row, "id": "b", "cameo": "110"}], codes)
    with pytest.raises(LanguageDataError, match="header"):
        Lexicon.from_rows([row], codes)


def test_lexicon_is_a_folder_with_one_file_per_root(codes):
    from newsgraph.events.lexicon import lexicon_files
    lang = LanguageData("fr")
    names = lexicon_files(lang)
    assert names[0] == "events/cues.jsonl"
    lexicon = load_lexicon(lang, codes)
    for name in names:
        stem = name.rsplit("/", 1)[1].removesuffix(".jsonl")
        if stem.startswith("root"):
            ids = {r["id"] for r in lang.jsonl(name)[1:] if r.get("kind") not in ("cue", "uncoded")}
            assert ids, name
            assert all(codes[e.cameo].root == stem[4:] for e in lexicon.entries if e.id in ids), name


def test_ids_are_unique_across_files(codes):
    header = {"version": "1", "lang": "fr"}
    row = {"id": "a", "lemma": "critiquer", "cameo": "111"}
    with pytest.raises(LanguageDataError, match="duplicate entry id"):
        Lexicon.from_files([("one.jsonl", [header, row]), ("two.jsonl", [header, {**row, "lemma": "blâmer"}])], codes)


def test_uncoded_lines_are_validated(codes):
    header = {"version": "1", "lang": "fr"}
    ok = Lexicon.from_rows([header, {"kind": "uncoded", "code": "1011", "reason": "demand chain"}], codes)
    assert ok.uncoded == {"1011": "demand chain"}
    for bad in ({"kind": "uncoded", "code": "9999", "reason": "x"}, {"kind": "uncoded", "code": "1011", "reason": ""}):
        with pytest.raises(LanguageDataError, match="uncoded"):
            Lexicon.from_rows([header, bad], codes)
    with pytest.raises(LanguageDataError, match="both coded"):
        Lexicon.from_rows([header, {"id": "a", "lemma": "critiquer", "cameo": "111"},
                           {"kind": "uncoded", "code": "111", "reason": "x"}], codes)
