"""The places pipeline components: the places an article names, and where each event happened.

``newsgraph_places`` runs before the event coder, which takes the country of unnamed participants from the
places named around them: it writes ``doc._.places`` (list[Place], one per place mention, in text order) and
``doc._.place_mentions`` (the mentions with what linking needs). ``newsgraph_event_places`` runs after the coder
and sets ``Event.place`` on ``doc._.events`` (see :mod:`newsgraph.places.linking`). The gazetteer is built once,
by ``newsgraph_places``; the placer reuses it when that component is in the pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import LanguageData
from .finder import PlaceFinder
from .gazetteer import Gazetteer
from .linking import EventPlacer


class PlacesComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang
        data = LanguageData(lang)
        self.gazetteer = Gazetteer.build(data)
        self.finder = PlaceFinder(nlp, data, self.gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.finder.find(doc)
        doc._.places = [m.place for m in mentions if not m.people]
        doc._.place_mentions = mentions
        return doc


class EventPlacesComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        if "newsgraph_places" in nlp.pipe_names:
            countries = nlp.get_pipe("newsgraph_places").gazetteer.countries
        else:
            countries = Gazetteer.build(LanguageData(lang)).countries
        self.placer = EventPlacer(countries)

    def __call__(self, doc: Doc) -> Doc:
        self.placer.place(doc, list(doc._.events or []), list(doc._.place_mentions or []))
        return doc


@Language.factory("newsgraph_places", assigns=["doc._.places", "doc._.place_mentions"], default_config={"lang": "fr"})
def make_places(nlp: Language, name: str, lang: str) -> PlacesComponent:
    return PlacesComponent(nlp, name, lang)


@Language.factory("newsgraph_event_places", requires=["doc._.place_mentions", "doc._.events"],
                  assigns=["doc._.events"], default_config={"lang": "fr"})
def make_event_places(nlp: Language, name: str, lang: str) -> EventPlacesComponent:
    return EventPlacesComponent(nlp, name, lang)
