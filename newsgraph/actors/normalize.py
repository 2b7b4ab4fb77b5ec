"""Accent- and case-folding that keeps every character at its offset (so matches map back to the text)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = "’‘´`ʼ"
_DASHES = "‐‑‒–—"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _APOSTROPHES:
        return "'"
    if c in _DASHES:
        return "-"
    low = c.lower()
    if len(low) != 1:
        low = c
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes and dashes unified; ``len(fold(t)) == len(t)``."""
    return "".join(_fold_char(c) for c in text)


def is_acronym(alias: str) -> bool:
    """All-capital short names (EI, UE, ONU, US) only match with the same capitals."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= 7 and all(c.isupper() for c in letters)
