"""What the dependency parse tells the time stage: the tense of a clause and the clause head of a token.

The language's tense cues (the verb of the near future, the perfect auxiliaries, the recent-past construction)
come from ``tense_cues`` in ``lang/<code>/time.json`` through :class:`TenseCues`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class TenseCues:
    go_verbs: frozenset[str] = frozenset()              # "aller" + infinitive: near future
    perfect_auxiliaries: frozenset[str] = frozenset()   # "avoir", "être" + participle: past
    recent_past_verbs: frozenset[str] = frozenset()     # "venir" ...
    recent_past_marks: frozenset[str] = frozenset()     # ... "de" + infinitive: recent past
    future_auxiliaries: frozenset[str] = frozenset()    # "devrait", "prévoit" + infinitive: future

    @classmethod
    def from_vocabulary(cls, cues: dict[str, list[str]], future_auxiliaries: list[str]) -> "TenseCues":
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in cues.get(key, []))
        return cls(words("go_verbs"), words("perfect_auxiliaries"), words("recent_past_verbs"),
                   words("recent_past_marks"), frozenset(w.lower() for w in future_auxiliaries))


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


def verb_tense(verb: Token, cues: TenseCues = TenseCues()) -> str | None:
    """'past', 'future' or None (present or unknown) for a clause head and its auxiliaries."""
    if _recent_past(verb, cues):
        return "past"
    if verb.dep_ == "xcomp" and verb.head is not verb and verb.head.lemma_.lower() in cues.go_verbs:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    if any("Fut" in a.morph.get("Tense") for a in auxes):
        return "future"
    participle = "VerbForm=Part" in str(verb.morph)
    for a in auxes:
        tense = a.morph.get("Tense")
        passive = a.dep_ == "aux:pass" or "Voice=Pass" in str(verb.morph) and len(auxes) == 1
        if passive:      # "est fixé": present passive; "était fixé", "a été fixé": past
            if "Imp" in tense or "Past" in tense or "VerbForm=Part" in str(a.morph):
                return "past"
            continue
        if a.lemma_.lower() in cues.perfect_auxiliaries and participle:
            return "past" if "Pres" in tense or "Imp" in tense or "Past" in tense else None
    if any(a.dep_ == "aux:pass" or "Voice=Pass" in str(verb.morph) for a in auxes):
        return None
    tense = verb.morph.get("Tense")
    if "Fut" in tense:
        return "future"
    if "Past" in tense or "Imp" in tense:
        return "past"
    if verb.dep_ == "xcomp" and verb.head.lower_ in cues.future_auxiliaries:
        return "future"
    return None


def tense_of(span: Span, cues: TenseCues = TenseCues()) -> str | None:
    """The tense of the clause a span (a temporal expression) is attached to."""
    return verb_tense(clause_head(span_head(span)), cues)


def _recent_past(verb: Token, cues: TenseCues) -> bool:
    """venir de + infinitive ("vient de signer") is a recent past."""
    def marked(t: Token) -> bool:
        return any(m.lower_ in cues.recent_past_marks for m in t.children)
    if verb.lemma_.lower() in cues.recent_past_verbs:
        return any(c.dep_ == "xcomp" and marked(c) for c in verb.children)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.recent_past_verbs and marked(verb)
