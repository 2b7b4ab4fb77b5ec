"""Exports: every table as JSONL, CSV or Parquet; linked events as a GDELT 2.0 events file or PLOVER-style JSON.

Library first::

    with Store("ng.duckdb", read_only=True) as st:
        export_tables(st.con, "out/", "parquet")          # out/articles.parquet, out/events.parquet, ...
        export_tables(st.con, "ru/", "csv", f=EventFilter(actor="RUS", until="2018"))  # what `events` would list
        write_gdelt(st.con, "out/events.export.CSV")      # GDELT 2.0 Events columns, tab-separated, no header
        write_plover(st.con, "out/events.plover.jsonl")   # one PLOVER/POLECAT-style JSON object per event

GDELT compatibility: the 61 columns of the GDELT 2.0 Events table in their order (the header file of
``shared/reference/gdelt_schema``), tab-separated without a header line like GDELT's own ``.export.CSV`` files,
so scripts written for GDELT read it. One row per linked event (the same event reported by several articles is
one row with NumMentions/NumArticles). Columns newsgraph does not produce (AvgTone, ethnic and religious codes,
actor geography, ADM codes) are empty. Geography: ActionGeo_CountryCode is FIPS 10-4 as in GDELT, FeatureID is a
GeoNames id (GDELT uses GNS ids).
"""

from __future__ import annotations

import csv
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import duckdb

from ..errors import ConfigError, InputError
from .queries import EVENT_KEY_SQL, EventFilter, rows, scalar, where_clause

TABLES = ("articles", "sentences", "entities", "mentions", "actors", "events", "quotes", "places", "dates", "failures")
TABLE_FORMATS = ("jsonl", "csv", "parquet")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)


# -- tables ---------------------------------------------------------------------------------------------------

def _table(table: str) -> str:
    if table not in TABLES:
        raise ConfigError(f"unknown table {table!r}", hint="one of: " + ", ".join(TABLES))
    return table


def table_query(table: str, f: EventFilter | None = None) -> tuple[str, list[Any]]:
    """The SELECT (and its parameters) of one table under an event filter, the filter of ``newsgraph events``.

    Without a filter (or an empty one): the whole table. With one: ``events`` holds the matching events; the
    tables of article content (articles, sentences, entities, mentions, quotes, places, dates, failures) the rows
    of the articles those events come from; ``actors`` the actors those events and articles' mentions refer to.
    """
    where, params = where_clause(f.without_paging()) if f is not None else ("", [])
    if not where:
        return f"SELECT * FROM {_table(table)}", []
    if table == "events":
        return "SELECT * FROM events" + where, params
    matching = f"SELECT article_id FROM events{where}"
    if table == "articles":
        return f"SELECT * FROM articles WHERE id IN ({matching})", params
    if table == "actors":
        return (f"SELECT * FROM actors WHERE id IN (SELECT source_actor_id FROM events{where} "
                f"UNION SELECT target_actor_id FROM events{where} "
                f"UNION SELECT actor_actor_id FROM mentions WHERE article_id IN ({matching}))"), params * 3
    return f"SELECT * FROM {_table(table)} WHERE article_id IN ({matching})", params


def export_table(con: duckdb.DuckDBPyConnection, table: str, path: str | Path, fmt: str,
                 f: EventFilter | None = None) -> int:
    """Write one table (its rows under the event filter ``f``, see :func:`table_query`) to ``path`` as jsonl, csv
    (with header) or parquet; return the number of rows."""
    sql, params = table_query(table, f)
    path = writable(path)
    if fmt == "parquet":
        con.sql(sql, params=params).write_parquet(str(path))
    elif fmt == "csv":
        con.sql(sql, params=params).write_csv(str(path), header=True)
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            write_jsonl(fh, _iter_rows(con, sql, params))
    else:
        raise ConfigError(f"unknown format {fmt!r}", hint="one of: " + ", ".join(TABLE_FORMATS))
    return scalar(con, f"SELECT count(*) FROM ({sql})", params)


