"""People the knowledge base does not know: country and sector from the text (issue 12, item 3), and how each
such actor was resolved (``Actor.resolution``)."""

from __future__ import annotations

import pytest


def person(doc, surname: str):
    """The mention whose actor is the person named ``surname``."""
    return next(m for m in doc._.mentions if m.actor is not None and (m.actor.name or "").endswith(surname))


@pytest.mark.parametrize("text, surname, country, resolution", [
    # "opposant" after "l'" is often tagged VERB (present participle): its determiner makes it a noun
    ("L'opposant biélorusse Anatoli Verchinine a été interpellé jeudi à Minsk.", "Verchinine", "BLR", "role+name"),
    # a capitalised demonym tagged ADJ after a determiner, then an age, then the name
    ("Un Tunisien de 31 ans, Mehdi Zarrouk, a été arrêté par la police.", "Zarrouk", "TUN", "demonym+name"),
    ("Greta Holmqvist, une Norvégienne de 40 ans, a été blessée.", "Holmqvist", "NOR", "demonym+name"),
    ("Luca Ferraresi, de nationalité italienne, a été enlevé dans le nord du pays.", "Ferraresi", "ITA",
     "name+nationality"),
])
def test_unknown_person_gets_the_country_the_text_gives(run, text, surname, country, resolution):
    m = person(run(text), surname)
    assert (m.actor.country, m.actor.resolution) == (country, resolution)


def test_role_noun_tagged_as_a_verb_keeps_its_sector(run):
    m = person(run("L'opposant biélorusse Anatoli Verchinine a été interpellé jeudi à Minsk."), "Verchinine")
    assert m.actor.code == "BLROPP"


def test_de_nationalite_as_predicate_and_on_a_noun_with_the_name_in_apposition(run):
    doc = run("Martina Keller est de nationalité autrichienne.")
    assert person(doc, "Keller").actor.country == "AUT"
    doc = run("Un homme de nationalité belge, Paul Vermeulen, a été tué.")
    assert person(doc, "Vermeulen").actor.country == "BEL"


def test_dual_nationality_gives_no_country(run):
    doc = run("Omid Karimi, de nationalité iranienne et canadienne, a été libéré.")
    assert person(doc, "Karimi").actor.country is None


def test_feminine_role_nouns(run):
    doc = run("La militante soudanaise Amal Osman a été libérée.")
    m = person(doc, "Osman")
    assert (m.actor.country, m.actor.sector) == ("SDN", "CVL")
    doc = run("L'avocate générale a requis dix ans de prison.")
    assert any(m.actor is not None and m.actor.sector == "JUD" for m in doc._.mentions)


def test_ressortissant_takes_the_country_of_its_adjective(run):
    doc = run("Trois ressortissants japonais ont été expulsés.")
    m = next(m for m in doc._.mentions if m.text.startswith("ressortissants"))
    assert m.actor.country == "JPN" and m.rule == "role+adj"


def test_kb_surname_after_another_first_name_is_another_person(run, engine):
    kb = engine.nlp.get_pipe("newsgraph_actors").kb
    demirtas = next(e for e in kb.entities.values() if e.kind == "person" and e.name.endswith("Demirtas"))
    doc = run("La journaliste Elif Demirtas a été condamnée.")
    assert not any(m.actor is not None and m.actor.id == demirtas.id for m in doc._.mentions)
    doc = run(f"{demirtas.name} a été condamné.")
    assert any(m.actor is not None and m.actor.id == demirtas.id for m in doc._.mentions)
    # an initial of the KB's first name is the same person
    doc = run(f"{demirtas.name[0]}. Demirtas a été condamné.")
    assert any(m.actor is not None and m.actor.id == demirtas.id for m in doc._.mentions)


@pytest.mark.parametrize("text, surname, code", [
    ("Le chef rebelle congolais Jean-Pierre Kabemba a signé un accord.", "Kabemba", "CODREB"),
    # a military rank is a role; an age may stand in apposition between the name and the role
    ("Youssef Haddad, un colonel syrien, a fait défection.", "Haddad", "SYRMIL"),
    ("Li Wei, 45 ans, militant chinois des droits de l'homme, a été arrêté.", "Li Wei", "CHNCVL"),
    # a role in apposition that resolves to a group: the person speaks for it
    ("Ahmed Saleh, porte-parole des rebelles houthis, a démenti.", "Saleh", "YEMREB"),
])
def test_role_in_apposition_or_compound_gives_the_code(run, text, surname, code):
    assert person(run(text), surname).actor.code == code
