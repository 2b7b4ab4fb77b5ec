"""The REST API and the dashboard: ``create_app(settings)`` builds a FastAPI app over one DuckDB file.

Read endpoints live under ``/api`` (articles, events, linked events, actors, quotes, network, timeline, dyads,
places); ``POST /api/extract`` runs the pipeline on a text and stores nothing; ``POST /api/articles`` stores an
article and is disabled unless a token is configured (then it needs ``Authorization: Bearer <token>``). The
dashboard (newsgraph/web/static) is served at ``/``. Every error has the shape of :mod:`newsgraph.api.errors`.
"""

from __future__ import annotations

import secrets
import threading
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Annotated, Any, Iterator, Literal

import duckdb
from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from .. import __version__
from ..config import Settings
from ..errors import AccessError, ArticleTooLargeError, FeatureDisabledError
from ..store import Store
from ..store import queries as Q
from .errors import ErrorResponse, error_response, install_error_handlers

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_PAGE = 1000
TEXT = 200  # longest accepted filter string


@dataclass(frozen=True, slots=True)
class ApiConfig:
    """Server options that are not pipeline settings."""

    token: str | None = None          # enables POST /api/articles, which then needs this bearer token
    max_body_bytes: int | None = None  # default: 4 bytes per allowed character + 64 KiB
    web: bool = True                   # serve the dashboard at /


# -- request and response models ------------------------------------------------------------------------

class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="Article text (plain text or HTML); limited to max_article_chars.")
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, pattern=DATE + r"|^\d{4}-\d{2}-\d{2}T[0-9:.+\-Z]+$",
                                  description="Publication date, YYYY-MM-DD (relative dates are resolved against it).")
    url: str | None = Field(default=None, max_length=4000)
    id: str | None = Field(default=None, max_length=500, description="Article id (default: hash of the text).")


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class Network(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class Stored(BaseModel):
    id: str
    stored: bool
    events: int
    quotes: int


ERRORS = {400: {"model": ErrorResponse}, 404: {"model": ErrorResponse}, 422: {"model": ErrorResponse}}


# -- database access --------------------------------------------------------------------------------------

class Database:
    """One Store per app; each request reads through its own cursor; writes go through one lock."""

    def __init__(self, path: str, writable: bool):
        self.store = Store(path, read_only=not writable)
        self.write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cursor_lock:
            cur = self.store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        self.store.close()


def event_filter(
    actor: Annotated[str | None, Query(max_length=TEXT, description="Either side: any name, code prefix, country or id.")] = None,
    actor_key: Annotated[str | None, Query(max_length=TEXT, description="Either side: exact actor key (from /api/network).")] = None,
    source: Annotated[str | None, Query(max_length=TEXT, description="Source actor.")] = None,
    target: Annotated[str | None, Query(max_length=TEXT, description="Target actor.")] = None,
    either_direction: Annotated[bool, Query(description="With source and target: both directions of the dyad.")] = False,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 of source or target.")] = None,
    sector: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,4}$", description="GOV, MIL, COP... of source or target.")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root, e.g. 04.")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO code prefix, e.g. 036.")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,20}$", description="PLOVER type, e.g. CONSULT.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1-4: verbal/material cooperation/conflict.")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="Event date on or after.")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Event date on or before.")] = None,
    place: Annotated[str | None, Query(max_length=TEXT, description="Place name (substring) or ISO3 country.")] = None,
    article: Annotated[str | None, Query(max_length=500, description="Article id.")] = None,
    q: Annotated[str | None, Query(max_length=TEXT, description="Word or phrase in the event sentence.")] = None,
) -> Q.EventFilter:
    return Q.EventFilter(actor=actor, actor_key=actor_key, source=source, target=target,
                         either_direction=either_direction, country=country, sector=sector, root=root, cameo=cameo,
                         plover=plover, quad_class=quad_class, since=since, until=until, place=place, article=article,
                         text=q, limit=None)


