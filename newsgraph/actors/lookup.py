"""Lookups for the stages that run after newsgraph_actors (quotes, events): from tokens to actors."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Actor, Mention

# dependents that start another clause or another noun phrase: never searched for a token's actor
_OTHER_PHRASE = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "appos",
                           "nsubj", "nsubj:pass", "obj", "iobj", "csubj", "punct", "mark"})


def mention_for_token(doc: Doc, token: Token) -> Mention | None:
    """The mention covering the token, else the nearest mention headed inside the token's noun phrase."""
    mentions = doc._.mentions or []
    idx = token._.mention
    if idx is not None and mentions[idx].actor is not None:
        return mentions[idx]
    best: tuple[int, Mention] | None = None
    stack = [c for c in token.children if c.dep_ not in _OTHER_PHRASE]
    while stack:
        t = stack.pop()
        k = t._.mention
        if k is not None and mentions[k].actor is not None:
            d = abs(t.i - token.i)
            if best is None or d < best[0]:
                best = (d, mentions[k])
        stack.extend(c for c in t.children if c.dep_ not in _OTHER_PHRASE)
    return best[1] if best else None


def actor_for_token(doc: Doc, token: Token) -> Actor | None:
    """The actor of the mention covering ``token`` or headed within its noun phrase; None when there is none.

    "le président russe" -> RUSGOV for "président"; "le porte-parole du Kremlin" -> RUSGOV for "porte-parole";
    a subject pronoun "il" resolved by the component to the previous compatible actor.
    """
    m = mention_for_token(doc, token)
    return m.actor if m is not None else None


def actors_for_span(doc: Doc, span: Span) -> list[Actor]:
    """The actors of the mentions overlapping ``span``, in text order, each once."""
    out: list[Actor] = []
    seen: set[int] = set()
    for t in span:
        k = t._.mention
        if k is None or k in seen:
            continue
        seen.add(k)
        actor = (doc._.mentions or [])[k].actor
        if actor is not None:
            out.append(actor)
    return out
