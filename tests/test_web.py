"""The dashboard end to end in headless Chromium (Debian ``chromium``, driven by Playwright; no browser download).

Every page is loaded on the sample database, checked for what it shows, and saved as a screenshot under
tests/artifacts/. The last tests hold a request of a page (or of a click) by route interception, move on, then let
it through: the newer page or click must still be what is shown. Skips when /usr/bin/chromium (apt-get install
chromium) or Playwright is missing.
"""

from __future__ import annotations

import pytest

from browser import CHROMIUM, MAP_HITS, SKIP_REASON, Held, check_page, launch, open_page, serve, shot

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


CODE_NAMES = """async () => {
  const lib = await import('/static/lib.js');  // the module the page runs, with the names it loaded
  const row = { source_name: null, source_mention: null, source_code: 'RUSCOP', source_country: 'RUS', source_sector: 'COP',
                target_name: null, target_mention: null, target_code: 'IMGMUSREB', target_country: null, target_sector: 'REB' };
  return [lib.actorLabel(row, 'source'), lib.actorLabel(row, 'target'), lib.codeName('UKR', 'UKR', null), lib.codeName('CVL', null, 'CVL')];
}"""


def test_event_tables_name_code_only_actors(page):
    page.goto(page.base + "/#/")
    page.wait_for_selector("table.events tbody tr[data-event]")
    assert page.evaluate(CODE_NAMES) == ["police (Russie)", "IMGMUSREB", "Ukraine", "civils"]
    cell = page.locator("table.events tr[data-event] td[title='CAMEO code FRACVL']")
    assert cell.count() == 1 and cell.inner_text() == "manifestants"  # a name as written wins; the code is the tooltip


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


