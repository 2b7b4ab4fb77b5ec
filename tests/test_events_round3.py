"""Round 3 of the event coder: who did it when the text does not name the author in the slot.

Records as in tests/test_events.py: (source country or key, root, target country or key or None; None also
for a default target).
"""

from __future__ import annotations

import pytest




def full(engine, text):
    """(source code, root, target code) with default targets shown."""
    return [(e.source.code, e.root, e.target.code if e.target else None)
            for e in engine.extract(text, published="2017-03-01").events]


RECORDS = [
    # an event noun that is the agent of a passive is no author of itself: the implicit author of the place
    ("La mosquée de Mossoul, en Irak, a été touchée par un attentat.", [("IRQUAF", "18", "IRQREL")]),
    # people no actor resolves, whose sector the act gives: strikers are labour, of the place's country
    ("Le trafic aérien est perturbé par une grève des contrôleurs en France.", [("FRALAB", "14", "FRAGOV")]),
    # a subject pronoun nothing resolves, as the author of violence: an unidentified armed force
    ("À Lyon, en France, un homme a été contrôlé. Il a ensuite poignardé un policier.", [("FRAUAF", "18", "FRACOP")]),
    # an armed group's military action naming no target is aimed at the armed forces of the country
    ("En Afghanistan, une dizaine de talibans ont attaqué une base militaire.", [("AFGREB", "19", "AFGMIL")]),
    # quantity nouns lead to what they count in the object condition of an entry
    ("L'Union européenne a gelé un certain nombre de ses aides au Burundi.", [("IGOEUREEC", "16", "BDI")]),
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_round3_records(engine, text, expected):
    got = full(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"


def test_nationality_of_an_unnamed_attacker(engine):
    """"un assaillant égyptien": the nationality the text gives, before the country of the place."""
    got = full(engine, "À Paris, en France, un assaillant égyptien a attaqué des militaires avec une machette.")
    assert any(s.startswith("EGY") and r == "18" for s, r, _ in got), got


def test_origin_is_no_nationality(engine):
    got = full(engine, "À Paris, en France, un individu d'origine algérienne a attaqué un policier au couteau.")
    assert not any(s.startswith("DZA") for s, _, _ in got), got


def test_a_state_military_action_keeps_no_default_target(engine):
    got = full(engine, "L'armée française a lancé une opération au nord du pays.")
    assert all(t is None for s, r, t in got if r == "19"), got


def test_sympathy_naming_no_one_is_for_the_victims(engine):
    got = full(engine, "À Bagdad, en Irak, un attentat a tué vingt civils. "
                       "Le Premier ministre irakien a décrété trois jours de deuil national.")
    assert any(r == "01" and t == "IRQCVL" for s, r, t in got), got


@pytest.mark.parametrize("text, expected", [
    # a headline verb the parser hung on its subject; a military craft with a nationality is that country's forces
    ("La Chine intercepte un avion américain", ("CHNGOV", "15", "USAMIL")),
    ("Deux jets chinois ont intercepté un avion américain au-dessus de la mer de Chine.", ("CHNMIL", "15", "USAMIL")),
    # a preposition tagged as a verb still introduces the target; the adjective's complement hangs on the verb
    ("Le président américain s'est montré très critique envers le gouvernement japonais.", ("USAGOV", "11", "JPNGOV")),
    # the nationality adjective of the object names the state whose act it is
    ("La France s'élève contre la décision israélienne de construire des colonies.", ("FRAGOV", "11", "ISR")),
    ("Paris condamne l'offensive turque en Syrie.", ("FRAGOV", "11", "TUR")),
    # "les militaires ont riposté" answers the attack on them: the target is its author
    ("À Valence, en France, un homme a foncé sur des militaires. Les militaires ont riposté.", ("FRAMIL", "19", "FRAUAF")),
    # the places component runs before the coder: "Nice" (no actor of the knowledge base) places the attack
    ("Un attentat a frappé Nice dans la nuit.", ("FRAUAF", "18", "FRACVL")),
    # "s'en est pris à": être is the compound tense of a pronominal verb, not the passive
    ("Pékin s'en est pris aux États-Unis.", ("CHNGOV", "11", "USA")),
    # a participle on a document noun has the document's author as its subject
    ("Le Kremlin a publié un communiqué dénonçant les sanctions américaines.", ("RUSGOV", "11", "USA")),
    # relatives and victims are unnamed civilians
    ("À Bangkok, en Thaïlande, le Premier ministre thaïlandais a présenté ses condoléances aux parents de l'étudiant.",
     ("THAGOV", "01", "THACVL")),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_round3_arguments(engine, text, expected):
    assert expected in full(engine, text), full(engine, text)


def test_a_civilian_craft_is_no_armed_force(engine):
    got = full(engine, "Un avion de ligne russe a été abattu au-dessus de l'Ukraine.")
    assert not any("RUSMIL" in (s, t) for s, _, t in got), got


def test_author_of_the_criticised_act_is_the_target(engine):
    got = full(engine, "Human Rights Watch a dénoncé des exécutions sommaires commises par l'armée nigériane.")
    assert any(r == "11" and t == "NGAMIL" for _, r, t in got), got


def test_an_unknown_named_person_may_hold_an_office(engine):
    """Entries restricted to official sources ("a fait part de sa vive émotion") accept a named person the
    knowledge base does not know, placed by the article's country."""
    got = full(engine, "À Paris, Juliette Dupontel a exprimé sa vive émotion après l'attentat contre des passants.")
    assert any(r == "01" and s.startswith("FRA") for s, r, _ in got), got


def test_an_object_the_parser_made_a_root(engine):
    """"a catégoriquement rejeté les accusations américaines": the parser cuts the noun phrase off as a root."""
    got = full(engine, "L'Iran a catégoriquement rejeté les accusations américaines.")
    assert any(s == "IRNGOV" and r == "01" for s, r, _ in got), got
