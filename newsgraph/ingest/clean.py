"""Cleaning of scraped article text: page furniture out, every sentence of the story kept.

Language-specific patterns come from ``lang/<code>/furniture.json``. The result is a list of paragraphs
(one per non-furniture line) and metadata about what was removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from ..lang import LanguageData

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(slots=True)
class Cleaned:
    paragraphs: list[str]
    title: str | None
    agency: str | None = None
    published: str | None = None       # from a "Publié le" line or a dateline, ISO date
    removed: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


class TextCleaner:
    """Removes page furniture using the patterns of one language; built once, used for every article."""

    def __init__(self, lang: LanguageData):
        spec = lang.json("furniture.json")
        flags = re.IGNORECASE
        self._drop = [re.compile(p, flags) for p in spec["drop_lines"]]
        self._credit = re.compile(spec["caption_credit"], flags)
        self._agency = re.compile(spec["agency_signoff"], flags)
        self._agencies = {k.lower(): v for k, v in spec["agencies"].items()}
        self._published = re.compile(spec["published_line"], flags)
        self._dateline = re.compile(spec["dateline"], flags)
        self._months = spec["months"]

    def normalise(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROL.sub("", text)
        return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))

    def clean(self, text: str, title: str | None = None) -> Cleaned:
        out = Cleaned(paragraphs=[], title=title)
        captions: set[str] = set()
        for line in self.normalise(text).split("\n"):
            if not line:
                continue
            m = self._credit.search(line)
            if m:
                out.credits.append(m.group(1).strip())
                captions.add(line[: m.start()].strip().rstrip(" -–").strip())
                out.removed.append(line)
                continue
            if line in captions:
                out.removed.append(line)
                continue
            am = self._agency.fullmatch(line)
            if am:
                out.agency = out.agency or self._agencies.get(am.group(1).lower(), am.group(1))
                out.removed.append(line)
                continue
            pm = self._published.match(line)
            if pm and len(line) < 80:
                out.published = out.published or self.parse_date(pm.group(1))
                out.removed.append(line)
                continue
            if any(p.fullmatch(line) for p in self._drop):
                out.removed.append(line)
                continue
            out.paragraphs.append(line)
        # a caption printed once without credit but also before its credited copy
        out.paragraphs = [p for p in out.paragraphs if p not in captions]
        if out.paragraphs and out.published is None:
            for p in out.paragraphs[:3]:
                dm = self._dateline.match(p)
                if dm:
                    out.published = self.parse_date(dm.group(1))
                    if out.published and dm.group(2) and dm.group(4):
                        # a time with an explicit UTC/GMT zone gives a timezone-aware timestamp
                        minute = int(dm.group(3) or 0)
                        out.published += f"T{int(dm.group(2)):02d}:{minute:02d}:00+00:00"
                    break
        if out.title is None and out.paragraphs:
            out.title = out.paragraphs[0]
        return out

    def parse_date(self, text: str) -> str | None:
        """'28 janvier 2017', '1er janvier 2016', '28/01/2017' -> ISO date, or None when not a date."""
        text = text.strip().lower()
        m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
        if m:
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.search(r"(\d{1,2})(?:er)?\s+([a-zéèûôà]+)\s+(\d{4})", text)
            if not m or m.group(2) not in self._months:
                return None
            d, mo, y = int(m.group(1)), self._months[m.group(2)], int(m.group(3))
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return None