Filter = Annotated[Q.EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Interval = Literal["day", "week", "month", "year"]


# -- the app -------------------------------------------------------------------------------------------

def create_app(settings: Settings | None = None, config: ApiConfig | None = None, engine: Any = None) -> FastAPI:
    """Build the app over ``settings.db``. ``engine`` (an Engine) is created lazily on the first /api/extract."""
    settings = settings or Settings.load()
    config = config or ApiConfig()
    state: dict[str, Any] = {"engine": engine}
    engine_lock = threading.Lock()
    db = Database(settings.db, writable=bool(config.token))
    max_body = config.max_body_bytes or settings.max_article_chars * 4 + 65536

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        db.close()

    # no /docs or /redoc: FastAPI's pages load their scripts from a CDN; the schema is at /openapi.json
    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, responses=ERRORS,
                  docs_url=None, redoc_url=None,
                  description="Events (CAMEO/PLOVER), actors, quotes, places and dates extracted from French news. "
                              "Every error answers with the same JSON shape: {\"error\": {code, status, message, hint, details}}.")
    app.state.settings = settings
    app.state.config = config
    app.state.db = db
    install_error_handlers(app)

    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return error_response(413, "size", f"request body over {max_body:,} bytes",
                                  hint="send one article at a time; raise max_article_chars for longer articles")
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        return response

    def get_engine():
        with engine_lock:
            if state["engine"] is None:
                from ..engine import Engine
                state["engine"] = Engine(settings)
            return state["engine"]

    # -- reads -------------------------------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Server status, version and row counts of the main tables."""
        with db.reader() as con:
            counts = {t: Q.scalar(con, f"SELECT count(*) FROM {t}") for t in ("articles", "events", "quotes", "actors")}
        return {"status": "ok", "version": __version__, "counts": counts, "ingest": bool(config.token)}

    @app.get("/api/articles", tags=["articles"], response_model=Page)
    def list_articles(q: Annotated[str | None, Query(max_length=TEXT, description="Word in title or text.")] = None,
                      since: Annotated[str | None, Query(pattern=DATE)] = None,
                      until: Annotated[str | None, Query(pattern=DATE)] = None,
                      limit: Limit = 50, offset: Offset = 0) -> Page:
        """Articles, newest first, with their event and quote counts (no text)."""
        with db.reader() as con:
            items = Q.articles(con, text=q, since=since, until=until, limit=limit, offset=offset)
            total = Q.count_articles(con, text=q, since=since, until=until)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id:path}", tags=["articles"])
    def get_article(article_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
        """One article with its text and everything extracted from it (offsets index the text)."""
        with db.reader() as con:
            return Q.article_detail(con, article_id)

    @app.get("/api/events", tags=["events"], response_model=Page)
    def list_events(f: Filter, limit: Limit = 100, offset: Offset = 0) -> Page:
        """Event reports (one row per article and sentence), oldest first."""
        with db.reader() as con:
            items = Q.events(con, _page(f, limit, offset))
            total = Q.count_events(con, f)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/events/linked", tags=["events"], response_model=Page)
    def list_linked_events(f: Filter, limit: Limit = 100, offset: Offset = 0) -> Page:
        """Events linked across articles (same actors, root, date, place) with num_mentions and num_articles."""
        with db.reader() as con:
            items = Q.linked_events(con, _page(f, limit, offset))
            total = Q.count_linked_events(con, f)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
        """One event report."""
        with db.reader() as con:
            return Q.event(con, event_id)

    @app.get("/api/actors", tags=["actors"], response_model=Page)
    def list_actors(q: Annotated[str | None, Query(max_length=TEXT, description="Name, code or id.")] = None,
                    limit: Limit = 100, offset: Offset = 0) -> Page:
        """Actors of the knowledge base seen in the articles, most mentioned first."""
        with db.reader() as con:
            items = Q.actors(con, name=q, limit=limit, offset=offset)
            total = Q.count_actors(con, name=q)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/actors/top", tags=["actors"])
    def top_actors(f: Filter, side: Literal["any", "source", "target"] = "any",
                   limit: Annotated[int, Query(ge=1, le=500)] = 20) -> list[dict[str, Any]]:
        """The actors with the most (linked) events among the filtered events."""
        with db.reader() as con:
            return Q.top_actors(con, f, limit=limit, side=side)

    @app.get("/api/actors/{actor_id:path}", tags=["actors"])
    def get_actor(actor_id: Annotated[str, Path(max_length=TEXT)]) -> dict[str, Any]:
        """One actor with the names it is mentioned by."""
        with db.reader() as con:
            return Q.actor(con, actor_id)

    @app.get("/api/quotes", tags=["quotes"], response_model=Page)
    def list_quotes(speaker: Annotated[str | None, Query(max_length=TEXT)] = None,
                    q: Annotated[str | None, Query(max_length=TEXT, description="Word in the quote.")] = None,
                    article: Annotated[str | None, Query(max_length=500)] = None,
                    limit: Limit = 100, offset: Offset = 0) -> Page:
        """Quotes with their speakers."""
        with db.reader() as con:
            items = Q.quotes(con, speaker=speaker, text=q, article=article, limit=limit, offset=offset)
            total = Q.count_quotes(con, speaker=speaker, text=q, article=article)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/quotes/speakers", tags=["quotes"])
    def quote_speakers(speaker: Annotated[str | None, Query(max_length=TEXT)] = None,
                       limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict[str, Any]]:
        """Speakers by number of quotes."""
        with db.reader() as con:
            return Q.quotes_by_speaker(con, speaker=speaker, limit=limit)

    @app.get("/api/network", tags=["aggregates"], response_model=Network)
    def network(f: Filter, max_nodes: Annotated[int, Query(ge=1, le=500)] = 50) -> Network:
        """Actor network of the filtered events: nodes with event counts, directed edges with cooperation/conflict."""
        with db.reader() as con:
            return Network(**Q.network(con, f, max_nodes=max_nodes))

    @app.get("/api/timeline", tags=["aggregates"])
    def timeline(f: Filter, interval: Interval = "month") -> list[dict[str, Any]]:
        """Events, mentions and mean Goldstein per period (e.g. one dyad with source, target, either_direction)."""
        with db.reader() as con:
            return Q.timeline(con, f, interval)

    @app.get("/api/dyads", tags=["aggregates"])
    def dyads(f: Filter, interval: Interval | None = None,
              limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> list[dict[str, Any]]:
        """Event counts and mean Goldstein per directed dyad, optionally per period."""
        with db.reader() as con:
            return Q.dyads(con, f, interval=interval, limit=limit)

    @app.get("/api/places", tags=["aggregates"])
    def places(f: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> list[dict[str, Any]]:
        """Event places with coordinates and event counts."""
        with db.reader() as con:
            return Q.places(con, f, limit=limit)

    # -- processing ------------------------------------------------------------------------------------------
    def _check_size(body: ArticleIn) -> None:
        if len(body.text) > settings.max_article_chars:
            raise ArticleTooLargeError(f"text has {len(body.text):,} characters, over the limit of "
                                       f"{settings.max_article_chars:,}")

    @app.post("/api/extract", tags=["processing"],
              responses={413: {"model": ErrorResponse}, 422: {"model": ErrorResponse}})
    def extract(body: ArticleIn) -> dict[str, Any]:
        """Run the pipeline on one text and return the output contract (docs/output.md); nothing is stored."""
        from ..output import article_to_json

        _check_size(body)
        result = get_engine().extract(body.text, id=body.id, title=body.title, published=body.published, url=body.url)
        return article_to_json(result)

    @app.post("/api/articles", tags=["processing"], response_model=Stored,
              responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}, 413: {"model": ErrorResponse}})
    def ingest(body: ArticleIn, authorization: Annotated[str | None, Header()] = None) -> Stored:
        """Process one article and store it (idempotent). Disabled unless the server has a token; then send
        ``Authorization: Bearer <token>``."""
        if not config.token:
            raise FeatureDisabledError("ingest over the API is disabled on this server",
                                       hint="start it with: newsgraph serve --token TOKEN (or $NEWSGRAPH_API_TOKEN)")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), config.token.encode()):
            raise AccessError("missing or wrong token", hint="send the header Authorization: Bearer <token>")
        _check_size(body)
        result = get_engine().extract(body.text, id=body.id, title=body.title, published=body.published, url=body.url)
        with db.write_lock:
            stored = db.store.write(result)
        return Stored(id=result.article.id, stored=stored, events=len(result.events), quotes=len(result.quotes))

    if config.web:
        _mount_web(app)
    return app


def _page(f: Q.EventFilter, limit: int, offset: int) -> Q.EventFilter:
    f = f.without_paging()
    f.limit, f.offset = limit, offset
    return f


def _mount_web(app: FastAPI) -> None:
    static = resources.files("newsgraph").joinpath("web/static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html")

    @app.get("/ui", include_in_schema=False)
    def ui() -> RedirectResponse:
        return RedirectResponse("/")
