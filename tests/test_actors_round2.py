"""Actor resolution, round 2: anaphora (pronoun gender from the determiner, "cette dernière", "l'organisation de"),
coordinated country adjectives, relative pronouns, Kurdish bodies by place, IGO officers, role + name."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.actors import actor_for_token, actors_for_token, relative_antecedent


@pytest.fixture(scope="module")
def run(run):
    """The shared ``run`` fixture, dated 2016-09-20 by default (the UN secretary-general cases need it)."""
    return lambda text, published="2016-09-20": run(text, published)


def tok(doc: Doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


def test_pronoun_gender_comes_from_the_determiner_not_the_proper_noun(run):
    doc = run("Le commandement russe a réagi. Le Pentagone a également précisé qu'il visait l’État islamique.")
    assert actor_for_token(doc, tok(doc, "il")).code == "USAMIL"


def test_cette_derniere_is_the_last_compatible_actor(run):
    doc = run("L'armée irakienne avance vers la ville. Cette dernière continue d'avancer dans Mossoul.")
    m = next(m for m in doc._.mentions if m.text == "Cette dernière")
    assert m.actor.code == "IRQMIL" and m.rule == "coref:demonstrative"


def test_cette_derniere_before_a_noun_is_not_a_pronoun(run):
    doc = run("L'armée irakienne avance. Cette dernière semaine a été calme.")
    assert not any(m.rule == "coref:demonstrative" for m in doc._.mentions)


def test_organisation_before_an_infinitive_is_the_group_named_before(run):
    doc = run("L'État islamique recule. La frappe a permis à l'organisation de lancer une offensive.")
    assert actor_for_token(doc, tok(doc, "organisation")).group == "ISIS"


def test_coordinated_country_adjectives_give_one_actor_each(run):
    doc = run("Les gouvernements britannique, australien et danois ont reconnu leur implication.")
    t = tok(doc, "gouvernements")
    assert [a.code for a in actors_for_token(doc, t)] == ["GBRGOV", "AUSGOV", "DNKGOV"]
    assert actor_for_token(doc, t).code == "GBRGOV"


def test_single_adjective_gives_one_actor(run):
    doc = run("Les forces russes ont bombardé la ville.")
    assert [a.code for a in actors_for_token(doc, tok(doc, "forces"))] == ["RUSMIL"]


def test_relative_pronoun_refers_to_the_head_noun_not_the_place(run):
    doc = run("Moscou a renforcé le dispositif militaire russe en Syrie, qui appuie le régime.")
    qui = tok(doc, "qui")
    assert relative_antecedent(qui).text == "dispositif"
    assert actor_for_token(doc, qui).code == "RUSMIL"


def test_person_in_a_genitive_is_not_the_noun_actor(run):
    doc = run("Les parents de Quentin Roy ont porté plainte.")
    a = actor_for_token(doc, tok(doc, "parents"))
    assert a is None or a.name != "Quentin Roy"


@pytest.mark.parametrize("text, country, group", [
    ("L'armée turque est entrée dans le nord de la Syrie. Ankara combat les forces kurdes.", "SYR", "SDF"),
    ("Une voiture piégée attribuée aux rebelles kurdes a explosé à Cizre en Turquie.", "TUR", "PKK"),
])
def test_kurdish_forces_take_the_body_of_the_country_where_they_are(run, text, country, group):
    doc = run(text)
    m = next(m for m in doc._.mentions if "kurdes" in m.text)
    assert m.actor.country == country and m.actor.group == group


def test_bare_rebel_role_takes_the_country_named_as_place_in_its_sentence(run):
    doc = run("La Syrie et la Syrie encore. En Irak, les milices ont attaqué la ville.")
    assert actor_for_token(doc, tok(doc, "milices")).country == "IRQ"


def test_secretary_general_is_the_office_holder_of_the_igo_named_before(run):
    doc = run("L'ONU s'inquiète. Le secrétaire général appelle le gouvernement au dialogue.")
    assert actor_for_token(doc, tok(doc, "secrétaire")).id == "ban_ki_moon"
    doc = run("Le secrétaire général du parti a démissionné.")
    a = actor_for_token(doc, tok(doc, "secrétaire"))
    assert a is None or a.org is None


def test_role_with_a_post_modifier_then_the_name_is_one_actor(run):
    doc = run("L'ambassadeur russe à l'ONU, Vitali Tchourkine, a répondu.")
    a = actor_for_token(doc, tok(doc, "Tchourkine"))
    assert a.country == "RUS" and a.sector == "GOV" and a.name == "Vitali Tchourkine"


@pytest.mark.parametrize("name, expected", [("Parti socialiste", "FRA_PS"), ("Conseil d'État français", "FRA_CONSEIL_ETAT")])
def test_distinct_french_bodies_are_distinct_actors(run, name, expected):
    doc = run(f"Le {name} a rendu sa décision." if name.startswith("Conseil") else f"Le {name} a critiqué la réforme.")
    assert any(m.actor is not None and m.actor.id == expected for m in doc._.mentions)


def test_il_of_a_nominal_predicate_is_a_subject_but_not_impersonal_phrases(run):
    doc = run("Le général Bajwa est nommé. Il était responsable de la formation. Il est temps de partir.")
    prons = [m for m in doc._.mentions if m.label == "PRON"]
    assert [m.text for m in prons] == ["Il"] and prons[0].actor.id == "qamar_javed_bajwa"


def test_a_predicate_noun_is_not_an_antecedent(run):
    doc = run("Le général Bajwa est nommé. Il était responsable de la formation. Il a été en poste au Baloutchistan.")
    prons = [m for m in doc._.mentions if m.label == "PRON"]
    assert len(prons) == 2 and all(m.actor.id == "qamar_javed_bajwa" for m in prons)


@pytest.mark.parametrize("text, code", [
    ("Moscou a renforcé le dispositif militaire russe en Syrie, qui appuie le régime.", "RUSMIL"),
    ("Les soldats turcs stationnés en Syrie, qui combattent l'EI, ont été attaqués.", "TURMIL"),
    ("Les soldats turcs sont en Syrie, qui est en guerre.", "SYR"),
])
def test_place_the_relative_clause_hangs_on_gives_the_head_noun_actor(run, text, code):
    """Stages hand over the noun the parser hung a subject relative on ("Syrie"); the clause's actor is the head
    noun phrase, unless the clause describes the place (copula)."""
    doc = run(text)
    assert actor_for_token(doc, tok(doc, "Syrie")).code == code
    assert actor_for_token(doc, tok(doc, "qui")).code == code


def test_a_name_after_a_settlement_noun_is_a_place_not_an_institution(run):
    doc = run("Les secours sont arrivés samedi dans la ville de Douma, en Syrie, après le bombardement.")
    assert actor_for_token(doc, tok(doc, "Douma")) is None
    doc = run("La Douma a adopté mardi une loi sur les organisations étrangères.")
    assert actor_for_token(doc, tok(doc, "Douma")).code == "RUSLEG"
