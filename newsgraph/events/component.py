"""The newsgraph_events pipeline component: writes ``doc._.events`` (list[Event]).

Data are read once, at construction: the French predicate lexicon (``newsgraph/lang/<lang>/events/*.jsonl``)
and the CAMEO/PLOVER code tables (``newsgraph/kb/``). Actors come from the actor component's public API
(``newsgraph.actors.actor_for_token``), which runs before this one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lang import LanguageData
from ..records import Actor
from .codes import CodeTable
from .coder import ActorResolver, EventCoder
from .frames import through_quantity
from .lexicon import load_lexicon


def mention_actor(doc: Doc, token: Token) -> Actor | None:
    """Resolve a token through the mentions the actor component wrote (``token._.mention``).

    Used when ``newsgraph.actors`` offers no ``actor_for_token``: the mention covering the token, else one
    covering a token of its noun phrase (name parts, adjectives, nominal complements).
    """
    mentions = doc._.mentions or []
    for t in [token, *[c for c in token.children if c.dep_ in ("flat:name", "amod", "nmod", "appos", "fixed")]]:
        idx = t._.mention
        if idx is not None and 0 <= idx < len(mentions) and mentions[idx].actor is not None:
            return mentions[idx].actor
    return None


# dependents through which a noun phrase's head takes the actor named inside it ("les forces turques",
# "le gouvernement du Burundi"); deeper nominal complements ("la perspective d'un rapprochement avec Moscou")
# do not make the head that actor.
_OPENING_QUOTES = frozenset({"«", '"', "“"})
_NP_DEPS = ("amod", "nmod", "flat:name", "flat", "appos", "fixed", "compound")


def strict_resolver(lookup: ActorResolver) -> ActorResolver:
    """Wrap the actor component's lookup: the token itself, or one direct dependent of it, names the actor."""
    def resolve(doc: Doc, token: Token) -> Actor | None:
        mentions = doc._.mentions or []
        token = through_quantity(token)
        idx = token._.mention
        if idx is not None and 0 <= idx < len(mentions):
            return mentions[idx].actor or lookup(doc, token)
        if token.pos_ == "PRON":
            return lookup(doc, token)
        for c in token.children:
            if c.dep_ in _NP_DEPS and c._.mention is not None:
                return lookup(doc, token)
        if token.pos_ == "NOUN" and any(t.text in _OPENING_QUOTES for t in doc[token.i + 1: token.i + 4]):
            return lookup(doc, token)      # "le groupe autoproclamé « État islamique »": the quoted name
        return None
    return resolve


def default_resolver() -> ActorResolver:
    from .. import actors
    fn = getattr(actors, "actor_for_token", None)
    return strict_resolver(fn) if callable(fn) else mention_actor


_ENTITY_PIPES = ("ner", "entity_ruler", "newsgraph_entity_ruler")


class EventsComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr", dedupe: str = "sentence",
                 resolver: ActorResolver | None = None):
        self.name = name
        self.lang = lang
        codes = CodeTable.load()
        lexicon = load_lexicon(LanguageData(lang), codes)
        self.coder = EventCoder(lexicon=lexicon, codes=codes, resolve=resolver or default_resolver(), dedupe=dedupe,
                                reparse=self._model_parse(nlp))

    @staticmethod
    def _model_parse(nlp: Language):
        """Parse a piece of text with the model's syntax components only (used for headline clauses): entities
        are not needed there (actors map back to the article's tokens by offset), and the entity recogniser
        costs as much as the parser."""
        def parse(text: str) -> Doc:
            doc = nlp.make_doc(text)
            for name, proc in nlp.pipeline:
                if not name.startswith("newsgraph_") and name not in _ENTITY_PIPES:
                    doc = proc(doc)
            return doc
        return parse

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.coder.code(doc)
        return doc


@Language.factory("newsgraph_events", assigns=["doc._.events"], default_config={"lang": "fr", "dedupe": "sentence"})
def make_events(nlp: Language, name: str, lang: str, dedupe: str) -> EventsComponent:
    return EventsComponent(nlp, name, lang, dedupe=dedupe)
