"""Benchmark: how long each dashboard page takes to be drawn, and how wide it is, in headless Chromium.

    python benchmarks/dashboard.py --db winer.duckdb
    python benchmarks/dashboard.py --db winer.duckdb --widths 800 1400 --repeat 3 --shots /tmp/shots

Serves the database (API + dashboard) on a local port, opens every page at each width ``--repeat`` times in
Debian's chromium (Playwright), and prints the median time from navigation until the page's drawing is done
(the map's symbols, the network's layout, the timeline's chart, the search and article tables), the page's
width (``scrollWidth``; over the window's width means a horizontal scroll bar) and what was drawn.

Measured (the 964 WiNER dev articles through fr_core_news_md, 1,071 events; 2 cores, load average 10; the figures
are in docs/tutorial.md, "Serve the API and the dashboard"): every page at both widths in 0.2-2.9 s, none wider
than the window. The browser plumbing is the tests' (tests/browser.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser import CHROMIUM, launch, open_page, serve  # noqa: E402

PAGES = {  # name: (path, selector present once the page is drawn, what to report)
    "search": ("/#/", "table.events tbody tr", "document.querySelectorAll('table.events tbody tr').length + ' event rows'"),
    "network": ("/#/network", "#network[data-ready]", "document.getElementById('network').cy.nodes().length + ' nodes, ' + "
                "document.getElementById('network').cy.edges().length + ' edges'"),
    "timeline": ("/#/timeline", "#timeline[data-ready]", "document.getElementById('timeline').dataset.periods + ' periods'"),
    "map": ("/#/map", "#map circle.place", "document.querySelectorAll('#map path.country').length + ' countries, ' + "
            "document.querySelectorAll('#map circle.place').length + ' symbols, ' + "
            "document.querySelectorAll('#map .place-label').length + ' labels'"),
    "article": ("/#/article/{article}", "#article-text", "document.querySelectorAll('#article-text [data-event]').length + ' triggers'"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="DuckDB file to serve")
    ap.add_argument("--widths", type=int, nargs="+", default=[800, 1400])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--article", default="2016/01/2016_01_01-001", help="article id for the article page")
    ap.add_argument("--shots", help="folder for one screenshot per page and width")
    args = ap.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"needs {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright import sync_api

    if args.shots:
        Path(args.shots).mkdir(parents=True, exist_ok=True)
    print(f"{'page':9s} {'width':>5s} {'median s':>9s} {'max s':>6s} {'scrollWidth':>11s}  drawn")
    with serve(args.db) as base, launch(sync_api) as browser:
        for width in args.widths:
            pg = open_page(browser, base, width=width, height=900)
            for name, (path, ready, report) in PAGES.items():
                times = []
                for _ in range(args.repeat):
                    pg.goto("about:blank")
                    t0 = time.perf_counter()
                    pg.goto(base + path.format(article=args.article))
                    pg.wait_for_selector(ready, timeout=60_000)
                    times.append(time.perf_counter() - t0)
                scroll = pg.evaluate("() => document.documentElement.scrollWidth")
                drawn = pg.evaluate(f"() => {report}")
                flag = "  OVERFLOW" if scroll > width else ""
                print(f"{name:9s} {width:5d} {statistics.median(times):9.2f} {max(times):6.2f} {scroll:11d}  {drawn}{flag}")
                if args.shots:
                    pg.screenshot(path=str(Path(args.shots) / f"{name}-{width}.png"), full_page=True)
            if pg.errors:
                print(f"console at {width} px: {pg.errors[:5]}")
            pg.context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
