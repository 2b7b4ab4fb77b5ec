"""Round 5 of the event coder: constructions that name a participant indirectly.

Records: (source actor key, root, target actor key or None), the key being the country, else the group or org.
"""

from __future__ import annotations

import pytest


def key(a):
    return None if a is None else (a.country or a.group or a.org)


def records(engine, text):
    return [(key(e.source), e.root, key(e.target)) for e in engine.extract(text, published="2017-03-01").events]


RECORDS = [
    # a gerund the parser hung on the noun before it takes the clause's subject
    ("L'armée syrienne a démenti toute implication en rejetant la faute sur les rebelles syriens.",
     [("SYR", "11", "SYR")]),
    # a weapon as the agent of a passive is no author: the attacker is unnamed
    ("La députée britannique Jo Cox a été blessée par balle à Birstall, en Angleterre.", [("GBR", "18", "GBR")]),
    # an attribution participle on the event noun names its author
    # a copular event noun: the subject is the one held
    ("Le suspect est en détention à Montréal, au Canada.", [("CAN", "17", "CAN")]),
    # an event noun counted by a series noun has the series' role
    ("Une série de fouilles de logements a eu lieu à Bujumbura, au Burundi.", [("BDI", "17", "BDI")]),
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_round5_records(engine, text, expected):
    got = records(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"


def test_an_attribution_participle_names_the_author_not_the_target(engine):
    events = engine.extract("Une voiture piégée, attribuée aux talibans, a explosé à Kandahar, en Afghanistan.",
                            published="2017-03-01").events
    assert [e.root for e in events] == ["18"], events
    assert events[0].source.mention == "talibans" and events[0].source.sector == "REB"
    assert events[0].target is None or events[0].target.mention != "talibans"


def test_an_unnamed_bombing_takes_the_author_the_article_attributes_it_to(engine):
    got = records(engine, "Des bombardements touchent plusieurs hôpitaux dans le nord de la Syrie. "
                          "Plusieurs ONG attribuent ces bombardements au régime syrien.")
    assert ("SYR", "19", "SYR") in got, got


def test_an_unnamed_bombing_with_no_attribution_is_no_event(engine):
    got = records(engine, "Des bombardements touchent plusieurs hôpitaux dans le nord de la Syrie.")
    assert not any(r == "19" for _, r, _ in got), got


def test_claiming_allegiance_is_no_demand(engine):
    """"se réclamer de" (to claim to belong to) is not "réclamer" (to demand)."""
    got = records(engine, "Un homme qui se réclamait de l'État islamique a été tué à Sydney, en Australie.")
    assert not any(r == "10" for _, r, _ in got), got
