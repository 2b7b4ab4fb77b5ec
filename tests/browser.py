"""Headless Chromium (Debian ``chromium``, driven by Playwright; no browser download) on a served database.

Shared by the browser tests: ``serve(db)`` runs the API and dashboard in a thread, ``open_page`` gives a page that
records JavaScript errors, console errors and warnings, and every request, ``check_page`` fails on any of them
and on a request outside the server, ``shot`` saves a screenshot under tests/artifacts/, ``Held`` holds a request until the test lets it through.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SKIP_REASON = "headless browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: str) -> Iterator[str]:
    """The API and the dashboard over ``db`` on a free local port; yields the base URL."""
    import uvicorn

    from newsgraph import Settings
    from newsgraph.api import create_app
    from newsgraph.api.server import server_config

    app = create_app(Settings.load(env={}, overrides={"db": db, "progress": False}))
    srv = uvicorn.Server(server_config(app, "127.0.0.1", _free_port(), log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start within 15 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{srv.config.port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@contextmanager
def launch(sync_api) -> Iterator:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def open_page(browser, base: str, width: int = 1400, height: int = 950):
    """A new page; ``page.errors`` collects JavaScript errors and console errors/warnings (a CSP refusal, a library
    complaining about its container), ``page.requests`` every URL fetched."""
    ctx = browser.new_context(viewport={"width": width, "height": height})
    pg = ctx.new_page()
    pg.errors, pg.requests, pg.base = [], [], base
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(f"{msg.type}: {msg.text}") if msg.type in ("error", "warning") else None)
    pg.on("request", lambda req: pg.requests.append(req.url))
    return pg


def check_page(pg) -> None:
    """Fails on recorded errors or requests outside the server; closes the page's context."""
    try:
        assert not pg.errors, f"JavaScript errors or console messages: {pg.errors}"
        outside = [u for u in pg.requests if not u.startswith(pg.base) and not u.startswith("data:")]
        assert not outside, f"the dashboard fetched outside the server: {outside}"
    finally:
        pg.context.close()


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


class Held:
    """Holds the first API request whose URL contains every one of ``parts`` until release(), to make it slow."""

    def __init__(self, pg, *parts: str):
        self.pg, self.parts, self.routes = pg, parts, []
        pg.route("**/api/**", self._handle)

    def _handle(self, route):
        if all(p in route.request.url for p in self.parts) and not self.routes:
            self.routes.append(route)
        else:
            route.continue_()

    def wait(self, seconds: float = 10):
        for _ in range(int(seconds / 0.05)):  # Playwright dispatches the routes while the page waits
            if self.routes:
                return
            self.pg.wait_for_timeout(50)
        raise AssertionError(f"no request with {self.parts} was made within {seconds} s")

    def release(self):
        for r in self.routes:
            r.continue_()
        self.pg.unroute("**/api/**", self._handle)
        self.pg.wait_for_timeout(400)  # time for a stale answer to (wrongly) draw


# every map symbol, in drawing order: its radius, whether its centre clicks it, and the window points that do
# (its centre and 16 points at 0.85 r): a symbol hidden under later ones has none
MAP_HITS = """() => [...document.querySelectorAll('#map circle.place')].map(c => {
  const b = c.getBoundingClientRect(), r = b.width / 2, x = b.x + r, y = b.y + r;
  const pts = [[0, 0], ...[...Array(16).keys()].map(i => [0.85 * r * Math.cos(i * Math.PI / 8), 0.85 * r * Math.sin(i * Math.PI / 8)])];
  const free = pts.filter(([dx, dy]) => { const t = document.elementFromPoint(x + dx, y + dy); return t && t.dataset.name === c.dataset.name; });
  return { name: c.dataset.name, r: +c.getAttribute('r'), centre: free.some(([dx, dy]) => !dx && !dy),
           free: free.map(([dx, dy]) => [x + dx, y + dy]) };
})"""
