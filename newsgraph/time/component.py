"""The newsgraph_time pipeline component (first version: writes an empty list; deepened by its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimeComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc


@Language.factory("newsgraph_time", assigns=["doc._.timexes"], default_config={"lang": "fr"})
def make_time(nlp: Language, name: str, lang: str) -> TimeComponent:
    return TimeComponent(nlp, name, lang)
