"""What the dependency parse tells the time stage: the tense of a clause and the clause head of a token."""

from __future__ import annotations

from spacy.tokens import Span, Token

_CLAUSE_POS = {"VERB", "AUX"}


def clause_head(token: Token) -> Token:
    """The verb that heads the clause a token belongs to (the token itself for a verb); the root otherwise."""
    t = token
    for _ in range(40):
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ in ("ROOT", "cop") and t.head is t):
            return t
        if t.head is t:
            return t
        t = t.head
    return t


def span_head(span: Span) -> Token:
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    for t in span:
        if t.head is t or not (span.start <= t.head.i < span.end):
            return t
    return span[0]


def verb_tense(verb: Token, future_auxiliaries: frozenset[str] = frozenset()) -> str | None:
    """'past', 'future' or None (present or unknown) for a clause head and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    if verb.head is not verb and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("aller",) :
        return "future"
    for a in auxes:
        tense = a.morph.get("Tense")
        if "Fut" in tense:
            return "future"
    for a in auxes:
        tense = a.morph.get("Tense")
        passive = a.dep_ == "aux:pass" or "Voice=Pass" in str(verb.morph) and len(auxes) == 1
        if passive:      # "est fixé": present passive; "était fixé", "a été fixé": past
            if "Imp" in tense or "Past" in tense or "VerbForm=Part" in str(a.morph):
                return "past"
            continue
        if a.lemma_.lower() in ("avoir", "être") and "VerbForm=Part" in str(verb.morph):
            return "past" if "Pres" in tense or "Imp" in tense or "Past" in tense else None
    if any(a.dep_ == "aux:pass" or "Voice=Pass" in str(verb.morph) for a in auxes):
        return None
    tense = verb.morph.get("Tense")
    if "Fut" in tense:
        return "future"
    if "Past" in tense or "Imp" in tense:
        return "past"
    if "VerbForm=Part" in str(verb.morph) and "Tense=Past" in str(verb.morph):
        return "past"
    if verb.dep_ == "xcomp" and verb.head.lower_ in future_auxiliaries:
        return "future"
    return None


def tense_of(span: Span, future_auxiliaries: frozenset[str] = frozenset()) -> str | None:
    """The tense of the clause a span (a temporal expression) is attached to."""
    return verb_tense(clause_head(span_head(span)), future_auxiliaries)
