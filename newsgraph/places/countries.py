"""The countries an article's places name: the article's (its headline's, else the most named) and each sentence's.

Read from the actor component's place mentions (countries, regions, the cities of the actor knowledge base) and
this stage's (``doc._.place_mentions``: every city of the gazetteer, "Nice", "Sinjar"), a genitive place ("l'accord
de Paris") and a people ("des Sud-Coréens") excepted. Used by the event coder (the country of unnamed participants)
and by the quote stage (the country of speakers the text gives none).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(slots=True)
class PlaceCountries:
    article: str | None                  # the headline's place country, else the most frequent one
    by_sentence: dict[int, str]          # sentence start char -> country of the first place named in it
    passing: bool = False                # the article's country rests on one place named once, after the lead


def place_countries(doc: Doc) -> PlaceCountries:
    art = doc._.article
    first_para_end = art.paragraphs[0][1] if art is not None and art.paragraphs else 0
    places: dict[int, tuple[int, str]] = {}        # start char -> (end char, country)
    for m in doc._.mentions or []:
        if m.label == "LOC" and m.actor is not None and m.actor.country:
            places[m.start] = (m.end, m.actor.country)
    destinations: set[int] = set()
    for pm in doc._.place_mentions or []:
        p = pm.place
        if p.country and p.start is not None and not pm.genitive and not pm.people:
            places.setdefault(p.start, (p.end, p.country))
            if pm.directional:
                destinations.add(p.start)
    counts: Counter[str] = Counter()
    head_counts: Counter[str] = Counter()
    by_sentence: dict[int, str] = {}
    for start, (end, c) in sorted(places.items()):
        counts[c] += 1
        if start < first_para_end:
            head_counts[c] += 1
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and start not in destinations:     # "extrader vers la Russie": not where it is
            by_sentence.setdefault(span.sent.start_char, c)
    best = head_counts or counts
    passing = not head_counts and sum(counts.values()) == 1
    return PlaceCountries(article=best.most_common(1)[0][0] if best else None, by_sentence=by_sentence,
                          passing=passing)
