"""The dashboard on a database made by a real model run (fr_core_news_md over WiNER-fr articles), at 800 and 1,400 px.

One article in five of the 964 WiNER dev articles (2016-17) goes through the whole pipeline into DuckDB; every page
is then loaded at both widths and checked for what a reader needs: a world map with country outlines and event
symbols, a network with named nodes whose labels do not pile up, a timeline whose axis is the data's period with
every month on it, and no page wider than the window. Screenshots go to tests/artifacts/real-*.png.
"""

from __future__ import annotations

import pytest

from browser import CHROMIUM, MAP_HITS, SKIP_REASON, check_page, launch, open_page, serve, shot

if not CHROMIUM.exists():
    pytest.skip(SKIP_REASON, allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
pytest.importorskip("uvicorn")

from newsgraph.store import Store  # noqa: E402

WIDTHS = [800, 1400]
EVERY = 5  # one article in five: about 190 articles, 20 s of model time


@pytest.fixture(scope="module")
def server(engine, shared, tmp_path_factory):
    lines = (shared / "eval" / "dev" / "winer_dev.input.jsonl").read_text(encoding="utf-8").splitlines()
    folder = tmp_path_factory.mktemp("webreal")
    sample = folder / "winer_sample.jsonl"
    sample.write_text("\n".join(lines[::EVERY]) + "\n", encoding="utf-8")
    db = str(folder / "real.duckdb")
    with Store(db) as store:
        summary = store.ingest(engine.run([str(sample)]))
    assert summary.articles_new == len(lines[::EVERY]) and summary.events > 50, summary.to_text()
    with serve(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch(sync_api) as b:
        yield b


@pytest.fixture(params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def page(request, browser, server):
    pg = open_page(browser, server, width=request.param, height=900)
    pg.width = request.param
    yield pg
    check_page(pg)


def no_overflow(pg) -> None:
    """Neither the page nor a card is wider than it may be (a card scrolling sideways hides an overflow)."""
    width = pg.evaluate("() => document.documentElement.scrollWidth")
    assert width <= pg.width, f"page is {width} px wide in a {pg.width} px window"
    cards = pg.evaluate("""() => [...document.querySelectorAll('.card')]
        .filter(c => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > innerWidth)
        .map(c => `${c.id || c.className}: ${c.scrollWidth} > ${c.clientWidth}`)""")
    assert not cards, f"cards wider than their box: {cards}"


def test_map_has_countries_and_event_symbols(page):
    page.goto(page.base + "/#/map")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map path.country").count() > 150
    symbols = page.locator("#map circle.place")
    assert symbols.count() >= 15
    assert page.locator("#map .place-label").count() >= 8
    # the map is drawn at the card's width, so a label keeps its 11 px at 800 px too
    box = page.locator("#map").bounding_box()
    assert page.width - 60 <= box["width"] <= page.width
    no_overflow(page)
    shot(page, f"real-map-{page.width}")
    page.locator("#map").scroll_into_view_if_needed()
    hits = page.evaluate(MAP_HITS)
    radii = [h["r"] for h in hits]
    assert radii == sorted(radii, reverse=True), "a bigger symbol is drawn over a smaller one"
    hidden = [h["name"] for h in hits if not h["free"] and h["r"] >= 4]
    assert len(hidden) <= len(hits) // 20, f"symbols that cannot be clicked: {hidden}"
    x, y = hits[0]["free"][0]  # the biggest, where no smaller symbol covers it
    page.mouse.click(x, y)
    page.wait_for_selector("#place-events table.events tbody tr[data-event]")
    assert page.locator("#place-events h2").inner_text().startswith(hits[0]["name"])
    no_overflow(page)


NETWORK = """() => {
  const cy = document.getElementById('network').cy;
  const boxes = cy.nodes().map(n => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
  }
  return { names: cy.nodes().map(n => n.data('name')), edges: cy.edges().length, overlaps, zoom: cy.zoom() };
}"""


def test_network_has_named_nodes_without_piled_labels(page):
    page.goto(page.base + "/#/network")
    page.wait_for_selector("#network[data-ready]")
    net = page.evaluate(NETWORK)
    assert len(net["names"]) >= 10 and net["edges"] >= 10
    assert all(name and name.strip() for name in net["names"])
    assert net["overlaps"] == 0, net  # label boxes are pushed apart after the layout
    assert net["zoom"] >= 0.6, "labels drawn too small to read"
    assert page.locator("input[name=since]").input_value()[:4] in ("2015", "2016")
    no_overflow(page)
    shot(page, f"real-network-{page.width}")
    page.goto("about:blank")
    page.goto(page.base + "/#/network?min_events=3")
    page.wait_for_selector("#network-actors li")
    counts = page.locator("#network-actors li").evaluate_all("ls => ls.map(l => parseInt(l.querySelector('.muted').textContent))")
    assert counts and min(counts) >= 3


TIMELINE = """() => {
  const u = document.getElementById('timeline').plot;
  const c = document.querySelector('#timeline canvas');
  const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let painted = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && (px[i] < 200 || px[i + 1] < 200)) painted++;
  return { x: u.data[0], events: u.data[1], min: u.scales.x.min, max: u.scales.x.max, painted, width: c.width };
}"""


def test_timeline_draws_every_month_of_the_period(page):
    page.goto(page.base + "/#/timeline")
    page.wait_for_selector("#timeline[data-ready] canvas")
    plot = page.evaluate(TIMELINE)
    years = [int(v) for v in (plot["min"], plot["max"])]
    # the data's period, with half a month of room at either end for the first and last bars
    assert 1420070400 - 16 * 86400 <= years[0] and years[1] <= 1546300800 + 16 * 86400, "axis runs outside 2015-2018"
    assert len(plot["x"]) >= 24  # 2016-01 .. 2017-12 at least
    steps = {round((b - a) / 86400) for a, b in zip(plot["x"], plot["x"][1:])}
    assert steps <= {28, 29, 30, 31}, "a month is missing from the axis"
    assert sum(v or 0 for v in plot["events"]) > 50
    assert plot["painted"] > 2000, "the chart drew almost nothing"
    no_overflow(page)
    shot(page, f"real-timeline-{page.width}")


@pytest.mark.parametrize("path", ["/#/", "/#/article/2016/01/2016_01_01-001"])
def test_search_and_article_fit_the_window(page, path):
    page.goto(page.base + path)
    page.wait_for_selector("table.events tbody tr")
    page.wait_for_load_state("networkidle")
    no_overflow(page)
    shot(page, f"real-{'search' if path == '/#/' else 'article'}-{page.width}")

