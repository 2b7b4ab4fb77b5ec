"""Round 6 of the event coder: links across the article (denials answer their accusers).

Records: (source actor key, root, target actor key or None), the key being the country, else the group or org.
"""

from __future__ import annotations


def key(a):
    return None if a is None else (a.country or a.group or a.org)


def denials(engine, text):
    events = engine.extract(text, published="2017-04-05").events
    return sorted((key(e.source), key(e.target)) for e in events if e.cameo == "016")


def test_a_denial_answers_each_accuser_of_the_latest_accusation(engine):
    text = ("Washington et l'Union européenne ont accusé le régime syrien d'avoir mené l'attaque chimique.\n\n"
            "La Turquie a condamné le régime syrien.\n\n"
            "L'armée syrienne a démenti toute implication.")
    assert denials(engine, text) == [("SYR", "EU"), ("SYR", "USA")]


def test_a_denial_with_no_accusation_answers_the_last_speaker_of_the_other_side(engine):
    text = ("Selon le Pentagone, deux avions chinois ont intercepté un avion américain en mer de Chine.\n\n"
            "L'interception a été « dangereuse », a indiqué le Pentagone.\n\n"
            "Le ministère chinois des Affaires étrangères a démenti.")
    assert denials(engine, text) == [("CHN", "USA")]


def test_a_denial_is_never_aimed_at_the_deniers_own_side(engine):
    text = ("« Nous n'avons rien à cacher », a déclaré le ministre chinois des Affaires étrangères.\n\n"
            "Le gouvernement chinois a démenti.")
    assert all(t != "CHN" for _, t in denials(engine, text))


def sources(engine, text):
    return sorted(key(e.source) for e in engine.extract(text, published="2017-06-05").events)


def test_each_member_of_a_comma_list_ending_in_et_is_a_source(engine):
    # the parser hangs "l'Arabie saoudite" on "L'Égypte" and cuts "Paris" off as a root of its own
    assert sources(engine, "L'Égypte, l'Arabie saoudite et les Émirats arabes unis ont rompu leurs relations "
                           "avec le Qatar.") == ["ARE", "EGY", "SAU"]
    assert sources(engine, "Paris, Berlin et Londres ont condamné la Russie.") == ["DEU", "FRA", "GBR"]


def test_a_genitive_is_no_list_member(engine):
    assert sources(engine, "Le ministre de l'Égypte a rompu les relations avec le Qatar.") == ["EGY"]


def test_a_present_verb_read_as_a_noun_keeps_its_object(engine):
    # the tagger reads "expulse" as a noun hung on "Washington", and "diplomates" as its complement
    events = engine.extract("Lundi, Washington expulse 35 diplomates russes.", published="2016-12-30").events
    assert [(e.cameo, key(e.source), key(e.target)) for e in events] == [("161", "USA", "RUS")]
