"""Import dated office holders from CountryInfo into tools/people/imported.psv (the people table format).

Usage: python tools/import_people.py [--countryinfo FILE] [--out PATH]; then python tools/build_people.py

Reads the ``<Leaders>`` blocks (heads of state and government, with the office in the block's tag and the
dates of each tenure) and the ``<Government>`` blocks (ministers with a sector code, dates and the office in a
comment) of ``../shared/reference/countryinfo/CountryInfo.120116.txt`` (Philip Schrodt / Parus Analytics,
distributed with PETRARCH2 and Phoenix, MIT licence) and writes the facts (names, country, office, dates) in
the project's own table format. Only facts are taken, never code.

What is kept, so that the import can only add people the hand tables do not know:

* roles that end in 1990 or later (or are open); a role known only by its end (``<date``) starts at
  2000-01-01, the start of the period the knowledge base covers; a role still open in the source (``>date``)
  ends on the source's date (2012-01-16), the last day it is known to be held;
* full names only (two words or more): bare surnames are never imported;
* no person whose name is already in a hand table (the hand table's entry, with French forms, wins), whose
  names are shared with another imported person, or whose surname is a bare name of the hand tables;
* no role of a single-holder office (president, prime minister, foreign, defence, interior minister...) that
  overlaps a holder already known, so the builder's one-holder-at-a-time check holds.

Prints the counts of what was read, kept and left out.
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTRYINFO = ROOT.parent / "shared" / "reference" / "countryinfo" / "CountryInfo.120116.txt"
SOURCE_DATE = "2012-01-16"
UNKNOWN_START = "2000-01-01"
EARLIEST_END = "1990-01-01"

# <Leaders> block tags (lower case) -> title
LEADER_TITLES = {
    "presidents": "president", "president": "president", "heads of state": "president",
    "prime ministers": "prime_minister", "prime minister": "prime_minister", "premiers": "prime_minister",
    "heads of government": "prime_minister", "chancellors": "chancellor", "kings": "king", "king": "king",
    "kings/queens": "king", "emirs": "emir", "sultans": "sultan",
}
# <Government> comment (one office) -> title, first match wins
OFFICE_TITLES = [
    (r"^deputy prime minister|^deputy premier|^first deputy", "deputy_prime_minister"),
    (r"^prime minister$|^premier$", "prime_minister"),
    (r"^vice president$", "vice_president"),
    (r"^minister of (foreign affairs|foreign relations|external affairs|external relations|foreign)\b", "foreign_minister"),
    (r"^minister of (national )?defen[cs]e\b", "defence_minister"),
    (r"^minister of (the )?(interior|internal affairs|home affairs)\b", "interior_minister"),
    (r"^minister of justice\b", "justice_minister"),
    (r"^minister of (finance|economy and finance)\b", "finance_minister"),
    (r"^(governor|president), central bank", "central_bank_governor"),
    (r"^ambassador to the us", "ambassador"),
    (r"^permanent representative to the un", "un_ambassador"),
    (r"^attorney general", "attorney_general"),
    (r"^minister", "cabinet_minister"),
]
OLD_CODES = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}  # CountryInfo codes replaced in ISO 3166
SINGLE_SECTOR = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "COP", "SPY", "REL", "BUS"}
NAME_RE = re.compile(r"\{([A-Z0-9_.'\-]+)\}")
LEADER_RE = re.compile(r"^\s*(\{.*\}|[A-Z][A-Z0-9_.'\-]*)\s+(\[.*)$")


def load_builder():
    spec = importlib.util.spec_from_file_location("build_people", ROOT / "tools" / "build_people.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def name_form(token: str) -> str:
    """``ABDUL_AZIZ_AL-SAUD_`` -> ``Abdul Aziz Al-Saud``."""
    words = [w for w in token.strip("_").split("_") if w]
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words)


def iso_date(text: str) -> str | None:
    """``20070231`` -> ``2007-02-28`` (days past the month's end are clamped, as the source has a few)."""
    if not re.fullmatch(r"\d{8}", text):
        return None
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    if not (1 <= month <= 12) or year < 1900:
        return None
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def span(text: str) -> tuple[str, str] | None:
    """``20040401 - 20080531``, ``>20080601``, ``<20040331`` -> (start, end) or None."""
    text = text.strip()
    if text.startswith(">"):
        start = iso_date(text[1:].strip())
        return (start, max(start, SOURCE_DATE)) if start else None
    if text.startswith("<"):
        end = iso_date(text[1:].strip())
        return (min(UNKNOWN_START, end), end) if end else None
    parts = [p.strip() for p in text.split("-")]
    if len(parts) == 2:
        start, end = iso_date(parts[0]), iso_date(parts[1])
        if start and end and start <= end:
            return start, end
    return None


def read_countryinfo(path: Path) -> list[dict]:
    """Candidates: {"country", "names", "roles": [{"sector", "title", "start", "end"}]} (one per line)."""
    out: list[dict] = []
    country, block, tag = None, None, None
    for raw in path.read_bytes().decode("latin-1").splitlines():
        line = raw.rstrip()
        m = re.match(r"<CountryCode>([A-Z]{3})</CountryCode>", line)
        if m:
            country = OLD_CODES.get(m.group(1), m.group(1))
            continue
        stripped = line.strip()
        if stripped in ("<Leaders>", "<Government>"):
            block, tag = stripped[1:-1], None
            continue
        if stripped in ("</Leaders>", "</Government>"):
            block = None
            continue
        if block == "Leaders":
            m = re.fullmatch(r"<([^/][^>]*)>", stripped)
            if m:
                tag = m.group(1).lower()
                continue
            if stripped.startswith("</"):
                tag = None
                continue
            m = LEADER_RE.match(line)
            title = LEADER_TITLES.get(tag or "")
            if not m or not title or stripped.startswith("#"):
                continue
            names = NAME_RE.findall(m.group(1)) or [m.group(1)]
            spans = [span(s) for s in re.findall(r"\[([^\]BD:][^\]]*)\]", m.group(2))]
            roles = [{"sector": "GOV", "title": title, "start": s, "end": e} for s, e in filter(None, spans)]
            out.append({"country": country, "names": names, "roles": roles})
        elif block == "Government" and not stripped.startswith("#"):
            names = NAME_RE.findall(line.split("[", 1)[0])
            codes = re.findall(r"\[([A-Z]{3,})\s+([^\]]*)\]", line)
            comment = line.split("#", 1)[1].strip() if "#" in line else ""
            offices = [o.strip() for o in re.split(r"&|,\s*and\s", comment) if o.strip()] or [""]
            roles = []
            for i, (code, when) in enumerate(codes):
                s = span(when)
                office = offices[i] if len(offices) == len(codes) else offices[0]
                sector = code[3:6] if code[3:6] in SINGLE_SECTOR else "GOV"
                if s and code[:3] == country:
                    roles.append({"sector": sector, "title": office_title(office), "start": s[0], "end": s[1]})
            if names:
                out.append({"country": country, "names": names, "roles": roles})
    return out


def office_title(office: str) -> str:
    low = office.lower()
    for pattern, title in OFFICE_TITLES:
        if re.search(pattern, low):
            return title
    return "official"


def merge(candidates: list[dict]) -> dict[tuple[str, str], dict]:
    """One person per (country, canonical name): the roles of every line naming them, without repeats."""
    people: dict[tuple[str, str], dict] = {}
    alias: dict[tuple[str, str], tuple[str, str]] = {}
    for cand in candidates:
        forms = [name_form(n) for n in cand["names"]]
        key = next((alias[(cand["country"], f)] for f in forms if (cand["country"], f) in alias), None)
        if key is None:
            key = (cand["country"], forms[0])
            people[key] = {"country": cand["country"], "names": [], "roles": []}
        person = people[key]
        for f in forms:
            alias.setdefault((cand["country"], f), key)
            if f not in person["names"]:
                person["names"].append(f)
        for role in cand["roles"]:
            if role not in person["roles"]:
                person["roles"].append(role)
    return people


def select(people: dict, hand: list[dict], builder, countries: set[str]) -> tuple[list[dict], Counter]:
    counts: Counter = Counter()
    plain, fold = builder.plain, builder.fold
    hand_names = {fold(n) for p in hand for n in p["names"]["fr"] + p["names"]["en"]}
    hand_bare = {plain(n) for p in hand for n in p["names"]["fr"] if len(n.split()) == 1}
    holders: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for p in hand:
        for r in p["roles"]:
            holders[(p["country"], r["title"])].append((r["start"], r["end"] or "9999-12-31"))
    name_owners = Counter(fold(n) for p in people.values() for n in p["names"])
    kept = []
    for (country, _), person in sorted(people.items()):
        counts["read"] += 1
        if country not in countries:
            counts["country not in countries.jsonl"] += 1
            continue
        names = [n for n in person["names"] if len(n.split()) > 1 and name_owners[fold(n)] == 1]
        if not names:
            counts["no full name of its own"] += 1
            continue
        if any(fold(n) in hand_names for n in person["names"]):
            counts["already in the hand tables"] += 1
            continue
        if any(plain(n).split()[-1] in hand_bare for n in names):
            counts["surname is a bare name of the hand tables"] += 1
            continue
        roles = []
        for r in sorted(person["roles"], key=lambda r: (r["start"], r["end"])):
            if r["end"] < EARLIEST_END or r["start"] < "1940-01-01":
                continue
            if r["title"] in builder.SINGLE_HOLDER and r["sector"] == "GOV":
                taken = holders[(country, r["title"])]
                if any(s < r["end"] and r["start"] < e for s, e in taken):
                    counts["role overlapping a known holder"] += 1
                    continue
                taken.append((r["start"], r["end"]))
            if roles and roles[-1]["title"] == r["title"] and r["start"] < roles[-1]["end"]:
                roles[-1]["end"] = max(roles[-1]["end"], r["end"])
                continue
            roles.append(dict(r))
        if not roles:
            counts["no role since 1990"] += 1
            continue
        counts["kept"] += 1
        kept.append({"country": country, "names": names, "roles": roles})
    return kept, counts


def person_id(person: dict, taken: set[str], plain) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", plain(person["names"][0])).strip("_")
    pid = base if base not in taken else f"{base}_{person['country'].lower()}"
    n = 2
    while pid in taken:
        pid, n = f"{base}_{person['country'].lower()}_{n}", n + 1
    taken.add(pid)
    return pid


def role_text(role: dict) -> str:
    head = role["title"] if role["sector"] == "GOV" else f"{role['sector']}:{role['title']}"
    return f"{head} {role['start']} {role['end']}"


def write(people: list[dict], hand: list[dict], out: Path, plain) -> None:
    taken = {p["id"] for p in hand}
    lines = [
        "#format newsgraph-people-table 1",
        "# Generated by tools/import_people.py from CountryInfo.120116.txt (Philip Schrodt / Parus Analytics, MIT",
        "# licence, in ../shared/reference/countryinfo/): facts only. Do not edit; edit the hand tables instead.",
    ]
    by_country: dict[str, list[dict]] = defaultdict(list)
    for p in people:
        by_country[p["country"]].append(p)
    for country in sorted(by_country):
        lines.append(f"\n@{country}")
        for p in by_country[country]:
            names = "; ".join(p["names"])
            roles = "; ".join(role_text(r) for r in p["roles"])
            lines.append(f"{person_id(p, taken, plain)} | {names} | = | {roles}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countryinfo", type=Path, default=COUNTRYINFO)
    parser.add_argument("--out", type=Path, default=ROOT / "tools" / "people" / "imported.psv")
    args = parser.parse_args(argv)
    builder = load_builder()
    hand_paths = [p for p in sorted(builder.TABLES.glob("*.psv")) if p.resolve() != args.out.resolve()]
    hand = [p for path in hand_paths for _, p in builder.parse_table(path)]
    countries = builder.known_countries(builder.KB / "countries.jsonl")
    kept, counts = select(merge(read_countryinfo(args.countryinfo)), hand, builder, countries)
    write(kept, hand, args.out, builder.plain)
    for what, n in counts.most_common():
        print(f"{n:6d} {what}")
    print(f"{sum(len(p['roles']) for p in kept)} roles of {len(kept)} people -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
