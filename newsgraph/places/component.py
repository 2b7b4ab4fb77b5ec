"""The newsgraph_places pipeline component (first version: writes an empty list; deepened by its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlacesComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc


@Language.factory("newsgraph_places", assigns=["doc._.places"], default_config={"lang": "fr"})
def make_places(nlp: Language, name: str, lang: str) -> PlacesComponent:
    return PlacesComponent(nlp, name, lang)
