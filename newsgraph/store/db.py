"""The DuckDB store: one file, named migrations, idempotent writes keyed by content hash.

Library first: ``with Store("newsgraph.duckdb") as st: st.ingest(engine.run(paths))``. One Store object is
the single writer of its file; readers open it with ``read_only=True``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import duckdb

from ..errors import NotFoundError, StoreError
from ..records import Actor, ArticleResult, Failure
from .migrations import MIGRATIONS

if TYPE_CHECKING:
    from .queries import EventFilter


@dataclass(slots=True)
class IngestSummary:
    articles_new: int = 0
    articles_unchanged: int = 0
    failures: int = 0
    events: int = 0
    quotes: int = 0
    failure_reasons: dict[str, int] = field(default_factory=dict)

    def add_failure(self, reason: str) -> None:
        self.failures += 1
        self.failure_reasons[reason] = self.failure_reasons.get(reason, 0) + 1

    def to_text(self) -> str:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.failure_reasons.items()))
        return (f"articles: {self.articles_new} new, {self.articles_unchanged} unchanged; "
                f"events: {self.events}; quotes: {self.quotes}; failures: {self.failures}"
                + (f" ({reasons})" if reasons else ""))


def _hash(*parts: Any) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _actor_cols(a: Actor | None) -> tuple:
    if a is None:
        return (None,) * 8
    return (a.name, a.mention, a.country, a.sector, a.org, a.group, a.code, a.id)


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError(f"database {self.path!r} does not exist", hint="create it with: newsgraph ingest FILES --db PATH")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path!r}: {exc}",
                             hint="is another process writing to it? is it a DuckDB file?") from exc
        if not read_only:
            self.migrate()

    # -- lifecycle ------------------------------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied now."""
        self.con.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {r[0] for r in self.con.execute("SELECT name FROM _migrations").fetchall()}
        applied = []
        for m in MIGRATIONS:
            if m.name in done:
                continue
            try:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(m.sql)
                self.con.execute("INSERT INTO _migrations (name) VALUES (?)", [m.name])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {m.name} failed: {exc}") from exc
            applied.append(m.name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT name FROM _migrations ORDER BY name").fetchall()]

    # -- writes ---------------------------------------------------------------------------------------
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]).fetchall()
        return {r[0] for r in rows}

    def ingest(self, items: Iterable[ArticleResult | Failure], replace: bool = False,
               on_item: Any = None) -> IngestSummary:
        """Store results and failures; an article already stored is left as it is unless ``replace``."""
        summary = IngestSummary()
        for item in items:
            if isinstance(item, Failure):
                self.write_failure(item)
                summary.add_failure(item.reason)
            elif self.write(item, replace=replace):
                summary.articles_new += 1
                summary.events += len(item.events)
                summary.quotes += len(item.quotes)
            else:
                summary.articles_unchanged += 1
            if on_item is not None:
                on_item(item, summary)
        return summary

    def write(self, result: ArticleResult, replace: bool = False) -> bool:
        """Write one article and everything extracted from it in one transaction. False if already stored."""
        a = result.article
        exists = bool(self.known_ids([a.id]))
        if exists and not replace:
            return False
        c = self.con
        c.execute("BEGIN TRANSACTION")
        try:
            if exists:
                self._delete_article(a.id)
            c.execute("INSERT INTO articles (id, title, published, lang, url, source, text, metadata, origin) VALUES (?,?,?,?,?,?,?,?,?)",
                      [a.id, a.title, a.published, a.lang, a.url, a.source, a.text, json.dumps(a.metadata, ensure_ascii=False), a.origin])
            self._many("INSERT INTO sentences VALUES (?,?,?,?,?)",
                       [(a.id, s.index, s.start, s.end, s.text) for s in result.sentences])
            self._many("INSERT INTO entities VALUES (?,?,?,?,?,?)",
                       [(a.id, i, e.text, e.label, e.start, e.end) for i, e in enumerate(result.entities)])
            self._many("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       [(a.id, i, m.text, m.label, m.start, m.end, m.sentence, m.rule, *_actor_cols(m.actor))
                        for i, m in enumerate(result.mentions)])
            actors = {}
            for m in result.mentions:
                if m.actor is not None and m.actor.id:
                    actors[m.actor.id] = m.actor
            for e in result.events:
                for x in (e.source, e.target):
                    if x is not None and x.id:
                        actors[x.id] = x
            for act in actors.values():
                c.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                          [act.id, act.name, act.country, act.sector, act.org, act.group, act.code, act.wikidata])
            self._many("INSERT INTO events VALUES (" + ",".join(["?"] * 44) + ")",
                       [self._event_row(a.id, i, e) for i, e in enumerate(result.events)])
            self._many("INSERT INTO quotes VALUES (" + ",".join(["?"] * 18) + ")",
                       [(a.id, i, q.text, q.start, q.end, q.direct, q.cue, q.sentence, q.rule, *_actor_cols(q.speaker),
                         q.kind) for i, q in enumerate(result.quotes)])
            self._many("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       [(a.id, i, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature, p.source, p.start, p.end)
                        for i, p in enumerate(result.places)])
            self._many("INSERT INTO dates VALUES (?,?,?,?,?,?,?,?,?)",
                       [(a.id, i, t.text, t.start, t.end, t.value, t.kind, t.sentence, t.end_value)
                        for i, t in enumerate(result.timexes)])
            c.execute("COMMIT")
        except Exception:
            c.execute("ROLLBACK")
            raise
        return True

    def write_failure(self, f: Failure) -> bool:
        fid = _hash(f.source, f.reason, f.message)
        before = self.con.execute("SELECT count(*) FROM failures WHERE id = ?", [fid]).fetchall()[0][0]
        self.con.execute("INSERT INTO failures (id, source, reason, message, article_id, raw, origin) VALUES (?,?,?,?,?,?,?) "
                         "ON CONFLICT (id) DO NOTHING", [fid, f.source, f.reason, f.message, f.article_id, f.raw, f.origin])
        return before == 0

    def _many(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            self.con.executemany(sql, rows)

    def _delete_article(self, article_id: str) -> None:
        for table in ("events", "quotes", "places", "dates", "mentions", "entities", "sentences", "articles"):
            key = "id" if table == "articles" else "article_id"
            self.con.execute(f"DELETE FROM {table} WHERE {key} = ?", [article_id])

    @staticmethod
    def _event_row(article_id: str, idx: int, e) -> tuple:
        eid = _hash(article_id, e.sentence_start, e.trigger_start, e.cameo,
                    e.source.code, e.source.name, e.target.code if e.target else None, e.target.name if e.target else None)
        p = e.place
        return (eid, article_id, idx, e.sentence, e.sentence_start, e.sentence_end, e.trigger, e.trigger_start,
                e.trigger_end, e.cameo, e.root, e.plover, e.plover_mode, e.quad_class, e.goldstein,
                *_actor_cols(e.source), *_actor_cols(e.target), e.date, e.date_source,
                p.name if p else None, p.country if p else None, p.lat if p else None, p.lon if p else None,
                p.geonameid if p else None, p.feature if p else None, p.source if p else None,
                e.confidence, e.rule, e.mentions, e.quote)

    # -- reads ----------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: list) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("articles", "sentences", "mentions", "actors", "events", "quotes", "places", "dates", "failures")}

    def events(self, f: "EventFilter | None" = None) -> list[dict[str, Any]]:
        """Stored events matching the filter (see :mod:`newsgraph.store.queries` for every query)."""
        from .queries import EventFilter, events

        return events(self.con, f or EventFilter())

    def quotes(self, speaker: str | None = None, contains: str | None = None, limit: int | None = 1000) -> list[dict[str, Any]]:
        where, params = [], []
        if speaker:
            where.append("(lower(speaker_name) LIKE ? OR lower(speaker_mention) LIKE ? OR lower(speaker_code) LIKE ? "
                         "OR lower(speaker_actor_id) LIKE ?)")
            params += [f"%{speaker.lower()}%"] * 4
        if contains:
            where.append("lower(text) LIKE ?"); params.append(f"%{contains.lower()}%")
        sql = "SELECT * FROM quotes" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY article_id, idx"
        if limit is not None:
            sql += " LIMIT ?"; params.append(int(limit))
        return self._rows(sql, params)

    def failures(self, reason: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM failures" + (" WHERE reason = ?" if reason else "") + " ORDER BY recorded_at, source"
        return self._rows(sql, [reason] if reason else [])

    def article(self, article_id: str) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise NotFoundError(f"no article with id {article_id!r}")
        return rows[0]

    def actor_mentions(self, actor_id: str, limit: int = 100) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM mentions WHERE actor_actor_id = ? ORDER BY article_id, idx LIMIT ?", [actor_id, limit])
