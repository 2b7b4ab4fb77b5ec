"""The newsgraph_events pipeline component (first version: writes an empty list; deepened by its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("newsgraph_events", assigns=["doc._.events"], default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str) -> EventsComponent:
    return EventsComponent(nlp, name, lang)
