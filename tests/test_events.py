"""The event coder on hand-written French records (in the manner of PETRARCH's unit-test records).

Each record: a text, and the events expected as (source country or key, root, target country or key or None).
Countries and organisations are named explicitly so that only the coder's syntax is under test. A target the
text does not name (the default: the source's own country, ``target_basis == "default"``) is written None here;
tests/test_events_targets.py tests the defaults themselves.
"""

from __future__ import annotations

import pytest

from newsgraph.records import Event

PUBLISHED = "2017-01-28"


def who(actor) -> str | None:
    if actor is None:
        return None
    return actor.country or actor.org or actor.group or actor.name


def coded(engine, text: str) -> list[tuple[str | None, str, str | None]]:
    result = engine.extract(text, published=PUBLISHED)
    return [(who(e.source), e.root, None if e.target_basis == "default" else who(e.target)) for e in result.events]


RECORDS = [
    # verbs, active voice, direct and prepositional objects
    ("La Russie a accusé les États-Unis de mentir.", [("RUS", "11", "USA")]),
    ("Le Japon a critiqué la Chine.", [("JPN", "11", "CHN")]),
    ("La France a reproché à l'Allemagne son manque de soutien.", [("FRA", "11", "DEU")]),
    ("L'Iran a menacé Israël.", [("IRN", "13", "ISR")]),
    ("La Turquie a rappelé son ambassadeur en Autriche.", [("TUR", "16", "AUT")]),
    ("L'Union européenne a imposé des sanctions contre la Russie.", [("EU", "16", "RUS")]),
    # passive voice with an agent
    ("La Syrie a été bombardée par la Russie.", [("RUS", "19", "SYR")]),
    # coordination of subjects: one event per source, toward the other
    ("Moscou et Washington se disent prêts à collaborer.", [("RUS", "03", "USA"), ("USA", "03", "RUS")]),
    # reciprocal predicate between coordinated subjects: once
    ("La France et l'Allemagne ont signé un accord.", [("FRA", "05", "DEU")]),
    # consult with a partner, verb and noun
    ("Le Japon s'est entretenu au téléphone avec la Corée du Sud.", [("JPN", "04", "KOR")]),
    # intent chain: "prêt à" + infinitive codes 03x, not the embedded act
    ("La Chine s'est dite prête à rencontrer le Japon.", [("CHN", "03", "JPN")]),
    # threat chain: "menacer de" + attack codes 13x
    ("La Corée du Nord a menacé d'attaquer les États-Unis.", [("PRK", "13", "USA")]),
    # reported speech: the reported attack is coded, the statement is not
    ("La Syrie a déclaré que la Turquie avait attaqué l'Irak.", [("TUR", "19", "IRQ")]),
]


@pytest.mark.parametrize("text, expected", RECORDS, ids=[r[0][:40] for r in RECORDS])
def test_records(engine, text, expected):
    got = coded(engine, text)
    for event in expected:
        assert event in got, f"{event} not in {got}"
    assert len(got) == len(expected), got


@pytest.mark.parametrize("text", [
    "La Russie n'a pas attaqué l'Ukraine.",                   # negation
    "La Chine n'a jamais critiqué le Japon.",
    "La France pourrait sanctionner la Russie.",              # modal: hypothetical
    "La Russie attaquerait l'Ukraine si elle le pouvait.",     # conditional mood
    "Le Japon a déclaré que la situation était difficile.",    # a plain statement (010) is not coded
    "Il est essentiel que la France et l'Allemagne coopèrent.",  # subjunctive: required, not reported
])
def test_not_coded(engine, text):
    assert coded(engine, text) == []


def test_accusation_is_coded_not_its_content(engine):
    assert coded(engine, "Le Japon a accusé la Chine de vouloir attaquer Taïwan.") == [("JPN", "11", "CHN")]


def test_reporting_conditional_is_coded(engine):
    # the press conditional on the auxiliary reports an alleged fact; on the verb it is hypothetical
    got = coded(engine, "L'attaque aurait été revendiquée par l'État islamique.")
    assert [(s, r) for s, r, _ in got] == [("ISIS", "01")]


def test_participle_modifiers_describe_not_report(engine):
    text = "Le Japon a critiqué la Chine.\n\nLes rebelles soutenus par la Turquie ont quitté la ville hier soir."
    assert ("TUR", "05", None) not in coded(engine, text)
    assert all(root != "05" for _, root, _ in coded(engine, text))


def test_no_event_without_a_source_actor(engine):
    assert coded(engine, "Il a critiqué les décisions.") == []


def test_event_fields(engine):
    text = "La Russie a accusé les États-Unis de mentir."
    result = engine.extract(text, published=PUBLISHED)
    (ev,) = result.events
    assert isinstance(ev, Event)
    assert ev.cameo == "112" and ev.root == "11" and ev.plover == "ACCUSE" and ev.quad_class == 3
    assert ev.goldstein == -2.0 and ev.rule == "112.accuser" and 0 < ev.confidence <= 1
    assert text[ev.trigger_start:ev.trigger_end] == ev.trigger == "a accusé"
    assert result.article.text[ev.sentence_start:ev.sentence_end] == ev.sentence
    sentence = next(s for s in result.sentences if s.start == ev.sentence_start)
    assert sentence.text == ev.sentence


def test_same_event_in_one_sentence_is_kept_once(engine):
    got = coded(engine, "La Russie a critiqué et dénoncé l'Ukraine.")
    assert got.count(("RUS", "11", "UKR")) == 1


def test_mentions_count_repeated_reports(engine):
    result = engine.extract("La Russie a critiqué l'Ukraine.\n\nPlus tard, la Russie a critiqué l'Ukraine.",
                            published=PUBLISHED)
    assert [e.mentions for e in result.events] == [2, 2]


def test_events_in_titles(engine):
    # Wikinews-style "Pays : ..." headline: the clause after the colon is parsed on its own
    got = coded(engine, "Irak : la Turquie bombarde la Syrie\n\nLe texte de l'article suit ici.")
    assert ("TUR", "19", "SYR") in got
