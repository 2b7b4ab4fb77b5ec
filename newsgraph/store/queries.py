"""Library queries over the DuckDB store: filtered events, linked events, timelines, networks, top actors.

Every function takes a DuckDB connection (``store.con`` or a cursor of it) and an :class:`EventFilter`. User values
are always bound as parameters; the only SQL fragments chosen by callers come from fixed tables in this module
(intervals, sort keys), looked up by name, never formatted from input.

Linking: the same event reported by several articles (same source and target actors, CAMEO root, date and place)
gets one ``event_key``; :func:`linked_events` groups on it and returns ``num_mentions`` (every report, counting the
repeats inside an article) and ``num_articles`` (distinct articles), like GDELT's NumMentions and NumArticles. An
event without a date is linked only inside its own article, since two undated reports may be years apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Sequence

import duckdb

from ..errors import ConfigError, NotFoundError

MAX_LIMIT = 10_000

# -- SQL building blocks (fixed text, never built from input) ------------------------------------------------


def actor_key_sql(p: str) -> str:
    """A stable key for the actor on side ``p`` (source/target/speaker): id, else code, else name, else mention."""
    return (f"coalesce({p}_actor_id, {p}_code, lower({p}_name), lower({p}_mention))")


def actor_label_sql(p: str) -> str:
    return f"coalesce({p}_name, {p}_mention, {p}_code, {p}_country)"


_PLACE_KEY = "coalesce(CAST(place_geonameid AS VARCHAR), lower(place_name), place_country)"
EVENT_KEY_SQL = (
    "substr(md5(concat_ws('|', coalesce(" + actor_key_sql("source") + ", ''), coalesce(" + actor_key_sql("target")
    + ", ''), coalesce(root, ''), coalesce(" + _PLACE_KEY + ", ''), "
    "CASE WHEN date IS NULL THEN 'article:' || article_id ELSE date END)), 1, 16)"
)

# period expressions over the VARCHAR ``date`` column (YYYY, YYYY-MM or YYYY-MM-DD): coarser dates drop out
INTERVALS: dict[str, str] = {
    "day": "CASE WHEN length(date) >= 10 THEN substr(date, 1, 10) END",
    "week": "CASE WHEN length(date) >= 10 THEN strftime(date_trunc('week', try_cast(substr(date, 1, 10) AS DATE)), '%Y-%m-%d') END",
    "month": "CASE WHEN length(date) >= 7 THEN substr(date, 1, 7) END",
    "year": "substr(date, 1, 4)",
}

COOPERATION = (1, 2)
CONFLICT = (3, 4)


@dataclass(slots=True)
class EventFilter:
    """Filters shared by every event query, the CLI and the API. ``None`` means no filter."""

    actor: str | None = None        # either side: any of its names (also names seen in mentions), code prefix, country, id
    actor_key: str | None = None    # either side: exact actor key, as returned in networks and top actors
    source: str | None = None       # source actor (same matching as ``actor``)
    target: str | None = None       # target actor
    either_direction: bool = False  # with source and target: also match target -> source
    country: str | None = None      # ISO3 of the source or target actor
    sector: str | None = None       # GOV, MIL, COP ... of the source or target actor
    root: str | None = None         # CAMEO root, e.g. "04" or "4"
    cameo: str | None = None        # CAMEO code prefix, e.g. "036"
    plover: str | None = None       # PLOVER event type, e.g. CONSULT
    quad_class: int | None = None   # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    since: str | None = None        # events from this period on (YYYY, YYYY-MM or YYYY-MM-DD), see period_bounds
    until: str | None = None        # events up to the end of this period (``2018`` includes 2018-12-31)
    place: str | None = None        # place name (substring) or ISO3 country of the place
    article: str | None = None      # article id
    text: str | None = None         # word or phrase in the event's sentence
    limit: int | None = 100
    offset: int = 0

    def __post_init__(self) -> None:
        check_period(self.since, "since")
        check_period(self.until, "until")

    def without_paging(self) -> "EventFilter":
        return replace(self, limit=None, offset=0)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> "EventFilter":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known and v is not None})


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_period(value: str | None, name: str) -> None:
    """Refuse a period bound that is not a real YYYY, YYYY-MM or YYYY-MM-DD date (``2018-13-45``)."""
    if value is None:
        return
    m = _PERIOD.fullmatch(value)
    try:
        if not m:
            raise ValueError(value)
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise ConfigError(f"{name} {value!r} is not a date", hint="use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2018-03") from None


def period_bounds(col: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (and parameters) keeping the dates of ``col`` (ISO strings: YYYY, YYYY-MM, YYYY-MM-DD or a
    timestamp) from the start of period ``since`` to the end of period ``until``, both included.

    ``until 2018`` keeps 2018-12-31 and ``until 2018-03`` keeps 2018-03-31T23:00: a date is kept when its first
    ``len(until)`` characters are <= ``until``, i.e. when it is <= ``until`` followed by a character above every
    character of a date. A date coarser than a bound counts from its start (``2018`` is kept by ``until 2018-03``,
    not by ``since 2018-03``), so ``until X`` and ``since`` the period after X split the events in two.
    """
    where, params = [], []
    if since:
        check_period(since, "since")
        where.append(f"{col} >= ?"); params.append(since)
    if until:
        check_period(until, "until")
        where.append(f"{col} <= ?"); params.append(until + "\uffff")
    return where, params


