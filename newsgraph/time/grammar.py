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
_BREAK = re.compile(r"\n|[.!?…](?=\s)")   # where a temporal expression ends at the latest


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
    month_words: list[str]
    patterns: list[dict[str, Any]]
    ordinal_suffixes: list[str]
    unanchored_determiners: list[str]
    tense_cues: dict[str, list[str]]
    lowercase_groups: list[str]
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
                future_auxiliaries=list(spec["future_tense_auxiliaries"]), month_words=list(spec["month_words"]),
                patterns=[dict(p) for p in spec["patterns"]], ordinal_suffixes=list(spec["ordinal_suffixes"]),
                unanchored_determiners=list(spec["unanchored_determiners"]),
                tense_cues={k: list(v) for k, v in spec["tense_cues"].items()},
                lowercase_groups=list(spec["lowercase_groups"]), version=int(spec["version"]),
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
        for suffix in self.ordinal_suffixes:
            if w.endswith(suffix) and w[: -len(suffix)].isdigit():
                return float(w[: -len(suffix)])
        return self.numbers.get(w)

    def month(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]


class TimeGrammar:
    """The patterns of one vocabulary, compiled: the placeholders of ``patterns`` in time.json are filled with
    alternations built from the vocabulary's word lists."""

    def __init__(self, vocab: TimeVocabulary):
        self.vocab = vocab
        pieces = self._pieces(vocab)
        self.rules: list[tuple[str, re.Pattern[str], bool]] = []
        for spec in vocab.patterns:
            try:
                pattern = re.compile(_B + spec["pattern"].format(**pieces) + _E, re.IGNORECASE)
            except (KeyError, IndexError, ValueError, re.error) as exc:
                raise LanguageDataError(f"time.json: pattern of rule {spec.get('rule')!r} is invalid: {exc!r}") from exc
            self.rules.append((spec["rule"], pattern, bool(spec.get("adverbial", True))))

    @staticmethod
    def _pieces(v: TimeVocabulary) -> dict[str, str]:
        days = (w for w, n in v.numbers.items()
                if isinstance(n, (int, float)) and 1 <= n <= 31 and n == int(n) and " " not in w)
        past, future = _alt(v.past_words), _alt(v.future_words)
        return {
            "wd": _alt(v.weekdays), "mon": _alt(v.months) + r"\.?", "month_word": _alt(v.month_words),
            "daynum": r"(?:\d{1,2}(?:" + _alt(v.ordinal_suffixes) + ")?|" + _alt(days) + ")",
            "year": r"(?:1[5-9]\d\d|20\d\d)",
            "year2": r"(?:1[5-9]\d\d|20\d\d|(?<=\s)['’]?\d\d(?!\d))",     # "octobre 98" after a month only
            "num": r"(?:\d+(?:[.,]\d+)?|" + _alt(v.numbers) + ")", "vague": _alt(v.vague), "unit": _alt(v.units),
            "part": _alt(v.parts_of_day), "past": past, "future": future, "dirw": f"(?P<dir>{past}|{future})",
            "cal": _alt(v.calendar_units), "rel": _alt(v.relative_days), "season": _alt(v.seasons),
            "approx": _alt(v.approx), "yprep": _alt(v.year_prepositions), "this_part": _alt(v.this_part_of_day),
            "clock": _alt(v.clock), "set_adj": _alt(v.set_adjectives), "present_ref": _alt(v.present_ref),
            "past_ref": _alt(v.past_ref), "future_ref": _alt(v.future_ref),
        }

    def find(self, text: str, adverbial_only: bool = True) -> list[TimexMatch]:
        """Non-overlapping matches, leftmost-longest; ``adverbial_only`` drops bare words kept for benchmarking.
        An expression never runs across a line break or the end of a sentence ("le 3 juin.\n\n12 juin 2016",
        "samedi 28 mai. 30 personnes"): each segment is searched on its own."""
        found: list[TimexMatch] = []
        for seg_start, seg_end in self.segments(text):
            seg = text[seg_start:seg_end]
            for name, pattern, adverbial in self.rules:
                if adverbial_only and not adverbial:
                    continue
                for m in pattern.finditer(seg):
                    if self._miscased(m):
                        continue
                    start, end = self._span(name, m)
                    if end > start:
                        found.append(TimexMatch(name, seg_start + start, seg_start + end, seg[start:end],
                                                m.groupdict(), adverbial))
        found.sort(key=lambda t: (t.start, -(t.end - t.start), not t.adverbial))
        out: list[TimexMatch] = []
        for t in found:
            if out and t.start < out[-1].end:
                continue
            out.append(t)
        return out

    def segments(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` between line breaks and sentence ends; the point of a month abbreviation
        ("janv. 2016") ends no sentence."""
        cuts = [0]
        for m in _BREAK.finditer(text):
            if m.group(0).startswith(".") and self._abbreviation(text, m.start()):
                continue
            cuts.append(m.start() + 1)
        cuts.append(len(text))
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]

    def _abbreviation(self, text: str, dot: int) -> bool:
        word = re.search(r"(\w+)$", text[max(0, dot - 12):dot])
        if word is None:
            return False
        w = word.group(1).lower()
        n = self.vocab.months.get(w)
        return n is not None and any(k != w and k.startswith(w) and v == n for k, v in self.vocab.months.items())

    def _miscased(self, m: re.Match[str]) -> bool:
        """A lower-case word (a month) written with a capital inside the expression is another word."""
        for g in self.vocab.lowercase_groups:
            if g in m.re.groupindex and m.start(g) > m.start() and m.group(g)[:1].isupper():
                return True
        return False

    @staticmethod
    def _span(name: str, m: re.Match[str]) -> tuple[int, int]:
        """A group named ``span`` is the expression, the rest of the match its context ("en 2014" -> "2014")."""
        if "span" in m.re.groupindex and m.start("span") >= 0:
            return m.start("span"), m.end("span")
        return m.start(), m.end()
