"""Actor resolution on short French sentences, through the full pipeline (the ``engine`` fixture)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.actors import actor_for_token, actors_for_span




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
    ("L'agence Reuters a publié le document.", "Reuters", "GBRMED"),
    ("Airbus a annoncé la suppression de postes.", "Airbus", "FRABUS"),
    ("Gazprom a coupé le gaz.", "Gazprom", "RUSBUS"),
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


def test_bare_role_takes_the_article_main_country(run):
    doc = run("Le Burundi a rejeté le rapport. Bujumbura accuse l'ONU. Les manifestants ont défilé.", "2016-10-01")
    assert mention(doc, "manifestants").actor.code == "BDICVL"
    assert mention(doc, "manifestants").rule == "role+context"


def test_no_main_country_when_two_countries_tie(run):
    doc = run("La Russie et la Turquie ont discuté. Les manifestants ont défilé.")
    assert mention(doc, "manifestants").actor.country is None


def test_coalition_led_by_a_country(run):
    doc = run("La coalition internationale menée par les États-Unis a frappé Raqqa.")
    assert code_of(doc, "coalition") == "USAMIL"


def test_compound_adjective_gives_the_first_country(run):
    assert code_of(run("Les forces turco-syriennes ont pris la ville."), "forces") == "TURMIL"


def test_definite_description_refers_to_the_group_named_before(run):
    doc = run("L'État islamique a attaqué la ville. L'organisation a ensuite revendiqué l'attaque.")
    tok = next(t for t in doc if t.text == "organisation")
    assert actor_for_token(doc, tok).group == "ISIS"


def test_national_body_gives_its_sector_to_the_role(run):
    assert code_of(run("Le porte-parole du Pentagone a démenti."), "porte-parole") == "USAMIL"


def test_locative_pays_is_not_an_actor(run):
    doc = run("Les Russes vivent dans le pays depuis longtemps.")
    assert not any(m.text == "pays" for m in doc._.mentions)


def test_entities_are_corrected(run):
    doc = run("La France et les Américains ont condamné Daech.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("France", "LOC") in ents and ("Daech", "ORG") in ents
    assert not any(e.text == "Américains" for e in doc.ents)


def test_capital_inside_a_person_name_is_not_a_government(run):
    doc = run("George Washington fut le premier président.")
    assert not any(m.actor and m.actor.code == "USAGOV" and m.text == "Washington" for m in doc._.mentions)


def test_unknown_person_gets_no_country_from_the_article_context(run):
    doc = run("La Turquie a protesté. Ankara a convoqué l'ambassadeur. Le journaliste Ali Demir a été arrêté.")
    a = mention(doc, "Ali Demir").actor
    assert a.sector == "MED" and a.country is None


def test_apposition_gives_the_role_to_the_name(run):
    doc = run("Gaston Sindimwo, premier vice-président du Burundi, a réagi.", "2016-10-27")
    a = mention(doc, "Gaston Sindimwo").actor
    assert (a.country, a.sector) == ("BDI", "GOV")


def test_capital_mistagged_per_still_resolves_to_the_government(engine):
    from spacy.tokens import Span
    from newsgraph.nlp import parse_articles, run_components
    article = engine.reader.builder.build("Washington a dénoncé une provocation.", published="2017-03-01")
    doc = next(parse_articles(engine.nlp, [article], 1))
    doc.ents = [Span(doc, 0, 1, label="PER")]
    doc = run_components(engine.nlp, doc)
    assert actor_for_token(doc, doc[0]).code == "USAGOV"
    assert [(e.text, e.label_) for e in doc.ents] == [("Washington", "LOC")]


def test_role_split_by_the_adjective_finds_the_office_holder(run):
    doc = run("Le ministre russe des Affaires étrangères a dénoncé les frappes.", "2017-03-01")
    a = mention(doc, "ministre russe des Affaires étrangères").actor
    assert a.code == "RUSGOV" and a.id == "sergei_lavrov"


def _with_ents(engine, text: str, ents: list[tuple[int, int, str]]) -> Doc:
    from spacy.tokens import Span
    from newsgraph.nlp import parse_articles, run_components
    doc = next(parse_articles(engine.nlp, [engine.reader.builder.build(text, published="2017-03-01")], 1))
    doc.ents = [Span(doc, s, e, label=l) for s, e, l in ents]
    return run_components(engine.nlp, doc)


def test_model_entity_repairs(engine):
    # tokens: Le(0) pape(1) François(2) a(3) reçu(4) Chris(5) Froome(6) .(7) Froome(8) ...
    doc = _with_ents(engine, "Le pape François a reçu Chris Froome. Froome a remercié la France.",
                     [(0, 3, "PER"), (5, 7, "PER"), (8, 9, "LOC"), (11, 13, "LOC")])
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents == [("François", "PER"), ("Chris Froome", "PER"), ("Froome", "PER"), ("France", "LOC")]
    assert mention(doc, "Froome").actor.name == "Chris Froome"


def test_a_common_noun_before_a_place_name_is_not_part_of_the_entity(engine):
    # tokens: L'(0) aéroport(1) de(2) Bruxelles(3) et(4) la(5) place(6) de(7) la(8) République(9) ont(10)
    #         été(11) fermés(12) après(13) les(14) attentats(15) de(16) Paris(17) .(18)
    doc = _with_ents(engine, "L'aéroport de Bruxelles et la place de la République ont été fermés après les "
                             "attentats de Paris.", [(1, 4, "LOC"), (6, 10, "LOC"), (15, 18, "MISC")])
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents == [("Bruxelles", "LOC"), ("place de la République", "LOC"), ("Paris", "LOC")]
    assert mention(doc, "Paris").actor.country == "FRA"


def test_a_name_in_apposition_to_the_subject_is_the_pronoun_antecedent(run):
    doc = run("Le Vatican condamne ce crime. L'imam de la ville, Mohammed Karabila, est effaré. Il ajoute qu'il "
              "priera.")
    il = next(m for m in doc._.mentions if m.text == "Il")
    assert il.actor is not None and il.actor.name == "Mohammed Karabila"


def test_an_institution_noun_makes_the_name_an_organisation(engine):
    # tokens: La(0) Cour(1) supérieure(2) du(3) Québec(4) a(5) tranché(6) à(7) Montréal(8) .(9)
    doc = _with_ents(engine, "La Cour supérieure du Québec a tranché à Montréal.", [(1, 5, "LOC"), (8, 9, "LOC")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Cour supérieure du Québec", "ORG"), ("Montréal", "LOC")]


def test_titles_are_not_part_of_entities(engine):
    # tokens: M.(0) Peladeau(1) et(2) le(3) Premier(4) ministre(5) du(6) Canada(7) ont(8) parlé(9) .(10)
    doc = _with_ents(engine, "M. Peladeau et le Premier ministre du Canada ont parlé.",
                     [(0, 2, "PER"), (4, 8, "MISC")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Peladeau", "PER"), ("Canada", "LOC")]


def test_a_title_before_a_ministry_and_time_zones(engine):
    # tokens: Le(0) ministre(1) de(2) l'(3) Intérieur(4) a(5) parlé(6) à(7) 19(8) h(9) ((10) UTC(11) )(12) .(13)
    doc = _with_ents(engine, "Le ministre de l'Intérieur a parlé à 19 h (UTC).", [(1, 5, "ORG"), (11, 12, "ORG")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Intérieur", "ORG")]


@pytest.mark.parametrize("word, iso", [("qatariennes", "QAT"), ("émirati", "ARE"), ("burkinabé", "BFA"), ("azéri", "AZE")])
def test_second_adjective_forms_of_the_press_name_the_country(word, iso):
    from newsgraph.actors.kb import KnowledgeBase
    kb = KnowledgeBase.load()
    assert word in kb.countries[iso].adjectives
