"""Ambiguity guards: bare surnames that are also words, and acronyms with several readings.

Read from ``lang/<lang>/ambiguity.json`` (format in docs/actors.md) and checked against the knowledge base
when the actors component is built:

* a one-word knowledge-base name of a person that is also a word of the language (the model's word index, the
  months, ``name_words``) is that person only after a title or a full mention of the same person
  (``Resolver._bare_name_basis``);
* an acronym listed under ``acronyms`` takes the reading whose cues the article contains, else the reading of
  the article's main country, else its default reading, else none (:meth:`Guards.read_acronym`).

Each decision is returned with its basis, which the resolver records as the actor's ``resolution``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import LanguageDataError
from .kb import KnowledgeBase
from .normalize import fold


@dataclass(frozen=True, slots=True)
class Reading:
    id: str | None                     # knowledge-base entity id, None when this reading is not an actor
    cues: tuple[str, ...]              # folded cue phrases
    default: bool = False


@dataclass(frozen=True, slots=True)
class AcronymChoice:
    id: str | None                     # the entity chosen, None when the acronym is not an actor or unresolved
    basis: str                         # cue | country | default | not-an-actor | unresolved


@dataclass(slots=True)
class Guards:
    words: frozenset[str] = frozenset()                     # folded words that may also be surnames
    honorifics: frozenset[str] = frozenset()                # folded titles written before a name
    acronyms: dict[str, tuple[Reading, ...]] = field(default_factory=dict)
    _cue_res: dict[str, re.Pattern] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict[str, Any], kb: KnowledgeBase, words: Iterable[str] = ()) -> "Guards":
        """Validate ``ambiguity.json`` against the knowledge base; ``words`` adds the language's word list."""
        if data.get("version") != 1:
            raise LanguageDataError("ambiguity.json: unknown version", hint="expected \"version\": 1")
        acronyms: dict[str, tuple[Reading, ...]] = {}
        for acronym, entry in (data.get("acronyms") or {}).items():
            readings = []
            for r in entry.get("readings") or []:
                rid = r.get("id")
                if rid is not None and rid not in kb.entities:
                    raise LanguageDataError(f"ambiguity.json: reading {rid!r} of {acronym!r} is not a KB entity")
                cues = tuple(fold(c) for c in r.get("cues") or [])
                if not cues:
                    raise LanguageDataError(f"ambiguity.json: reading {rid!r} of {acronym!r} has no cues")
                readings.append(Reading(rid, cues, bool(r.get("default", False))))
            if not readings or sum(r.default for r in readings) > 1:
                raise LanguageDataError(f"ambiguity.json: {acronym!r} needs readings, at most one default")
            acronyms[acronym] = tuple(readings)
        all_words = {fold(w) for w in words} | {fold(w) for w in data.get("name_words") or []}
        return cls(words=frozenset(all_words), honorifics=frozenset(fold(h) for h in data.get("honorifics") or []),
                   acronyms=acronyms)

    def is_word(self, alias: str) -> bool:
        """A one-word name that is also a word ("Hollande", "Mars", "May")."""
        return " " not in alias and fold(alias) in self.words

    def read_acronym(self, acronym: str, folded_text: str, country: str | None, kb: KnowledgeBase) -> AcronymChoice:
        """The reading of an acronym in an article (``folded_text``) whose main country is ``country``."""
        readings = self.acronyms[acronym]
        scores = [sum(len(self._cue_re(c).findall(folded_text)) for c in r.cues) for r in readings]
        best = max(scores)
        if best > 0 and scores.count(best) == 1:
            return _choice(readings[scores.index(best)], "cue")
        if country is not None:
            local = [r for r in readings if r.id is not None and kb.entities[r.id].country == country]
            if len(local) == 1:
                return AcronymChoice(local[0].id, "country")
        for r in readings:
            if r.default:
                return _choice(r, "default")
        return AcronymChoice(None, "unresolved")

    def _cue_re(self, cue: str) -> re.Pattern:
        if cue not in self._cue_res:
            self._cue_res[cue] = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)")
        return self._cue_res[cue]


def _choice(reading: Reading, basis: str) -> AcronymChoice:
    return AcronymChoice(reading.id, basis if reading.id is not None else "not-an-actor")
