"""Generate newsgraph/kb/people.jsonl from the compact tables below.

Usage: python tools/build_people.py [--out PATH]

Table syntax (one person per line, inside the DATA blocks):

    @RUS                                   current country (ISO 3166 alpha-3) for the lines that follow
    id | fr names | en names | roles       person line; names separated by ";", "=" means "same as fr"
    # ...                                  comment

A role is ``[SECTOR[.KEY]:]title start end`` and roles are separated by ";".  SECTOR defaults from the
title (see DEFAULT_SECTOR); KEY is the organisation (sector IGO) or the armed group (sector REB).
Dates are YYYY-MM-DD, or YYYY-MM (written as the first day of the month); an end of "-" means in office.
A person line may end with ``| QID`` (only for QIDs found verbatim in ../shared/reference).

Facts: partly from CountryInfo.120116.txt and Phoenix.Countries.actors.txt (Open Event Data Alliance /
Parus Analytics, MIT licence) - leaders with dates of office -, completed and updated from general
knowledge of public offices (2000-2026) with French press name forms.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

FORMAT = "newsgraph-people"
VERSION = 1
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

DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")

DATA: list[str] = []

# ---------------------------------------------------------------------------------------------- DATA

# END DATA
# ----------------------------------------------------------------------------------------------- CODE


class TableError(ValueError):
    """A line of the tables above is malformed."""


def fold(text: str) -> str:
    """Lowercase, accent-free form used to compare names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("-", " ")


def parse_date(text: str, line: str) -> str | None:
    if text == "-":
        return None
    if not DATE_RE.match(text):
        raise TableError(f"bad date {text!r} in: {line}")
    return text if len(text) == 10 else text + "-01"


def parse_role(text: str, line: str) -> dict:
    parts = text.split()
    if len(parts) != 3:
        raise TableError(f"bad role {text!r} in: {line}")
    head, start, end = parts
    sector, key = None, None
    if ":" in head:
        prefix, title = head.split(":", 1)
        sector, _, key = prefix.partition(".")
    else:
        title = head
    sector = sector or DEFAULT_SECTOR.get(title, "GOV")
    if sector not in SECTORS:
        raise TableError(f"unknown sector {sector!r} in: {line}")
    role = {"sector": sector, "title": title, "start": parse_date(start, line), "end": parse_date(end, line)}
    if key:
        role["group" if sector == "REB" else "org"] = key
    return role


def parse_names(text: str) -> list[str]:
    return [n.strip() for n in text.split(";") if n.strip()]


def parse_tables(blocks: list[str]) -> list[dict]:
    people: list[dict] = []
    country = None
    for block in blocks:
        for raw in block.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                country = line[1:].strip()
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) not in (4, 5):
                raise TableError(f"expected 4 or 5 fields: {line}")
            pid, fr, en, roles = fields[:4]
            fr_names = parse_names(fr)
            en_names = fr_names if en == "=" else parse_names(en)
            role_list = [parse_role(r.strip(), line) for r in roles.split(";") if r.strip()]
            role_list.sort(key=lambda r: r["start"] or "")
            keyed = [r for r in role_list if "org" in r]
            grouped = [r for r in role_list if "group" in r]
            people.append({
                "id": pid,
                "wikidata": fields[4] if len(fields) == 5 and fields[4] else None,
                "names": {"fr": fr_names, "en": en_names},
                "country": country,
                "roles": role_list,
                "org": keyed[-1]["org"] if keyed else None,
                "group": grouped[-1]["group"] if grouped else None,
            })
    return people


def validate(people: list[dict]) -> None:
    seen: dict[str, str] = {}
    owners: dict[str, str] = {}
    for person in people:
        pid = person["id"]
        if not ID_RE.match(pid) or pid in seen:
            raise TableError(f"bad or duplicate id {pid!r}")
        seen[pid] = pid
        for name in person["names"]["fr"]:
            key = fold(name)
            if key in owners and owners[key] != pid:
                raise TableError(f"name {name!r} given to {owners[key]} and {pid}")
            owners[key] = pid
        for role in person["roles"]:
            if role["end"] is not None and role["start"] > role["end"]:
                raise TableError(f"{pid}: role ends before it starts: {role}")
        by_title: dict[str, list[dict]] = {}
        for role in person["roles"]:
            by_title.setdefault(role["title"], []).append(role)
        for roles in by_title.values():
            for a, b in zip(roles, roles[1:]):
                if a["end"] is None or a["end"] > b["start"]:
                    raise TableError(f"{pid}: overlapping roles {a} / {b}")


def build() -> list[dict]:
    people = parse_tables(DATA)
    validate(people)
    return sorted(people, key=lambda p: p["id"])


def write(people: list[dict], out: Path) -> None:
    header = {"_format": FORMAT, "version": VERSION, "sources": SOURCES}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(p, ensure_ascii=False) for p in people]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "newsgraph" / "kb" / "people.jsonl"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    people = build()
    write(people, args.out)
    roles = sum(len(p["roles"]) for p in people)
    countries = len({p["country"] for p in people})
    print(f"{len(people)} people, {roles} roles, {countries} countries -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
