"""Finding French temporal expressions in text: regular expressions compiled from ``lang/<code>/time.json``.

:class:`TimeGrammar` is built once per component from the vocabulary. :meth:`TimeGrammar.find` returns the
non-overlapping :class:`TimexMatch` objects of a text (longest match wins); each carries the rule that fired
and the captured parts (day, month, weekday, unit...) that :mod:`newsgraph.time.normalise` turns into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..errors import LanguageDataError

_B = r"(?<![\w])"       # left word boundary that also works before "l'" and accented letters
_E = r"(?![\w])"


def _alt(words) -> str:
    """Regex alternation of words, longest first, spaces matching any run of spaces."""
    parts = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in parts) + ")"


@dataclass(slots=True)
class TimexMatch:
    rule: str
    start: int
    end: int
    text: str
    parts: dict[str, str | None] = field(default_factory=dict)
    adverbial: bool = True     # False for words kept only for benchmark-style normalisation (bare "actuel")


@dataclass(slots=True)
class TimeVocabulary:
    """The vocabulary of one language, validated."""

    weekdays: dict[str, int]
    months: dict[str, int]
    seasons: dict[str, str]
    numbers: dict[str, float]
    vague: list[str]
    relative_days: dict[str, Any]
    parts_of_day: dict[str, str]
    this_part_of_day: dict[str, str]
    units: dict[str, str | None]
    calendar_units: dict[str, str]
    past_words: list[str]
    future_words: list[str]
    present_ref: list[str]
    past_ref: list[str]
    future_ref: list[str]
    set_adjectives: dict[str, str]
    clock: dict[str, str]
    year_prepositions: list[str]
    approx: list[str]
    future_auxiliaries: list[str]
    version: int = 1

    @classmethod
    def from_json(cls, spec: Mapping[str, Any], origin: str = "time.json") -> "TimeVocabulary":
        try:
            return cls(
                weekdays=dict(spec["weekdays"]), months=dict(spec["months"]), seasons=dict(spec["seasons"]),
                numbers=dict(spec["number_words"]), vague=list(spec["vague_quantities"]),
                relative_days=dict(spec["relative_days"]), parts_of_day=dict(spec["parts_of_day"]),
                this_part_of_day=dict(spec["this_part_of_day"]), units=dict(spec["units"]),
                calendar_units=dict(spec["calendar_units"]), past_words=list(spec["past_words"]),
                future_words=list(spec["future_words"]), present_ref=list(spec["present_ref"]),
                past_ref=list(spec["past_ref"]), future_ref=list(spec["future_ref"]),
                set_adjectives=dict(spec["set_adjectives"]), clock=dict(spec["clock"]),
                year_prepositions=list(spec["year_prepositions"]), approx=list(spec["approx"]),
                future_auxiliaries=list(spec["future_tense_auxiliaries"]), version=int(spec["version"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LanguageDataError(f"{origin}: missing or malformed entry: {exc}") from exc

    def number(self, word: str | None) -> float | None:
        """'3' -> 3, 'trois' -> 3, '1er' -> 1; None when not a number."""
        if word is None:
            return None
        w = re.sub(r"\s+", " ", word.lower().replace("’", "'")).strip()
        if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
            return float(w.replace(",", "."))
        if w.endswith("er") and w[:-2].isdigit():
            return float(w[:-2])
        return self.numbers.get(w)

    def month(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]


class TimeGrammar:
    """Compiled patterns for one vocabulary."""

    def __init__(self, vocab: TimeVocabulary):
        self.vocab = vocab
        v = vocab
        wd = _alt(v.weekdays)
        mon = _alt(v.months) + r"\.?"
        daynum = r"(?:\d{1,2}(?:er)?|" + _alt(w for w, n in v.numbers.items() if isinstance(n, (int, float)) and 1 <= n <= 31 and n == int(n) and " " not in w) + ")"
        year = r"(?:1[5-9]\d\d|20\d\d)"
        year2 = r"(?:1[5-9]\d\d|20\d\d|(?<=\s)['’]?\d\d(?!\d))"    # "octobre 98" after a month only
        num = r"(?:\d+(?:[.,]\d+)?|" + _alt(v.numbers) + ")"
        vague = _alt(v.vague)
        unit = _alt(v.units)
        part = _alt(v.parts_of_day)
        past = _alt(v.past_words)
        future = _alt(v.future_words)
        cal = _alt(v.calendar_units)
        rel = _alt(v.relative_days)
        season = _alt(v.seasons)
        approx = _alt(v.approx)
        yprep = _alt(v.year_prepositions)
        dirw = f"(?P<dir>{past}|{future})"
        self.rules: list[tuple[str, re.Pattern[str], bool]] = []

        def add(name: str, pattern: str, adverbial: bool = True) -> None:
            self.rules.append((name, re.compile(_B + pattern + _E, re.IGNORECASE), adverbial))

        add("range_days", rf"(?:du|entre\s+le|entre|des)\s+(?:(?:{wd})\s+)?(?P<d1>{daynum})(?:\s+(?P<m1>{mon}))?(?:\s+(?P<y1>{year}))?"
            rf"\s+(?:au|et\s+le|et|à)\s+(?:(?:{wd})\s+)?(?P<d>{daynum})\s+(?P<m>{mon})(?:\s+(?P<y>{year}))?")
        add("range_months", rf"(?:de|d['’]|entre)\s*(?P<m1>{mon})(?:\s+(?P<y1>{year}))?\s+(?:à|et)\s+(?P<m>{mon})(?:\s+(?P<y>{year}))?")
        add("range_years", rf"(?:de|entre)\s+(?P<y1>{year})\s+(?:à|et)\s+(?P<y>{year})")
        add("date", rf"(?:(?:le|ce|du|au|dès\s+le|depuis\s+le)\s+)?(?:(?P<wd>{wd})\s+)?(?P<d>{daynum})\s+(?P<m>{mon})(?:\s+(?P<y>{year2}))?(?:\s+{dirw})?"
            rf"(?:\s+(?:au|dans\s+la|en)?\s*(?P<part>matin|soir|après-midi|soirée|matinée|nuit))?")
        add("day_clock", rf"(?:(?P<rel>{rel})|(?P<wd>{wd}))(?:\s+(?P<part>{part}))?\s*,?\s*(?:à|vers|dès|aux\s+alentours\s+de)\s+(?P<h>\d{{1,2}})\s*(?:h|heures?)\s*(?P<min>\d{{2}})?")
        add("clock_day", rf"(?:(?:vers|à|dès)\s+)?(?P<h>\d{{1,2}})\s*(?:h|heures?)\s*(?P<min>\d{{2}})?\s*,?\s+(?:(?P<rel>{rel})|(?P<wd>{wd}))(?:\s+(?P<part>{part}))?")
        add("the_part", rf"(?:(?:dans|durant|pendant|en|tard\s+dans|tôt\s+dans)\s+)?la\s+(?P<part>nuit|soirée|matinée|journée)(?!\s+(?:d['’]|de\s|du\s|des\s))")
        add("century", rf"(?:(?:au|le|du|la|à\s+la)\s+)?(?:(?P<bound>début|fin|milieu)\s+du\s+)?(?P<roman>[XVI]{{1,5}})(?:e|ème|è)\s+siècle")
        add("night", rf"(?:dans\s+)?la\s+nuit\s+(?:du|de)\s+(?P<wd>{wd})\s+(?:au|à)\s+(?:{wd})")
        add("weekday", rf"(?:(?:ce|le|dès|depuis|dès\s+ce|ce\s+dernier)\s+)?(?P<wd>{wd})(?:\s+(?P<part>{part}))?(?:\s+{dirw})?(?:\s+(?P<part2>matin|soir|après-midi))?")
        add("dir_weekday", rf"(?P<dir>{past}|{future})\s+(?P<wd>{wd})")
        add("relative", rf"(?:(?:dans\s+l['’]|dans\s+la|en|tôt|tard|plus\s+tôt)\s*(?P<prepart>{part})?\s*(?:d['’]|de\s+)?)?(?P<rel>{rel})"
            rf"(?:\s+(?:en\s+)?(?P<part>{part}))?(?!\s+(?:du|de|des|d['’]))")
        add("this_part", rf"(?P<this>{_alt(v.this_part_of_day)})")
        add("calendar", rf"(?P<det>la|le|l['’]|cette|ce|cet|en|au|du)\s*(?:cours\s+de\s+(?:la|l['’])\s*)?(?P<cal>{cal})(?:-ci)?(?:\s+{dirw})?(?!\s+\d{{4}})")
        add("boundary_calendar", rf"(?:(?:à\s+la|la|au|en|dès\s+la|d['’]ici\s+(?:à\s+)?la|jusqu['’]à\s+la)\s+)?(?P<bound>début|fin|milieu)\s+(?:de\s+(?:l['’]|la|ce|cette|cet)\s*|du\s+|d['’])(?P<cal>{cal})(?:\s+{dirw})?(?!\s+\d{{4}})")
        add("boundary_month", rf"(?:(?:au|en|à\s+la|à|la|le|depuis|dès)\s+)?(?P<bound>début|fin|mi|courant|milieu)(?:\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?|-)(?P<m>{mon})(?:\s+(?P<y>{year}))?")
        add("month_year", rf"(?:(?:en|au\s+mois\s+de|au\s+mois\s+d['’]|depuis|dès)\s+)?(?P<m>{mon})\s+(?P<y>{year2})")
        add("month_dir", rf"(?P<m>{_alt(w for w in v.months if len(w) > 4 or w in ('mai', 'juin', 'mars', 'août', 'aout'))})\s+{dirw}")
        add("month", rf"(?:(?:en|au\s+mois\s+de|au\s+mois\s+d['’]|depuis|dès|le\s+mois\s+de|le\s+mois\s+d['’]|d['’]|de)\s*)(?P<m>{_alt(w for w in v.months if len(w) > 4 or w in ('mai', 'juin', 'mars', 'août', 'aout'))})(?:\s+{dirw})?")
        add("boundary_year", rf"(?:(?:au|en|à\s+la|à|la|le|depuis|dès)\s+)?(?P<bound>début|fin|mi|courant|milieu)(?:\s+(?:de\s+)?(?:l['’]année\s+)?|-)(?P<y>{year})")
        add("year", rf"(?:(?P<prep>{yprep})\s*)(?P<y>{year})")
        add("season", rf"(?:(?:au|en|cet|l['’]|à\s+l['’]|cet|dès\s+l['’]|depuis\s+l['’])\s*)(?P<season>{season})(?:\s+(?P<y>{year})|\s+{dirw})?")
        add("season_year", rf"(?P<season>{season})\s+(?P<y>{year})")
        add("decade", rf"(?:les\s+)?années\s+(?P<decade>(?:19|20)?\d0)")
        add("ago", rf"il\s+y\s+a\s+(?:(?:{approx})\s+)?(?P<n>{num}|{vague})\s+(?P<unit>{unit})")
        add("from_now", rf"(?:dans|d['’]ici(?:\s+à)?)\s+(?:(?:{approx})\s+)?(?P<n>{num})\s+(?P<unit>{unit})")
        add("duration", rf"(?:(?P<approx>{approx})\s+)?(?P<n>{num}|{vague})\s+(?P<unit>{unit})")
        add("half", rf"(?P<n>un\s+demi|une\s+demi)-(?P<unit>{unit})")
        add("clock", rf"(?:(?:vers|à|dès|avant|après|jusqu['’]à)\s+)?(?P<h>\d{{1,2}})\s*(?:h|heures?)\s*(?P<min>\d{{2}})?(?:\s+(?P<local>locales?))?")
        add("clock_word", rf"(?:(?:vers|à)\s+)?(?P<clock>{_alt(v.clock)})")
        add("set", rf"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>{num})\s+)?(?P<unit>{unit}|(?P<wd>{wd})s?)")
        add("set_adj", rf"(?P<setadj>{_alt(v.set_adjectives)})", adverbial=False)
        add("present_ref", rf"(?P<ref>{_alt(v.present_ref)})", adverbial=False)
        add("past_ref", rf"(?P<ref>{_alt(v.past_ref)})", adverbial=False)
        add("future_ref", rf"(?P<ref>{_alt(v.future_ref)})", adverbial=False)
        add("bare_unit", rf"(?P<unit>{unit})", adverbial=False)
        add("bare_month", rf"(?P<m>{mon})", adverbial=False)
        add("bare_year", rf"(?P<y>{year})", adverbial=False)

    def find(self, text: str, adverbial_only: bool = True) -> list[TimexMatch]:
        """Non-overlapping matches, leftmost-longest; ``adverbial_only`` drops bare words kept for benchmarking."""
        found: list[TimexMatch] = []
        for name, pattern, adverbial in self.rules:
            if adverbial_only and not adverbial:
                continue
            for m in pattern.finditer(text):
                start, end = self._span(name, m)
                if end > start:
                    found.append(TimexMatch(name, start, end, text[start:end], m.groupdict(), adverbial))
        found.sort(key=lambda t: (t.start, -(t.end - t.start), not t.adverbial))
        out: list[TimexMatch] = []
        for t in found:
            if out and t.start < out[-1].end:
                continue
            out.append(t)
        return out

    @staticmethod
    def _span(name: str, m: re.Match[str]) -> tuple[int, int]:
        """The year rule matches its preposition for context but the expression is the year itself."""
        if name == "year":
            return m.start("y"), m.end("y")
        return m.start(), m.end()
