"""Round 2 of the event coder: constructions added from the codebook and held-out review (docs/error-analysis.md).

Records as in tests/test_events.py: (source country or key, root, target country or key or None).
"""

from __future__ import annotations

import pytest

from test_events import coded

RECORDS = [
    # verbs conjugated with "être" are active: their nsubj:pass is the subject ("sont descendus dans la rue")
    ("Des milliers de Sud-Coréens sont descendus dans la rue.", [("KOR", "14", None)]),
    # quantity nouns lead to the participants they count; a demand stating a protest's purpose is the protest's
    ("Des centaines de milliers de Sud-Coréens sont descendus dans les rues pour réclamer la démission du président "
     "sud-coréen.", [("KOR", "14", None)]),
    # contracted prepositions are their preposition: "au Mali" fills a prep:à slot
    ("La France a fourni des armes aux rebelles syriens.", [("FRA", "07", "SYR")]),
    # support verbs and nominalisations
    ("La Russie a envoyé des troupes en Syrie.", [("RUS", "15", "SYR")]),
    ("La France a accordé un prêt au Mali.", [("FRA", "07", "MLI")]),
    ("L'armée irakienne a repris l'offensive contre l'État islamique.", [("IRQ", "19", "ISIS")]),
    ("La Russie a renforcé sa présence militaire en Syrie.", [("RUS", "15", "SYR")]),
    # locutions more specific than their bare verb: a lawsuit is not an armed attack
    ("La Chine a attaqué le Japon en justice.", [("CHN", "11", "JPN")]),
    ("L'armée française a formé des soldats maliens.", [("FRA", "06", "MLI")]),
    ("Le Burundi a déclaré persona non grata l'ambassadeur de Belgique.", [("BDI", "16", "BEL")]),
    # an allegation about someone's acts is an accusation of them; the alleged act is not coded
    ("La Russie prétend que l'armée ukrainienne a bombardé Donetsk.", [("RUS", "11", "UKR")]),
    ("Le Pentagone a dit regretter les pertes de l'armée syrienne.", [("USA", "05", "SYR")]),
    # coordinated country adjectives on one noun: one event per government
    ("Les gouvernements britannique, australien et danois ont condamné la Russie.",
     [("GBR", "11", "RUS"), ("AUS", "11", "RUS"), ("DNK", "11", "RUS")]),
    # ... and with no target named, the governments do not act on each other
    ("Les gouvernements britannique, australien et danois ont condamné l'attaque contre la ville de Douma.",
     [("GBR", "11", None), ("AUS", "11", None), ("DNK", "11", None)]),
    # a subject relative clause is about the noun phrase, not the place the parser hung it on
    ("Le dispositif militaire russe en Syrie, qui appuie l'armée syrienne, a bombardé Alep.",
     [("RUS", "05", "SYR"), ("RUS", "19", "SYR")]),
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_round2_records(engine, text, expected):
    got = coded(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"
    assert len(got) == len(expected), got


@pytest.mark.parametrize("text", [
    "Les magasins ont été pris d'assaut par les clients avant la tempête.",   # figurative "prendre d'assaut"
    "Depuis l'annexion de la Crimée, la Russie a augmenté ses dépenses.",       # background nominal
    "La France a envoyé une équipe de football en Russie.",                     # envoyer: not troops
    "Des milliers de supporters ont envahi le stade.",
    "Aucun soldat n'a été arrêté par la police française.",                    # negated through the subject
    "La Turquie a envoyé des médecins en Syrie pour soigner les blessés.",      # not a show of force                          # "envahir": no armed source
])
def test_round2_not_coded(engine, text):
    assert [r for _, r, _ in coded(engine, text)] == []


def test_headline_country_is_the_partner_of_verbal_events(engine):
    # Wikinews headlines "Pays : clause": the country filed under is the partner when the clause names none
    got = coded(engine, "Burundi : la Chine promet de fournir des décodeurs\n\n3 novembre 2016. – Les décodeurs "
                        "arriveront en décembre.")
    assert ("CHN", "03", "BDI") in got, got
    # not when the source is of that country itself
    got = coded(engine, "Japon : le gouvernement japonais promet de réformer\n\n3 novembre 2016. – Les réformes "
                        "arriveront en décembre.")
    assert all(t is None for _, r, t in got if r == "03"), got
