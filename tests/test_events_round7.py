"""Round 7 of the event coder: constructions of armed conflict and their participants, written for the grammar
(the author in an attack noun's "de" complement, the side holding a place, the object of a verb of hitting),
and entries restricted to some participants giving way to the next entry of the same trigger.

Records: (CAMEO code, source key, target key), the key being the country, else the group or org, with the
sector when the test is about it.
"""

from __future__ import annotations

import pytest

HEADLINE = "Syrie : le point sur la situation\n\n"


def key(a, sector=False):
    if a is None:
        return None
    base = a.country or a.group or a.org
    return (base, a.sector) if sector else base


def events(engine, text, sector=False):
    evs = engine.extract(HEADLINE + text, published="2016-06-15").events
    return sorted((e.cameo, key(e.source, sector), key(e.target, sector)) for e in evs)


@pytest.mark.parametrize("text, expected", [
    # a "contre" complement names the target: the "de" complement is the author
    ("Au moins dix soldats ont été tués dans une attaque des shebab contre une base militaire.", ("190", "SOM")),
    # an armed group in the "de" complement is the author even with no other complement
    ("Une attaque de l'EI a fait cinq morts dans la nuit.", ("190", "ISIS")),
])
def test_the_de_complement_of_an_attack_noun_is_its_author(engine, text, expected):
    found = events(engine, text)
    assert any((c, s) == expected for c, s, _ in found), found


def test_the_de_complement_naming_a_place_stays_the_target(engine):
    found = events(engine, "L'attaque de la base militaire a fait cinq morts.")
    assert found and all(s == "SYR" for _, s, _ in found), found


def test_a_place_held_by_a_side_is_that_side(engine):
    found = events(engine, "L'aviation a bombardé les zones contrôlées par l'État islamique.")
    assert ("195", "SYR", "ISIS") in found




def test_an_attack_noun_subject_of_viser_is_coded_with_the_object_as_target(engine):
    found = events(engine, "Des tirs de l'armée ont visé les positions rebelles.", sector=True)
    assert any(c.startswith("19") and s == ("SYR", "MIL") and t == ("SYR", "REB") for c, s, t in found), found


def test_storming_is_force_by_armed_men_only(engine):
    assert any(c == "190" for c, _, _ in events(engine, "L'armée a pris d'assaut le bastion des rebelles."))
    assert not events(engine, "Les clients ont pris d'assaut les magasins d'alimentation.")


def test_an_entry_restricted_to_some_sources_gives_way_to_the_next(engine):
    # 087.retirer_refl (armed forces withdrawing) does not fit a state leaving a court: 160.se_retirer_igo does
    assert ("160", "BDI", "ICC") in events(engine, "Le Burundi s'est retiré de la CPI.")
    found = events(engine, "Les troupes russes se sont retirées de la ville.")
    assert not any(c == "160" for c, _, _ in found), found


def test_a_bare_role_does_not_take_the_country_of_the_other_participant(engine):
    # the sentence's only place is the target: the role belongs to the article's country
    found = events(engine, "Le ministre des Affaires étrangères a fustigé l'attitude de la Turquie.")
    assert ("111", "SYR", "TUR") in found, found


def test_a_lowercase_common_noun_is_not_a_multiword_place_name(engine):
    found = events(engine, "La Chine a boycotté la réunion.")
    assert all(t != "REU" for _, _, t in found), found


@pytest.mark.parametrize("text, expected", [
    ("Quatre personnes ont perdu la vie dans l'explosion d'une bombe artisanale.", ("183", "SYR", "SYR")),
    ("Trois soldats sont morts dans une embuscade tendue par les talibans.", ("190", "AFG", "SYR")),
    ("Un journaliste a trouvé la mort dans un bombardement de l'aviation russe.", ("195", "RUS", "SYR")),
])
def test_an_attack_noun_complement_of_a_verb_of_dying_is_coded_with_the_dead_as_victims(engine, text, expected):
    assert expected in events(engine, text)


def test_projectiles_that_fell_report_the_attack(engine):
    # the parser reads "sont tombés" as a passive: the subject noun still reports the attack (cue fall_verb)
    coder = engine.nlp.get_pipe("newsgraph_events").coder
    doc = engine.nlp("Des obus sont tombés sur le quartier.")
    shells = next(t for t in doc if t.text == "obus")
    assert shells.dep_ == "nsubj:pass" and coder.occurring(shells)
    assert not coder.occurring(next(t for t in engine.nlp("Des obus ont été saisis.") if t.text == "obus"))
