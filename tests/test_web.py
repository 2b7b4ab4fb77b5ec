"""The dashboard end to end in headless Chromium (Debian ``chromium``, driven by Playwright; no browser download).

Every page is loaded on the sample database, checked for what it shows, and saved as a screenshot under
tests/artifacts/. Skips when /usr/bin/chromium (apt-get install chromium) or Playwright is missing.
"""

from __future__ import annotations

import pytest

from browser import CHROMIUM, SKIP_REASON, check_page, launch, open_page, serve, shot

if not CHROMIUM.exists():
    pytest.skip(SKIP_REASON, allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
pytest.importorskip("uvicorn")

from sampledata import build_sample_db  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(build_sample_db(str(tmp_path_factory.mktemp("web") / "web.duckdb"))) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch(sync_api) as b:
        yield b


@pytest.fixture()
def page(browser, server):
    pg = open_page(browser, server)
    yield pg
    check_page(pg)


def test_search_page(page):
    page.goto(page.base + "/#/")
    page.wait_for_selector("table.events tbody tr[data-event]")
    assert page.locator("table.events tbody tr[data-event]").count() == 6
    assert "Donald Trump" in page.locator("#top-actors").inner_text()
    assert "4 articles" in page.locator("#status").inner_text()
    page.fill("input[name=actor]", "président russe")
    page.click("form.filters button")
    sync_api.expect(page.locator("table.events tbody tr[data-event]")).to_have_count(3)
    shot(page, "search")


def test_article_page_escapes_and_highlights(page):
    page.goto(page.base + "/#/article/art-script")
    page.wait_for_selector("#article-text")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-title").inner_text()
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("#article-text img, #article-text script, #article-text b").count() == 0
    assert page.locator("#article-text .trigger").inner_text() == "a menacé"
    assert "javascript:window.__pwned=3" in page.locator("#view").inner_text()     # its URL is shown as text,
    assert page.locator("a[href^='javascript'], a[href*='__pwned']").count() == 0  # never as a live link
    shot(page, "article-escaped")

    page.goto(page.base + "/#/article/art-geneve-1")
    page.wait_for_selector("#article-text .quote")
    assert page.locator("#article-text .trigger").first.inner_text() == "a rencontré"
    assert "Nous avons eu une discussion constructive" in page.locator("#article-text .quote").first.inner_text()
    assert page.locator("#article-text .ent-LOC").count() >= 1
    assert page.locator("#article-text .actor-src").first.inner_text() == "Vladimir Poutine"
    row = page.locator("table.events tbody tr[data-event]")
    assert row.count() == 1 and "042" in row.inner_text()
    row.click()
    assert "flash" in page.locator("#article-text .trigger").first.get_attribute("class")
    shot(page, "article")


NETWORK = "() => { const cy = document.getElementById('network').cy; return {nodes: cy.nodes().map(n => n.data()), " \
          "edges: cy.edges().map(e => e.data())}; }"


def test_network_to_event_to_article(page):
    page.goto(page.base + "/#/network")
    page.wait_for_selector("#network[data-ready]")
    net = page.evaluate(NETWORK)
    assert len(net["nodes"]) == 7
    assert sorted(e["tone"] for e in net["edges"]) == ["conf", "conf", "conf", "conf", "coop"]
    names = {n["id"]: n["name"] for n in net["nodes"]}
    assert names["Q7747"] == "Vladimir Poutine"  # the canonical (knowledge-base) name
    assert page.locator("#network canvas").count() >= 1
    assert page.locator("input[name=since]").input_value() == "2021-03-03"  # the database's period, not a placeholder
    shot(page, "network")
    page.locator("#network-actors a[data-id='Q7747']").click()
    page.wait_for_selector("#actor-events table.events tbody tr[data-event]")
    assert "Vladimir Poutine: 3 events" in page.locator("#actor-events h2").inner_text()
    assert page.evaluate("() => document.getElementById('network').cy.getElementById('Q7747').selected()")
    shot(page, "network-actor")
    page.locator("#actor-events tr[data-article='art-geneve-2']").first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("#article-title").inner_text() == "Sommet de Genève"
    assert page.locator("table.events tr.selected").count() == 1
    shot(page, "network-article")


def test_network_filters(page):
    page.goto(page.base + "/#/network?since=2021-03-01&until=2021-03-31")
    page.wait_for_selector("#network[data-ready]")
    names = [n["name"] for n in page.evaluate(NETWORK)["nodes"]]
    assert "armée française" in names and "Donald Trump" not in names
    page.goto("about:blank")
    page.goto(page.base + "/#/network?min_events=2")
    page.wait_for_selector("#network-actors")
    listed = page.locator("#network-actors li").evaluate_all("ls => ls.map(l => l.textContent)")
    assert listed and all(int(t.split(" events")[0].split()[-1]) >= 2 for t in listed)


TIMELINE = "() => { const u = document.getElementById('timeline').plot; return {x: u.data[0], events: u.data[1], " \
           "goldstein: u.data[4], min: u.scales.x.min, max: u.scales.x.max}; }"


def test_timeline_page(page):
    page.goto(page.base + "/#/timeline?source=RUS&target=USA&either_direction=1&interval=month")
    page.wait_for_selector("#timeline[data-ready] canvas")
    plot = page.evaluate(TIMELINE)
    assert plot["events"] == [None, None, None, 1, 1]  # 2021-03 to 2021-07, the database's period
    assert plot["goldstein"][3:] == [1.9, -2.0]  # the mean over the reports (042 is 1.9)
    assert "2 articles / 2 reports" in page.locator("table.linked").inner_text()
    shot(page, "timeline")
    page.locator("table.linked tbody tr").first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("table.events tr.selected").count() == 1


def test_timeline_shows_empty_periods_on_a_continuous_axis(page):
    page.goto(page.base + "/#/timeline?interval=month&since=2021-01&until=2021-12")
    page.wait_for_selector("#timeline[data-ready] canvas")
    plot = page.evaluate(TIMELINE)
    assert len(plot["x"]) == 12  # every month of the period, the empty ones too
    steps = {b - a for a, b in zip(plot["x"], plot["x"][1:])}
    assert steps <= {28 * 86400, 30 * 86400, 31 * 86400}
    assert plot["events"].count(None) == 8


def test_map_page(page):
    page.goto(page.base + "/#/map")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map path.country").count() > 150  # Natural Earth 1:110m has 177 countries
    assert page.locator("#map path.country[data-name='Mali']").count() == 1
    assert page.locator("#map path.borders").count() == 1
    assert sorted(page.locator("#map circle.place").evaluate_all("cs => cs.map(c => c.dataset.name)")) == ["Gao", "Genève", "Paris"]
    page.locator("#map circle.place[data-name='Gao']").click()
    page.wait_for_selector("#place-events table.events tbody tr[data-event]")
    assert "a bombardé" in page.locator("#place-events").inner_text()
    assert "Gao: 1 events" in page.locator("#place-events h2").inner_text()
    shot(page, "map")
    page.select_option("select[name=region]", "europe")
    page.click("form.filters button")
    page.wait_for_selector("#map[data-region=europe] circle.place")
    assert sorted(page.locator("#map circle.place").evaluate_all("cs => cs.map(c => c.dataset.name)")) == ["Genève", "Paris"]
    shot(page, "map-europe")


def test_error_is_shown(page):
    page.goto(page.base + "/#/article/does-not-exist")
    page.wait_for_selector(".error")
    assert "no article with id" in page.locator(".error").inner_text()
    assert page.errors == ["error: Failed to load resource: the server responded with a status of 404 (Not Found)"]
    page.errors.clear()  # the 404 is what this test asks for
