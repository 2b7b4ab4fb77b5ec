"""Lexicon entries of CAMEO roots 07-13 written from the codebook (issue 11): one record per construction kind.

Records as in tests/test_events.py: (source country or key, root, target country or key or None).
"""

from __future__ import annotations

import pytest

from test_events import coded

RECORDS = [
    # 07 aid: loan nouns, debt relief, military aid by its kind, relief, asylum
    ("La Banque mondiale a accordé un prêt au Kenya.", [("WB", "07", "KEN")]),
    ("La France a annulé la dette du Congo.", [("FRA", "07", "COG")]),
    ("La France a apporté un soutien aérien à l'armée irakienne.", [("FRA", "07", "IRQ")]),
    ("La marine italienne a porté secours aux migrants.", [("ITA", "07", "migrants")]),
    # 08 yield: resignation nouns, lifted sanctions, withdrawals, halted offensives, releases
    ("Le Premier ministre italien Matteo Renzi a annoncé sa démission.", [("ITA", "08", None)]),
    ("L'Union européenne a levé les sanctions contre l'Iran.", [("EU", "08", "IRN")]),
    ("L'armée turque a stoppé son offensive contre les Kurdes.", [("TUR", "08", None)]),
    ("La Turquie a libéré le journaliste allemand Deniz Yücel.", [("TUR", "08", "DEU")]),
    # 09 investigate: judicial inquiries and their nominalisations
    ("Le parquet de Paris a ouvert une information judiciaire contre le député.", [("FRA", "09", "député")]),
    # 10 demand: demand verbs with a nominal complement, conditions
    ("L'opposition vénézuélienne exige des négociations avec le gouvernement.", [("VEN", "10", "gouvernement")]),
    ("La Russie pose deux conditions à l'Ukraine.", [("RUS", "10", "UKR")]),
    # 11 disapprove: support-verb nouns, pronominal verbs, locutions, lawsuits
    ("La Chine a exprimé son désaccord avec le Japon.", [("CHN", "11", "JPN")]),
    ("Pékin a pris ses distances avec Pyongyang.", [("CHN", "11", "PRK")]),
    ("La France s'élève contre Israël.", [("FRA", "11", "ISR")]),
    ("La Commission européenne a rappelé à l'ordre la Pologne.", [("EU", "11", "POL")]),
    ("L'Iran a envoyé une note de protestation à la Turquie.", [("IRN", "11", "TUR")]),
    ("La Commission européenne a engagé une action en justice contre la Pologne.", [("EU", "11", "POL")]),
    # 12 reject: rejection by its object (its complement names the target), defiance, veto
    ("Le Maroc a rejeté la médiation de l'Algérie.", [("MAR", "12", "DZA")]),
    ("La Chine a utilisé son droit de veto contre la résolution.", [("CHN", "12", None)]),
    ("Pyongyang a ignoré les avertissements de Washington.", [("PRK", "12", "USA")]),
    # 13 threaten: threat nouns with support verbs, strike notices, ultimatums
    ("L'Union européenne brandit la menace de sanctions contre la Hongrie.", [("EU", "13", "HUN")]),
    ("La Turquie a lancé un ultimatum à l'Irak.", [("TUR", "13", "IRQ")]),
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_roots07_13_records(engine, text, expected):
    got = coded(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"


@pytest.mark.parametrize("text", [
    "Le ministère turc a refusé de commenter l'information.",          # declining comment is not a rejection
    "Un passant a averti la police.",                                   # informing, not warning an adversary
    "La France défie l'Angleterre en finale de la coupe du monde.",     # sports, not defiance of norms
    "De nombreux pompiers ont interdit l'accès au quartier.",           # a street closed, not an entry ban
    "Le président a accepté la démission du Premier ministre.",         # the resigning is the minister's
])
def test_roots07_13_not_coded(engine, text):
    got = coded(engine, text)
    assert not [r for _, r, _ in got if r in ("07", "08", "09", "10", "11", "12", "13")], got
