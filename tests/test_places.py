"""newsgraph_places: the gazetteer, place names in text, governments that are actors, event places."""

from __future__ import annotations

import pytest

from newsgraph.lang import LanguageData
from newsgraph.nlp.pipeline import parse_articles, run_components
from newsgraph.places.finder import PlaceFinder
from newsgraph.places.gazetteer import Gazetteer, fold
from newsgraph.records import Actor, Event

FEATURES = {"country", "region", "city", "area", "sea", "continent", "building"}


@pytest.fixture(scope="module")
def places_pipe(engine):
    return engine.nlp.get_pipe("newsgraph_places")


@pytest.fixture(scope="module")
def gaz(places_pipe) -> Gazetteer:
    return places_pipe.gazetteer


def test_fold():
    assert fold("États-Unis") == fold("Etats Unis") == "etats unis"
    assert fold("Jérusalem-Est") == "jerusalem est"


@pytest.mark.parametrize("name,country,feature", [
    ("Paris", "FRA", "city"), ("Moscou", "RUS", "city"), ("Alep", "SYR", "city"), ("Etats-Unis", "USA", "country"),
    ("Allemagne", "DEU", "country"), ("Crimée", "UKR", "region"), ("Cisjordanie", "PSE", "region"),
    ("RDC", "COD", "country"), ("Michigan", "USA", "region"), ("Washington", "USA", "city"),
])
def test_gazetteer_best_candidate(gaz, name, country, feature):
    best = gaz.candidates(name)[0]
    assert (best.country, best.feature) == (country, feature)


def test_gazetteer_entries_carry_coordinates_and_ids(gaz):
    alep = gaz.candidates("Alep")[0]
    assert alep.geonameid == 170063 and 36 < alep.lat < 37 and 37 < alep.lon < 38
    assert gaz.candidates("Syrie")[0].geonameid == 163843


def test_curated_places_are_well_formed():
    rows = [r for r in LanguageData("fr").jsonl("places.jsonl")]
    assert rows[0]["_format"] == "newsgraph-places" and rows[0]["version"] >= 1
    for r in rows[1:]:
        assert r["feature"] in FEATURES, r
        assert r["country"] is None or (len(r["country"]) == 3 and r["country"].isupper()), r
        assert r["lat"] is None or (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180), r


def test_disambiguation_by_article_context(gaz):
    cands = gaz.candidates("Paris")
    assert PlaceFinder.choose(cands, (set(), set())).country == "FRA"
    assert PlaceFinder.choose(cands, (set(), {"USA"})).country == "FRA"      # a US story set in Paris, France
    assert PlaceFinder.choose(cands, ({"USA"}, set())).country == "USA"      # next to "Texas": Paris, Texas


def _doc(engine, text, published="2017-01-28"):
    art = engine.reader.builder.build(text, published=published)
    return run_components(engine.nlp, next(parse_articles(engine.nlp, [art])))


def _place_events(engine, doc, triggers):
    events = []
    for trigger in triggers:
        start = doc.text.index(trigger)
        sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
        events.append(Event(sentence=sent.text, sentence_start=sent.start_char, sentence_end=sent.end_char,
                            trigger=trigger, trigger_start=start, trigger_end=start + len(trigger), cameo="190",
                            root="19", source=Actor(name="x"), target=None))
    doc._.events = events
    engine.nlp.get_pipe("newsgraph_event_places")(doc)
    return events


def test_places_in_text(engine):
    doc = _doc(engine, "Des frappes aériennes ont touché Alep, en Syrie, et des manifestants ont défilé à Paris.")
    assert [(p.name, p.country, p.source) for p in doc._.places] == [
        ("Alep", "SYR", "text"), ("Syrie", "SYR", "text"), ("Paris", "FRA", "text")]
    alep = doc._.places[0]
    assert doc.text[alep.start:alep.end] == "Alep" and alep.geonameid == 170063


def test_paris_texas(engine):
    doc = _doc(engine, "Une tornade a frappé le Texas. À Paris, la police a arrêté deux pillards.")
    paris = next(p for p in doc._.places if p.name == "Paris")
    assert paris.country == "USA"


def test_capital_as_government_is_not_a_place(engine):
    doc = _doc(engine, "Washington a condamné l'attaque. Moscou dénonce des sanctions.")
    assert [p.name for p in doc._.places] == []
    doc = _doc(engine, "Le sommet s'est tenu à Moscou.")
    assert [p.name for p in doc._.places] == ["Moscou"]


def test_country_adjective_in_a_locative_phrase(engine):
    doc = _doc(engine, "Le cargo a été arraisonné dans les eaux territoriales iraniennes.")
    assert [(p.country, p.feature) for p in doc._.places] == [("IRN", "country")]


def test_event_place_from_its_sentence_else_article(engine):
    text = ("Syrie : l'armée reprend un quartier\n\n"
            "Des frappes ont visé Alep samedi. Le gouvernement a salué une victoire. "
            "En Turquie, la police a arrêté un suspect.")
    doc = _doc(engine, text)
    strikes, praise, arrest = _place_events(engine, doc, ["frappes", "a salué", "a arrêté"])
    assert (strikes.place.name, strikes.place.country, strikes.place.source) == ("Alep", "SYR", "text")
    assert (arrest.place.country, arrest.place.source) == ("TUR", "text")
    assert praise.place.country == "SYR"        # the place named before it in its paragraph


def test_article_main_place(engine):
    text = "Syrie : l'armée reprend un quartier\n\nLes combats ont fait rage en Syrie.\n\nLe ministre a démissionné."
    doc = _doc(engine, text)
    (ev,) = _place_events(engine, doc, ["a démissionné"])
    assert (ev.place.country, ev.place.source, ev.place.start) == ("SYR", "article", None)


def test_no_place_at_all(engine):
    doc = _doc(engine, "Le ministre a démissionné.")
    (ev,) = _place_events(engine, doc, ["a démissionné"])
    assert ev.place is None and doc._.places == []


def test_a_people_places_an_event_but_is_not_listed(engine):
    doc = _doc(engine, "Samedi, des centaines de milliers de Sud-Coréens sont descendus dans les rues.")
    (ev,) = _place_events(engine, doc, ["sont descendus"])
    assert ev.place.country == "KOR" and doc._.places == []


def test_not_places_and_acronyms(engine):
    doc = _doc(engine, "La sonde est arrivée près de Jupiter. Le Sénégal a remporté la CAN au Caire.")
    # Jupiter is a planet here, CAN a football cup, and Senegal the subject of a verb (an actor)
    assert [(p.name, p.country) for p in doc._.places] == [("Caire", "EGY")]
