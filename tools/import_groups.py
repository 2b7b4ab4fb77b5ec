"""Import armed groups from Phoenix.MilNonState.actors.txt into newsgraph/kb/groups_imported.jsonl.

Usage: python tools/import_groups.py [--source FILE] [--out PATH]

Reads the non-state armed actors of PETRARCH2's ``Phoenix.MilNonState.actors.txt`` (Open Event Data Alliance /
Parus Analytics, MIT licence; names from the START TOPS database), one group per block: a name line with its
CAMEO code (``ACCOLTA_NAZINUALE_CORSA_ [FRAREB]``), then ``+ALIAS`` lines. Facts only (names, home country,
code) go into the project's groups format (newsgraph/kb/README.md).

The source names are mostly English, and French articles translate English descriptive names ("Armée
islamique d'Aden"), but keep a group's own transliterated name ("Jaysh Adan", "Lashkar-e-Jhangvi", "Harakat
ul-Mujahidin"). So only transliterated names are kept: two words or more, no digit, at least one of the
MARKERS words of such names (jaysh, harakat, lashkar, ansar, jamaat, kataib...), no English word of
description (ENGLISH_WORDS); the source's aliases that are people's names (a leader's) have none of the markers
and are left out with the rest. A group with no name left, a name
another group of the source shares, or a name the hand-written organisations and groups already know is
left out. Home country: the code's first three letters when they are an ISO 3166 country of
newsgraph/kb/countries.jsonl (``FRAREB`` -> FRA), else none (transnational, ``IMGMUSALQ``).

Prints how many groups were read, kept and left out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.MilNonState.actors.txt"
KB = ROOT / "newsgraph" / "kb"
SOURCES = ("Imported by tools/import_groups.py from PETRARCH2 Phoenix.MilNonState.actors.txt (Open Event Data "
           "Alliance / Parus Analytics, MIT licence; organisation names from the START TOPS database): names, "
           "home countries and CAMEO codes only; the group's own (non-English) name forms.")
ENGLISH_WORDS = frozenset("""
of the and for in on to a an army front liberation movement organization organisation party forces force group
groups brigade brigades council committee people peoples people's revolutionary national islamic islam
resistance union unity association alliance league united popular democratic republic republican socialist
communist workers worker struggle fighters fight war holy secret armed cell cells squad squads command
commandos commando guard guards youth students student action defense defence independence freedom free
justice martyrs martyr soldiers soldier warriors warrior new black red white green front's militia militias
battalion battalions regiment corps division network circle society order brotherhood sons daughters
jihad jihadist federation coalition independent patriotic patriots nationalist nationalists anti
government rebels rebel insurgents insurgency tigers tiger lions lion eagles eagle wolves syrian hawks uprising
message caucasian fallujah europe
""".split())
EXCLUDE = ROOT / "tools" / "groups_exclude.tsv"
PARTICLES = frozenset({"al", "el", "e", "i", "ul", "ut", "ud", "as", "ash", "ad", "ad-", "wa", "fi", "li"})
MARKERS = frozenset("""
jaish jaysh jeish harakat harakah harkat harkatul hizb hizbul hezb lashkar ansar ansaru ansarul jamaat jamaah
jamaa jemaah jama'at jama'atu tehrik tehreek tahrir mujahideen mujahidin mujahidun mujahedin kataib katiba liwa
ahrar jund junud jabhat jabha fatah fateh saraya asbat usbat tanzim tanzeem sipah majlis
""".split())
NAME_RE = re.compile(r"^([^\s\[+#][^\[#]*?)\s*(?:\[([A-Z]{3,})\])?\s*(?:#.*)?$")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("-", " ")


def name_form(token: str) -> str:
    """``JAYSH_ADAN_`` -> ``Jaysh Adan``; parenthesised acronyms are dropped, so is a name with a stray
    parenthesis (empty result)."""
    text = re.sub(r"\([^)]*\)", " ", token).replace("_", " ")
    if "(" in text or ")" in text:
        return ""
    words = [w for w in text.split() if w]
    out = []
    for w in words:
        parts = w.split("-")
        out.append("-".join(p[:1].upper() + p[1:].lower() if p.lower() not in ("al", "el", "e", "i", "ul") else p.lower()
                            for p in parts))
    return " ".join(out)


def read_source(path: Path) -> list[dict]:
    """Blocks of the source, one per group: the name line, then its aliases."""
    groups: list[dict] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        m = NAME_RE.match(line)
        if m:
            groups.append({"source": m.group(1).strip(), "names": [name_form(m.group(1))], "code": m.group(2)})
        elif line.startswith("+") and groups:
            for alias in line[1:].split("+"):
                form = name_form(alias)
                if form and form not in groups[-1]["names"]:
                    groups[-1]["names"].append(form)
    return groups


def skeleton(name: str) -> str:
    """Transliteration-blind key: no particles, vowels, y, hyphens or doubled letters ("Lashkar-e-Taiba" and
    "Lashkar i Tayyaba" -> "lshkr tb")."""
    words = [w for w in re.split(r"[\s\-']+", fold(name)) if w and w not in PARTICLES]
    return " ".join(re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", w)) for w in words)


def own_name(name: str) -> bool:
    """A transliterated name of the group's own language ("Jaysh Adan"), not an English description."""
    words = re.findall(r"[a-z']+", fold(name).replace("'s", ""))
    return (len(name.split()) >= 2 and not re.search(r"\d", name) and any(w in MARKERS for w in words)
            and not any(w in ENGLISH_WORDS for w in words))