@pytest.mark.parametrize("url,link", [
    ("javascript:window.__pwned=3", None),
    ("  JaVaScRiPt:window.__pwned=3", None),
    ("data:text/html,<script>window.__pwned=4</script>", None),
    ("//evil.example/x", None),
    ("https://www.example.org/article?id=1", "https://www.example.org/article?id=1"),
])
def test_an_article_address_is_a_link_only_when_it_is_a_web_address(page, url, link):
    import json

    def with_url(route):
        body = route.fetch().json()
        body["url"] = url
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    page.route("**/api/articles/art-script", with_url)
    page.goto(page.base + "/#/article/art-script")
    page.wait_for_selector("#article-meta")
    assert url.strip() in page.locator("#article-meta").inner_text()
    hrefs = page.locator("#article-meta a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert hrefs == ([link] if link else [])
    assert page.locator("a[href^='javascript' i], a[href^='data' i], a[href^=' ']").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")


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
    assert names["FRACVL"] == "civils (France)"  # a code-only actor: its code in words, the code in the tooltips
    assert page.locator("#network-actors a[data-id='FRACVL']").get_attribute("title") == "CAMEO code FRACVL"
    assert page.evaluate("() => document.getElementById('network').cy.getElementById('FRACVL').data('code')") == "FRACVL"
    assert page.locator("#network canvas").count() >= 1
    assert page.locator("input[name=since]").input_value() == "2021-03-03"  # the database's period, not a placeholder
    shot(page, "network")
    page.locator("#network-actors a[data-id='Q7747']").click()
    page.wait_for_selector("#actor-events table.events tbody tr[data-event]")
    assert "Vladimir Poutine: 3 events" in page.locator("#actor-events h2").inner_text()
    # beside the graph, a compact table: date, "source → target" over "CAMEO · trigger · place", Goldstein
    assert page.locator("#actor-events table.events.compact th").all_inner_texts() == ["Date", "Event", "Goldstein"]
    assert "Vladimir Poutine → Donald Trump" in page.locator("#actor-events tbody").inner_text()
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
    # half a month of room at either end: the first and last bars are drawn whole
    assert plot["x"][0] - 16 * 86400 <= plot["min"] < plot["x"][0] - 13 * 86400
    assert plot["x"][-1] + 14 * 86400 < plot["max"] <= plot["x"][-1] + 16 * 86400
    assert "2 articles / 2 reports" in page.locator("table.linked").inner_text()
    shot(page, "timeline")
    page.locator("table.linked tbody tr").first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("table.events tr.selected").count() == 1


TICKS = """async () => {
  const t = await import('/static/timeline.js');
  const day = s => Date.UTC(...s.split('-').map((v, i) => i === 1 ? v - 1 : +v)) / 1000;
  const months = [...Array(24).keys()].map(i => Date.UTC(2016, i, 1) / 1000);
  return {
    days: t.tickLabels(['2017-07-08', '2017-07-15', '2018-01-05'].map(day)),
    months: t.tickLabels(['2015-12-01', '2016-01-01', '2016-02-01'].map(day)),
    years: t.tickLabels(['2016-01-01', '2017-01-01'].map(day)),
    every: t.periodSplits(months, 'month', 400).map(s => new Date(s * 1000).toISOString().slice(0, 7)),
  };
}"""


def test_timeline_ticks_are_unambiguous_and_on_period_starts(page):
    page.goto(page.base + "/#/timeline")
    page.wait_for_selector("#timeline[data-ready] canvas")
    ticks = page.evaluate(TICKS)
    assert ticks["days"] == ["Jul 8\n2017", "Jul 15", "Jan 5\n2018"]  # not uPlot's 7/8
    assert ticks["months"] == ["Dec\n2015", "Jan\n2016", "Feb"]
    assert ticks["years"] == ["2016", "2017"]
    assert ticks["every"] == ["2016-01", "2016-07", "2017-01", "2017-07"]  # 24 months in 400 px: every 6


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
    assert "Gao: 1 event" in page.locator("#place-events h2").inner_text()
    shot(page, "map")
    page.select_option("select[name=region]", "europe")
    page.click("form.filters button")
    page.wait_for_selector("#map[data-region=europe] circle.place")
    assert sorted(page.locator("#map circle.place").evaluate_all("cs => cs.map(c => c.dataset.name)")) == ["Genève", "Paris"]
    shot(page, "map-europe")


# three places near Paris, the smallest first: the page must not rely on the API's order
CROWDED = [
    {"name": "Versailles", "country": "FRA", "lat": 48.80, "lon": 2.13, "events": 1, "goldstein_mean": 2.0},
    {"name": "Lyon", "country": "FRA", "lat": 45.76, "lon": 4.83, "events": 12, "goldstein_mean": -3.0},
    {"name": "Paris", "country": "FRA", "lat": 48.85, "lon": 2.35, "events": 120, "goldstein_mean": -1.0},
    {"name": "Nouméa", "country": "NCL", "lat": -22.27, "lon": 166.45, "events": 1, "goldstein_mean": 1.0},
]


def test_map_draws_small_symbols_over_big_ones(page):
    import json

    page.route("**/api/places?*", lambda route: route.fulfill(status=200, content_type="application/json",
                                                              body=json.dumps(CROWDED)))
    page.goto(page.base + "/#/map")
    page.wait_for_selector("#map circle.place")
    page.locator("#map").scroll_into_view_if_needed()
    symbols = page.evaluate(MAP_HITS)
    assert [s["name"] for s in symbols] == ["Paris", "Lyon", "Versailles", "Nouméa"]  # drawn biggest first
    radii = [s["r"] for s in symbols]
    assert radii == sorted(radii, reverse=True) and radii[0] > 4 * radii[2]
    # every symbol can be clicked at its centre (the small ones sit on the big one), the big one around them
    assert all(s["centre"] for s in symbols[1:]), symbols
    assert symbols[0]["free"], "Paris is covered everywhere"
    assert page.locator("#map circle.place-hit[data-name='Versailles']").count() == 1  # a tiny symbol's wider target
    # ... under every symbol (it never hides one), and clickable where no symbol is: 4 px beside lone Nouméa
    assert page.evaluate("() => document.querySelector('#map g.place-hits').nextElementSibling.matches('g.places')")
    x, y = symbols[3]["free"][0]
    page.mouse.click(x + symbols[3]["r"] + 1.5, y)
    sync_api.expect(page.locator("#place-events h2")).to_contain_text("Nouméa:")
    for s in reversed(symbols):
        x, y = s["free"][0]
        page.mouse.click(x, y)
        sync_api.expect(page.locator("#place-events h2")).to_contain_text(s["name"] + ":")
        assert page.locator("#map circle.place.selected").get_attribute("data-name") == s["name"]
    shot(page, "map-crowded")


EMPTY = [  # a filter nothing matches: each page says so, and what to try
    ("/#/?actor=zzzzqq", "#events-none", "An actor matches by a name"),
    ("/#/network?actor=zzzzqq", "#network-empty", "No actor has events for these filters"),
    ("/#/timeline?source=zzzzqq", "#timeline-empty", "No events for these filters"),
    ("/#/map?actor=zzzzqq", "#map-empty", "No event with a known place"),
]


@pytest.mark.parametrize("path,selector,text", EMPTY, ids=[e[1].strip("#") for e in EMPTY])
def test_empty_results_are_explained(page, path, selector, text):
    page.goto(page.base + path)
    page.wait_for_selector(selector)
    assert text in page.locator(selector).inner_text()
    assert page.locator("#actor-events, #place-events, canvas").count() == 0  # no "click to see" card about nothing
    if "network" in path:
        assert page.locator("#network-actors").count() == 0


def test_a_bad_filter_says_how_to_mend_it(page):
    page.goto(page.base + "/#/network?since=2018-13-45")
    page.wait_for_selector("#page-error")
    text = page.locator("#page-error").inner_text()
    assert "since '2018-13-45' is not a date" in text and "YYYY-MM" in text  # the API's message and hint
    page.locator("#page-error a").click()
    page.wait_for_selector("#network[data-ready]")
    page.errors.remove("error: Failed to load resource: the server responded with a status of 400 (Bad Request)")


def test_an_unknown_page_lists_the_pages(page):
    page.goto(page.base + "/#/nothing")
    page.wait_for_selector(".error")
    assert "No such page: /nothing" in page.locator(".error").inner_text()
    assert "Search, Network, Timeline and Map" in page.locator(".error").inner_text()


def test_error_is_shown(page):
    page.goto(page.base + "/#/article/does-not-exist")
    page.wait_for_selector(".error")
    assert "no article with id" in page.locator(".error").inner_text()
    assert page.errors == ["error: Failed to load resource: the server responded with a status of 404 (Not Found)"]
    page.errors.clear()  # the 404 is what this test asks for


# -- stale answers never draw over a newer page or click ------------------------------------------------------

def failed(pg) -> list[str]:
    out: list[str] = []
    pg.on("requestfailed", lambda r: out.append(r.url))
    return out


# (first page, a request of it to hold, the page the reader moves to, what that page shows)
MOVES = [
    ("/#/?actor=Poutine", ("/api/events", "actor=Poutine"), "/#/network", ("h1", "Actor network")),
    ("/#/map", ("/api/places",), "/#/timeline", ("h1", "Dyad timeline: All events")),
    ("/#/network", ("/api/network",), "/#/map", ("h1", "Map of event places")),
    ("/#/timeline?source=RUS", ("/api/timeline", "source=RUS"), "/#/timeline?source=FRA", ("h1", "Dyad timeline: FRA → any")),
    ("/#/article/art-geneve-1", ("/api/articles/art-geneve-1",), "/#/article/art-mali", ("#article-title", "Mali : frappe française près de Gao")),
]


@pytest.mark.parametrize("first,hold,second,shown", MOVES, ids=[m[0].split("?")[0].strip("/#") or "search" for m in MOVES])
def test_a_slow_answer_of_a_left_page_never_draws(page, first, hold, second, shown):
    aborted = failed(page)
    held = Held(page, *hold)
    page.goto(page.base + first)
    held.wait()
    assert page.evaluate("() => document.documentElement.dataset.loading") == "1"  # the page says it is loading
    page.evaluate("h => { location.hash = h }", second.removeprefix("/"))
    sync_api.expect(page.locator(shown[0])).to_have_text(shown[1])
    page.wait_for_function("() => !('loading' in document.documentElement.dataset)")
    held.release()
    sync_api.expect(page.locator(shown[0])).to_have_text(shown[1])
    assert page.evaluate("() => !('loading' in document.documentElement.dataset)")
    assert page.locator(".error").count() == 0
    assert any(all(p in u for p in hold) for u in aborted), "the left page's request was not cancelled"


def test_a_newer_search_wins(page):
    held = Held(page, "/api/events", "actor=FRA")
    page.goto(page.base + "/#/?actor=FRA")
    held.wait()
    page.evaluate("() => { location.hash = '#/?actor=' + encodeURIComponent('président russe') }")
    rows = page.locator("table.events tbody tr[data-event]")
    sync_api.expect(rows).to_have_count(3)
    held.release()
    sync_api.expect(rows).to_have_count(3)
    assert "a bombardé" not in page.locator("table.events").inner_text()
    assert page.locator("input[name=actor]").input_value() == "président russe"


def test_map_shows_the_last_clicked_place(page):
    page.goto(page.base + "/#/map")
    page.wait_for_selector("#map circle.place")
    held = Held(page, "/api/events", "place=Gao")
    page.locator("#map circle.place[data-name='Gao']").dispatch_event("click")
    held.wait()
    page.locator("#map circle.place[data-name='Paris']").dispatch_event("click")
    sync_api.expect(page.locator("#place-events h2")).to_contain_text("Paris:")
    held.release()
    sync_api.expect(page.locator("#place-events h2")).to_contain_text("Paris:")
    assert "Gao" not in page.locator("#place-events").inner_text()
    assert page.locator("#map circle.place.selected").evaluate_all("cs => cs.map(c => c.dataset.name)") == ["Paris"]


def test_network_shows_the_last_clicked_actor(page):
    page.goto(page.base + "/#/network")
    page.wait_for_selector("#network[data-ready]")
    held = Held(page, "/api/events", "actor_key=Q7747")
    page.locator("#network-actors a[data-id='Q7747']").click()
    held.wait()
    page.locator("#network-actors a[data-id='Q22686']").click()
    sync_api.expect(page.locator("#actor-events h2")).to_contain_text("Donald Trump:")
    held.release()
    sync_api.expect(page.locator("#actor-events h2")).to_contain_text("Donald Trump:")
    shot(page, "stale-network")
