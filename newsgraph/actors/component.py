"""The newsgraph_actors pipeline component: every mention of an actor, resolved against the knowledge base.

Writes ``doc._.mentions`` (list[Mention], in text order) and ``token._.mention`` (index of the mention
covering the token). The knowledge base, the role lexicon and the automaton are built once, when the
component is created.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import LanguageData
from .ambiguity import Guards
from .dating import DateReader
from .kb import KnowledgeBase
from .individual import IndividualFinder, IndividualWords
from .lexicon import Lexicon, role_entries
from .resolve import Resolver


class ActorsComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr", kb: KnowledgeBase | None = None):
        self.name = name
        self.lang = lang
        self.kb = kb if kb is not None else KnowledgeBase.load()
        data = LanguageData(lang)
        roles = role_entries(data.jsonl("roles.jsonl")) if data.has("roles.jsonl") else []
        months = data.json("time.json").get("months", {}) if data.has("time.json") else {}
        guards = Guards()
        if data.has("ambiguity.json"):
            guards = Guards.from_data(data.json("ambiguity.json"), self.kb, [*model_words(nlp), *months])
        acronyms = {a: tuple(r.id for r in rs if r.id is not None) for a, rs in guards.acronyms.items()}
        self.lexicon = Lexicon(self.kb, roles, acronyms)
        individuals = IndividualWords.from_data(data.json("individuals.json")) if data.has("individuals.json") \
            else IndividualWords()
        self.resolver = Resolver(self.kb, self.lexicon, DateReader(months), guards, IndividualFinder(individuals))

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.resolver(doc)
        return doc


def model_words(nlp: Language) -> list[str]:
    """The words of the model's rule lemmatizer index (nouns, adjectives, verbs, adverbs), if it has one."""
    if "lemmatizer" not in nlp.pipe_names:
        return []
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return []
    return [w for words in lookups.get_table("lemma_index").values() for w in words]


@Language.factory("newsgraph_actors", assigns=["doc._.mentions", "token._.mention", "doc.ents"], default_config={"lang": "fr"})
def make_actors(nlp: Language, name: str, lang: str) -> ActorsComponent:
    return ActorsComponent(nlp, name, lang)
