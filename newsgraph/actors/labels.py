"""Readable names for actors known only by their CAMEO code: ``FRACVL`` -> "civils (France)".

An actor without a knowledge-base entry is stored with a code made of its country and sector (see
:mod:`newsgraph.actors.resolve`); a reader of a network or a list wants words, with the code kept for the tooltip.
:meth:`ActorLabels.load` reads the French country names of ``kb/countries.jsonl`` and the sector labels of
``kb/sectors.tsv`` (validated: every sector of :data:`newsgraph.actors.kb.SECTORS`, once each).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import LanguageDataError
from .kb import SECTORS, _canonical, _read_jsonl

SECTORS_FILE = "sectors.tsv"


@dataclass(frozen=True, slots=True)
class Sector:
    code: str       # GOV, CVL, ...
    fr: str         # French label, plural: "civils"
    en: str


@dataclass(frozen=True, slots=True)
class ActorLabels:
    countries: dict[str, str]      # ISO3 -> French canonical name
    sectors: dict[str, Sector]

    @classmethod
    def load(cls, kb_dir: str | Path | None = None) -> "ActorLabels":
        base = Path(kb_dir) if kb_dir else Path(str(resources.files("newsgraph").joinpath("kb")))
        return cls(countries=_country_names(base / "countries.jsonl"), sectors=_sectors(base / SECTORS_FILE))

    def to_json(self) -> dict[str, dict[str, str]]:
        """The French names, for a client that names codes itself (the dashboard's event tables)."""
        return {"countries": dict(self.countries), "sectors": {c: s.fr for c, s in self.sectors.items()}}

    def for_code(self, code: str | None, country: str | None, sector: str | None) -> str | None:
        """The readable name of ``code`` when it is exactly ``country`` + ``sector`` (as the resolver builds it),
        e.g. "civils (France)", "rebelles", "France"; None for any other code or an unknown part."""
        if not code or code != (country or "") + (sector or ""):
            return None
        place = self.countries.get(country) if country else None
        role = self.sectors.get(sector) if sector else None
        if (country and place is None) or (sector and role is None):
            return None
        if role and place:
            return f"{role.fr} ({place})"
        return role.fr if role else place


def _country_names(path: Path) -> dict[str, str]:
    if not path.is_file():
        raise LanguageDataError("knowledge-base file countries.jsonl is missing", hint=f"expected at {path}")
    names = {}
    for lineno, row in _read_jsonl(path):
        if "id" not in row:
            continue  # the header
        try:
            names[row["iso3"]] = _canonical(row["names"])
        except (KeyError, TypeError, ValueError) as exc:
            raise LanguageDataError(f"kb/countries.jsonl:{lineno}: bad entry: {type(exc).__name__}: {exc}") from exc
    return names


def _sectors(path: Path) -> dict[str, Sector]:
    if not path.is_file():
        raise LanguageDataError(f"sector table {path.name!r} is missing", hint=f"expected at {path}")
    lines = [l for l in path.read_text("utf-8").splitlines() if l.strip() and not l.startswith("#")]
    out: dict[str, Sector] = {}
    for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        code, fr, en = ((row.get(k) or "").strip() for k in ("code", "fr", "en"))
        if code not in SECTORS or code in out or not fr or not en:
            raise LanguageDataError(f"{path.name}: row {lineno}: {code!r} is unknown, repeated or lacks a label",
                                    hint="one row per sector of newsgraph.actors.kb.SECTORS: code, fr, en")
        out[code] = Sector(code, fr, en)
    missing = SECTORS - set(out)
    if missing:
        raise LanguageDataError(f"{path.name}: no label for sectors {sorted(missing)}")
    return out