def like(value: str) -> str:
    """The LIKE operator for a pattern made from ``value``: with ESCAPE only when the value holds a wildcard or a
    backslash (DuckDB optimises plain LIKE patterns into fast prefix/contains scans, not escaped ones)."""
    return "LIKE ? ESCAPE '\\'" if any(c in value for c in "%_\\") else "LIKE ?"


def like_escape(value: str) -> str:
    """Escape LIKE wildcards so user text matches literally (used with ESCAPE '\\')."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(value: str) -> str:
    """A LIKE pattern: ``value`` anywhere, case-insensitive (compare with ``lower(col)``)."""
    return "%" + like_escape(value.strip().lower()) + "%"


_SEPARATORS = (" ", "'", "’", "-")


def word_patterns(value: str) -> list[str]:
    """LIKE patterns for "``value`` at the start of a word" (``rus`` finds "Russie", ``UE`` not "Venezuela")."""
    v = like_escape(value.strip().lower())
    return [v + "%"] + [f"%{sep}{v}%" for sep in _SEPARATORS]


def word_match_sql(col: str, value: str) -> str:
    """``lower(col)`` has a word starting with ``value``; takes the ``word_patterns(value)`` parameters.

    Plain LIKEs on ``lower(col)`` stay fast on millions of rows (string functions such as translate do not).
    """
    return "(" + " OR ".join([f"lower({col}) {like(value)}"] * (1 + len(_SEPARATORS))) + ")"


def _actor_match(p: str, value: str) -> tuple[str, list[Any]]:
    """SQL matching an actor on side ``p`` by any of its names (canonical, as written, or any mention resolved to
    it), at the start of a word, or by its code prefix, country, organisation, group or id."""
    v = value.strip()
    words = word_patterns(v)
    sql = (f"({word_match_sql(p + '_name', v)} OR {word_match_sql(p + '_mention', v)} "
           f"OR upper({p}_code) {like(v)} "
           f"OR upper({p}_country) = ? OR {p}_actor_id = ? OR upper({p}_org) = ? OR upper({p}_grp) = ? "
           f"OR {p}_actor_id IN (SELECT actor_actor_id FROM mentions WHERE actor_actor_id IS NOT NULL "
           f"AND {word_match_sql('text', v)}))")
    return sql, [*words, *words, like_escape(v.upper()) + "%", v.upper(), v, v.upper(), v.upper(), *words]


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (with leading ' WHERE ', or '') and its parameters for an event filter."""
    where: list[str] = []
    params: list[Any] = []

    def add(sql: str, *ps: Any) -> None:
        where.append(sql)
        params.extend(ps)

    if f.actor:
        s_sql, s_p = _actor_match("source", f.actor)
        t_sql, t_p = _actor_match("target", f.actor)
        add(f"({s_sql} OR {t_sql})", *s_p, *t_p)
    if f.actor_key:
        add(f"({actor_key_sql('source')} = ? OR {actor_key_sql('target')} = ?)", f.actor_key, f.actor_key)
    if f.source or f.target:
        parts, ps = [], []
        if f.source:
            sql, p = _actor_match("source", f.source)
            parts.append(sql); ps += p
        if f.target:
            sql, p = _actor_match("target", f.target)
            parts.append(sql); ps += p
        forward = "(" + " AND ".join(parts) + ")"
        if f.either_direction:
            rparts, rps = [], []
            if f.source:
                sql, p = _actor_match("target", f.source)
                rparts.append(sql); rps += p
            if f.target:
                sql, p = _actor_match("source", f.target)
                rparts.append(sql); rps += p
            add(f"({forward} OR (" + " AND ".join(rparts) + "))", *ps, *rps)
        else:
            add(forward, *ps)
    if f.country:
        c = f.country.strip().upper()
        add("(upper(source_country) = ? OR upper(target_country) = ?)", c, c)
    if f.sector:
        s = f.sector.strip().upper()
        add("(upper(source_sector) = ? OR upper(target_sector) = ?)", s, s)
    if f.root:
        add("root = ?", str(f.root).strip().zfill(2))
    if f.cameo:
        add(f"cameo {like(str(f.cameo))}", like_escape(str(f.cameo).strip()) + "%")
    if f.plover:
        add("upper(plover) = ?", f.plover.strip().upper())
    if f.quad_class is not None:
        add("quad_class = ?", int(f.quad_class))
    for sql, param in zip(*period_bounds("date", f.since, f.until)):
        add(sql, param)
    if f.place:
        add(f"(lower(place_name) {like(f.place)} OR upper(place_country) = ?)", contains(f.place), f.place.strip().upper())
    if f.article:
        add("article_id = ?", f.article)
    if f.text:
        add(f"lower(sentence) {like(f.text)}", contains(f.text))
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _paging(f: EventFilter) -> tuple[str, list[Any]]:
    if f.limit is None:
        return "", []
    return " LIMIT ? OFFSET ?", [min(count("limit", f.limit), MAX_LIMIT), count("offset", f.offset)]


