"""The knowledge base: typed entries read from the versioned files under ``newsgraph/kb/``.

    countries.jsonl       KbCountry   ISO 3166 alpha-3, names, adjectives, capitals, seats of power
    organisations.jsonl   KbEntity    IGOs, NGOs, national bodies (kind "org")
    organisations_imported.jsonl      IGOs and NGOs imported from Phoenix (tools/import_orgs.py), same format
    groups.jsonl          KbEntity    non-state armed groups and movements (kind "group")
    groups_imported.jsonl KbEntity    armed groups imported from Phoenix (tools/import_groups.py), same format
    people.jsonl          KbEntity    people with dated roles (kind "person")
    geography.jsonl       KbPlace     first-level subdivisions and large cities, each with its country

The format of every file is documented in ``newsgraph/kb/README.md``. The first line of each file is a header
object with ``_format`` and ``version``; every other line is one entry. A missing or empty people file is
allowed (the knowledge base then has no people), so is a missing geography, imported organisations or imported groups file; a malformed line raises :class:`LanguageDataError`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from ..errors import LanguageDataError

SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "CVL", "BUS", "MED", "LAB", "EDU", "REL", "ELI",
    "SPY", "REF", "CRM", "NGO", "IGO", "UAF", "HLH", "ENV", "AGR", "HRI", "DEV",
})
FORMER_SECTORS = frozenset({"GOV", "MIL"})
OPTIONAL_FILES = frozenset({"organisations_imported", "groups_imported", "people", "geography"})   # the KB works without them   # leaving one of these makes a former official (ELI)


@dataclass(frozen=True, slots=True)
class Seat:
    sector: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KbCountry:
    iso3: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]        # French adjective forms (all genders and numbers)
    capitals: tuple[str, ...]
    seats: tuple[Seat, ...]
    kind: str = "country"              # country | territory | department (part of its parent: actors are the parent's)
    parent: str | None = None
    iso2: str | None = None
    wikidata: str | None = None
    canonical: str = ""                # first French name
    combining: tuple[str, ...] = ()    # combining forms of compound adjectives: "turco" in "turco-syrien"


@dataclass(frozen=True, slots=True)
class KbPlace:
    """A first-level subdivision (ISO 3166-2) or a large city: a place inside one country."""

    id: str                            # ISO 3166-2 code, "geonames:<id>" or "fr:<name>"
    kind: str                          # subdivision | city
    country: str                       # ISO3
    names: tuple[str, ...]
    name: str                          # canonical name (first French name, else the first other)


@dataclass(frozen=True, slots=True)
class Role:
    sector: str
    title: str | None
    start: str | None                  # ISO date, None = unknown start
    end: str | None                    # ISO date, None = still in office
    org: str | None = None             # the organisation of an office in an IGO ("secretary_general" of "UN")

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class KbEntity:
    """An organisation, an armed group or a person."""

    id: str
    kind: str                          # org | group | person
    name: str                          # canonical (first French) name
    names: tuple[str, ...]
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    group: str | None = None
    code: str | None = None
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()

    def role_at(self, date: str | None) -> tuple[str | None, Role | None]:
        """(sector, role) of a person at a date: the active role, ELI after a GOV/MIL role, else (None, None)."""
        if not self.roles:
            return self.sector, None
        if date is None:
            current = [r for r in self.roles if r.end is None]
            if current:
                return current[-1].sector, current[-1]
            last = max(self.roles, key=lambda r: r.end or "")
            return ("ELI" if last.sector in FORMER_SECTORS else last.sector), last
        active = [r for r in self.roles if r.active(date)]
        if active:
            return active[-1].sector, active[-1]
        past = [r for r in self.roles if r.end is not None and r.end <= date]
        if past and any(r.sector in FORMER_SECTORS for r in past):
            return "ELI", max(past, key=lambda r: r.end or "")
        return None, None


@dataclass(slots=True)
class KnowledgeBase:
    countries: dict[str, KbCountry] = field(default_factory=dict)
    entities: dict[str, KbEntity] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    places: dict[str, KbPlace] = field(default_factory=dict)
    _offices: dict[tuple[str | None, str | None], list[KbEntity]] | None = None

    @classmethod
    def load(cls, root: str | Path | None = None) -> "KnowledgeBase":
        base = Path(root) if root else Path(str(resources.files("newsgraph").joinpath("kb")))
        kb = cls()
        for name, reader in (("countries", kb._add_country), ("organisations", kb._add_org),
                             ("organisations_imported", kb._add_org),
                             ("groups", kb._add_group), ("groups_imported", kb._add_group),
                             ("people", kb._add_person), ("geography", kb._add_place)):
            path = base / f"{name}.jsonl"
            if not path.exists():
                if name in OPTIONAL_FILES:
                    continue
                raise LanguageDataError(f"knowledge-base file {name}.jsonl is missing", hint=f"expected at {path}")
            for lineno, row in _read_jsonl(path):
                if "id" not in row:
                    kb.versions[name] = int(row.get("version", 0))
                    continue
                try:
                    reader(row)
                except (KeyError, TypeError, ValueError) as exc:
                    raise LanguageDataError(f"kb/{name}.jsonl:{lineno}: bad entry: {type(exc).__name__}: {exc}") from exc
        return kb

    # -- readers --------------------------------------------------------------------------------------
    def _add_country(self, row: dict[str, Any]) -> None:
        names = _names(row["names"])
        seats = tuple(Seat(s["sector"], _names(s["names"])) for s in row.get("seats", []))
        self.countries[row["iso3"]] = KbCountry(
            iso3=row["iso3"], names=names, adjectives=tuple(row.get("adjectives", {}).get("fr", [])),
            capitals=tuple(row.get("capitals", [])), seats=seats, kind=row.get("kind", "country"),
            parent=row.get("parent"), iso2=row.get("iso2"), wikidata=row.get("wikidata"),
            canonical=row["names"]["fr"][0] if row["names"].get("fr") else names[0],
            combining=tuple(row.get("combining", [])))

    def _add_org(self, row: dict[str, Any]) -> None:
        self._add_entity(row, "org", group=None)

    def _add_group(self, row: dict[str, Any]) -> None:
        self._add_entity(row, "group", group=row.get("group") or row["id"])

    def _add_entity(self, row: dict[str, Any], kind: str, group: str | None) -> None:
        self._put(KbEntity(
            id=row["id"], kind=kind, name=_canonical(row["names"]), names=_names(row["names"]),
            country=row.get("country"), sector=row.get("sector"), org=row.get("org"), group=group,
            code=row.get("code"), wikidata=row.get("wikidata")))

    def _add_person(self, row: dict[str, Any]) -> None:
        roles = tuple(Role(r["sector"], r.get("title"), r.get("start"), r.get("end"), r.get("org")) for r in row.get("roles", []))
        self._put(KbEntity(
            id=row["id"], kind="person", name=_canonical(row["names"]), names=_names(row["names"]),
            country=row.get("country"), org=row.get("org"), group=row.get("group"),
            wikidata=row.get("wikidata"), roles=roles))

    def _add_place(self, row: dict[str, Any]) -> None:
        if row["kind"] not in ("subdivision", "city"):
            raise ValueError(f"kind {row['kind']!r} is not subdivision or city")
        if row["country"] not in self.countries:
            raise ValueError(f"country {row['country']!r} is not in countries.jsonl")
        if row["id"] in self.places:
            raise ValueError(f"duplicate id {row['id']!r}")
        self.places[row["id"]] = KbPlace(id=row["id"], kind=row["kind"], country=row["country"],
                                         names=_names(row["names"]), name=_canonical(row["names"]))

    def _put(self, entity: KbEntity) -> None:
        if entity.id in self.entities:
            raise ValueError(f"duplicate id {entity.id!r}")
        self.entities[entity.id] = entity

    # -- queries --------------------------------------------------------------------------------------
    def people(self) -> Iterator[KbEntity]:
        return (e for e in self.entities.values() if e.kind == "person")

    def holders(self, country: str, title: str, date: str | None) -> list[KbEntity]:
        """People holding ``title`` in ``country`` at ``date`` (None: currently)."""
        if self._offices is None:
            self._offices = {}
            for p in self.people():
                for r in p.roles:
                    bucket = self._offices.setdefault((p.country, r.title), [])
                    if p not in bucket:
                        bucket.append(p)
        return [p for p in self._offices.get((country, title), [])
                if any(r.title == title and (r.active(date) if date else r.end is None) for r in p.roles)]

    def org_holders(self, org: str, title: str, date: str | None) -> list[KbEntity]:
        """People holding ``title`` in the organisation ``org`` (``roles[].org``) at ``date`` (None: currently)."""
        return [p for p in self.people()
                if any(r.title == title and r.org == org and (r.active(date) if date else r.end is None)
                       for r in p.roles)]

    def search(self, query: str) -> list[KbEntity | KbCountry]:
        """Entries whose id or one of whose names contains ``query`` (accent- and case-insensitive)."""
        from .normalize import fold
        q = fold(query)
        hits: list[KbEntity | KbCountry] = [c for c in self.countries.values()
                                            if q == fold(c.iso3) or any(q in fold(n) for n in c.names)]
        hits += [e for e in self.entities.values() if q in fold(e.id) or any(q in fold(n) for n in e.names)]
        return hits


def describe(entry: KbEntity | KbCountry, date: str | None = None) -> dict[str, Any]:
    """A plain dict of one knowledge-base entry, for listings (``newsgraph actors``) and the API."""
    if isinstance(entry, KbCountry):
        return {"id": entry.iso3, "kind": entry.kind, "name": entry.canonical, "country": entry.iso3,
                "sector": "GOV", "code": entry.iso3 + "GOV", "org": None, "group": None,
                "wikidata": entry.wikidata, "names": list(entry.names), "adjectives": list(entry.adjectives),
                "capitals": list(entry.capitals), "seats": [{"sector": s.sector, "names": list(s.names)} for s in entry.seats]}
    sector, role = entry.role_at(date) if entry.kind == "person" else (entry.sector, None)
    code = entry.code if entry.kind != "person" else (((entry.country or "") + (sector or "")) or None)
    return {"id": entry.id, "kind": entry.kind, "name": entry.name, "country": entry.country, "sector": sector,
            "code": code, "org": entry.org, "group": entry.group, "wikidata": entry.wikidata,
            "names": list(entry.names), "title": role.title if role else None,
            "roles": [{"sector": r.sector, "title": r.title, "start": r.start, "end": r.end} for r in entry.roles]}


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LanguageDataError(f"kb/{path.name}:{lineno}: invalid JSON: {exc}") from exc
        if not isinstance(row, dict):
            raise LanguageDataError(f"kb/{path.name}:{lineno}: expected a JSON object")
        yield lineno, row


def _names(names: dict[str, list[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for lang in ("fr", "en"):
        for n in names.get(lang, []):
            if n and n not in out:
                out.append(n)
    return tuple(out)


def _canonical(names: dict[str, list[str]]) -> str:
    for lang in ("fr", "en"):
        if names.get(lang):
            return names[lang][0]
    raise ValueError("entry has no name")
