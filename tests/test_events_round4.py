"""Round 4 of the event coder: parser errors on common press constructions.

Records: (source country, root, target country or None).
"""

from __future__ import annotations

import pytest


def countries(engine, text):
    return [(e.source.country, e.root, e.target.country if e.target else None)
            for e in engine.extract(text, published="2017-03-01").events]


RECORDS = [
    # a present-tense verb the parser hung on its subject as an adjective ("critique") or a modifier ("menace")
    ("Erdogan critique les Etats-Unis.", [("TUR", "11", "USA")]),
    ("Le président russe Vladimir Poutine critique l'Otan.", [("RUS", "11", None)]),
    ("Le Premier ministre britannique, Boris Johnson, menace la France de sanctions.", [("GBR", "13", "FRA")]),
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_round4_records(engine, text, expected):
    got = countries(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"


def test_a_critical_adjective_is_no_event(engine):
    """"critique" as a real adjective of a non-actor noun codes nothing."""
    got = countries(engine, "La situation critique de la Syrie inquiète les médecins.")
    assert not any(r == "11" for _, r, _ in got), got
