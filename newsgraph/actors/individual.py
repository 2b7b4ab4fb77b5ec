"""The nationality of an article's unnamed individual ("l'agresseur, identifié comme un Égyptien de 29 ans").

Crime and attack reports often describe one unnamed person ("un homme", "l'agresseur", "le suspect") and give
his nationality once. That sentence gives the country; every other unnamed description of the individual in
the article ("un homme a attaqué", "l'homme a été arrêté") takes it before the place's country. Kept on the Doc
(``doc.user_data["newsgraph_individual_country"]``: the country and the nouns; ``individual_country(token)``); None when no identification is found or two give
different countries. Word lists: ``lang/fr/individuals.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

INDIVIDUAL_COUNTRY = "newsgraph_individual_country"
INDEFINITE = ("un", "une")


@dataclass(frozen=True, slots=True)
class IndividualWords:
    nouns: frozenset[str] = frozenset()
    national_nouns: frozenset[str] = frozenset()
    nationality_nouns: frozenset[str] = frozenset()
    not_nationality: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict) -> "IndividualWords":
        keys = ("nouns", "national_nouns", "nationality_nouns", "not_nationality")
        return cls(*(frozenset(w.lower() for w in data.get(k, [])) for k in keys))


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _singular(tok: Token) -> bool:
    return "Plur" not in tok.morph.get("Number")


def individual_country(tok: Token) -> str | None:
    """The country of the article's unnamed individual for a token that describes him: a singular noun of
    ``nouns`` ("un homme a attaqué") or a subject pronoun "il"/"elle" no actor resolves; None when the article
    identifies no individual by a nationality."""
    found = tok.doc.user_data.get(INDIVIDUAL_COUNTRY)
    if not found:
        return None
    iso, nouns = found
    if tok.pos_ == "PRON":
        return iso if tok.lower_ in ("il", "elle") else None
    return iso if is_individual(tok, frozenset(nouns)) else None


def is_individual(tok: Token, words_: frozenset[str]) -> bool:
    """A singular description of one person ("l'homme", "un assaillant")."""
    return tok.pos_ == "NOUN" and _singular(tok) and _lemma(tok) in words_


class IndividualFinder:
    def __init__(self, words: IndividualWords):
        self.words = words

    def __call__(self, doc: Doc, adjectives: dict[int, str], demonyms: dict[int, str]) -> tuple[str, tuple] | None:
        """(ISO3, the nouns) when the article identifies its individual by one nationality, else None."""
        found = set()
        for tok in doc:
            iso = None
            if is_individual(tok, self.words.nouns):
                iso = self._identified(tok, adjectives, demonyms)
            elif _lemma(tok) == "agir":
                iso = self._presented(tok, adjectives, demonyms)
            if iso:
                found.add(iso)
        return (found.pop(), tuple(sorted(self.words.nouns))) if len(found) == 1 else None

    def _identified(self, noun: Token, adjectives: dict[int, str], demonyms: dict[int, str]) -> str | None:
        """The nationality a predicate or an apposition gives the noun: "un Égyptien", "un ressortissant marocain"
        (in its subtree, as its copula predicate, or in the apposition right after it)."""
        candidates = [t for t in noun.subtree if t.i > noun.i]
        if noun.dep_.startswith("nsubj") and noun.head.i > noun.i:
            candidates.append(noun.head)
        nxt = noun.i + 1
        if nxt + 2 < len(noun.doc) and noun.doc[nxt].text == "," and noun.doc[nxt + 1].lower_ in INDEFINITE:
            candidates.extend(noun.doc[nxt + 2: nxt + 4])     # "le suspect, un Tunisien" however parsed
        for t in candidates:
            iso = self._nationality(t, noun, adjectives, demonyms)
            if iso:
                return iso
        return None

    def _presented(self, verb: Token, adjectives: dict[int, str], demonyms: dict[int, str]) -> str | None:
        """"Il s'agit d'un Tunisien de 31 ans", "il s'agit de Karim B., un Français", "il s'agit de X, 39 ans,
        français d'origine tunisienne": the person the text presents as the one it is about."""
        if not any(c.lower_ == "il" and c.dep_.startswith("expl") for c in verb.children) or \
                not any(c.lower_ in ("s'", "s’", "se") for c in verb.children):
            return None
        for arg in (c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i):
            if not (arg.text[:1].isupper() or _lemma(arg) in self.words.national_nouns):
                continue                                     # "il s'agit d'un accord franco-allemand"
            if arg.i in demonyms or arg.i in adjectives:
                return self._nationality(arg, arg, adjectives, demonyms)
            ages = [g for c in arg.children if c.lower_ == "ans" for g in c.children]     # "X, 39 ans, français"
            for t in [*arg.children, *ages]:
                if t.dep_ in ("appos", "conj") and (t.i in demonyms or t.i in adjectives) and not self._origin(t):
                    return demonyms.get(t.i) or adjectives.get(t.i)
                if t.dep_ == "appos":
                    iso = self._nationality(next((g for g in t.children if g.dep_ == "amod"), t), t, adjectives, demonyms)
                    if iso:
                        return iso
        return None

    def _nationality(self, t: Token, noun: Token, adjectives: dict[int, str], demonyms: dict[int, str]) -> str | None:
        if t.i in demonyms:
            return demonyms[t.i] if self._indefinite(t) else None           # "un Égyptien"
        if t.i not in adjectives or self._origin(t):
            return None
        if t.dep_ != "amod":
            return adjectives[t.i] if self._indefinite(t) else None         # "est un Syrien" (tagged ADJ)
        head = t.head
        if head.i == noun.i or _lemma(head) in self.words.nationality_nouns:
            return adjectives[t.i]                                          # "un assaillant égyptien", "de nationalité belge"
        if _lemma(head) in self.words.national_nouns and self._indefinite(head):
            return adjectives[t.i]                                          # "un ressortissant marocain"
        return None

    @staticmethod
    def _indefinite(t: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children) or \
            (t.i > 0 and t.doc[t.i - 1].lower_ in INDEFINITE)

    def _origin(self, t: Token) -> bool:
        before = {_lemma(t.doc[j]) for j in range(max(0, t.i - 2), t.i)}
        return bool(({_lemma(t.head)} | before) & self.words.not_nationality)    # "d'origine algérienne"
