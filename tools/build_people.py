"""Generate newsgraph/kb/people.jsonl (the people part of the actors knowledge base) from tools/people/*.psv.

Usage: python tools/build_people.py [--tables DIR] [--out PATH]   (validates everything, then rewrites the file)

The tables (one file per region, format in tools/people/README.md) are the data; this script only reads,
checks and writes them. Output format ("newsgraph-people", version 1, described in newsgraph/kb/README.md):
UTF-8 JSON lines sorted by id, a header ``{"_format": "newsgraph-people", "version": 1, "sources": "..."}``
first, then one person per line:

    {"id": "vladimir_putin", "wikidata": null, "names": {"fr": [...], "en": [...]}, "country": "RUS",
     "roles": [{"sector": "GOV", "title": "president", "start": "2000-05-07", "end": null}, ...],
     "org": null, "group": null}              key of the IGO / armed group of the latest role having one

Checks before writing (a failure names the file and line): the format line of every table, ISO3 countries
known to newsgraph/kb/countries.jsonl, unique snake_case ids, valid dates with start <= end, known sectors,
no overlapping roles of one person with the same title, no two people holding the same national office at
once (except the disputed offices listed in tools/people/disputed.tsv), no French name shared by two people,
and no bare (one-word) French name that is the surname of another person.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tools" / "people"
KB = ROOT / "newsgraph" / "kb"

FORMAT = "newsgraph-people"
VERSION = 1
TABLE_FORMAT = "#format newsgraph-people-table 1"
SOURCES = (
    "Written for newsgraph. Leaders and dates of office partly taken from CountryInfo.120116.txt and "
    "PETRARCH2 Phoenix.Countries.actors.txt (Open Event Data Alliance / Parus Analytics, MIT licence), "
    "completed and updated to 2026 from public records of offices; French name forms as used by the "
    "French-language press."
)

DEFAULT_SECTOR = {
    "chief_of_staff": "MIL",
    "army_chief": "MIL",
    "military_ruler": "MIL",
    "commander": "MIL",
    "speaker": "LEG",
    "opposition_leader": "OPP",
    "party_leader": "OPP",
    "leader": "REB",
    "chief_justice": "JUD",
    "prosecutor": "JUD",
}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "IGO", "PTY", "ELI", "COP", "SPY", "REL", "CVL", "BUS"}
# National offices with one holder at a time (sector GOV); tools/people/disputed.tsv lists the exceptions.
SINGLE_HOLDER = {"president", "prime_minister", "chancellor", "king", "foreign_minister", "defence_minister",
                 "interior_minister", "supreme_leader", "emir"}

DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
ID_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")


class TableError(ValueError):
    """A line of a people table is malformed, or the tables contradict each other."""


class Origin(NamedTuple):
    """Where a person's line is: reported by every error about it."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}"


def fold(text: str) -> str:
    """Lowercase, accent-free form used to compare names."""
    return plain(text).replace("-", " ")


def plain(text: str) -> str:
    """Lowercase, accent-free form, hyphens kept (for word-level comparisons)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def parse_date(text: str, where: Origin) -> str | None:
    if text == "-":
        return None
    full = text if len(text) == 10 else text + "-01"
    try:
        valid = bool(DATE_RE.match(text)) and date.fromisoformat(full).isoformat() == full
    except ValueError:
        valid = False
    if not valid:
        raise TableError(f"{where}: bad date {text!r}")
    return full


def parse_role(text: str, where: Origin) -> dict:
    parts = text.split()
    if len(parts) != 3:
        raise TableError(f"{where}: bad role {text!r} (expected 'title start end')")
    head, start, end = parts
    sector, key = None, None
    if ":" in head:
        prefix, title = head.split(":", 1)
        sector, _, key = prefix.partition(".")
    else:
        title = head
    sector = sector or DEFAULT_SECTOR.get(title, "GOV")
    if sector not in SECTORS:
        raise TableError(f"{where}: unknown sector {sector!r}")
    if not re.fullmatch(r"[a-z][a-z_]*", title):
        raise TableError(f"{where}: bad title {title!r}")
    role = {"sector": sector, "title": title, "start": parse_date(start, where), "end": parse_date(end, where)}
    if role["start"] is None:
        raise TableError(f"{where}: a role needs a start date: {text!r}")
    if role["end"] is not None and role["start"] > role["end"]:
        raise TableError(f"{where}: role ends before it starts: {text!r}")
    if sector == "IGO" and not key:
        raise TableError(f"{where}: an IGO role needs its organisation (IGO.KEY:title): {text!r}")
    if key:
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", key):
            raise TableError(f"{where}: bad organisation or group key {key!r}")
        role["group" if sector == "REB" else "org"] = key
    return role


def parse_names(text: str) -> list[str]:
    names = [n.strip() for n in text.split(";") if n.strip()]
    return list(dict.fromkeys(names))


def parse_table(path: Path) -> list[tuple[Origin, dict]]:
    """One table file: ``@ISO3`` lines set the country of the person lines that follow."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != TABLE_FORMAT:
        raise TableError(f"{path.name}:1: a people table starts with {TABLE_FORMAT!r}")
    people: list[tuple[Origin, dict]] = []
    country = None
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        where = Origin(path, number)
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            country = line[1:].strip()
            if not ISO3_RE.match(country):
                raise TableError(f"{where}: bad country {country!r}")
            continue
        if country is None:
            raise TableError(f"{where}: person line before any @COUNTRY line")
        fields = [f.strip() for f in line.split("|")]
        if len(fields) not in (4, 5):
            raise TableError(f"{where}: expected 4 or 5 fields separated by '|'")
        pid, fr, en, roles = fields[:4]
        fr_names = parse_names(fr)
        en_names = fr_names if en == "=" else parse_names(en)
        if not fr_names or not en_names:
            raise TableError(f"{where}: a person needs French and English names")
        role_list = [parse_role(r.strip(), where) for r in roles.split(";") if r.strip()]
        if not role_list:
            raise TableError(f"{where}: a person needs at least one role")
        role_list.sort(key=lambda r: r["start"])
        wikidata = fields[4] if len(fields) == 5 and fields[4] else None
        if wikidata is not None and not re.fullmatch(r"Q\d+", wikidata):
            raise TableError(f"{where}: bad Wikidata QID {wikidata!r}")
        keyed = [r for r in role_list if "org" in r]
        grouped = [r for r in role_list if "group" in r]
        people.append((where, {
            "id": pid,
            "wikidata": wikidata,
            "names": {"fr": fr_names, "en": en_names},
            "country": country,
            "roles": role_list,
            "org": keyed[-1]["org"] if keyed else None,
            "group": grouped[-1]["group"] if grouped else None,
        }))
    return people


