"""Import dated roles of persons from Phoenix.Countries.actors.txt into tools/people/imported_phoenix.psv.

Usage: python tools/import_phoenix_people.py [--phoenix FILE] [--out PATH]; then python tools/build_people.py

Reads the person entries of ``../shared/reference/petrarch2/Phoenix.Countries.actors.txt`` (Open Event Data
Alliance, 2014, MIT licence; built from CountryInfo.140130.txt by Philip Schrodt / Parus Analytics): a name
line (``AHMED_ZIA_MASSOUD_``), ``+`` alias lines, then role lines (``[AFGGOV 20041207-20091119]``). Only facts
(names, country, sector, dates) are taken and written in the project's own table format, never code.

What is kept (the guards of tools/import_people.py, whose functions are reused):

* persons only: entries with at least one dated role; country entries (a code on the name line) and
  entries marked ``# CountryInfo.txt`` (already imported from CountryInfo by import_people.py) are skipped;
* roles ending in 1995 or later, or open (``>date`` ends on the source's date, 2014-01-30); a code maps to
  country ISO3 + sector (``AFGGOVMIL`` -> AFG, MIL: the most specific known sector of the code); IGO roles
  (which need an organisation key) and roles of another country than the person's first are left out;
* full names only; no person already in a hand table or in the CountryInfo import, none whose name is
  shared with another person, none whose surname is a bare name of the hand tables. The title is
  ``official`` (Phoenix names no office), so no role can overlap a single-holder office.

Prints the counts of what was read, kept and left out.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHOENIX = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.Countries.actors.txt"
SOURCE_DATE = "2014-01-30"
EARLIEST_END = "1995-01-01"
NOT_PERSON = ROOT / "tools" / "people" / "phoenix_not_person.tsv"
ROLE_RE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]")


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def phoenix_date(text: str) -> str | None:
    """``970811`` -> ``1997-08-11`` (two-digit years up to 14 are 20xx), ``20041207`` -> ``2004-12-07``."""
    text = text.strip()
    if re.fullmatch(r"\d{6}", text):
        text = ("20" if int(text[:2]) <= 14 else "19") + text
    return IMPORT.iso_date(text)


def phoenix_span(text: str) -> tuple[str, str] | None:
    text = text.strip()
    if text.startswith(">"):
        start = phoenix_date(text[1:])
        return (start, max(start, SOURCE_DATE)) if start else None
    if text.startswith("<"):
        end = phoenix_date(text[1:])
        return (min(IMPORT.UNKNOWN_START, end), end) if end else None
    parts = text.split("-")
    if len(parts) == 2:
        start, end = phoenix_date(parts[0]), phoenix_date(parts[1])
        if start and end and start <= end:
            return start, end
    return None


def sector_of(rest: str, sectors: set[str]) -> str | None:
    """``GOVMIL`` -> ``MIL`` (the last known three-letter sector), ``""`` -> ``GOV``."""
    found = [rest[i:i + 3] for i in range(0, len(rest) - 2, 3) if rest[i:i + 3] in sectors]
    return found[-1] if found else ("GOV" if not rest else None)


def read_phoenix(lines: list[str], sectors: set[str]) -> list[dict]:
    """Candidates in import_people's shape: {"country", "names", "roles"} (one per person entry)."""
    out: list[dict] = []
    current: dict | None = None
    for raw in lines:
        line = raw.rstrip()
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body[0] not in " \t+":
            current = None
            head = body.split()
            if len(head) == 1 and "CountryInfo" not in line and not head[0].startswith("["):
                current = {"country": None, "names": [head[0]], "roles": []}
                out.append(current)
        elif current is not None and body.startswith("+"):
            current["names"].append(body[1:].strip())
        elif current is not None:
            for country, rest, when in ROLE_RE.findall(body):
                s = phoenix_span(when) if when.strip() else None
                sector = sector_of(rest, sectors - {"IGO"})
                if s and sector:
                    country = IMPORT.OLD_CODES.get(country, country)
                    current["country"] = current["country"] or country
                    if country == current["country"]:
                        current["roles"].append({"sector": sector, "title": "official", "start": s[0], "end": s[1]})
    return [c for c in out if c["roles"]]


def read_not_person(path: Path) -> dict[str, set[str]]:
    """The words of phoenix_not_person.tsv by kind (``kind<TAB>word``); a malformed line is an error."""
    words: dict[str, set[str]] = {"body": set(), "place": set(), "title": set()}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in words or not re.fullmatch(r"[a-z]+", parts[1]):
            raise ValueError(f"{path}:{n}: expected 'body|place|title<TAB>lower-case word': {line!r}")
        words[parts[0]].add(parts[1])
    return words


def persons(candidates: list[dict], not_person: dict[str, set[str]]) -> list[dict]:
    """Candidates none of whose names holds a word of a place or a body; names holding a title word
    (``Prime Minister Qandil``) are dropped, and the entry with them when no other name is left."""
    def words(name: str) -> set[str]:
        return set(re.split(r"[^a-z]+", name.lower()))
    out = []
    for c in candidates:
        if any(words(n) & (not_person["body"] | not_person["place"]) for n in c["names"]):
            continue
        names = [n for n in c["names"] if not words(n) & not_person["title"]]
        if names:
            out.append({**c, "names": names})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX)
    parser.add_argument("--not-person", type=Path, default=NOT_PERSON)
    parser.add_argument("--out", type=Path, default=ROOT / "tools" / "people" / "imported_phoenix.psv")
    args = parser.parse_args(argv)
    builder = IMPORT.load_builder()
    hand_paths = [p for p in sorted(builder.TABLES.glob("*.psv")) if p.resolve() != args.out.resolve()]
    known = [p for path in hand_paths for _, p in builder.parse_table(path)]
    countries = builder.known_countries(builder.KB / "countries.jsonl")
    IMPORT.EARLIEST_END = EARLIEST_END
    lines = args.phoenix.read_bytes().decode("utf-8", errors="replace").splitlines()
    kept, counts = IMPORT.select(IMPORT.merge(persons(read_phoenix(lines, builder.SECTORS), read_not_person(args.not_person))), known, builder, countries)
    write(kept, known, args.out, builder.plain)
    for what, n in counts.most_common():
        print(f"{n:6d} {what}")
    print(f"{sum(len(p['roles']) for p in kept)} roles of {len(kept)} people -> {args.out}")
    return 0


def write(people: list[dict], known: list[dict], out: Path, plain) -> None:
    IMPORT.write(people, known, out, plain)
    text = out.read_text(encoding="utf-8").split("\n", 3)
    header = [
        text[0],
        "# Generated by tools/import_phoenix_people.py from Phoenix.Countries.actors.txt (Open Event Data Alliance,",
        "# 2014, MIT licence, from CountryInfo.140130.txt by Philip Schrodt / Parus Analytics; in",
        "# ../shared/reference/petrarch2/): facts only. Do not edit; edit the hand tables instead.",
    ]
    out.write_text("\n".join(header + text[3:]), encoding="utf-8")


IMPORT = load("import_people")

if __name__ == "__main__":
    sys.exit(main())
