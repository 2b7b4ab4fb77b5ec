"""Material conflict roots (14, 17-20): what the coder must report and what it must leave uncoded."""

from __future__ import annotations

import pytest


def roots(engine, text):
    return [e.root for e in engine.extract(text, published="2017-03-01").events]


NOT_CODED = [
    # a toll or a tribute names the event as the "de" complement of a casualty noun: no new event
    "À Kaboul, en Afghanistan, le bilan de l'attentat s'alourdit à quarante morts.",
    "En Syrie, le bilan des frappes aériennes s'élève à trente morts.",
    "À Paris, une cérémonie en hommage aux victimes de l'attentat a eu lieu dimanche.",
]


@pytest.mark.parametrize("text", NOT_CODED, ids=[t[:40] for t in NOT_CODED])
def test_toll_of_a_named_event_is_not_coded(engine, text):
    got = roots(engine, text)
    assert not any(r in ("18", "19", "20") for r in got), got


def test_deaths_in_an_attack_stay_a_report(engine):
    got = roots(engine, "Une centaine de morts dans un attentat à Kaboul, en Afghanistan.")
    assert "18" in got, got


def test_subject_of_a_custody_predicate_is_the_target(engine):
    """"X sont en garde à vue": the copular subject is the one held (173, by the police of the place)."""
    got = [(e.source.code, e.root, e.target.code if e.target else None)
           for e in engine.extract("À Paris, en France, trois hommes sont en garde à vue.", published="2017-03-01").events]
    assert any(r == "17" and t is not None for s, r, t in got), got
