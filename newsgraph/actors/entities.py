"""Corrections of the model's entities where it errs systematically, using the knowledge-base matches.

* determiners and prepositions swallowed into a name are trimmed ("la France" -> "France", "de France");
* capitalised demonyms ("Français", "Américaine") and lone letters are not entities;
* KB organisations, armed groups and seats of power are ORG ("Daech", "État islamique", "Pentagone"),
  KB people PER, KB countries LOC (the model tags "Washington" PER, "Daech" LOC).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .normalize import fold

LEADING = frozenset({"le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "au", "aux", "en", "à"})
ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
NOT_ENTITIES = frozenset({"etat", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"})
SPORT_GROUP = re.compile(r"^(groupe|poule) [A-H]$", re.I)
KIND_LABEL = {"org": "ORG", "group": "ORG", "person": "PER", "country": "LOC"}


def fix_entities(doc: Doc, model_ents: list[Span], matches: list, adjectives: frozenset[str],
                 aliases: set[str]) -> list[Span]:
    """Rewrite ``doc.ents`` (and return them); ``matches`` are the resolver's KB matches (start, end, target)."""
    ents: list[Span] = []
    for ent in model_ents:
        start = ent.start
        if fold(ent.text) not in aliases:
            while start < ent.end and _leading(doc[start]):
                start += 1
        if start == ent.end:
            continue
        span = Span(doc, start, ent.end, label=ent.label_)
        text = fold(span.text)
        if len(span.text) < 2 or text in NOT_ENTITIES or SPORT_GROUP.match(span.text) or \
                (text in adjectives and span.text[:1].isupper()):
            continue
        ents.append(span)
    forced = []
    for m in matches:
        if m.target.kind == "seat" and not any(e.start < m.end and m.start < e.end for e in ents):
            forced.append(Span(doc, m.start, m.end, label="ORG"))
        elif m.target.kind in KIND_LABEL and not any(e.start <= m.start and m.end <= e.end and e.end - e.start > m.end - m.start
                                                      for e in ents):
            forced.append(Span(doc, m.start, m.end, label=KIND_LABEL[m.target.kind]))
    # the KB's reading wins over an overlapping model entity that is not longer
    keep = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in forced)]
    final = filter_spans(keep + forced)
    doc.ents = final
    return final


def _leading(tok: Token) -> bool:
    if tok.lower_ not in LEADING:
        return False
    # "De Gendt" keeps its particle; "La France" at the start of a sentence loses its article
    return tok.text.islower() or (tok.is_sent_start and tok.lower_ in ARTICLES)
