"""The newsgraph_actors pipeline component (first version: writes an empty list; deepened by its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorsComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = []
        return doc


@Language.factory("newsgraph_actors", assigns=["doc._.mentions"], default_config={"lang": "fr"})
def make_actors(nlp: Language, name: str, lang: str) -> ActorsComponent:
    return ActorsComponent(nlp, name, lang)