def known_names(kb: Path) -> set[str]:
    names = set()
    for file in ("organisations.jsonl", "groups.jsonl", "countries.jsonl"):
        for line in (kb / file).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            for forms in (row.get("names") or {}).values():
                names |= {skeleton(n) for n in forms}
    return names


def merge_spellings(groups: list[dict]) -> list[dict]:
    """Blocks of one group under several spellings (five blocks of Jemaah Islamiyah) become one: the first
    block with a name of the same skeleton and the same code takes the others' names."""
    first: dict[tuple[str, str], dict] = {}
    out = []
    for g in groups:
        into = next((first[(g["code"], skeleton(n))] for n in g["names"] if (g["code"], skeleton(n)) in first), None)
        if into is None:
            out.append(g)
            into = g
        else:
            into["names"] += [n for n in g["names"] if n not in into["names"]]
        for n in g["names"]:
            first.setdefault((g["code"], skeleton(n)), into)
    return out


def read_exclusions(path: Path) -> set[str]:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    if any(len(l.split("\t")) != 2 for l in lines):
        raise ValueError(f"{path.name}: expected 'SOURCE_NAME<TAB>why' lines")
    return {l.split("\t")[0] for l in lines}


def select(groups: list[dict], known: set[str], countries: set[str], exclude: set[str] = frozenset()
           ) -> tuple[list[dict], Counter]:
    counts: Counter = Counter()
    groups = merge_spellings(groups)
    owners = Counter(k for g in groups for k in {skeleton(n) for n in g["names"]})
    kept, ids = [], set()
    for g in groups:
        counts["read"] += 1
        if not g["code"]:
            counts["no code in the source"] += 1
            continue
        if g.get("source") in exclude:
            counts["excluded (tools/groups_exclude.tsv)"] += 1
            continue
        if any(skeleton(n) in known for n in g["names"]):
            counts["already known"] += 1
            continue
        names = [n for n in g["names"] if own_name(n) and owners[skeleton(n)] == 1]
        if not names:
            counts["no name of its own in two words or more"] += 1
            continue
        gid = "PHX_" + re.sub(r"[^A-Z0-9]+", "_", fold(names[0]).upper()).strip("_")
        if gid in ids:
            counts["same id as another group"] += 1
            continue
        ids.add(gid)
        country = g["code"][:3] if g["code"][:3] in countries else None
        code = g["code"] if len(g["code"]) % 3 == 0 else None
        kept.append({"id": gid, "group": gid, "country": country, "sector": "REB", "code": code, "wikidata": None,
                     "names": {"fr": names, "en": names}})
        counts["kept"] += 1
    return kept, counts


def write_entries(path: Path, header: dict, entries: list[dict]) -> None:
    """A KB JSON Lines file: the header object, then one entry a line."""
    lines = [json.dumps(header, ensure_ascii=False)] + [json.dumps(e, ensure_ascii=False) for e in entries]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(counts: Counter, last: str) -> None:
    """The importer's counts, most frequent first, then its last line (a command-line tool's output)."""
    for what, n in counts.most_common():
        print(f"{n:6d} {what}")
    print(last)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=KB / "groups_imported.jsonl")
    args = parser.parse_args(argv)
    rows = [json.loads(l) for l in (KB / "countries.jsonl").read_text("utf-8").splitlines() if l.strip()]
    countries = {r["iso3"] for r in rows if "iso3" in r}
    kept, counts = select(read_source(args.source), known_names(KB), countries, read_exclusions(EXCLUDE))
    write_entries(args.out, {"_format": "newsgraph-groups", "version": 1, "sources": SOURCES}, kept)
    report(counts, f"{len(kept)} groups -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
