"""Stage: actors. The knowledge base, the ``newsgraph_actors`` component, and the lookups other stages use.

    actor_for_token(doc, token) -> Actor | None    the actor of the mention covering the token, or of the
                                                   nearest mention inside the token's noun phrase
    actors_for_token(doc, token) -> list[Actor]   every actor of the token (coordinated country adjectives:
                                                   "les gouvernements britannique, australien et danois")
    actors_for_span(doc, span) -> list[Actor]      the actors of every mention overlapping a span
    main_country(doc) -> str | None                the country the article's mentions name most, if clearly
    KnowledgeBase.load().search("poutine")         KB entries by id or name (accent/case-insensitive)
    describe(entry, date=None) -> dict             one entry as a plain dict (for ``newsgraph actors``)
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_exports

if TYPE_CHECKING:
    from .component import ActorsComponent
    from .kb import KbCountry, KbEntity, KnowledgeBase, describe
    from .lookup import (actor_for_token, actors_for_span, actors_for_token, main_country, mention_for_token,
                         relative_antecedent)

__all__ = ["ActorsComponent", "KbCountry", "KbEntity", "KnowledgeBase", "actor_for_token", "actors_for_span", "actors_for_token",
           "describe", "main_country", "mention_for_token", "relative_antecedent"]

# the component and lookups need spaCy, imported on first use (``newsgraph actors`` only reads the KB)
__getattr__, __dir__ = lazy_exports(__name__, {
    "ActorsComponent": ".component", "KbCountry": ".kb", "KbEntity": ".kb", "KnowledgeBase": ".kb", "describe": ".kb",
    "actor_for_token": ".lookup", "actors_for_span": ".lookup", "actors_for_token": ".lookup",
    "main_country": ".lookup", "mention_for_token": ".lookup", "relative_antecedent": ".lookup",
})