def writable(path: str | Path) -> Path:
    """``path`` if a file can be written there, else an :class:`InputError` that says why (before any query)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"cannot write {str(path)!r}: it is a folder", hint="give --to a file name for this format")
    parent = path.parent
    if not parent.is_dir():
        raise InputError(f"cannot write {str(path)!r}: the folder {str(parent)!r} does not exist",
                         hint=f"create it first (mkdir -p {parent}) or give --to an existing folder")
    if not os.access(parent, os.W_OK):
        raise InputError(f"cannot write {str(path)!r}: the folder {str(parent)!r} is not writable")
    return path


def export_tables(con: duckdb.DuckDBPyConnection, directory: str | Path, fmt: str,
                  tables: Iterable[str] = TABLES, f: EventFilter | None = None) -> dict[str, Path]:
    """Write every table (or ``tables``) into ``directory`` as ``<table>.<fmt>``, under the event filter ``f``;
    return the paths."""
    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise InputError(f"cannot export tables into {str(out)!r}: it is a file, not a folder",
                         hint="give --to a folder (it is created when missing), or use --format gdelt/plover for one file")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder {str(out)!r}: {exc.strerror or exc}") from None
    paths = {}
    for t in tables:
        p = out / f"{t}.{fmt}"
        export_table(con, t, p, fmt, f)
        paths[t] = p
    return paths


def _iter_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    cur = con.cursor()  # its own result, read in batches until exhausted
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    while True:
        batch = cur.fetchmany(1000)
        if not batch:
            return
        for r in batch:
            yield dict(zip(cols, r))


def write_jsonl(fh: IO[str], records: Iterable[dict[str, Any]]) -> int:
    n = 0
    for r in records:
        fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


# -- linked events with what both GDELT and PLOVER exports need --------------------------------------------------

_EXPORT_SQL = """
WITH e AS (
    SELECT ev.*, {key} AS event_key, a.url AS article_url, a.published AS article_published,
           a.ingested_at AS article_ingested, coalesce(regexp_extract(a.url, '//([^/]+)', 1), a.source, a.id) AS outlet,
           ev.sentence_start <= coalesce((SELECT max(s.end_char) FROM sentences s
                                           WHERE s.article_id = ev.article_id AND s.idx <= 1), 0) AS in_lead
    FROM (SELECT * FROM events{where}) ev JOIN articles a ON a.id = ev.article_id
)
SELECT event_key,
       arg_min(id, article_id || lpad(CAST(idx AS VARCHAR), 6, '0')) AS first_event_id,
       coalesce(date, min(article_published)) AS date, any_value(date_source) AS date_source,
       min(article_published) AS published,
       mode(cameo) AS cameo, root, min(quad_class) AS quad_class, avg(goldstein) AS goldstein,
       any_value(plover) AS plover, any_value(plover_mode) AS plover_mode,
       any_value(source_name) AS source_name, any_value(source_mention) AS source_mention,
       any_value(source_code) AS source_code, any_value(source_country) AS source_country,
       any_value(source_sector) AS source_sector, any_value(source_org) AS source_org,
       any_value(source_grp) AS source_grp, any_value(source_actor_id) AS source_actor_id,
       any_value(target_name) AS target_name, any_value(target_mention) AS target_mention,
       any_value(target_code) AS target_code, any_value(target_country) AS target_country,
       any_value(target_sector) AS target_sector, any_value(target_org) AS target_org,
       any_value(target_grp) AS target_grp, any_value(target_actor_id) AS target_actor_id,
       any_value(place_name) AS place_name, any_value(place_country) AS place_country,
       any_value(place_lat) AS place_lat, any_value(place_lon) AS place_lon,
       any_value(place_geonameid) AS place_geonameid, any_value(place_feature) AS place_feature,
       bool_or(in_lead) AS is_root,
       sum(coalesce(mentions, 1))::BIGINT AS num_mentions, count(DISTINCT outlet) AS num_sources,
       count(DISTINCT article_id) AS num_articles, min(article_ingested) AS added,
       arg_min(coalesce(article_url, article_id), article_id) AS source_url,
       arg_min(sentence, article_id || lpad(CAST(idx AS VARCHAR), 6, '0')) AS sentence,
       arg_min(trigger, article_id || lpad(CAST(idx AS VARCHAR), 6, '0')) AS trigger,
       max(confidence) AS confidence,
       list(DISTINCT article_id ORDER BY article_id) AS article_ids
