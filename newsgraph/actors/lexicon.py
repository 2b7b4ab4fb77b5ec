"""One Aho-Corasick automaton over every name, alias, role phrase and country adjective, built once.

Keys are folded (accent- and case-insensitive, see :mod:`.normalize`); each key maps to the targets it can
mean. Case is checked after matching: acronyms (``EI``, ``UE``) need the same capitals, names written with a
capital need a capital in the text (``Renaissance`` the party, not ``renaissance``); lower-case aliases
(``talibans``, ``police``) match in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

import ahocorasick

from .kb import KnowledgeBase
from .normalize import fold, is_acronym

# kinds, in the order a tie between two matches of the same length is decided
KIND_PRIORITY = {"person": 0, "org": 1, "group": 1, "seat": 2, "country": 3, "capital": 4, "place": 5, "role": 6,
                 "adjective": 7}


# words of a multi-word alias whose capital the text may drop ("La Réunion" -> "à la Réunion")
ALIAS_ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "et", "en", "au", "aux"})


@dataclass(frozen=True, slots=True)
class Target:
    kind: str                  # person | org | group | seat | country | capital | place | role | adjective
    key: str                   # entity id, ISO3 (country, capital, seat, adjective), place id or role phrase
    alias: str                 # the alias as written in the data
    sector: str | None = None  # seat and role sector
    title: str | None = None   # role title (president, foreign_minister...)
    body: bool = False         # role noun for a body or group (gouvernement, police) rather than one person
    context: bool = True       # a bare role takes the article's main country (not "la coalition")
    by_place: tuple[tuple[str, str], ...] = ()   # (ISO3, KB entity id): "forces kurdes" in Syria = SDF
    org: str | None = None     # the organisation of an office ("secrétaire général de l'ONU" -> UN)

    def case_ok(self, text: str) -> bool:
        if is_acronym(self.alias):
            # "ONU" or the press's "Onu"; two-letter acronyms (EI, UE, US) only in capitals
            return text.replace("’", "'") == self.alias or (len(self.alias) >= 3 and text.istitle())
        if self.alias[:1].isupper() and " " not in self.alias:
            return text[:1].isupper()
        words, said = self.alias.split(), text.split()
        named = [i for i, w in enumerate(words) if w.lower() not in ALIAS_ARTICLES]
        if len(words) == len(said) and len(named) == 1 and words[named[0]][:1].isupper():
            # an article and one name ("La Réunion", "La Haye"): "à la Réunion" but not "la réunion"; longer
            # names keep no case check, the press writes "le conseil de sécurité", "la Maison blanche"
            return said[named[0]][:1].isupper()
        return True


@dataclass(frozen=True, slots=True)
class RoleEntry:
    phrase: str
    sector: str | None
    title: str | None
    body: bool
    context: bool = True
    by_place: tuple[tuple[str, str], ...] = ()
    org: str | None = None


class Lexicon:
    def __init__(self, kb: KnowledgeBase, roles: list[RoleEntry], acronyms: dict[str, tuple[str, ...]] | None = None):
        """``acronyms``: acronym -> the KB ids it may stand for (ambiguity.json), matched as aliases of each."""
        self.kb = kb
        self.roles = {r.phrase: r for r in roles}
        table: dict[str, list[Target]] = {}
        readings = ((kb.entities[i].kind, i, a) for a, ids in (acronyms or {}).items() for i in ids)
        for target in [*self._targets(kb, roles), *(Target(*r) for r in readings)]:
            key = fold(target.alias)
            bucket = table.setdefault(key, [])
            if target not in bucket:
                bucket.append(target)
        self.automaton = ahocorasick.Automaton()
        for key, targets in table.items():
            targets.sort(key=lambda t: KIND_PRIORITY[t.kind])
            self.automaton.add_word(key, (len(key), tuple(targets)))
        self.automaton.make_automaton()
        self.size = len(table)
        self.role_by_phrase = {fold(t.alias): t for ts in table.values() for t in ts if t.kind == "role"}
        self.combining = {fold(f): c.iso3 for c in kb.countries.values() for f in c.combining}
        self.combining_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, self.combining), key=len, reverse=True))
                                       + r")-(?=\w)") if self.combining else re.compile(r"(?!)")
        self.aliases = {k for k, ts in table.items() if any(t.kind != "adjective" for t in ts)}
        self.adjective_forms = frozenset(k for k, ts in table.items()
                                         if any(t.kind == "adjective" for t in ts) and k not in self.aliases)

    @staticmethod
    def _targets(kb: KnowledgeBase, roles: list[RoleEntry]) -> Iterator[Target]:
        for c in kb.countries.values():
            key = c.parent if c.kind == "department" and c.parent else c.iso3   # "la Guyane", "guyanais": France
            for n in c.names:
                yield Target("country", key, n)
            for n in c.capitals:
                yield Target("capital", key, n)
            for seat in c.seats:
                for n in seat.names:
                    yield Target("seat", key, n, sector=seat.sector)
            for a in c.adjectives:
                yield Target("adjective", key, a)
        for e in kb.entities.values():
            for n in e.names:
                yield Target(e.kind, e.id, n)
        for p in kb.places.values():
            for n in p.names:
                yield Target("place", p.id, n)
        for r in roles:
            yield Target("role", r.phrase, r.phrase, sector=r.sector, title=r.title, body=r.body, context=r.context, by_place=r.by_place, org=r.org)

    def iter(self, folded: str) -> Iterator[tuple[int, int, tuple[Target, ...]]]:
        """(start, end, targets) of every key occurring in a folded text (end exclusive)."""
        for last, (length, targets) in self.automaton.iter(folded):
            yield last - length + 1, last + 1, targets


def role_entries(rows: list[dict[str, Any]]) -> list[RoleEntry]:
    return [RoleEntry(r["phrase"], r.get("sector"), r.get("title"), bool(r.get("body", False)), bool(r.get("context", True)),
                      tuple(sorted((r.get("by_place") or {}).items())), r.get("org"))
            for r in rows if "phrase" in r]