def count(name: str, value: Any) -> int:
    """A limit, offset or size: a whole number >= 0, else a :class:`ConfigError` naming it."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from None
    if n < 0:
        raise ConfigError(f"{name} must be >= 0, not {n}")
    return n


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row (the result is fetched whole, so the connection is free afterwards)."""
    found = con.execute(sql, list(params)).fetchall()
    return found[0][0] if found else None


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# -- events -------------------------------------------------------------------------------------------------

def events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Event records (one per report) matching the filter, with their ``event_key``, oldest first."""
    f = f or EventFilter()
    where, params = where_clause(f)
    page, pp = _paging(f)
    sql = (f"SELECT *, {EVENT_KEY_SQL} AS event_key FROM events{where} "
           f"ORDER BY date NULLS LAST, article_id, idx{page}")
    return rows(con, sql, params + pp)


def count_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> int:
    where, params = where_clause(f or EventFilter())
    return scalar(con, f"SELECT count(*) FROM events{where}", params)


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    found = rows(con, f"SELECT *, {EVENT_KEY_SQL} AS event_key FROM events WHERE id = ?", [event_id])
    if not found:
        raise NotFoundError(f"no event with id {event_id!r}")
    return found[0]


_LINKED_SELECT = f"""
    SELECT event_key,
           any_value(source_name) AS source_name, any_value(source_code) AS source_code,
           any_value(source_country) AS source_country, any_value(source_sector) AS source_sector,
           any_value(target_name) AS target_name, any_value(target_code) AS target_code,
           any_value(target_country) AS target_country, any_value(target_sector) AS target_sector,
           root, mode(cameo) AS cameo, any_value(plover) AS plover, min(quad_class) AS quad_class,
           avg(goldstein) AS goldstein, date,
           any_value(place_name) AS place_name, any_value(place_country) AS place_country,
           any_value(place_lat) AS place_lat, any_value(place_lon) AS place_lon,
           sum(coalesce(mentions, 1))::BIGINT AS num_mentions, count(DISTINCT article_id) AS num_articles,
           list(DISTINCT article_id ORDER BY article_id) AS article_ids,
           arg_min(id, article_id || lpad(CAST(idx AS VARCHAR), 6, '0')) AS first_event_id
    FROM (SELECT *, {EVENT_KEY_SQL} AS event_key FROM events{{where}})
    GROUP BY event_key, root, date"""


def linked_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events linked across articles: one row per ``event_key`` with ``num_mentions`` and ``num_articles``."""
    f = f or EventFilter()
    where, params = where_clause(f)
    page, pp = _paging(f)
    sql = (_LINKED_SELECT.format(where=where)
           + f" ORDER BY date NULLS LAST, num_articles DESC, event_key{page}")
    return rows(con, sql, params + pp)


