"""Import IGOs and NGOs from Phoenix.International.actors.txt into newsgraph/kb/organisations_imported.jsonl.

Usage: python tools/import_orgs.py [--source FILE] [--out PATH]

Reads the international actors of PETRARCH2's ``Phoenix.International.actors.txt`` (Open Event Data Alliance /
Parus Analytics, MIT licence): one block per actor, a name line with its CAMEO code (``OXFAM_ [NGOXFM]``),
then ``+ALIAS`` lines. Facts only (names, CAMEO code) go into the project's organisations format
(newsgraph/kb/README.md); the French names and acronyms of the organisations French articles name most
are written by hand in ``organisations.jsonl``, which always wins.

What is kept, so that the import can only add organisations, never people or acronyms:

* blocks whose code is an IGO or NGO code (``IGO...``, ``NGO...``); multinational companies (``MNC...``),
  people (a name line with dated codes, ``[IGOEUREEC 800101-800630]``, or no code) are left out, aliases too;
* names of two words or more, without digits, with a word that names an organisation (ORG_WORDS:
  institute, fund, council, agency...) and no word of a person's office (ROLE_WORDS: secretary, director...).
  One-word names and acronyms are never imported: an acronym may have several readings, and those are
  resolved only for the hand-written entries (``lang/fr/ambiguity.json``);
* no name a hand-written organisation, group or country already has (compared as ``import_groups.skeleton``),
  and no name two source blocks share.

The ``org`` key is that of the hand-written organisation with the same CAMEO code when one key holds it
and names one organisation (``IGOSEAASN`` -> ``ASEAN``), else the parent's for the UN, EU, NATO, AU and Arab League codes (``IGOUNO...`` ->
``UN``), else the entry's own id; ``country`` is always null (the output codes an IGO or NGO without a country).
Prints how many blocks were read, kept and left out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import import_groups as GROUPS  # noqa: E402  (the armed-group importer: name forms, keys, output)

SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.International.actors.txt"
KB = ROOT / "newsgraph" / "kb"
SOURCES = ("Imported by tools/import_orgs.py from PETRARCH2 Phoenix.International.actors.txt (Open Event Data "
           "Alliance / Parus Analytics, MIT licence): IGO and NGO names and CAMEO codes only.")
ORG_WORDS = frozenset("""
organization organisation organizations institute institution fund foundation agency association society
alliance trust committee commission council union federation bank center centre network programme program
league watch conference office mission court tribunal forum board authority assembly initiative movement
corps service academy coalition partnership campaign project aid relief action rights community secretariat
group parliament comité fédération fondation ligue conseil organisation agence caritas church churches
international
""".split())
ROLE_WORDS = frozenset("""
secretary secy sec president director chairman chairperson chair spokesman spokeswoman spokesperson envoy
head chief representative ambassador minister official delegate commissioner members member staff gen
""".split())
SMALL_WORDS = frozenset("of the and for in on to at by de la le les des du pour et".split())
PARENTS = (("IGOUNO", "UN"), ("IGOEUREEC", "EU"), ("IGOWSTNAT", "NATO"), ("IGOAFRAFU", "AU"),
           ("IGOARBARL", "ARAB_LEAGUE"))
LINE_RE = re.compile(r"^([^\s\[+#][^\[#]*?)\s*(\[[^\]]*\].*?)?\s*(?:#.*)?$")
CODE_RE = re.compile(r"^\[([A-Z]{3,})\]$")
CAMEO_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")




def read_source(path: Path) -> list[dict]:
    """Blocks of the source: the name line (``code`` None when the line has no plain code), then aliases."""
    blocks: list[dict] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#") or line[0].isspace():
            continue
        if line.startswith("+"):
            if blocks:
                form = GROUPS.name_form(line[1:].split("#")[0].strip())
                if form and form not in blocks[-1]["names"]:
                    blocks[-1]["names"].append(form)
            continue
        m = LINE_RE.match(line)
        if not m:
            continue
        code = CODE_RE.match((m.group(2) or "").strip())
        blocks.append({"source": m.group(1).strip(), "names": [GROUPS.name_form(m.group(1))],
                       "code": code.group(1) if code else None})
    return blocks


def org_name(name: str) -> bool:
    """An organisation's name of two words or more, not an office holder's or an acronym; never one with the
    word "UN" ("Un Secretariat" would match the French "un secrétariat": the UN's names are hand-written)."""
    words = re.findall(r"[a-zà-ÿ'.]+", name.lower())
    return (len(name.split()) >= 2 and not re.search(r"\d|/", name) and any(w in ORG_WORDS for w in words)
            and not any(w in ROLE_WORDS for w in words) and not any(w in ("un", "u.n.") for w in words))


def display(name: str) -> str:
    """``Association Of Coffee Producing Countries`` -> ``Association of Coffee Producing Countries``."""
    words = name.split()
    return " ".join([words[0]] + [w.lower() if w.lower() in SMALL_WORDS else w for w in words[1:]])


def known_orgs(kb: Path) -> dict[str, str]:
    """CAMEO code -> organisation key, for the codes of the hand-written organisations that one key holds and
    that name one organisation (nine letters or more: IGO + region + body, ``IGOSEAASN``; ``NGOENV`` is any
    environmental NGO)."""
    keys: dict[str, set] = {}
    for line in (kb / "organisations.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("org") and len(row.get("code") or "") >= 9:
            keys.setdefault(row["code"], set()).add(row["org"])
    return {code: next(iter(orgs)) for code, orgs in keys.items() if len(orgs) == 1}


def parent(code: str, own: str, orgs: dict[str, str]) -> str:
    """The key of the hand-written organisation with this code, else of the parent (UN, EU...), else ``own``."""
    return orgs.get(code) or next((key for prefix, key in PARENTS if code.startswith(prefix)), own)


def select(blocks: list[dict], known: set[str], orgs: dict[str, str]) -> tuple[list[dict], Counter]:
    counts: Counter = Counter()
    owners = Counter(k for b in blocks for k in {GROUPS.skeleton(n) for n in b["names"] if n})
    kept, ids = [], set()
    for b in blocks:
        counts["read"] += 1
        code = b["code"]
        if not code or code[:3] not in ("IGO", "NGO"):
            counts["not an IGO or NGO block with a plain code (people, companies)"] += 1
            continue
        if any(GROUPS.skeleton(n) in known for n in b["names"] if n):
            counts["already known"] += 1
            continue
        names = [display(n) for n in b["names"] if n and org_name(n) and owners[GROUPS.skeleton(n)] == 1]
        if not names:
            counts["no organisation name of two words or more"] += 1
            continue
        oid = "PHX_" + re.sub(r"[^A-Z0-9]+", "_", GROUPS.fold(names[0]).upper()).strip("_")
        if oid in ids:
            counts["same id as another block"] += 1
            continue
        ids.add(oid)
        sector = code[:3]
        kept.append({"id": oid, "org": parent(code, oid, orgs), "type": sector.lower(), "country": None,
                     "sector": sector, "code": code if CAMEO_RE.match(code) else sector, "wikidata": None,
                     "names": {"fr": names, "en": names}})
        counts["kept"] += 1
    return kept, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=KB / "organisations_imported.jsonl")
    args = parser.parse_args(argv)
    kept, counts = select(read_source(args.source), GROUPS.known_names(KB), known_orgs(KB))
    GROUPS.write_entries(args.out, {"_format": "newsgraph-organisations", "version": 1, "sources": SOURCES}, kept)
    GROUPS.report(counts, f"{len(kept)} organisations -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
