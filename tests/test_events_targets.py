"""Targets the text leaves unnamed, and the line between assault (18) and military force (19)."""

from __future__ import annotations

import pytest

from test_events import PUBLISHED, who


def events(engine, text):
    return engine.extract(text, published=PUBLISHED).events


@pytest.mark.parametrize("text, root, target, sector", [
    # a protest with no target named is aimed at the government of its country
    ("Des milliers de Sud-Coréens sont descendus dans la rue.", "14", "KOR", "GOV"),
    # a resignation, an appeal to the nation: the source's own country
    ("Le président du Conseil italien Matteo Renzi a démissionné.", "08", "ITA", None),
])
def test_an_unnamed_target_is_the_source_country(engine, text, root, target, sector):
    evs = [e for e in events(engine, text) if e.root == root]
    assert evs, text
    ev = evs[0]
    assert ev.target_basis == "default"
    assert (ev.target.country, ev.target.sector) == (target, sector)
    assert ev.target.code == target + (sector or "")




def test_named_targets_are_marked_text(engine):
    ev = events(engine, "Le Japon a critiqué la Chine.")[0]
    assert (who(ev.target), ev.target_basis) == ("CHN", "text")


def test_unnamed_actors_completed_by_place_get_a_code(engine):
    ev = next(e for e in events(engine, "Des hommes armés ont attaqué un village au Nigeria.") if e.root == "18")
    assert (ev.source.country, ev.source.code) == ("NGA", "NGAUAF")
    assert (ev.target.country, ev.target.code) == ("NGA", "NGACVL") and ev.target_basis in ("implicit", "default")


def test_statements_and_claims_get_no_default_target(engine):
    for ev in events(engine, "L'État islamique a revendiqué l'attentat."):
        assert ev.target_basis != "default"


@pytest.mark.parametrize("text, root", [
    # an unidentified gunman's shooting is an assault, not military action
    ("Un assaillant a ouvert le feu sur des passants en France.", "18"),
    # an army's fire is military force
    ("L'armée syrienne a ouvert le feu sur les rebelles.", "19"),
])
def test_assault_or_military_force_by_source(engine, text, root):
    roots = {e.root for e in events(engine, text)}
    assert root in roots, roots


@pytest.mark.parametrize("text, expected", [
    # an agentless passive arrest is the police's, of an unnamed person of the place's country
    ("Jeudi, un homme a été arrêté à Anvers, en Belgique.", ("BEL", "17", "BEL")),
    # an unnamed person as the author of violence is an unidentified armed force
    ("Un homme a attaqué à coups de machette des militaires français à Paris.", ("FRA", "18", "FRA")),
    # "plus de" is a quantity, not a negation
    ("La police a effectué plus de 1 000 arrestations au Gabon.", ("GAB", "17", "GAB")),
])
def test_unnamed_participants(engine, text, expected):
    got = [(who(e.source), e.root, who(e.target)) for e in events(engine, text)]
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Trois personnes ont été tuées dans un accident de la route en France.",   # nobody attacked
    "La police n'a plus effectué d'arrestations au Gabon.",                     # negated with ne ... plus
])
def test_no_unnamed_author(engine, text):
    assert not [e for e in events(engine, text) if e.root in ("17", "18", "19")]


def test_condemnation_naming_no_one_targets_the_authors_of_the_violence(engine):
    """"X condamne ce crime": the disapproval is aimed at whoever the article says committed the violence."""
    evs = events(engine, "Des combattants de l'État islamique ont attaqué une église à Alep. "
                         "Le Vatican condamne fermement ce crime barbare.")
    ev = next(e for e in evs if e.root == "11")
    assert ev.target is not None and ev.target_basis == "discourse"
    assert ev.target.group or ev.target.sector in ("REB", "UAF"), ev.target


def test_an_armed_group_fighting_an_implicit_victim_is_not_an_assault(engine):
    """An implicit target is an assumption, not a victim the text names: the fight stays military force."""
    evs = events(engine, "Les rebelles syriens s'affrontent depuis janvier dans la région d'Idleb.")
    assert not [e for e in evs if e.rule.endswith("+assault")], [(e.cameo, e.rule) for e in evs]


def test_an_agentless_injury_is_a_toll_not_an_attack(engine):
    evs = events(engine, "Une vingtaine de personnes ont également été blessées à Melbourne, en Australie.")
    assert not [e for e in evs if e.root in ("18", "19")], [(e.cameo, e.rule) for e in evs]
