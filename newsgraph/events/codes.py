"""CAMEO and PLOVER code tables (``newsgraph/kb/cameo.tsv`` and ``newsgraph/kb/plover.tsv``).

Both are language-neutral knowledge, read once per component by :func:`load_code_table`; see the header lines
of each file for their provenance. A :class:`CodeTable` answers everything an Event needs about its code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import LanguageDataError

CAMEO_FILE = "cameo.tsv"
PLOVER_FILE = "plover.tsv"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str                 # 2 to 4 digits, e.g. "1246"
    name: str
    root: str                 # 2-digit root, e.g. "12"
    quad_class: int           # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float | None
    plover: str | None        # PLOVER event type, e.g. "REJECT"; None for 01x
    plover_mode: str | None   # PLOVER mode, e.g. "yield"; None when the mapping gives none
    plover_context: str | None = None


def _kb_dir() -> Path:
    return Path(str(resources.files("newsgraph").joinpath("kb")))


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise LanguageDataError(f"code table {path.name!r} is missing", hint=f"expected at {path}")
    lines = [l for l in path.read_text("utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


class CodeTable:
    """CAMEO code -> :class:`CameoCode`, with the PLOVER mapping joined in."""

    def __init__(self, codes: dict[str, CameoCode]):
        self._codes = codes

    @classmethod
    def load(cls, kb_dir: str | Path | None = None) -> "CodeTable":
        base = Path(kb_dir) if kb_dir else _kb_dir()
        plover = {r["cameo"]: r for r in _read_tsv(base / PLOVER_FILE)}
        codes: dict[str, CameoCode] = {}
        for row in _read_tsv(base / CAMEO_FILE):
            code = row["code"]
            if code in codes:
                raise LanguageDataError(f"{CAMEO_FILE}: duplicate code {code!r}")
            p = plover.get(code, {})
            codes[code] = CameoCode(
                code=code, name=row["name"], root=row["root"], quad_class=int(row["quad_class"]),
                goldstein=float(row["goldstein"]) if row["goldstein"] else None,
                plover=p.get("plover") or None, plover_mode=p.get("mode") or None,
                plover_context=p.get("context") or None,
            )
        return cls(codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise LanguageDataError(f"unknown CAMEO code {code!r}", hint=f"see newsgraph/kb/{CAMEO_FILE}") from None

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return list(self._codes)

    def roots(self) -> list[str]:
        return sorted({c.root for c in self._codes.values()})