FROM e GROUP BY event_key, root, date
ORDER BY date NULLS LAST, event_key
"""


def linked_export_rows(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    where, params = where_clause((f or EventFilter()).without_paging())
    return rows(con, _EXPORT_SQL.format(key=EVENT_KEY_SQL, where=where), params)


@lru_cache(maxsize=1)
def iso3_to_fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 (newsgraph/kb/iso3_fips.tsv), for GDELT's geography columns."""
    text = resources.files("newsgraph").joinpath("kb/iso3_fips.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("iso3\t"):
            continue
        iso3, fips = line.split("\t")
        out[iso3] = fips
    return out


def _date_parts(date: str | None, published: str | None = None, added: str = "") -> tuple[Any, Any, Any, Any]:
    """SQLDATE, MonthYear, Year, FractionDate as GDELT writes them: always a full YYYYMMDD day. A month or a
    year the text gives alone takes the publication day when it falls in that period, else its first day; an
    undated event takes the publication day, else the day it was added."""
    day = _full_day(date, published) or _full_day(published, None) or (added[:8] if len(added) >= 8 else None)
    if day is None:
        return "", "", "", ""
    y, m, d = int(day[:4]), int(day[4:6]), int(day[6:8])
    frac = round(y + (m * 30 + d) / 365.0, 4)     # GDELT: YEAR + (MONTH * 30 + DAY) / 365
    return day, day[:6], day[:4], f"{frac:.4f}"


def _full_day(date: str | None, published: str | None) -> str | None:
    """YYYYMMDD of a YYYY[-MM[-DD]] date; a partial one is completed from ``published`` when it falls in it."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None
    parts = date[:10].split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return "".join(parts)
    pub = (published or "")[:10]
    if pub.startswith(date[:7] if len(parts) >= 2 else date[:4]) and len(pub) == 10:
        return pub.replace("-", "")
    month = parts[1] if len(parts) >= 2 and parts[1].isdigit() else "01"
    return f"{parts[0]}{month}01"


def _geo_type(feature: str | None, country: str | None) -> int:
    """GDELT geo resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)."""
    if feature == "country":
        return 1
    if feature in ("region", "state", "adm1"):
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


def _fmt(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return v


def gdelt_row(r: dict[str, Any], fips: dict[str, str]) -> list[Any]:
    """One GDELT 2.0 Events row (in GDELT_COLUMNS order) from a linked export row."""
    added = r["added"].strftime("%Y%m%d%H%M%S") if r["added"] is not None else ""
    published = str(r["published"])[:10] if r.get("published") is not None else None
    sqldate, monthyear, year, frac = _date_parts(r["date"], published, added)
    has_place = r["place_lat"] is not None or r["place_name"] or r["place_country"]
    geo = ["", "", "", "", "", "", "", ""]
    if has_place:
        geo = [_geo_type(r["place_feature"], r["place_country"]), r["place_name"] or r["place_country"] or "",
               fips.get(r["place_country"] or "", ""), "", "", r["place_lat"], r["place_lon"],
               r["place_geonameid"]]

    def actor(p: str) -> list[Any]:
        name = r[f"{p}_name"] or r[f"{p}_mention"]
        return [r[f"{p}_code"], name.upper() if name else None, r[f"{p}_country"], r[f"{p}_org"] or r[f"{p}_grp"],
                "", "", "", r[f"{p}_sector"], "", ""]

    cameo = r["cameo"] or ""
    row = [int(r["event_key"][:15], 16), sqldate, monthyear, year, frac, *actor("source"), *actor("target"),
           1 if r["is_root"] else 0, cameo, cameo[:3], r["root"], r["quad_class"], r["goldstein"],
           r["num_mentions"], r["num_sources"], r["num_articles"], "",
           "", "", "", "", "", "", "", "",      # Actor1Geo_*: not produced
           "", "", "", "", "", "", "", "",      # Actor2Geo_*
           *geo, added, r["source_url"]]
    return [_fmt(v) for v in row]


def write_gdelt(con: duckdb.DuckDBPyConnection, path: str | Path, f: EventFilter | None = None,
                header: bool = False, delimiter: str = "\t") -> int:
    """Write linked events as a GDELT 2.0 Events file; return the number of rows."""
    fips = iso3_to_fips()
    n = 0
    with writable(path).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if header:
            w.writerow(GDELT_COLUMNS)
        for r in linked_export_rows(con, f):
            w.writerow(gdelt_row(r, fips))
            n += 1
    return n


# -- PLOVER / POLECAT-style JSON ------------------------------------------------------------------------------

def _plover_actor(r: dict[str, Any], p: str) -> dict[str, Any] | None:
    if not any(r[f"{p}_{c}"] for c in ("name", "mention", "code", "country")):
        return None
    return {"name": r[f"{p}_name"] or r[f"{p}_mention"], "text": r[f"{p}_mention"], "country": r[f"{p}_country"],
            "sector": r[f"{p}_sector"], "org": r[f"{p}_org"], "group": r[f"{p}_grp"], "cameo_code": r[f"{p}_code"],
            "id": r[f"{p}_actor_id"]}


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER/POLECAT-style event: event_type/mode with actor, recipient, location and provenance."""
    location = None
    if r["place_name"] or r["place_country"] or r["place_lat"] is not None:
        location = {"name": r["place_name"], "country": r["place_country"], "lat": r["place_lat"],
                    "lon": r["place_lon"], "geonameid": r["place_geonameid"], "feature": r["place_feature"]}
    return {
        "event_id": r["event_key"], "event_date": r["date"], "date_source": r["date_source"],
        "event_type": r["plover"], "event_mode": r["plover_mode"],
        "actor": _plover_actor(r, "source"), "recipient": _plover_actor(r, "target"), "location": location,
        "cameo": r["cameo"], "cameo_root": r["root"], "quad_class": r["quad_class"], "goldstein": r["goldstein"],
        "event_text": r["sentence"], "trigger": r["trigger"], "confidence": r["confidence"],
        "num_mentions": r["num_mentions"], "num_sources": r["num_sources"], "num_articles": r["num_articles"],
        "story_ids": list(r["article_ids"]), "source_url": r["source_url"], "coder": "newsgraph",
    }


def write_plover(con: duckdb.DuckDBPyConnection, path: str | Path, f: EventFilter | None = None) -> int:
    """Write linked events as JSON lines of PLOVER-style records; return the number of events."""
    with writable(path).open("w", encoding="utf-8") as fh:
        return write_jsonl(fh, (plover_record(r) for r in linked_export_rows(con, f)))
