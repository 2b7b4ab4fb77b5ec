"""Benchmark: a dyad's monthly timeline (and a few other queries) on a database of generated events.

    python benchmarks/queries.py                 # 1,000,000 events in a temporary file
    python benchmarks/queries.py --events 200000 --db /tmp/bench.duckdb --keep

Events are generated in SQL (60 actors over 30 countries, CAMEO roots 01-20, dates over 10 years, 5,000 places),
with one mention each, through the real schema (``Store`` migrations). Each query runs ``--repeat`` times; the best and median times are
printed. The target for the dyad monthly timeline is under 1 s on the project machine (2 cores).

Measured (2 cores, DuckDB 2.0, 1,000,000 events + 1,000,000 mentions, idle machine): dyad monthly timeline
about 0.1-0.2 s; 0.45 s with the machine loaded by other jobs (load average 8). Indexes: none added. DuckDB's ART
indexes serve point lookups on one column; these queries are scans with OR-ed LIKE/equality predicates that DuckDB
already runs on compressed columns with zone maps. What does matter: plain ``LIKE`` patterns (DuckDB turns them
into prefix/contains scans, ~3 ms per column per million rows) instead of string functions such as ``translate``
(~700 ms) or ``LIKE ... ESCAPE`` (~30-80 ms), so ``queries.like`` adds ESCAPE only when the input holds a wildcard.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.store import Store
from newsgraph.store import queries as Q

COUNTRIES = ["RUS", "USA", "FRA", "DEU", "CHN", "UKR", "MLI", "TUR", "IRN", "ISR", "PSE", "SYR", "IRQ", "GBR", "ITA",
             "ESP", "BEL", "DZA", "MAR", "TUN", "LBY", "EGY", "NGA", "SEN", "CIV", "BFA", "NER", "TCD", "COD", "CAF"]
SECTORS = ["GOV", "MIL"]

GENERATE = """
INSERT INTO events
SELECT
    'e' || i AS id, 'a' || (i // 3) AS article_id, i % 3 AS idx,
    'phrase ' || i AS sentence, 0, 10, 'trigger', 0, 5,
    root || '0' AS cameo, root, NULL, NULL,
    CASE WHEN root <= '05' THEN 1 WHEN root <= '08' THEN 2 WHEN root <= '13' THEN 3 ELSE 4 END AS quad_class,
    ((hash(i * 7) % 200)::DOUBLE / 10.0) - 10.0 AS goldstein,
    s_c || ' ' || s_s AS source_name, NULL, s_c, s_s, NULL, NULL, s_c || s_s, 'A' || s_c || s_s,
    t_c || ' ' || t_s AS target_name, NULL, t_c, t_s, NULL, NULL, t_c || t_s, 'A' || t_c || t_s,
    strftime(DATE '2015-01-01' + CAST(hash(i * 13) % 3650 AS INTEGER), '%Y-%m-%d') AS date, 'text',
    'lieu ' || (hash(i * 17) % 5000) AS place_name, t_c, (hash(i * 19) % 180)::DOUBLE - 90, (hash(i * 23) % 360)::DOUBLE - 180,
    hash(i * 17) % 5000, 'city', 'text',
    0.5, 'bench', 1 + (i % 3 = 0)::INTEGER, NULL
FROM (
    SELECT i,
           lpad(CAST(1 + hash(i * 3) % 20 AS VARCHAR), 2, '0') AS root,
           list_extract(?, 1 + CAST(hash(i * 5) % 30 AS INTEGER)) AS s_c,
           list_extract(?, 1 + CAST(hash(i * 11) % 2 AS INTEGER)) AS s_s,
           list_extract(?, 1 + CAST(hash(i * 29) % 30 AS INTEGER)) AS t_c,
           list_extract(?, 1 + CAST(hash(i * 31) % 2 AS INTEGER)) AS t_s
    FROM range(?) t(i)
)
"""


MENTIONS = """
INSERT INTO mentions
SELECT article_id, idx, source_name, 'PER', 0, 5, 0, 'bench', source_name, source_name, source_country,
       source_sector, NULL, NULL, source_code, source_actor_id
FROM events
"""


def generate(store: Store, n: int) -> None:
    store.con.execute(GENERATE, [COUNTRIES, SECTORS, COUNTRIES, SECTORS, n])
    store.con.execute(MENTIONS)  # one mention per event: actor matching also searches the names seen in mentions


def timed(fn, repeat: int) -> tuple[float, float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", help="database file (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="keep an existing --db instead of regenerating it")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = str(Path(tmp.name) / "bench.duckdb")
    path = Path(args.db)
    if path.exists() and not args.keep:
        path.unlink()
    with Store(path) as store:
        have = Q.scalar(store.con, "SELECT count(*) FROM events")
        if have == 0:
            t0 = time.perf_counter()
            generate(store, args.events)
            store.con.execute("CHECKPOINT")
            print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        have = Q.scalar(store.con, "SELECT count(*) FROM events")
    print(f"database: {path} ({have:,} events); migrations applied on open", file=sys.stderr)

    with Store(path, read_only=True) as store:
        con = store.con
        cases = {
            "dyad monthly timeline RUS<->USA (codes)": lambda: Q.timeline(
                con, Q.EventFilter(source="RUSGOV", target="USAGOV", either_direction=True), "month"),
            "dyad monthly timeline RUS->USA (countries)": lambda: Q.timeline(
                con, Q.EventFilter(source="RUS", target="USA"), "month"),
            "dyad weekly timeline, one year": lambda: Q.timeline(
                con, Q.EventFilter(source="FRA", target="MLI", either_direction=True, since="2020-01-01",
                                   until="2020-12-31"), "week"),
            "network, one month": lambda: Q.network(con, Q.EventFilter(since="2020-03-01", until="2020-03-31")),
            "top actors, one year": lambda: Q.top_actors(con, Q.EventFilter(since="2020-01-01", until="2020-12-31")),
            "events of an actor, page 1": lambda: Q.events(con, Q.EventFilter(actor="UKR", limit=100)),
        }
        ok = True
        for name, fn in cases.items():
            best, median, out = timed(fn, args.repeat)
            n = len(out) if isinstance(out, list) else len(out["nodes"])
            flag = ""
            if name.startswith("dyad monthly"):
                flag = "  OK (< 1 s)" if median < 1.0 else "  SLOW (target < 1 s)"
                ok &= median < 1.0
            print(f"{name:45s} best {best * 1000:7.1f} ms  median {median * 1000:7.1f} ms  rows {n}{flag}")
    if tmp is not None:
        tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
