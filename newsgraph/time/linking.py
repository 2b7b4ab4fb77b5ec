"""Which temporal expression governs an event, and the event's date.

An event takes the date of the dated expression attached to its own clause in the dependency tree (the
expression's clause head is the trigger's clause head), else of a dated expression in the clause above it
(the sentence's time adverbial), never of an unrelated clause; with none in its sentence, the narrative's
day (see ``_context_day``); failing all, the publication date flagged ``date_source="published"``; with no
publication date either, None. A date more than a year from publication counts only when its year is written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc, Span

from ..nlp.extensions import text_of
from ..records import Event, Timex
from .normalise import date_part
from .syntax import TenseCues, clause_head, span_head, verb_tense

_DATED_KINDS = {"date", "time", "range"}
_YEARS_WRITTEN = re.compile(r"\b\d{4}\b|\b(?:an|ans|année|années)\b", re.IGNORECASE)
LEAD_PARAGRAPHS = 2      # the lead's day is looked for in the first body paragraphs


class EventDater:
    """Dates events from the temporal expressions of their article (see the module docstring)."""

    def __init__(self, cues: TenseCues = TenseCues()):
        self.cues = cues

    def date(self, doc: Doc, events: list[Event], timexes: list[Timex], published: date | None) -> None:
        dated = [t for t in timexes if t.kind in _DATED_KINDS and date_part(t.value) and plausible(t, published)]
        sent_starts = [s.start_char for s in doc.sents]
        paragraphs = _paragraph_starts(doc)
        by_sentence: dict[int, list[Timex]] = {}
        for t in dated:
            by_sentence.setdefault(t.sentence, []).append(t)
        lead = self._lead_day(doc, dated, paragraphs)
        for ev in events:
            trigger = self._span(doc, ev.trigger_start, ev.trigger_end)
            sent = max(0, bisect_right(sent_starts, ev.trigger_start) - 1)
            best = self.governing(doc, trigger, ev.trigger_start, by_sentence.get(sent, []))
            if best is None:
                best = self._context_day(doc, ev.trigger_start, trigger, dated, paragraphs, lead)
            if best is not None:
                ev.date, ev.date_source = date_part(best.value), "text"
            elif published is not None:
                ev.date, ev.date_source = published.isoformat(), "published"
            else:
                ev.date, ev.date_source = None, None

    def _lead_day(self, doc: Doc, dated: list[Timex], paragraphs: list[int]) -> Timex | None:
        """The first day named in the lead (first body paragraph): what the headline reports happened then."""
        bounds = [(s, e) for s, e in list(zip(paragraphs, paragraphs[1:] + [len(text_of(doc))]))[1:]
                  if len(text_of(doc)[s:e].strip()) >= 40][:LEAD_PARAGRAPHS]   # short lines: a dateline alone
        for start, end in bounds:
            found = next((t for t in dated if start <= t.start < end and _is_day(t)), None)
            if found is not None:
                return found
        return None

    def _context_day(self, doc: Doc, at: int, trigger: Span | None, dated: list[Timex], paragraphs: list[int],
                     lead: Timex | None) -> Timex | None:
        """No expression in the event's sentence: a headline event takes the lead's day; a past or present
        event takes the last day named before it in its paragraph (the narrative's reference time)."""
        para = max(0, bisect_right(paragraphs, at) - 1)
        if para == 0 and len(paragraphs) > 1:
            return lead
        if trigger is not None and verb_tense(clause_head(span_head(trigger)), self.cues) == "future":
            return None
        start = paragraphs[para]
        before = [t for t in dated
                  if start <= t.end <= at and _is_day(t) and not _bracketed_apart(text_of(doc), t.start, at)]
        if before:
            return before[-1]
        if lead is not None and trigger is not None \
                and verb_tense(clause_head(span_head(trigger)), self.cues) == "past":
            return lead
        return None

    def governing(self, doc: Doc, trigger: Span | None, at: int, candidates: list[Timex]) -> Timex | None:
        """The candidate that governs the trigger: same clause, then a clause above it, then below it, then the
        nearest; never one on the other side of a parenthesis."""
        candidates = [t for t in candidates if not _bracketed_apart(text_of(doc), t.start, at)]
        if not candidates:
            return None
        if trigger is None:
            return min(candidates, key=lambda t: abs(t.start - at))
        head = span_head(trigger)
        clause = clause_head(head)
        scored = []
        for t in candidates:
            span = self._span(doc, t.start, t.end)
            level = 3
            if span is not None:
                tx_head = span_head(span)
                tx_clause = clause_head(tx_head)
                if tx_clause == clause or head in tx_head.ancestors:
                    level = 0
                elif tx_clause in clause.ancestors:
                    level = 1
                elif clause in tx_clause.ancestors:
                    level = 2
            if level <= 1:                 # its own clause, or the sentence's time adverbial above it
                scored.append((level, abs(t.start - at), t))
        return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None

    @staticmethod
    def _span(doc: Doc, start: int, end: int) -> Span | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None


def _bracketed_apart(text: str, a: int, b: int) -> bool:
    """Whether a parenthesis or bracket separates two offsets of a sentence ("est tué (né le 31 décembre
    1977)": the date is the birth's, not the killing's)."""
    between = text[min(a, b):max(a, b)]
    return between.count("(") + between.count("[") != between.count(")") + between.count("]")


def plausible(t: Timex, published: date | None) -> bool:
    """A date more than a year from publication dates an event only when the text writes its year ("en 2012")
    or counts the years ("il y a trois ans")."""
    part = date_part(t.value)
    if published is None or part is None or _YEARS_WRITTEN.search(t.text):
        return True
    try:
        year = int(part[:4])
    except ValueError:
        return True
    return abs(year - published.year) <= 1


def _is_day(t: Timex) -> bool:
    part = date_part(t.value)
    return part is not None and len(part) == 10


def _paragraph_starts(doc: Doc) -> list[int]:
    art = doc._.article
    if art is not None and art.paragraphs:
        return [s for s, _ in art.paragraphs]
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text_of(doc))]
