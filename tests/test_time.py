"""newsgraph_time: French temporal expressions, normalisation against the publication date, event dates."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.lang import LanguageData
from newsgraph.nlp.pipeline import parse_articles, run_components
from newsgraph.records import Actor, Event, Timex
from newsgraph.time.component import TimeAnnotator, parse_published
from newsgraph.time.grammar import TimeGrammar, TimeVocabulary
from newsgraph.time.linking import plausible
from newsgraph.time.normalise import Normaliser, date_part

SAT = date(2017, 1, 28)   # a Saturday


@pytest.fixture(scope="module")
def grammar() -> TimeGrammar:
    return TimeGrammar(TimeVocabulary.from_json(LanguageData("fr").json("time.json")))


@pytest.fixture(scope="module")
def normaliser(grammar: TimeGrammar) -> Normaliser:
    return Normaliser(grammar.vocab)


def resolve(grammar, normaliser, text, anchor=SAT, tense=None):
    matches = grammar.find(text)
    assert matches, f"nothing found in {text!r}"
    m = max(matches, key=lambda m: m.end - m.start)
    return normaliser.resolve(m, anchor, tense)


@pytest.mark.parametrize("text,tense,value", [
    ("samedi", "past", "2017-01-28"),                  # the publication day itself
    ("samedi", None, "2017-01-28"),
    ("samedi dernier", None, "2017-01-21"),
    ("vendredi", "past", "2017-01-27"),
    ("lundi", "future", "2017-01-30"),
    ("mardi prochain", None, "2017-01-31"),
    ("hier", None, "2017-01-27"),
    ("avant-hier", None, "2017-01-26"),
    ("demain", None, "2017-01-29"),
    ("aujourd'hui", None, "2017-01-28"),
    ("ce matin", None, "2017-01-28TMO"),
    ("hier soir", None, "2017-01-27TEV"),
    ("dans la soirée d'hier", None, "2017-01-27TEV"),
    ("la semaine dernière", None, "2017-W03"),
    ("le mois prochain", None, "2017-02"),
    ("l'année dernière", None, "2016"),
    ("il y a trois jours", None, "2017-01-25"),
    ("il y a deux ans", None, "2015"),
    ("le 28 janvier", None, "2017-01-28"),
    ("le 3 décembre", "past", "2016-12-03"),
    ("le 3 février", "future", "2017-02-03"),
    ("le 1er mai 1962", None, "1962-05-01"),
    ("jeudi 8 décembre 2016", None, "2016-12-08"),
    ("en mars 2018", None, "2018-03"),
    ("début mars", "future", "2017-03"),
    ("en 2014", None, "2014"),
    ("trois jours", None, "P3D"),
    ("vers 15 h 30", None, "2017-01-28T15:30"),
    ("les années 60", None, "196X"),
])
def test_normalisation(grammar, normaliser, text, tense, value):
    assert resolve(grammar, normaliser, text, tense=tense).value == value


def test_range_has_both_ends(grammar, normaliser):
    r = resolve(grammar, normaliser, "du 2 au 4 mars")
    assert (r.kind, r.value, r.end_value) == ("range", "2017-03-02", "2017-03-04")


def test_year_across_new_year(grammar, normaliser):
    # an article of 30 December that announces something "le 3 janvier" means next year
    assert resolve(grammar, normaliser, "le 3 janvier", anchor=date(2016, 12, 30)).value == "2017-01-03"


def test_no_anchor_means_no_invented_date(grammar, normaliser):
    assert resolve(grammar, normaliser, "hier", anchor=None).value is None
    assert resolve(grammar, normaliser, "le 1er mai 1962", anchor=None).value == "1962-05-01"


def test_participle_ete_is_not_summer(grammar):
    assert [m.text for m in grammar.find("Le navire a été arraisonné cet été.")] == ["cet été"]


def test_bare_numbers_are_not_years(grammar):
    assert grammar.find("Il a saisi 2014 kilos de drogue.") == []
    assert [m.text for m in grammar.find("depuis 2014")] == ["2014"]


@pytest.mark.parametrize("value,part", [("2017-01-28TEV", "2017-01-28"), ("2017-01", "2017-01"), ("2014", "2014"),
                                        ("P3D", None), ("PRESENT_REF", None), ("2017-W03", "2017-01"),
                                        ("2016-SU", "2016")])
def test_date_part(value, part):
    assert date_part(value) == part


def test_parse_published():
    assert parse_published("2018-03-24") == date(2018, 3, 24)
    assert parse_published("2018-03-24T23:30:00+01:00") == date(2018, 3, 24)
    assert parse_published(None) is None


def test_vocabulary_is_versioned():
    spec = LanguageData("fr").json("time.json")
    assert spec["version"] >= 1 and set(spec["weekdays"].values()) == set(range(7))


# -- with the model --------------------------------------------------------------------------------------
def _doc(engine, text, published):
    art = engine.reader.builder.build(text, published=published)
    return run_components(engine.nlp, next(parse_articles(engine.nlp, [art])))


def _event(doc, trigger):
    start = doc.text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return Event(sentence=sent.text, sentence_start=sent.start_char, sentence_end=sent.end_char, trigger=trigger,
                 trigger_start=start, trigger_end=start + len(trigger), cameo="190", root="19",
                 source=Actor(name="x"), target=None)


def _date_events(engine, doc, triggers):
    events = [_event(doc, t) for t in triggers]
    doc._.events = events
    engine.nlp.get_pipe("newsgraph_time")(doc)
    return events


def test_dateline_is_not_a_timex(engine):
    doc = _doc(engine, "Titre de l'article\n\n6 janvier 2016 . – Dans la soirée d'hier, la police a saisi un navire.",
               "2016-01-06")
    assert [(t.text, t.value) for t in doc._.timexes] == [("Dans la soirée d'hier", "2016-01-05TEV")]


def test_event_takes_the_date_of_its_own_clause(engine):
    doc = _doc(engine, "Le ministre a déclaré mercredi que l'armée avait bombardé la ville lundi.", "2017-01-28")
    said, bombed = _date_events(engine, doc, ["a déclaré", "avait bombardé"])
    assert (said.date, said.date_source) == ("2017-01-25", "text")
    assert (bombed.date, bombed.date_source) == ("2017-01-23", "text")


def test_a_date_of_an_unrelated_clause_does_not_date_the_event(engine):
    """"selon un rapport publié le 3 mai": the report's date, not the bombing's."""
    doc = _doc(engine, "L'armée syrienne a bombardé Alep, selon un rapport publié le 3 mai.", "2016-06-12")
    (ev,) = _date_events(engine, doc, ["a bombardé"])
    assert ev.date != "2016-05-03"


def test_a_date_years_away_needs_its_year_written():
    pub = date(2016, 6, 12)
    far = Timex(text="le 3 mai", value="2012-05-03", kind="date", start=0, end=8, sentence=0)
    assert not plausible(far, pub)
    assert plausible(Timex(text="le 3 mai 2012", value="2012-05-03", kind="date", start=0, end=13, sentence=0), pub)
    assert plausible(Timex(text="il y a quatre ans", value="2012", kind="date", start=0, end=17, sentence=0), pub)


def test_event_without_date_gets_the_publication_date_flagged(engine):
    doc = _doc(engine, "Le président appelle au calme.", "2017-01-28")
    (ev,) = _date_events(engine, doc, ["appelle"])
    assert (ev.date, ev.date_source) == ("2017-01-28", "published")


def test_no_publication_date_means_none(engine):
    doc = _doc(engine, "Le président appelle au calme.", None)
    (ev,) = _date_events(engine, doc, ["appelle"])
    assert (ev.date, ev.date_source) == (None, None)


def test_headline_event_takes_the_lead_day(engine):
    text = ("Yémen : des attentats font 22 morts à Aden\n\n"
            "Au moins 22 personnes ont été tuées vendredi à Aden dans trois attentats à la voiture piégée.")
    doc = _doc(engine, text, "2016-03-30")
    (ev,) = _date_events(engine, doc, ["attentats font"])
    assert (ev.date, ev.date_source) == ("2016-03-25", "text")


def test_annotator_normalises_given_spans(engine):
    annot = TimeAnnotator(LanguageData("fr"))
    doc = engine.nlp.make_doc("Il est arrivé hier soir.")
    doc = engine.nlp(doc.text)
    (t,) = annot.normalise_spans(doc, [(14, 23)], date(2002, 3, 27))
    assert t.value == "2002-03-26TEV"


def test_recent_past_venir_de(engine):
    from newsgraph.time.syntax import TenseCues, clause_head, verb_tense
    spec = LanguageData("fr").json("time.json")
    cues = TenseCues.from_vocabulary(spec["tense_cues"], spec["future_tense_auxiliaries"])
    doc = engine.nlp("Le pays vient de signer un accord.")
    signer = next(t for t in doc if t.text == "signer")
    assert verb_tense(clause_head(signer), cues) == "past"
    assert verb_tense(clause_head(signer)) is None          # without the language's cues: present


def test_past_event_takes_the_lead_day(engine):
    text = ("Turquie : saisie de drogue\n\n"
            "Dans la soirée d'hier, les garde-côtes turcs ont saisi 13 tonnes de marijuana au large de la Libye.\n\n"
            "Dix personnes ont été interpellées. Le ministère publiera un bilan.")
    doc = _doc(engine, text, "2016-01-06")
    arrested, report = _date_events(engine, doc, ["ont été interpellées", "publiera"])
    assert (arrested.date, arrested.date_source) == ("2016-01-05", "text")
    assert (report.date, report.date_source) == ("2016-01-06", "published")


def test_dateline_with_time_of_day_is_skipped(engine):
    doc = _doc(engine, "Titre\n\n23 août 2016, 21\u202fh\u202f47 UTC . –\nL'agence a indiqué hier que le tir a eu lieu.",
               "2016-08-23")
    assert [(t.text, t.value) for t in doc._.timexes] == [("hier", "2016-08-22")]


def test_bad_patterns_are_language_data_errors(tmp_path):
    import json

    from newsgraph.errors import LanguageDataError
    spec = LanguageData("fr").json("time.json")
    bad = dict(spec, patterns=[{"rule": "date", "pattern": "(?P<d>{no_such_piece})"}])
    with pytest.raises(LanguageDataError, match="no_such_piece"):
        TimeGrammar(TimeVocabulary.from_json(bad))
    (tmp_path / "xx").mkdir()
    unknown = dict(spec, patterns=[{"rule": "lunar_calendar", "pattern": "lune"}])
    (tmp_path / "xx" / "time.json").write_text(json.dumps(unknown), "utf-8")
    with pytest.raises(LanguageDataError, match="lunar_calendar"):
        TimeAnnotator(LanguageData("xx", root=tmp_path))


def test_a_date_in_a_parenthesis_does_not_date_the_event(engine):
    doc = _doc(engine, "L'assaillant, Karim Cheurfi (né le 31 décembre 1977), est tué par les policiers.", "2017-04-22")
    (ev,) = _date_events(engine, doc, ["est tué"])
    assert (ev.date, ev.date_source) == ("2017-04-22", "published")


def test_capitalised_month_inside_an_expression_is_another_word(grammar):
    assert grammar.find("La sonde s'approche de Mars.") == []
    assert [m.text for m in grammar.find("Mars 2016 a été chaud.")] == ["Mars 2016"]


@pytest.mark.parametrize("text, spans", [
    # a dateline under a sentence ending in a date is another expression, not its year
    ("la police a arrêté trois hommes le 3 juin.\n\n12 juin 2016", ["le 3 juin.", "12 juin 2016"]),
    # a number opening the next paragraph or sentence is not a two-digit year
    ("samedi 28 mai.\n\n30 personnes", ["samedi 28 mai."]),
    ("samedi 28 mai. 30 personnes", ["samedi 28 mai."]),
    # the point of a month abbreviation ends no sentence
    ("le 3 janv. 2016", ["le 3 janv. 2016"]),
])
def test_a_timex_stays_within_its_sentence_and_line(grammar, text, spans):
    assert [m.text for m in grammar.find(text)] == spans