def read_disputed(path: Path) -> set[tuple[str, str]]:
    """``ISO3<TAB>title<TAB>why`` lines: offices that two people claimed at once."""
    disputed = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 3 or not ISO3_RE.match(fields[0]) or fields[1] not in SINGLE_HOLDER:
            raise TableError(f"{path.name}:{number}: expected 'ISO3<TAB>office<TAB>why'")
        disputed.add((fields[0], fields[1]))
    return disputed


def known_countries(path: Path) -> set[str]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["iso3"] for row in rows if "iso3" in row}


def validate(people: list[tuple[Origin, dict]], countries: set[str], disputed: set[tuple[str, str]]) -> None:
    """Raise TableError listing every problem found (not only the first)."""
    problems: list[str] = []
    seen: dict[str, Origin] = {}
    owners: dict[str, str] = {}
    for where, person in people:
        pid = person["id"]
        if not ID_RE.match(pid):
            problems.append(f"{where}: bad id {pid!r} (lowercase snake_case)")
        elif pid in seen:
            problems.append(f"{where}: id {pid!r} already used at {seen[pid]}")
        seen.setdefault(pid, where)
        if person["country"] not in countries:
            problems.append(f"{where}: country {person['country']} is not in countries.jsonl")
        for name in person["names"]["fr"]:
            key = fold(name)
            if owners.setdefault(key, pid) != pid:
                problems.append(f"{where}: name {name!r} given to {owners[key]} and {pid}")
        by_title: dict[str, list[dict]] = defaultdict(list)
        for role in person["roles"]:
            by_title[role["title"]].append(role)
        for roles in by_title.values():
            for a, b in zip(roles, roles[1:]):
                if a["end"] is None or a["end"] > b["start"]:
                    problems.append(f"{where}: {pid} has overlapping roles {a} / {b}")
    problems += overlapping_offices(people, disputed)
    problems += ambiguous_bare_names(people)
    if problems:
        raise TableError("\n".join(problems))


def overlapping_offices(people: list[tuple[Origin, dict]], disputed: set[tuple[str, str]]) -> list[str]:
    """Two people holding the same national office of one country at the same time."""
    spans: dict[tuple[str, str], list[tuple[str, str, str, Origin]]] = defaultdict(list)
    for where, p in people:
        for r in p["roles"]:
            if r["sector"] == "GOV" and r["title"] in SINGLE_HOLDER and (p["country"], r["title"]) not in disputed:
                spans[(p["country"], r["title"])].append((r["start"], r["end"] or "9999-12-31", p["id"], where))
    problems = []
    for (country, title), items in spans.items():
        items.sort(key=lambda s: s[:3])
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b[0] < a[1] and b[2] != a[2]:
                    until = "today" if a[1] == "9999-12-31" else a[1]
                    problems.append(f"{b[3]}: {b[2]} is {country} {title} from {b[0]}, while {a[2]} ({a[3]}) "
                                    f"holds it until {until}")
    return problems


def ambiguous_bare_names(people: list[tuple[Origin, dict]]) -> list[str]:
    """A one-word French name must not be the last word of another person's full name."""
    last: dict[str, set[str]] = defaultdict(set)
    for _, person in people:
        for name in person["names"]["fr"]:
            words = plain(name).split()
            if len(words) > 1:
                last[words[-1]].add(person["id"])
    problems = []
    for where, person in people:
        for name in person["names"]["fr"]:
            words = plain(name).split()
            others = last.get(words[0], set()) - {person["id"]} if len(words) == 1 else set()
            if others:
                problems.append(f"{where}: bare name {name!r} of {person['id']} is also the surname of {sorted(others)}")
    return problems


def build(tables: Path = TABLES, kb: Path = KB) -> list[dict]:
    """Read and check every table of ``tables``; the people sorted by id."""
    paths = sorted(tables.glob("*.psv"))
    if not paths:
        raise TableError(f"no people tables (*.psv) in {tables}")
    people = [entry for path in paths for entry in parse_table(path)]
    validate(people, known_countries(kb / "countries.jsonl"), read_disputed(tables / "disputed.tsv"))
    return sorted((p for _, p in people), key=lambda p: p["id"])


def write(people: list[dict], out: Path) -> None:
    header = {"_format": FORMAT, "version": VERSION, "sources": SOURCES}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(p, ensure_ascii=False) for p in people]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, default=TABLES, help="folder of the *.psv people tables")
    parser.add_argument("--out", type=Path, default=KB / "people.jsonl")
    args = parser.parse_args(argv)
    try:
        people = build(args.tables)
    except TableError as exc:
        parser.exit(1, f"{exc}\n")
    write(people, args.out)
    roles = sum(len(p["roles"]) for p in people)
    countries = len({p["country"] for p in people})
    print(f"{len(people)} people, {roles} roles, {countries} countries -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
