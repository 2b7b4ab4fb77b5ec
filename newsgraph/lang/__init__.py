"""Language data: one folder per language code (``newsgraph/lang/fr/``), files only, no code.

Adding a language means adding a folder with the same files (see docs/language-data.md). Files are read
through :class:`LanguageData`, created once per pipeline and passed to the components that need them.
"""

from __future__ import annotations

import csv
import json
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from ..errors import LanguageDataError


def available_languages() -> list[str]:
    root = Path(str(resources.files("newsgraph").joinpath("lang")))
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


class LanguageData:
    """Access to the data files of one language."""

    def __init__(self, code: str, root: str | Path | None = None):
        base = Path(root) if root else Path(str(resources.files("newsgraph").joinpath("lang")))
        self.code = code
        self.dir = base / code
        if not self.dir.is_dir():
            raise LanguageDataError(
                f"no language data for {code!r}",
                hint="available: " + ", ".join(available_languages()) + "; a new language is a new folder under newsgraph/lang/",
            )
        self._cache: dict[str, Any] = {}

    def path(self, name: str) -> Path:
        p = self.dir / name
        if not p.exists():
            raise LanguageDataError(f"language data file {name!r} is missing for {self.code!r}", hint=f"expected at {p}")
        return p

    def has(self, name: str) -> bool:
        return (self.dir / name).exists()

    def json(self, name: str) -> Any:
        if name not in self._cache:
            try:
                self._cache[name] = json.loads(self.path(name).read_text("utf-8"))
            except json.JSONDecodeError as exc:
                raise LanguageDataError(f"{self.code}/{name}: invalid JSON: {exc}") from exc
        return self._cache[name]

    def jsonl(self, name: str) -> list[dict[str, Any]]:
        if name not in self._cache:
            rows = []
            for n, line in enumerate(self.path(name).read_text("utf-8").splitlines(), 1):
                line = line.strip()
                if not line or line.startswith("//") or line.startswith("#"):
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise LanguageDataError(f"{self.code}/{name}:{n}: invalid JSON: {exc}") from exc
            self._cache[name] = rows
        return self._cache[name]

    def tsv(self, name: str) -> list[dict[str, str]]:
        """Rows of a tab-separated file with a header line; lines starting with '#' are comments."""
        if name not in self._cache:
            lines = [l for l in self.path(name).read_text("utf-8").splitlines() if l.strip() and not l.startswith("#")]
            self._cache[name] = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        return self._cache[name]

    def lines(self, name: str) -> list[str]:
        """Non-empty, non-comment lines of a plain list file."""
        if name not in self._cache:
            self._cache[name] = [
                l.strip() for l in self.path(name).read_text("utf-8").splitlines() if l.strip() and not l.lstrip().startswith("#")
            ]
        return self._cache[name]

    @cached_property
    def function_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.lines("function_words.txt"))

    @cached_property
    def foreign_words(self) -> frozenset[str]:
        """Function words of other languages that are no words of this one (optional file)."""
        if not (self.dir / "foreign_words.txt").is_file():
            return frozenset()
        return frozenset(w.lower() for w in self.lines("foreign_words.txt")) - self.function_words

    def __iter__(self) -> Iterator[Path]:
        return iter(sorted(self.dir.rglob("*")))
