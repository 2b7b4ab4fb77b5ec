"""Rows for the store without a row-by-row insert: :meth:`Store.write` run against a collector.

``Store.write`` is the one place that knows how an ArticleResult maps onto the tables. Running it on a real
in-memory DuckDB costs ``executemany`` row by row (a third of a worker's time in the profile). The
:class:`RowCollector` stands in for the connection: it records each INSERT's parameters per table and turns
them into typed Arrow tables, so the mapping stays in ``Store.write`` and the rows reach DuckDB in bulk.

Only the statements ``Store.write`` / ``Store.write_failure`` issue are understood (BEGIN/COMMIT/ROLLBACK,
the existence SELECTs, INSERT ... VALUES); anything else raises :class:`UnsupportedStatement` and the
caller falls back to a real in-memory database (tests/test_scale_rows.py checks both give the same rows).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

import pyarrow as pa

_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*(?:\(([^)]*)\))?\s*VALUES\b", re.I | re.S)
_TYPES = {"VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
          "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "SMALLINT": pa.int16(), "FLOAT": pa.float32()}


class UnsupportedStatement(Exception):
    """The collector met SQL it does not model; use a real database instead."""


def table_schemas(con, tables: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """(column, DuckDB type) of each table, in table order."""
    return {t: [(r[0], r[1]) for r in con.execute(f'DESCRIBE "{t}"').fetchall()] for t in tables}


class RowCollector:
    """A stand-in for a DuckDB connection that collects INSERT parameters per table."""

    def __init__(self, schemas: dict[str, list[tuple[str, str]]]):
        self.schemas = schemas
        self.rows: dict[str, list[tuple[tuple[str, ...], Sequence[Any]]]] = {t: [] for t in schemas}
        self._result: list[tuple] = []

    # -- the part of the DuckDB connection API that Store.write uses ---------------------------------
    def execute(self, sql: str, params: Sequence[Any] | None = None) -> "RowCollector":
        head = sql.lstrip().split(None, 1)[0].upper()
        if head in ("BEGIN", "COMMIT", "ROLLBACK"):
            return self
        if head == "SELECT":
            # existence checks (known ids, failure already recorded): nothing is stored here
            self._result = [(0,)] if re.search(r"\bcount\s*\(", sql, re.I) else []
            return self
        m = _INSERT.match(sql)
        if not m or m.group(1) not in self.schemas:
            raise UnsupportedStatement(sql[:80])
        table = m.group(1)
        cols = tuple(c.strip() for c in m.group(2).split(",")) if m.group(2) else ()
        self.rows[table].append((cols, list(params or ())))
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> "RowCollector":
        for r in rows:
            self.execute(sql, r)
        return self

    def fetchall(self) -> list[tuple]:
        return self._result

    def fetchone(self) -> tuple | None:
        return self._result[0] if self._result else None

    # -- output ---------------------------------------------------------------------------------------
    def drain(self) -> dict[str, pa.Table]:
        """The collected rows as Arrow tables typed like the schema (only tables with rows); then empty."""
        out = {}
        for table, rows in self.rows.items():
            if rows:
                out[table] = self._arrow(table, rows)
                rows.clear()
        return out

    def _arrow(self, table: str, rows: list[tuple[tuple[str, ...], Sequence[Any]]]) -> pa.Table:
        schema = self.schemas[table]
        names = [c for c, _ in schema]
        cols = rows[0][0] or tuple(names[: len(rows[0][1])])
        if any((r[0] or tuple(names[: len(r[1])])) != cols for r in rows):
            raise UnsupportedStatement(f"different column lists for {table}")
        types = dict(schema)
        arrays = []
        for i, c in enumerate(cols):
            if c not in types:
                raise UnsupportedStatement(f"unknown column {table}.{c}")
            typ = _TYPES.get(types[c].upper())
            if typ is None:
                raise UnsupportedStatement(f"column type {types[c]} of {table}.{c}")
            arrays.append(pa.array([r[1][i] for r in rows], type=typ))
        return pa.table(arrays, names=list(cols))
