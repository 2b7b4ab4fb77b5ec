"""The newsgraph_time pipeline component: temporal expressions, normalised, and the date of every event.

Writes ``doc._.timexes`` (list[Timex]) and sets ``Event.date`` / ``Event.date_source`` on ``doc._.events``:
the date of the temporal expression that governs the event in its sentence (``date_source="text"``), else
the publication date (``"published"``), else None. See docs/time-and-places.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp.extensions import text_of
from ..errors import LanguageDataError
from ..lang import LanguageData
from ..records import Event, Timex
from .grammar import TimeGrammar, TimeVocabulary, TimexMatch
from .linking import EventDater
from .normalise import Normaliser, day_of
from .syntax import TenseCues, tense_of

# "6 janvier 2016 . –" or "23 août 2016, 21 h 47 UTC . –" opening a paragraph: the dateline, i.e. the
# publication date already read by ingest, not a date the story talks about
_DATELINE_TAIL = re.compile(r"\s*(?:,[\s\u202f\d:hHUTCGM+]{0,24})?\s*[.,]?\s*[–—]")


def parse_published(value: str | None) -> date | None:
    """The calendar date of ``Article.published`` (ISO date or datetime with offset); None when absent."""
    if not value:
        return None
    try:
        if "T" in value:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class TimeAnnotator:
    """Detection, normalisation and event dating for one language; lookups built once."""

    def __init__(self, lang: LanguageData):
        self.vocab = TimeVocabulary.from_json(lang.json("time.json"), f"{lang.code}/time.json")
        self.grammar = TimeGrammar(self.vocab)
        self.normaliser = Normaliser(self.vocab)
        unknown = [name for name, _, _ in self.grammar.rules if not self.normaliser.handles(name)]
        if unknown:
            raise LanguageDataError(f"{lang.code}/time.json: patterns name unknown rules {unknown}",
                                    hint="rules are the Normaliser methods of newsgraph/time/normalise.py")
        self.tense_cues = TenseCues.from_vocabulary(self.vocab.tense_cues, self.vocab.future_auxiliaries)
        self.dater = EventDater(self.tense_cues)

    # -- detection ------------------------------------------------------------------------------------
    def detect(self, doc: Doc, anchor: date | None) -> list[Timex]:
        """Every adverbial temporal expression of the text, normalised; datelines left out."""
        sent_starts = [s.start_char for s in doc.sents]
        paragraph_starts = {0} | {m.end() for m in re.finditer(r"\n\s*", text_of(doc))}
        out: list[Timex] = []
        ref: date | None = anchor
        dateline_end = -1
        for m in self.grammar.find(text_of(doc)):
            if m.start < dateline_end:
                continue
            tail = _DATELINE_TAIL.match(text_of(doc), m.end) if m.start in paragraph_starts else None
            if tail is not None:
                dateline_end = tail.end()
                continue
            timex = self._timex(doc, m, anchor, ref, sent_starts)
            ref = day_of(timex.value) or ref
            out.append(timex)
        return out

    def normalise_spans(self, doc: Doc, spans: list[tuple[int, int]], anchor: date | None) -> list[Timex | None]:
        """Normalise given character spans (benchmarking against gold spans): the best match inside each."""
        sent_starts = [s.start_char for s in doc.sents]
        out: list[Timex | None] = []
        ref: date | None = anchor
        for start, end in spans:
            matches = self.grammar.find(text_of(doc)[start:end], adverbial_only=False)
            if not matches:
                out.append(None)
                continue
            best = max(matches, key=lambda m: (m.adverbial, m.end - m.start))
            best = TimexMatch(best.rule, best.start + start, best.end + start, best.text, best.parts, best.adverbial)
            timex = self._timex(doc, best, anchor, ref, sent_starts)
            ref = day_of(timex.value) or ref
            out.append(timex)
        return out

    def _timex(self, doc: Doc, m: TimexMatch, anchor: date | None, ref: date | None, sent_starts: list[int]) -> Timex:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        tense = tense_of(span, self.tense_cues) if span is not None and len(span) else None
        r = self.normaliser.resolve(m, anchor, tense, ref)
        return Timex(text=m.text, start=m.start, end=m.end, value=r.value, kind=r.kind,
                     sentence=max(0, bisect_right(sent_starts, m.start) - 1), end_value=r.end_value)

    # -- events ---------------------------------------------------------------------------------------
    def date_events(self, doc: Doc, events: list[Event], timexes: list[Timex], published: date | None) -> None:
        self.dater.date(doc, events, timexes, published)


class TimeComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang
        self.annotator = TimeAnnotator(LanguageData(lang))

    def __call__(self, doc: Doc) -> Doc:
        art = doc._.article
        anchor = parse_published(art.published) if art is not None else None
        doc._.timexes = self.annotator.detect(doc, anchor)
        self.annotator.date_events(doc, list(doc._.events or []), doc._.timexes, anchor)
        return doc


@Language.factory("newsgraph_time", assigns=["doc._.timexes"], default_config={"lang": "fr"})
def make_time(nlp: Language, name: str, lang: str) -> TimeComponent:
    return TimeComponent(nlp, name, lang)
