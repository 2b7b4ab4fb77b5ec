"""The DuckDB store: one file, named migrations, idempotent writes keyed by content hash.

Library first: ``with Store("newsgraph.duckdb") as st: st.ingest(engine.run(paths))``. One Store object is
the single writer of its file; readers open it with ``read_only=True``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import duckdb

from ..errors import NotFoundError, StoreError
from ..records import Actor, ArticleResult, Failure
from .migrations import MIGRATIONS
from .queries import count

if TYPE_CHECKING:
    import pyarrow as pa

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


def _actor(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{c}" for c in ("name", "mention", "country", "sector", "org", "grp", "code", "actor_id"))


# The columns Store.rows fills, table by table (``ingested_at`` and ``recorded_at`` are the database's).
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "title", "published", "lang", "url", "source", "text", "metadata", "origin"),
    "sentences": ("article_id", "idx", "start_char", "end_char", "text"),
    "entities": ("article_id", "idx", "text", "label", "start_char", "end_char"),
    "mentions": ("article_id", "idx", "text", "label", "start_char", "end_char", "sentence", "rule", *_actor("actor")),
    "actors": ("id", "name", "country", "sector", "org", "grp", "code", "wikidata"),
    "events": ("id", "article_id", "idx", "sentence", "sentence_start", "sentence_end", "trigger", "trigger_start",
               "trigger_end", "cameo", "root", "plover", "plover_mode", "quad_class", "goldstein", *_actor("source"),
               *_actor("target"), "date", "date_source", "place_name", "place_country", "place_lat", "place_lon",
               "place_geonameid", "place_feature", "place_source", "confidence", "rule", "mentions", "quote_idx"),
    "quotes": ("article_id", "idx", "text", "start_char", "end_char", "direct", "cue", "sentence", "rule",
               *_actor("speaker"), "kind"),
    "places": ("article_id", "idx", "name", "country", "lat", "lon", "geonameid", "feature", "source", "start_char",
               "end_char"),
    "dates": ("article_id", "idx", "text", "start_char", "end_char", "value", "kind", "sentence", "end_value"),
    "failures": ("id", "source", "reason", "message", "article_id", "raw", "origin"),
}
TableRows = dict[str, list[tuple]]
_ARROW = {"VARCHAR": "string", "JSON": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64",
          "BOOLEAN": "bool_", "SMALLINT": "int16", "FLOAT": "float32"}   # DuckDB type -> pyarrow type factory
_NOT_CHILDREN = {"failures"}   # failures carry an article id but are not rows *of* a stored article


def _actor_cols(a: Actor | None) -> tuple:
    if a is None:
        return (None,) * 8
    return (a.name, a.mention, a.country, a.sector, a.org, a.group, a.code, a.id)


@dataclass(slots=True)
class InsertResult:
    """What one bulk insert stored."""

    new: int = 0          # articles inserted
    offered: int = 0      # articles in the insert
    events: int = 0       # events of the new articles
    quotes: int = 0
    failures: int = 0     # failure rows not recorded before


def rows(item: ArticleResult | Failure) -> TableRows:
    """The rows of one result (or failure), table by table, in the column order of :data:`COLUMNS`.

    The one place that knows how the records map onto the tables: every write path (``Store.write``, the
    batch runner's workers, Dask partitions) turns results into rows here and inserts them with
    :meth:`Store.insert`.
    """
    if isinstance(item, Failure):
        return {"failures": [(_hash(item.source, item.reason, item.message), item.source, item.reason, item.message,
                              item.article_id, item.raw, item.origin)]}
    a = item.article
    actors: dict[str, Actor] = {}
    for m in item.mentions:
        if m.actor is not None and m.actor.id:
            actors[m.actor.id] = m.actor
    for e in item.events:
        for x in (e.source, e.target):
            if x is not None and x.id:
                actors[x.id] = x
    return {
        "articles": [(a.id, a.title, a.published, a.lang, a.url, a.source, a.text,
                      json.dumps(a.metadata, ensure_ascii=False), a.origin)],
        "sentences": [(a.id, s.index, s.start, s.end, s.text) for s in item.sentences],
        "entities": [(a.id, i, e.text, e.label, e.start, e.end) for i, e in enumerate(item.entities)],
        "mentions": [(a.id, i, m.text, m.label, m.start, m.end, m.sentence, m.rule, *_actor_cols(m.actor))
                     for i, m in enumerate(item.mentions)],
        "actors": [(x.id, x.name, x.country, x.sector, x.org, x.group, x.code, x.wikidata) for x in actors.values()],
        "events": [_event_row(a.id, i, e) for i, e in enumerate(item.events)],
        "quotes": [(a.id, i, q.text, q.start, q.end, q.direct, q.cue, q.sentence, q.rule, *_actor_cols(q.speaker),
                    q.kind) for i, q in enumerate(item.quotes)],
        "places": [(a.id, i, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature, p.source, p.start, p.end)
                   for i, p in enumerate(item.places)],
        "dates": [(a.id, i, t.text, t.start, t.end, t.value, t.kind, t.sentence, t.end_value)
                  for i, t in enumerate(item.timexes)],
    }


def merge(parts: Iterable[TableRows]) -> TableRows:
    """The rows of several results as one set of rows per table, in order."""
    out: TableRows = {}
    for part in parts:
        for table, rs in part.items():
            out.setdefault(table, []).extend(rs)
    return out


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


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self.con = _connect(self.path, read_only)
        self._types: dict[str, dict[str, str]] | None = None
        try:
            if read_only:
                self.check_version()
            else:
                self.migrate()
        except BaseException:
            self.con.close()
            raise

    # -- lifecycle ------------------------------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied now. A database of a newer migration than this
        code knows is refused before anything is written."""
        self.con.execute("CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = set(self.check_version())
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
        self._types = None
        return applied

    def check_version(self) -> list[str]:
        """The migrations the database has; a :class:`StoreError` if it has one this code does not know."""
        has_table = self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                                     "AND table_name = '_migrations'").fetchone()[0]
        done = self.migrations() if has_table else []
        unknown = sorted(set(done) - {m.name for m in MIGRATIONS})
        if unknown:
            raise StoreError(f"database {self.path!r} has schema migration {unknown[-1]}, newer than this version of "
                             f"newsgraph knows (its last is {MIGRATIONS[-1].name}); it was not opened",
                             hint="upgrade newsgraph to open it, or use another --db")
        return done

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

    def rows(self, item: ArticleResult | Failure) -> TableRows:
        """The rows of one result or failure (see :func:`rows`)."""
        return rows(item)

    def write(self, result: ArticleResult, replace: bool = False) -> bool:
        """Write one article and everything extracted from it in one transaction. False if already stored."""
        return self.insert(self.arrow(rows(result)), replace=replace).new > 0

    def write_failure(self, f: Failure) -> bool:
        """Record a failure (once: the same source, reason and message are one row). False if recorded already."""
        return self.insert(self.arrow(rows(f))).failures > 0

    def arrow(self, table_rows: TableRows) -> dict[str, pa.Table]:
        """Rows as Arrow tables typed like the schema (tables without rows left out). A value the schema
        cannot take raises ``pyarrow.ArrowException`` (or ``TypeError``/``ValueError``)."""
        import pyarrow as pa     # not at import time: the query commands start without it

        types = self._column_types()
        out = {}
        for table, rs in table_rows.items():
            if not rs:
                continue
            names = COLUMNS[table]
            cols = list(zip(*rs))
            out[table] = pa.table([pa.array(c, type=getattr(pa, _ARROW[types[table][n]])()) for n, c in zip(names, cols)],
                                  names=list(names))
        return out

    def insert(self, tables: Mapping[str, pa.Table], replace: bool = False) -> InsertResult:
        """The one bulk insert: load Arrow tables of rows (from :meth:`arrow`) in one transaction.

        ``articles``: rows whose id is not stored yet (with ``replace`` the old rows are deleted first); tables
        with an ``article_id`` column: the rows of those new articles; others (actors, failures): by primary
        key, ``ON CONFLICT DO NOTHING``. Tables are derived from the schema, so a migration's table is covered.
        """
        con = self.con
        names = [t for t in self._column_types() if t in tables]
        views = {t: f"_chunk_{t}" for t in names}
        for t in names:
            con.register(views[t], tables[t])
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                result = self._insert(names, views, replace)
                con.execute("COMMIT")
            except Exception:
                _rollback(con)
                raise
        finally:
            for v in views.values():
                con.unregister(v)
        return result

    def _insert(self, names: list[str], views: dict[str, str], replace: bool) -> InsertResult:
        con = self.con
        res = InsertResult()
        children = [t for t in self._column_types() if t != "articles" and t not in _NOT_CHILDREN
                    and "article_id" in self._column_types()[t]]
        con.execute("CREATE OR REPLACE TEMP TABLE _chunk_new (id VARCHAR)")
        if "articles" in views:
            res.offered = con.execute(f"SELECT count(*) FROM {views['articles']}").fetchone()[0]
            if replace:
                for t in children:
                    con.execute(f'DELETE FROM "{t}" WHERE article_id IN (SELECT id FROM {views["articles"]})')
                con.execute(f"DELETE FROM articles WHERE id IN (SELECT id FROM {views['articles']})")
            con.execute(f"INSERT INTO _chunk_new SELECT DISTINCT id FROM {views['articles']} "
                        "WHERE id NOT IN (SELECT id FROM articles)")
        for t in names:
            if t == "articles":
                continue
            if t in children:
                con.execute(f'INSERT INTO "{t}" BY NAME SELECT * FROM {views[t]} WHERE article_id IN (SELECT id FROM _chunk_new)')
            else:
                n = con.execute(f'INSERT INTO "{t}" BY NAME SELECT * FROM {views[t]} ON CONFLICT DO NOTHING').fetchone()[0]
                if t == "failures":
                    res.failures = n
        if "articles" in views:
            con.execute(f"INSERT INTO articles BY NAME SELECT * FROM {views['articles']} "
                        "WHERE id IN (SELECT id FROM _chunk_new)")
            res.new = con.execute("SELECT count(*) FROM _chunk_new").fetchone()[0]
            for t in ("events", "quotes"):
                if t in views:
                    n = con.execute(f"SELECT count(*) FROM {views[t]} WHERE article_id IN (SELECT id FROM _chunk_new)").fetchone()[0]
                    setattr(res, t, n)
        return res

    def _column_types(self) -> dict[str, dict[str, str]]:
        """table -> column -> DuckDB type, for every data table (not ``_migrations``), in name order."""
        if self._types is None:
            tables = [r[0] for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall() if not r[0].startswith("_")]
            self._types = {t: {r[0]: r[1].upper() for r in self.con.execute(f'DESCRIBE "{t}"').fetchall()}
                           for t in tables}
        return self._types

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
            sql += " LIMIT ?"; params.append(count("limit", limit))
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
        return self._rows("SELECT * FROM mentions WHERE actor_actor_id = ? ORDER BY article_id, idx LIMIT ?",
                          [actor_id, count("limit", limit)])


_DUCKDB_MAGIC = b"DUCK"          # bytes 8..12 of every DuckDB database file
_KNOWN_FORMATS = ((b"SQLite format 3\x00", "a SQLite database"), (b"PAR1", "a Parquet file"),
                  (b"\x1f\x8b", "a gzip file"), (b"PK\x03\x04", "a zip file"))


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB file at ``path`` (created when missing, unless ``read_only``), or one
    :class:`StoreError` line: a file that is not DuckDB is refused before DuckDB reads it (a SQLite file
    would make DuckDB download its SQLite extension), and no extension is ever installed or loaded."""
    if path != ":memory:":
        _check_file(path, read_only)
    try:
        return duckdb.connect(path, read_only=read_only,
                              config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    except duckdb.Error as exc:
        cause = " ".join(str(exc).split())
        if "Could not read enough bytes" in cause or "not a valid DuckDB database" in cause:
            raise StoreError(f"database {path!r} is damaged or truncated: {cause}",
                             hint="restore it from a copy or a snapshot, or use another --db") from None
        raise StoreError(f"cannot open database {path!r}: {cause}",
                         hint="is another process writing to it? is it a DuckDB file?") from None


def _check_file(path: str, read_only: bool) -> None:
    p = Path(path)
    if not p.exists():
        if read_only:
            raise StoreError(f"database {path!r} does not exist", hint="create it with: newsgraph ingest FILES --db PATH")
        return
    if p.is_dir():
        raise StoreError(f"database {path!r} is a folder, not a DuckDB file", hint="give a file path to --db")
    try:
        with p.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read database {path!r}: {exc.strerror or exc}") from None
    if head[8:12] == _DUCKDB_MAGIC:
        return
    what = next((name for magic, name in _KNOWN_FORMATS if head.startswith(magic)), None)
    if what is None:
        what = "an empty file" if not head else "a text file" if _is_text(head) else "an unknown format"
    raise StoreError(f"{path!r} is not a DuckDB database (it is {what}); nothing was read or written",
                     hint="give --db a DuckDB file made by newsgraph, or a new file name")


def _is_text(head: bytes) -> bool:
    return all(b >= 0x20 or b in b"\t\n\r" for b in head)


def _rollback(con) -> None:
    """Roll back the open transaction; after a failed COMMIT DuckDB has ended it already."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException as exc:
        if "no transaction is active" not in str(exc):
            raise