def count_linked_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> int:
    where, params = where_clause(f or EventFilter())
    return scalar(con, f"SELECT count(DISTINCT {EVENT_KEY_SQL}) FROM events{where}", params)


# -- aggregates ---------------------------------------------------------------------------------------------

def _interval_sql(interval: str) -> str:
    try:
        return INTERVALS[interval]
    except KeyError:
        raise ConfigError(f"unknown interval {interval!r}", hint="one of: " + ", ".join(INTERVALS)) from None


def timeline(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, interval: str = "month") -> list[dict[str, Any]]:
    """Counts and mean Goldstein per period for the filtered events (e.g. one dyad: ``source``/``target``).

    ``events`` counts linked events (an event reported by three articles counts once), ``mentions`` every report.
    Events whose date is coarser than the interval are left out.
    """
    f = f or EventFilter()
    period = _interval_sql(interval)
    where, params = where_clause(f.without_paging())
    sql = f"""
        SELECT period, count(DISTINCT event_key) AS events, count(*) AS mentions,
               count(DISTINCT article_id) AS articles, avg(goldstein) AS goldstein_mean,
               count(DISTINCT event_key) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(DISTINCT event_key) FILTER (WHERE quad_class IN (3, 4)) AS conflict
        FROM (SELECT {period} AS period, {EVENT_KEY_SQL} AS event_key, article_id, goldstein, quad_class
              FROM events{where})
        WHERE period IS NOT NULL
        GROUP BY period ORDER BY period"""
    return rows(con, sql, params)


def dyads(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, interval: str | None = None,
          limit: int = 100) -> list[dict[str, Any]]:
    """Counts and mean Goldstein per directed dyad (source -> target), optionally per period."""
    f = f or EventFilter()
    where, params = where_clause(f.without_paging())
    period = _interval_sql(interval) if interval else "NULL"
    sql = f"""
        SELECT period, source, source_label, target, target_label, count(DISTINCT event_key) AS events,
               count(*) AS mentions, avg(goldstein) AS goldstein_mean
        FROM (SELECT {period} AS period, {actor_key_sql('source')} AS source, {actor_label_sql('source')} AS source_label,
                     {actor_key_sql('target')} AS target, {actor_label_sql('target')} AS target_label,
                     {EVENT_KEY_SQL} AS event_key, goldstein FROM events{where})
        WHERE source IS NOT NULL AND target IS NOT NULL {"AND period IS NOT NULL" if interval else ""}
        GROUP BY period, source, source_label, target, target_label
        ORDER BY period NULLS FIRST, events DESC, source, target LIMIT ?"""
    return rows(con, sql, params + [count("limit", limit)])


def network(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, max_nodes: int = 50) -> dict[str, Any]:
    """The actor network of the filtered events: nodes (actors with event counts, most frequent label, country,
    sector and code) and edges (directed dyads).

    Edges carry ``events``, ``cooperation`` (quad classes 1-2), ``conflict`` (3-4) and ``goldstein_mean``; only the
    ``max_nodes`` most active actors and the edges between them are returned.
    """
    f = f or EventFilter()
    where, params = where_clause(f.without_paging())
    base = (f"SELECT {actor_key_sql('source')} AS s, {actor_label_sql('source')} AS s_label, source_country AS s_country, "
            f"source_sector AS s_sector, source_code AS s_code, {actor_key_sql('target')} AS t, {actor_label_sql('target')} AS t_label, "
            f"target_country AS t_country, target_sector AS t_sector, target_code AS t_code, quad_class, goldstein, "
            f"{EVENT_KEY_SQL} AS event_key FROM events{where}")
    node_sql = f"""
        WITH e AS ({base}),
        sides AS (SELECT s AS id, s_label AS label, s_country AS country, s_sector AS sector, s_code AS code, event_key,
                         quad_class FROM e WHERE s IS NOT NULL
                  UNION ALL
                  SELECT t, t_label, t_country, t_sector, t_code, event_key, quad_class FROM e WHERE t IS NOT NULL)
        SELECT id, mode(label) AS label, mode(country) AS country, mode(sector) AS sector, mode(code) AS code,
               count(DISTINCT event_key) AS events,
               count(DISTINCT event_key) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(DISTINCT event_key) FILTER (WHERE quad_class IN (3, 4)) AS conflict
        FROM sides GROUP BY id ORDER BY events DESC, id LIMIT ?"""
    nodes = rows(con, node_sql, params + [count("max_nodes", max_nodes)])
    keep = [n["id"] for n in nodes]
    edge_sql = f"""
        WITH e AS ({base})
        SELECT s AS source, t AS target, count(DISTINCT event_key) AS events,
               count(DISTINCT event_key) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(DISTINCT event_key) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               avg(goldstein) AS goldstein_mean
        FROM e WHERE s IN (SELECT unnest(?)) AND t IN (SELECT unnest(?)) AND s <> t
        GROUP BY s, t ORDER BY events DESC, s, t"""
    edges = rows(con, edge_sql, params + [keep, keep]) if keep else []
    labels = {n["id"]: n["label"] for n in nodes}
    for e in edges:
        e["source_label"], e["target_label"] = labels.get(e["source"]), labels.get(e["target"])
    return {"nodes": nodes, "edges": edges}


