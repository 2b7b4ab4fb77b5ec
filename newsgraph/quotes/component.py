"""The newsgraph_quotes pipeline component (first version: writes an empty list; deepened by its issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("newsgraph_quotes", assigns=["doc._.quotes"], default_config={"lang": "fr"})
def make_quotes(nlp: Language, name: str, lang: str) -> QuotesComponent:
    return QuotesComponent(nlp, name, lang)
