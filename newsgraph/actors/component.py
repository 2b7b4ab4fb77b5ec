"""The newsgraph_actors pipeline component: every mention of an actor, resolved against the knowledge base.

Writes ``doc._.mentions`` (list[Mention], in text order) and ``token._.mention`` (index of the mention
covering the token). The knowledge base, the role lexicon and the automaton are built once, when the
component is created.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import LanguageData
from .dating import DateReader
from .kb import KnowledgeBase
from .lexicon import Lexicon, role_entries
from .resolve import Resolver


class ActorsComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr", kb: KnowledgeBase | None = None):
        self.name = name
        self.lang = lang
        self.kb = kb if kb is not None else KnowledgeBase.load()
        data = LanguageData(lang)
        roles = role_entries(data.jsonl("roles.jsonl")) if data.has("roles.jsonl") else []
        self.lexicon = Lexicon(self.kb, roles)
        months = data.json("time.json").get("months", {}) if data.has("time.json") else {}
        self.resolver = Resolver(self.kb, self.lexicon, DateReader(months))

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.resolver(doc)
        return doc


@Language.factory("newsgraph_actors", assigns=["doc._.mentions", "token._.mention", "doc.ents"], default_config={"lang": "fr"})
def make_actors(nlp: Language, name: str, lang: str) -> ActorsComponent:
    return ActorsComponent(nlp, name, lang)