def top_actors(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, limit: int = 20,
               side: str = "any") -> list[dict[str, Any]]:
    """The actors with the most (linked) events, as source, target or either (``side``)."""
    sides = {"source": ("source",), "target": ("target",), "any": ("source", "target")}
    if side not in sides:
        raise ConfigError(f"unknown side {side!r}", hint="one of: source, target, any")
    f = f or EventFilter()
    where, params = where_clause(f.without_paging())
    parts = [f"SELECT {actor_key_sql(p)} AS id, {actor_label_sql(p)} AS label, {p}_country AS country, "
             f"{p}_sector AS sector, {p}_code AS code, '{p}' AS side, {EVENT_KEY_SQL} AS event_key, goldstein "
             f"FROM events{where}" for p in sides[side]]
    sql = f"""
        SELECT id, mode(label) AS label, mode(country) AS country, mode(sector) AS sector, mode(code) AS code,
               count(DISTINCT event_key) AS events,
               count(DISTINCT event_key) FILTER (WHERE side = 'source') AS as_source,
               count(DISTINCT event_key) FILTER (WHERE side = 'target') AS as_target,
               avg(goldstein) AS goldstein_mean
        FROM ({" UNION ALL ".join(parts)}) WHERE id IS NOT NULL
        GROUP BY id ORDER BY events DESC, id LIMIT ?"""
    return rows(con, sql, params * len(sides[side]) + [count("limit", limit)])


