"""Actor resolution on short French sentences, through the full pipeline (the ``engine`` fixture)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.actors import actor_for_token, actors_for_span


@pytest.fixture(scope="module")
def run(engine):
    def _run(text: str, published: str | None = "2017-03-01"):
        art = engine.reader.builder.build(text, published=published)
        doc = next(engine.process_docs([art])) if hasattr(engine, "process_docs") else _doc(engine, art)
        return doc
    return _run


def _doc(engine, article) -> Doc:
    from newsgraph.nlp import parse_articles, run_components
    doc = next(parse_articles(engine.nlp, [article], 1))
    return run_components(engine.nlp, doc)


def mention(doc: Doc, text: str):
    for m in doc._.mentions:
        if m.text == text or m.text.endswith(text):
            return m
    raise AssertionError(f"no mention {text!r} in {[m.text for m in doc._.mentions]}")


def code_of(doc: Doc, word: str) -> str | None:
    tok = next(t for t in doc if t.text == word)
    a = actor_for_token(doc, tok)
    return a.code if a else None


@pytest.mark.parametrize("text, word, code", [
    ("Le président russe a appelé au calme.", "président", "RUSGOV"),
    ("Les forces russes ont bombardé la ville.", "forces", "RUSMIL"),
    ("La police turque a arrêté dix personnes.", "police", "TURCOP"),
    ("L'armée américaine a frappé un convoi.", "armée", "USAMIL"),
    ("Des soldats américains ont été blessés.", "soldats", "USAMIL"),
    ("Le ministre russe des Affaires étrangères a dénoncé les frappes.", "ministre", "RUSGOV"),
    ("Le ministère de l'Intérieur turc a annoncé l'arrestation.", "ministère", "TURGOV"),
    ("Le porte-parole du Kremlin a démenti.", "porte-parole", "RUSGOV"),
    ("Washington a accusé Moscou d'ingérence.", "Washington", "USAGOV"),
    ("Washington a accusé Moscou d'ingérence.", "Moscou", "RUSGOV"),
    ("La Maison Blanche a publié un communiqué.", "Blanche", "USAGOV"),
    ("Le Pentagone a confirmé la frappe.", "Pentagone", "USAMIL"),
    ("Matignon a démenti toute réunion.", "Matignon", "FRAGOV"),
    ("Le Quai d'Orsay a convoqué l'ambassadeur.", "Quai", "FRAGOV"),
])
def test_composed_and_metonymic_codes(run, text, word, code):
    assert code_of(run(text), word) == code


def test_capital_as_place_is_not_a_government(run):
    doc = run("Le sommet s'est tenu à Moscou.")
    a = mention(doc, "Moscou").actor
    assert a.country == "RUS" and a.sector is None


def test_country_name_without_accents_and_acronyms_with_capitals_only(run):
    doc = run("Les Etats-Unis et l'UE ont condamné l'attaque de l'EI.")
    assert mention(doc, "Etats-Unis").actor.code == "USAGOV"
    assert mention(doc, "UE").actor.org == "EU"
    assert mention(doc, "EI").actor.group == "ISIS"
    lower = run("Il a dit ue et ei.")
    assert not any(m.actor and (m.actor.org or m.actor.group) for m in lower._.mentions)


@pytest.mark.parametrize("name", ["Daech", "l'État islamique", "l'Etat islamique"])
def test_isis_aliases(run, name):
    doc = run(f"{name[0].upper() + name[1:]} a revendiqué l'attentat.")
    assert any(m.actor and m.actor.group == "ISIS" for m in doc._.mentions)


def test_igo_has_org_and_no_country(run):
    doc = run("L'Otan et les Nations unies ont réagi.")
    orgs = {m.actor.org for m in doc._.mentions if m.actor}
    assert {"NATO", "UN"} <= orgs
    assert all(m.actor.country is None for m in doc._.mentions if m.actor and m.actor.org)


def test_date_decides_former_official(run):
    assert mention(run("Barack Obama a critiqué la décision.", "2017-03-01"), "Barack Obama").actor.code == "USAELI"
    assert mention(run("Barack Obama a critiqué la décision.", "2014-03-01"), "Barack Obama").actor.code == "USAGOV"


def test_surname_and_pronoun_coreference(run):
    doc = run("Le journaliste turc Ahmet Yilmaz a été arrêté. Yilmaz a été libéré. Il a dénoncé sa détention.")
    person = mention(doc, "Ahmet Yilmaz").actor
    assert person.country == "TUR" and person.sector == "MED" and person.id is None
    assert mention(doc, "Yilmaz").actor.name == "Ahmet Yilmaz"
    il = next(t for t in doc if t.text == "Il")
    assert actor_for_token(doc, il).name == "Ahmet Yilmaz"


def test_unknown_person_gets_no_invented_country(run):
    doc = run("Jean Dupont a été interpellé.")
    a = mention(doc, "Jean Dupont").actor
    assert a.name == "Jean Dupont" and a.country is None and a.id is None


def test_role_description_resolves_to_office_holder(run):
    doc = run("Le président américain a signé le décret.", "2017-03-01")
    assert mention(doc, "président américain").actor.id == "donald_trump"


def test_impersonal_il_is_not_resolved(run):
    doc = run("Le président russe est arrivé. Il faut agir.")
    assert not any(m.label == "PRON" for m in doc._.mentions)


def test_token_mention_index_and_actors_for_span(run):
    doc = run("Washington et Moscou ont signé un accord.")
    for i, m in enumerate(doc._.mentions):
        assert all(t._.mention == i for t in doc.char_span(m.start, m.end))
    codes = [a.code for a in actors_for_span(doc, doc[0:len(doc)])]
    assert codes[:2] == ["USAGOV", "RUSGOV"]
