"""What a reader of the whole database needs first: the period it covers, and one canonical name per actor key.

:func:`date_range` gives the event and publication date ranges and a *period*: the span of event dates that
fall within the publication years plus one year either side, so that a few misdated events (a 1799 reference, a
misread timex) do not stretch a dashboard's default period or a timeline's axis over centuries.

:func:`canonical_names` names the actor keys of networks and top-actor lists (see
:func:`newsgraph.store.queries.actor_key_sql`): the knowledge-base name of a KB actor, else the CAMEO code of an
actor known only by its code, else its most frequent name or mention.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Sequence

import duckdb

from .queries import actor_key_sql, actor_label_sql, rows

MARGIN_YEARS = 1  # event dates this many years before the first or after the last publication year still count


@dataclass(frozen=True, slots=True)
class DateRange:
    """Date ranges of the database, as the stored strings (YYYY, YYYY-MM or YYYY-MM-DD); ``None`` when empty."""

    events_min: str | None      # earliest and latest event date, whatever they are
    events_max: str | None
    dated: int                  # events with a date, and without
    undated: int
    published_min: str | None   # earliest and latest publication date of an article
    published_max: str | None
    since: str | None           # the period: earliest and latest event date within the publication years
    until: str | None           #   widened by MARGIN_YEARS (all event dates when no article has a date)
    outside: int                # dated events outside the period

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def date_range(con: duckdb.DuckDBPyConnection) -> DateRange:
    """The event and publication date ranges, and the period that leaves out event dates far from publication."""
    (events_min, events_max, dated, undated), = con.execute(
        "SELECT min(date), max(date), count(date), count(*) - count(date) FROM events").fetchall()
    (published_min, published_max), = con.execute(
        "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL AND published <> ''"
    ).fetchall()
    if published_min and published_max:
        # whole years, compared as strings: 'YYYY' sorts before every date of that year, 'YYYY-99' after them
        low = f"{int(published_min[:4]) - MARGIN_YEARS:04d}"
        high = f"{int(published_max[:4]) + MARGIN_YEARS:04d}-99"
        (since, until, inside), = con.execute(
            "SELECT min(date), max(date), count(date) FROM events WHERE date >= ? AND date <= ?", [low, high]).fetchall()
    else:
        since, until, inside = events_min, events_max, dated
    return DateRange(events_min=events_min, events_max=events_max, dated=dated, undated=undated,
                     published_min=published_min, published_max=published_max, since=since, until=until,
                     outside=dated - inside)


def canonical_names(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> dict[str, str]:
    """One name per actor key: its knowledge-base name, else its CAMEO code, else its most frequent name.

    A key that is a code (no KB actor behind it, as for "CRM" or "FRAGOV") keeps the code rather than one of the
    many words it is mentioned by ("suspect", "prisonniers"). Keys that no event uses are left out.
    """
    if not keys:
        return {}
    sides = " UNION ALL ".join(
        f"SELECT {actor_key_sql(p)} AS key, {p}_actor_id AS actor_id, {p}_code AS code, {actor_label_sql(p)} AS label "
        f"FROM events" for p in ("source", "target"))
    sql = f"""
        SELECT s.key, a.name AS kb_name,
               bool_or(s.actor_id IS NULL AND s.code = s.key) AS is_code, mode(s.label) AS label
        FROM ({sides}) s LEFT JOIN actors a ON a.id = s.key
        WHERE s.key IN (SELECT unnest(?))
        GROUP BY s.key, a.name"""
    names = {}
    for r in rows(con, sql, [list(keys)]):
        names[r["key"]] = r["kb_name"] or (r["key"] if r["is_code"] else r["label"]) or r["key"]
    return names
