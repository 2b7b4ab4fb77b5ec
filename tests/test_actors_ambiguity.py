"""Ambiguity guards: a bare surname that is also a word needs a first name, a title or a full mention; acronyms
with several readings are read from the article; each actor records how it was resolved."""

from __future__ import annotations

import pytest

from newsgraph.actors.ambiguity import Guards
from newsgraph.actors.kb import KnowledgeBase
from newsgraph.errors import LanguageDataError


def actors(doc) -> dict[str, tuple[str | None, str | None]]:
    """mention text -> (actor code, resolution)"""
    return {m.text: (m.actor.code, m.actor.resolution) for m in doc._.mentions if m.actor is not None}


def test_a_bare_surname_that_is_a_word_alone_is_no_person(run):
    found = actors(run("Hollande a déclaré mardi que la France resterait.", published="2015-06-01"))
    assert found.get("Hollande", (None, None))[1] in (None, "ner")     # at most the model's unknown person
    assert found.get("Hollande", (None, None))[0] is None


def test_a_bare_surname_after_a_title_is_the_person(run):
    found = actors(run("Le président Hollande a réagi mardi.", published="2015-06-01"))
    assert found["président Hollande"] == ("FRAGOV", "kb:person:title")
    found = actors(run("M. Hollande a réagi mardi.", published="2015-06-01"))
    assert any(v == ("FRAGOV", "kb:person:title") for v in found.values())


def test_a_bare_surname_after_a_full_mention_is_the_person(run):
    found = actors(run("François Hollande est arrivé à Alger. Hollande a rencontré son homologue.",
                       published="2015-06-01"))
    assert found["François Hollande"] == ("FRAGOV", "kb:person")
    assert found["Hollande"] == ("FRAGOV", "kb:person:full-mention")


def test_a_headline_surname_may_be_named_in_full_later(run):
    found = actors(run("Hollande à Alger\nFrançois Hollande est arrivé mardi à Alger.", published="2015-06-01"))
    assert found["Hollande"] == ("FRAGOV", "kb:person:full-mention")


def test_a_bare_surname_that_is_no_word_needs_nothing(run):
    found = actors(run("Poutine a déclaré mardi que la Russie resterait.", published="2015-06-01"))
    assert found["Poutine"] == ("RUSGOV", "kb:person")


def test_ce_is_read_from_the_articles_cues(run):
    eu = actors(run("La CE a infligé une amende à Google, a annoncé l'Union européenne mardi."))
    assert eu["CE"] == ("IGOEUREEC", "kb:acronym:cue")
    council = actors(run("Le CE a rejeté le recours contre le décret du gouvernement."))
    assert council["CE"] == ("FRAJUD", "kb:acronym:cue")


def test_an_acronym_with_no_cue_takes_the_main_country_then_the_default(run):
    ps = actors(run("Le PS a désigné son candidat à Paris. La France vote, le gouvernement français attend."))
    assert ps["PS"] == ("FRAPTY", "kb:acronym:country")
    nothing = actors(run("Le PS a désigné son candidat."))
    assert "PS" not in nothing                                # no cue, no country, no default: unresolved
    ua = actors(run("L'UA a condamné le coup d'État."))
    assert ua["UA"][1] == "kb:acronym:default" and ua["UA"][0].startswith("IGO")


def test_an_acronym_whose_reading_is_not_an_actor_gives_none(run):
    found = actors(run("Le CPI a augmenté de 3 %, selon l'indice des prix à la consommation : l'inflation repart."))
    assert "CPI" not in found
    icc = actors(run("La CPI a émis un mandat d'arrêt contre le président soudanais."))
    assert icc["CPI"] == ("IGOJUDICC", "kb:acronym:cue")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_the_guards_file_is_checked_against_the_knowledge_base(kb) -> None:
    with pytest.raises(LanguageDataError, match="not a KB entity"):
        Guards.from_data({"version": 1, "acronyms": {"XX": {"readings": [{"id": "NOPE", "cues": ["x"]}]}}}, kb)
    with pytest.raises(LanguageDataError, match="no cues"):
        Guards.from_data({"version": 1, "acronyms": {"XX": {"readings": [{"id": "AU", "cues": []}]}}}, kb)
    with pytest.raises(LanguageDataError, match="at most one default"):
        Guards.from_data({"version": 1, "acronyms": {"XX": {"readings": [
            {"id": "AU", "cues": ["a"], "default": True}, {"id": None, "cues": ["b"], "default": True}]}}}, kb)
    guards = Guards.from_data({"version": 1, "name_words": ["May"]}, kb, ["mars"])
    assert guards.is_word("May") and guards.is_word("Mars") and not guards.is_word("Theresa May")


def test_the_shipped_guards_file_is_valid(kb) -> None:
    from newsgraph.lang import LanguageData

    guards = Guards.from_data(LanguageData("fr").json("ambiguity.json"), kb)
    assert {"CE", "CPI", "PS", "UA"} <= set(guards.acronyms)
    assert "m." in guards.honorifics


def test_a_first_name_the_kb_does_not_know_makes_another_person(run):
    found = actors(run("Thomas Hollande a réagi mardi.", published="2015-06-01"))
    assert all(code != "FRAGOV" for code, _ in found.values())
    assert found.get("Thomas Hollande", (None, "ner"))[1] == "ner"
