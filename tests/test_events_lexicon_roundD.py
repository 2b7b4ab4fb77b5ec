"""Lexicon entries of round D (issue 11, item 1): codebook families added across roots 01-20.

One record per family kind, as in tests/test_events.py: (source country or key, root, target country or key or
None); then, with no expected event, wordings the new entries must leave alone (sports, exams, statistics, plans).
"""

from __future__ import annotations

import pytest

from test_events import coded

RECORDS = [
    # 01: denials by qualification, condolences and sympathy through their support verbs
    ("Le gouvernement russe a qualifié ces accusations de mensonges.", [("RUS", "01", None)]),
    ("Le Premier ministre britannique a présenté ses condoléances à la France.", [("GBR", "01", "FRA")]),
    ("Le gouvernement grec a exprimé sa tristesse à la Belgique.", [("GRC", "01", "BEL")]),
    # 05: praise verbs and pacts
    ("Le président français a vanté la Tunisie.", [("FRA", "05", "TUN")]),
    ("La Russie a signé un pacte avec la Chine.", [("RUS", "05", "CHN")]),
    # 08: truces declared
    ("L'armée syrienne a décrété une trêve de 72 heures.", [("SYR", "08", None)]),
    # 13: ultimatums
    ("La Turquie a lancé un ultimatum à l'Irak.", [("TUR", "13", "IRQ")]),
    # 16: an organisation suspending a member state
    ("L'Union africaine a suspendu la Centrafrique.", [("AU", "16", "CAF")]),
    # 17: police round-ups, custody when 'garde' hangs on the object, curfews and emergency rule
    ("La police belge a mené un vaste coup de filet antiterroriste à Bruxelles.", [("BEL", "17", "BEL")]),
    ("Le Premier ministre indien a décrété un couvre-feu à Srinagar.", [("IND", "17", "IND")]),
    # 18: a suicide bomber named by the noun
    ("Afghanistan : un kamikaze a tué 20 personnes dans une mosquée de Kaboul.", [("AFG", "18", "AFG")]),
    # 19: naval warfare, ambushes
    ("La marine russe a coulé un navire ukrainien.", [("RUS", "19", "UKR")]),   # a military craft with a nationality
    ("Les rebelles syriens ont tendu une embuscade à l'armée syrienne.", [("SYR", "19", "SYR")]),
    # left alone: sports, exams, statistics, plans
    ("L'entraîneur français espère que son équipe gagnera le match.", []),  # hope of a coach: no political comment
    ("Les lycéens français ont planché sur la philosophie.", []),  # an exam, not a policy option
    ("Le ministre français a allumé la flamme olympique.", []),  # a sports ceremony, not commemoration
    ("Depuis janvier, 22 homicides ont eu lieu en Guadeloupe.", []),  # crime statistics, not an attack
    ("Le président espère rencontrer son homologue.", []),  # a plan stated with 'espérer' + infinitive
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_roundD(engine, text, expected):
    got = coded(engine, text)
    assert set(expected) <= set(got) if expected else got == [], got
