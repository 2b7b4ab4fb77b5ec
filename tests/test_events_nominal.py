"""Nominal events without the author's verb: light support verbs, verbs of occurrence, passive agents,
and the two sides of a clash or a meeting."""

from __future__ import annotations

import pytest

from test_events import PUBLISHED, who


def events(engine, text):
    return engine.extract(text, published=PUBLISHED).events


@pytest.mark.parametrize("text, root, source, target", [
    # an act noun takes every light verb, not only those its entry lists
    ("La police kényane a procédé jeudi à l'arrestation de trois opposants.", "17", "KEN", None),
    # an event noun as the subject of a verb of occurrence reports the event happening
    ("Des combats ont eu lieu entre l'armée syrienne et les rebelles près d'Alep.", "19", "SYR", "SYR"),
    ("Des négociations entre la Russie et l'Ukraine ont eu lieu à Minsk.", "04", "RUS", "UKR"),
    ("Des négociations entre la Russie et l'Ukraine sont en cours à Minsk.", "04", "RUS", "UKR"),
    # the object of "opposer" and its "à" complement are the two sides of a clash
    ("De violents affrontements opposant l'armée congolaise aux rebelles ont fait dix morts.", "19", "COD", None),
])
def test_nominal_events(engine, text, root, source, target):
    evs = [e for e in events(engine, text) if e.root == root]
    assert evs, (text, [(e.cameo, who(e.source)) for e in events(engine, text)])
    ev = evs[0]
    assert ev.source.country == source
    if target is not None:
        assert ev.target is not None and ev.target.country == target
        assert ev.target.sector != ev.source.sector or ev.target.country != ev.source.country


def test_between_is_not_read_as_entering(engine):
    """The model lemmatises the preposition "entre" as the verb "entrer": "entre A et B" still names two sides."""
    ev = next(e for e in events(engine, "Des négociations entre la Russie et l'Ukraine ont eu lieu à Minsk.") if e.root == "04")
    assert {ev.source.country, ev.target.country} == {"RUS", "UKR"}


def test_a_noun_of_a_prepositional_phrase_is_not_a_verb(engine):
    """"conférence de presse", "agence de presse": the noun "presse" is not the verb "presser" (020)."""
    evs = events(engine, "Le ministre allemand a tenu une conférence de presse à Berlin.")
    assert not [e for e in evs if e.cameo.startswith("02")]


def test_a_state_is_not_an_irregular_force(engine):
    """A country named as such that fights is a state: military force (19), not an assault (18)."""
    evs = events(engine, "La Turquie a lancé une offensive contre les rebelles kurdes en Syrie.")
    assert [e for e in evs if e.root == "19"], [(e.cameo, e.rule) for e in evs]


def test_an_intent_chain_consumes_the_noun_of_its_verb(engine):
    """"s'apprêtait à signer un accord": one intent (03), not also the agreement (057) the verb supports."""
    evs = events(engine, "Le ministre iranien a annoncé que l'Iran s'apprêtait à signer un accord avec la France.")
    assert [e.root for e in evs] == ["03"], [(e.cameo, e.rule) for e in evs]


def test_the_subject_after_the_verb_of_a_quotation_is_the_source(engine):
    """"« ... », a dénoncé le président turc": the inverted subject acts; it is not its own target."""
    evs = events(engine, "« Nous ne céderons pas », a dénoncé le président turc Recep Tayyip Erdogan.")
    ev = next(e for e in evs if e.root == "11")
    assert ev.source.country == "TUR" and ev.source.sector == "GOV"
    assert ev.target is None or ev.target.sector != "GOV"


def test_no_inversion_without_a_quotation(engine):
    """"L'homme, arrivé par l'escalier, a agressé les militaires": the soldiers are the victims."""
    evs = events(engine, "L'homme, arrivé par le grand escalier, a agressé quatre militaires à Paris.")
    assert all(e.target is not None and e.target.sector == "MIL" for e in evs if e.root == "18"), \
        [(e.cameo, who(e.source), who(e.target)) for e in evs]


def test_a_domestic_reception_is_a_visit_but_a_trip_at_home_is_not(engine):
    evs = events(engine, "Le président américain a reçu mercredi un groupe de responsables militaires à Washington.")
    assert [e for e in evs if e.cameo == "043"]
    assert not [e for e in events(engine, "Emmanuel Macron s'est rendu à Marseille lundi.") if e.root == "04"]


@pytest.mark.parametrize("text, code", [
    ("Le président russe rencontrera son homologue américain lundi à Helsinki.", "036"),
    ("Le président russe va rencontrer son homologue américain à Helsinki.", "036"),
    ("Le président russe a rencontré son homologue américain lundi à Helsinki.", "040"),
])
def test_cooperation_in_the_future_is_an_intent(engine, text, code):
    ev = next(e for e in events(engine, text) if e.root in ("03", "04"))
    assert ev.cameo == code
    assert (ev.source.country, ev.target.country) == ("RUS", "USA")      # "son homologue américain"


def test_a_chain_keeps_the_code_its_complement_already_refines(engine):
    """"exigent la démission de X": the demand noun says which demand (1041), not a plain 100."""
    evs = events(engine, "Les États-Unis exigent la démission du président syrien Bachar al-Assad.")
    assert [e.cameo for e in evs if e.root == "10"] == ["1041"], [(e.cameo, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "La Commission a rejeté la proposition de débloquer une aide financière au Burundi.",
    "Le refus du gouvernement burundais d'accéder aux demandes de l'opposition inquiète l'ONU.",
])
def test_an_infinitive_on_a_noun_of_proposal_or_refusal_is_no_event(engine, text):
    evs = events(engine, text)
    assert not [e for e in evs if e.root in ("07", "08")], [(e.cameo, e.trigger, e.rule) for e in evs]
