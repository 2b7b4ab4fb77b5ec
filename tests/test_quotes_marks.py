"""Quotation marks and the speech-cue lexicon: plain string and file tests (no model)."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import LanguageDataError
from newsgraph.lang import LanguageData
from newsgraph.quotes.extract import count_words
from newsgraph.quotes.lexicon import QuoteMarks, SpeechLexicon
from newsgraph.quotes.marks import find_quoted_spans


@pytest.fixture(scope="module")
def marks() -> QuoteMarks:
    return QuoteMarks.load(LanguageData("fr"))


def texts(text: str, marks: QuoteMarks) -> list[str]:
    return [s.text(text) for s in find_quoted_spans(text, marks)]


def test_guillemets_and_straight_quotes(marks):
    t = 'Il a dit : « Nous partirons demain matin ». Elle a salué un "appel positif" hier.'
    assert texts(t, marks) == ["Nous partirons demain matin", "appel positif"]


def test_offsets_are_the_text_without_marks(marks):
    t = "Le ministre : « Nous partirons demain » et rien d'autre."
    (span,) = find_quoted_spans(t, marks)
    assert t[span.start:span.end] == "Nous partirons demain"
    assert t[span.open_at] == "«" and t[span.close_at] == "»"


def test_nested_quotes_stay_inside_the_outer_one(marks):
    t = "« Il m'a répondu “jamais de la vie” puis « non » encore », raconte-t-elle."
    assert texts(t, marks) == ["Il m'a répondu “jamais de la vie” puis « non » encore"]


def test_quote_continued_over_paragraphs(marks):
    t = "« Nous avons tout essayé pour les convaincre.\n\n« Mais rien n'y a fait », a-t-il ajouté.\n\nFin."
    paras = [(0, 45), (47, 87), (89, 93)]
    (span,) = find_quoted_spans(t, marks, paras)
    assert span.text(t) == "Nous avons tout essayé pour les convaincre. Mais rien n'y a fait"
    assert len(span.segments) == 2 and t[span.close_at] == "»"


def test_unclosed_guillemet_ends_with_its_paragraph_and_odd_straight_quote_is_ignored(marks):
    t = "Il dit « nous verrons bien demain\n\nUn \"mot sans fin"
    assert texts(t, marks) == ["nous verrons bien demain"]


def test_word_count():
    assert count_words("l'importance fondamentale de l'OTAN") == 4
    assert count_words("défendre l’État islamique") == 3


def test_lexicon_has_verbs_prepositions_and_regular_forms():
    lex = SpeechLexicon.load(LanguageData("fr"))
    assert lex.verb("déclarer").inverted and lex.verb("affirmer").clause
    assert lex.verb("exclamer").reflexive
    assert lex.verb("note", "note").lemma == "noter"         # a wrong lemma from the tagger, found by its form
    assert lex.verb("quelconque") is None
    assert "selon" in lex.preps and "d'après" in lex.preps
    assert lex.compound("faire", "savoir").inverted and lex.compound("faire", "valoir").clause
    assert lex.compound("faire", "dire") is None and lex.verb("faire savoir") is None


def _lang_with(tmp_path, rows) -> LanguageData:
    d = tmp_path / "xx"
    d.mkdir()
    (d / "speech_verbs.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return LanguageData("xx", root=tmp_path)


def test_lexicon_format_works_for_english(tmp_path):
    lang = _lang_with(tmp_path, [
        {"version": 1, "lang": "en", "complementizers": ["that"], "kinds": {"statement": "", "source": ""}},
        {"lemma": "say", "pos": "verb", "kind": "statement", "clause": True, "inverted": True},
        {"lemma": "according to", "pos": "prep", "kind": "source"},
    ])
    lex = SpeechLexicon.load(lang)
    assert lex.verb("say").clause and "that" in lex.complementizers and "according to" in lex.preps


@pytest.mark.parametrize("rows, message", [
    ([{"lemma": "dire", "pos": "verb", "kind": "statement"}], "header"),
    ([{"version": 2}], "version 2"),
    ([{"version": 1, "kinds": {"statement": ""}}, {"lemma": "dire", "pos": "verb", "kind": "joke"}], "joke"),
    ([{"version": 1}, {"lemma": "dire", "pos": "noun", "kind": "statement"}], "pos"),
])
def test_bad_lexicon_is_a_language_data_error(tmp_path, rows, message):
    with pytest.raises(LanguageDataError, match=message):
        SpeechLexicon.load(_lang_with(tmp_path, rows))


def test_quote_index_at_prefers_the_direct_quotation():
    from newsgraph.quotes import quote_index_at
    from newsgraph.records import Quote
    qs = [Quote("x" * 50, 0, 50, direct=False), Quote("y" * 20, 10, 30, direct=True), Quote("z", 60, 70)]
    assert quote_index_at(qs, 12, 20) == 1
    assert quote_index_at(qs, 2, 8) == 0
    assert quote_index_at(qs, 40, 65) is None