def places(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Event places with coordinates and their event counts (for maps)."""
    f = f or EventFilter()
    where, params = where_clause(f.without_paging())
    extra = "place_lat IS NOT NULL AND place_lon IS NOT NULL"
    where = (where + " AND " + extra) if where else " WHERE " + extra
    sql = f"""
        SELECT place_name AS name, place_country AS country, round(place_lat, 4) AS lat, round(place_lon, 4) AS lon,
               count(DISTINCT {EVENT_KEY_SQL}) AS events, avg(goldstein) AS goldstein_mean
        FROM events{where}
        GROUP BY place_name, place_country, round(place_lat, 4), round(place_lon, 4)
        ORDER BY events DESC, name LIMIT ?"""
    return rows(con, sql, params + [count("limit", limit)])


# -- quotes, actors, articles -------------------------------------------------------------------------------

def _quote_where(speaker: str | None, text: str | None, article: str | None) -> tuple[str, list[Any]]:
    where, params = [], []
    if speaker:
        sql, p = _actor_match("speaker", speaker)
        where.append(sql); params += p
    if text:
        where.append(f"lower(q.text) {like(text)}"); params.append(contains(text))
    if article:
        where.append("q.article_id = ?"); params.append(article)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def quotes(con: duckdb.DuckDBPyConnection, speaker: str | None = None, text: str | None = None,
           article: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes with their speakers; ``speaker`` matches any of the speaker's names, code prefix, country or id."""
    where, params = _quote_where(speaker, text, article)
    sql = ("SELECT q.*, a.title AS article_title, a.published AS article_published FROM quotes q "
           "JOIN articles a ON a.id = q.article_id" + where
           + " ORDER BY a.published NULLS LAST, q.article_id, q.idx LIMIT ? OFFSET ?")
    return rows(con, sql, params + [min(count("limit", limit), MAX_LIMIT), count("offset", offset)])


def count_quotes(con: duckdb.DuckDBPyConnection, speaker: str | None = None, text: str | None = None,
                 article: str | None = None) -> int:
    where, params = _quote_where(speaker, text, article)
    return scalar(con, "SELECT count(*) FROM quotes q" + where, params)


def quotes_by_speaker(con: duckdb.DuckDBPyConnection, speaker: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Speakers with their number of quotes (direct and indirect), most quoted first."""
    where, params = "", []
    if speaker:
        where, params = _actor_match("speaker", speaker)
        where = " AND " + where
    sql = f"""
        SELECT {actor_key_sql('speaker')} AS id, mode({actor_label_sql('speaker')}) AS label,
               mode(speaker_country) AS country, count(*) AS quotes,
               count(*) FILTER (WHERE direct) AS direct, count(DISTINCT article_id) AS articles
        FROM quotes WHERE {actor_key_sql('speaker')} IS NOT NULL{where}
        GROUP BY 1 ORDER BY quotes DESC, id LIMIT ?"""
    return rows(con, sql, params + [count("limit", limit)])


def _actor_where(name: str | None) -> tuple[str, list[Any]]:
    if not name:
        return "", []
    words = word_patterns(name)
    return (f" WHERE {word_match_sql('a.name', name)} OR upper(a.code) {like(name)} OR a.id = ? "
            f"OR a.id IN (SELECT actor_actor_id FROM mentions WHERE {word_match_sql('text', name)})",
            [*words, like_escape(name.strip().upper()) + "%", name.strip(), *words])


def actors(con: duckdb.DuckDBPyConnection, name: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Known actors (knowledge-base ids), with the number of mentions; ``name`` matches names, codes and mentions."""
    where, params = _actor_where(name)
    sql = (f"SELECT a.*, (SELECT count(*) FROM mentions m WHERE m.actor_actor_id = a.id) AS mentions "
           f"FROM actors a{where} ORDER BY mentions DESC, a.id LIMIT ? OFFSET ?")
    return rows(con, sql, params + [min(count("limit", limit), MAX_LIMIT), count("offset", offset)])


def count_actors(con: duckdb.DuckDBPyConnection, name: str | None = None) -> int:
    where, params = _actor_where(name)
    return scalar(con, "SELECT count(*) FROM actors a" + where, params)


def actor(con: duckdb.DuckDBPyConnection, actor_id: str) -> dict[str, Any]:
    found = rows(con, "SELECT * FROM actors WHERE id = ?", [actor_id])
    if not found:
        raise NotFoundError(f"no actor with id {actor_id!r}")
    out = found[0]
    out["names"] = [r["text"] for r in rows(
        con, "SELECT text, count(*) AS n FROM mentions WHERE actor_actor_id = ? GROUP BY text ORDER BY n DESC, text LIMIT 50",
        [actor_id])]
    return out


def _article_where(text: str | None, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    where, params = [], []
    if text:
        where.append(f"(lower(a.title) {like(text)} OR lower(a.text) {like(text)})")
        params += [contains(text)] * 2
    dates, date_params = period_bounds("a.published", since, until)
    where += dates
    params += date_params
    return (" WHERE " + " AND ".join(where) if where else ""), params


def articles(con: duckdb.DuckDBPyConnection, text: str | None = None, since: str | None = None,
             until: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Articles (without their text) with event and quote counts; ``text`` searches title and text."""
    where, params = _article_where(text, since, until)
    sql = ("SELECT a.id, a.title, a.published, a.lang, a.url, a.source, length(a.text) AS chars, "
           "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
           "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a" + where
           + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?")
    return rows(con, sql, params + [min(count("limit", limit), MAX_LIMIT), count("offset", offset)])


def count_articles(con: duckdb.DuckDBPyConnection, text: str | None = None, since: str | None = None,
                   until: str | None = None) -> int:
    where, params = _article_where(text, since, until)
    return scalar(con, "SELECT count(*) FROM articles a" + where, params)


def article_detail(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any]:
    """One article with everything extracted from it (entities, mentions, events, quotes, places, dates)."""
    found = rows(con, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not found:
        raise NotFoundError(f"no article with id {article_id!r}")
    out = found[0]
    for table in ("sentences", "entities", "mentions", "quotes", "places", "dates"):
        out[table] = rows(con, f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", [article_id])
    out["events"] = events(con, EventFilter(article=article_id, limit=None))
    out["events"].sort(key=lambda e: e["idx"])
    return out
