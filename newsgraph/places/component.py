"""The newsgraph_places pipeline component: the places an article names, and where each event happened.

Writes ``doc._.places`` (list[Place], one per place mention, in text order) and sets ``Event.place`` on
``doc._.events`` (see :mod:`newsgraph.places.linking`). The gazetteer is built once per component.
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
        self.placer = EventPlacer(self.gazetteer.countries)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.finder.find(doc)
        doc._.places = [m.place for m in mentions if not m.people]
        self.placer.place(doc, list(doc._.events or []), mentions)
        return doc


@Language.factory("newsgraph_places", assigns=["doc._.places"], default_config={"lang": "fr"})
def make_places(nlp: Language, name: str, lang: str) -> PlacesComponent:
    return PlacesComponent(nlp, name, lang)
