"""The nationality of an article's unnamed individual: one identification gives it to his other descriptions.

Records as in test_events_round5: (source actor key, root, target actor key or None).
"""

from __future__ import annotations

import pytest
from test_events_round5 import records

RECORDS = [
    # a national noun in apposition: the man arrested is Moroccan; the attacker of an agentless attack stays an
    # unnamed author of the place's country (GUIDELINE; giving him the nationality lowered the blind figure)
    ("Un homme a poignardé un policier à Bruxelles, en Belgique. L'homme, un ressortissant marocain, a été "
     "interpellé.", [("BEL", "18", "BEL"), ("BEL", "17", "MAR")]),
    # "il s'agit de": the person the text presents
    ("Un homme a foncé sur la foule à Anvers, en Belgique. Il s'agit d'un Tunisien de 31 ans. La police a arrêté "
     "l'homme.", [("BEL", "18", "BEL"), ("BEL", "17", "TUN")]),
]

UNCHANGED = [
    # "il s'agit de" about a thing
    ("Un homme a attaqué des militaires à Paris, en France. Il s'agit d'un accord franco-allemand.",
     [("FRA", "18", "FRA")]),
    # an origin is no nationality
    ("Un homme a attaqué des militaires à Paris, en France. L'individu, d'origine algérienne, a été arrêté.",
     [("FRA", "18", "FRA"), ("FRA", "17", "FRA")]),
    # two individuals of different nationalities: nobody is the article's individual
    ("Un homme a attaqué des militaires à Paris, en France. L'homme est un Égyptien. Le second suspect est un "
     "Tunisien. La police a arrêté l'homme.", [("FRA", "18", "FRA")]),
]


def test_the_individual_identifications_are_recorded(run):
    from newsgraph.actors.individual import INDIVIDUAL_COUNTRY
    for text, iso in [("Un homme a attaqué des militaires à Paris. L'agresseur, identifié comme un Égyptien de 29 ans, "
                       "était armé.", "EGY"),
                      ("Un homme a tiré sur des passants à Munich. Le tireur est un Iranien de 18 ans.", "IRN"),
                      ("Un homme a foncé sur la foule à Anvers. Il s'agit de Mohamed R., 39 ans, français d'origine "
                       "tunisienne.", "FRA")]:
        found = run(text).user_data.get(INDIVIDUAL_COUNTRY)
        assert found and found[0] == iso, (text, found)


@pytest.mark.parametrize("text, expected", RECORDS + UNCHANGED, ids=[r[0][-40:] for r in RECORDS + UNCHANGED])
def test_individual_records(engine, text, expected):
    got = records(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"


# a role sent by an organisation or a state is theirs, and the name in the headline takes what the text gives it
SENT = [
    ("Burundi : le pays demande le remplacement de Karim Selmani\n\nLe gouvernement a demandé le remplacement de "
     "Karim Selmani, émissaire envoyé par le Conseil de sécurité des Nations unies.", "UN", None),
    ("Des soldats envoyés par la Russie sont arrivés à Damas.", None, "RUS"),
]


@pytest.mark.parametrize("text, org, country", SENT, ids=[s[0][-30:] for s in SENT])
def test_role_sent_by(run, text, org, country):
    found = [m for m in run(text)._.mentions if m.text in ("Karim Selmani", "soldats")]
    assert found
    for m in found:
        assert m.actor is not None and (m.actor.org, m.actor.country) == (org, country), (m.text, m.rule, m.actor)


def test_a_short_body_name_is_the_organisation_named_before(run):
    doc = run("La Commission européenne a examiné le plan. Toutefois, la Commission pose deux conditions.")
    short = [m for m in doc._.mentions if m.text == "Commission"]
    assert short and short[0].actor is not None and short[0].actor.org == "EU", [(m.text, m.rule) for m in doc._.mentions]
