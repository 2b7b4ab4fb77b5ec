"""Where each event happened.

An event takes the place its sentence names, preferring a locative phrase ("à Alep", "en Syrie") attached
to the event's own clause, then any locative phrase of the sentence, then another place name of the
sentence (nearest first); a headline event without one takes the lead's first locative place. All of these
are ``source="text"``. Otherwise the event takes the nearest place named before it in its paragraph
(``"text"``), else the article's main place (``source="article"``), else None.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp.extensions import text_of
from ..records import Event, Place
from ..time.syntax import clause_head, span_head
from .finder import PlaceMention


class EventPlacer:
    def __init__(self, countries: dict | None = None):
        self.countries = countries or {}     # ISO3 -> PlaceEntry, for an acting country's place

    def place(self, doc: Doc, events: list[Event], mentions: list[PlaceMention]) -> None:
        usable = [m for m in mentions if m.place.country is not None and not m.people]
        peoples = [m for m in mentions if m.people]
        sent_starts = [s.start_char for s in doc.sents]
        paragraphs = _paragraph_starts(doc)
        main = self.main_place(doc, usable, paragraphs)
        lead = self._lead_place(doc, usable, paragraphs)
        for ev in events:
            ev.place = self.event_place(doc, ev, usable, sent_starts, paragraphs, lead, peoples) or main

    def event_place(self, doc: Doc, ev: Event, usable: list[PlaceMention], sent_starts: list[int],
                    paragraphs: list[int], lead: PlaceMention | None,
                    peoples: list[PlaceMention] = ()) -> Place | None:
        """In order: a locative place of the sentence; for a headline event, the lead's; the last place named
        before its sentence in its paragraph; the acting country; a people named in the sentence ("des
        Sud-Coréens"); another place name of the sentence; a genitive place name of the sentence
        ("l'offensive de Mossoul")."""
        sent = max(0, bisect_right(sent_starts, ev.trigger_start) - 1)
        s_start = sent_starts[sent]
        s_end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else len(text_of(doc))
        in_sentence = [m for m in usable if s_start <= m.place.start < s_end]
        para = max(0, bisect_right(paragraphs, ev.trigger_start) - 1)
        steps = (
            lambda: self.governing(doc, ev, [m for m in in_sentence if m.locative]),
            lambda: lead if para == 0 and len(paragraphs) > 1 else None,
            lambda: next((m for m in reversed(usable) if not m.genitive
                          and paragraphs[para] <= m.place.start < min(s_start, ev.trigger_start)), None),
            lambda: self._actor_country(ev),
            lambda: self.governing(doc, ev, [m for m in peoples if s_start <= m.place.start < s_end]),
            lambda: self.governing(doc, ev, [m for m in in_sentence if not m.locative and not m.genitive]),
            lambda: self.governing(doc, ev, in_sentence),
        )
        for step in steps:
            found = step()
            if isinstance(found, Place):
                return found
            if found is not None:
                return replace(found.place, source="text")
        return None

    def _actor_country(self, ev: Event) -> Place | None:
        country = ev.source.country if ev.source is not None else None
        entry = self.countries.get(country) if country else None
        if entry is None:
            return None
        return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                     feature=entry.feature, source="text")

    def governing(self, doc: Doc, ev: Event, cands: list[PlaceMention]) -> PlaceMention | None:
        if not cands:
            return None
        trigger = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
        clause = clause_head(span_head(trigger)) if trigger is not None and len(trigger) else None
        scored = []
        for m in cands:
            level = 0
            if clause is not None:
                own = clause_head(span_head(m.span))
                if own != clause and clause not in own.ancestors:
                    level = 1
            scored.append((level, abs(m.place.start - ev.trigger_start), m))
        return min(scored, key=lambda x: (x[0], x[1]))[2]

    def _lead_place(self, doc: Doc, usable: list[PlaceMention], paragraphs: list[int]) -> PlaceMention | None:
        bounds = [(s, e) for s, e in list(zip(paragraphs, paragraphs[1:] + [len(text_of(doc))]))[1:]
                  if len(text_of(doc)[s:e].strip()) >= 40][:1]
        for start, end in bounds:
            return next((m for m in usable if start <= m.place.start < end and m.locative), None)
        return None

    @staticmethod
    def main_place(doc: Doc, usable: list[PlaceMention], paragraphs: list[int]) -> Place | None:
        """The article's main place: the country named most (locative and headline mentions count double),
        represented by its most named place."""
        if not usable:
            return None
        headline_end = paragraphs[1] if len(paragraphs) > 1 else len(text_of(doc))
        weight: Counter[str] = Counter()
        for m in usable:
            weight[m.place.country] += (0.5 if m.genitive else 1) + m.locative + (m.place.start < headline_end)
        country = max(weight, key=lambda c: (weight[c], -next(m.place.start for m in usable if m.place.country == c)))
        names = Counter(m.entry for m in usable if m.place.country == country)
        entry, _ = names.most_common(1)[0]
        first = next(m for m in usable if m.entry == entry)
        return replace(first.place, source="article", start=None, end=None)


def _paragraph_starts(doc: Doc) -> list[int]:
    art = doc._.article
    if art is not None and art.paragraphs:
        return [s for s, _ in art.paragraphs]
    return [0]
