"""The date at which an article's office holders are resolved ("le chef de l'État" at that date).

In order: the publication date; else a full date in the article's first lines (a dateline, "PARIS, 15 mars
2016"); else the latest full date written in the text ("le 3 juin 2016"); else the latest year the text names
("en 2015", taken as the middle of that year); else none (office holders are then today's). The month names
come from ``lang/<code>/time.json`` (``months``). Runs before the time stage, on the plain text, so it reads
dates itself with a few patterns rather than the full timex grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DATELINE_CHARS = 300        # how far into the text a dateline is looked for
MIN_YEAR = 1990             # years before this are history, not the article's time


@dataclass(frozen=True, slots=True)
class ArticleDate:
    date: str | None        # ISO date, None when the text gives none
    source: str             # published | dateline | text | year | none


class DateReader:
    def __init__(self, months: dict[str, int], today: date | None = None):
        names = sorted((m for m in months if len(m) >= 3), key=len, reverse=True)
        self.months = {m.lower(): n for m, n in months.items()}
        self.full = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(map(re.escape, names)) + r")\.?\s+((?:19|20)\d{2})\b",
                               re.IGNORECASE)
        self.numeric = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b|\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")
        self.year = re.compile(r"\b((?:19|20)\d{2})\b")
        self.today = today or date.today()

    def __call__(self, text: str, published: str | None) -> ArticleDate:
        if published:
            return ArticleDate(published[:10], "published")
        dates = self._full_dates(text)
        head = [d for pos, d in dates if pos < DATELINE_CHARS]
        if head:
            return ArticleDate(head[0], "dateline")
        if dates:
            return ArticleDate(max(d for _pos, d in dates), "text")
        years = [int(y) for y in self.year.findall(text) if MIN_YEAR <= int(y) <= self.today.year]
        if years:
            return ArticleDate(f"{max(years)}-07-01", "year")
        return ArticleDate(None, "none")

    def _full_dates(self, text: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for m in self.full.finditer(text):
            iso = self._iso(int(m.group(3)), self.months.get(m.group(2).lower()), int(m.group(1)))
            if iso:
                out.append((m.start(), iso))
        for m in self.numeric.finditer(text):
            if m.group(1):
                iso = self._iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            else:
                iso = self._iso(int(m.group(6)), int(m.group(5)), int(m.group(4)))
            if iso:
                out.append((m.start(), iso))
        out.sort()
        return out

    def _iso(self, year: int, month: int | None, day: int) -> str | None:
        if month is None or year < MIN_YEAR:
            return None
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return d.isoformat() if d <= self.today else None
