"""What the API's routes share: settings holder, database access, request/response models, the event filters.

Routes get these through FastAPI dependencies (``Db``, ``Services``, ``Filter``) from ``request.app.state``,
which :func:`newsgraph.api.create_app` fills; nothing here is a module-global configuration.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any, Iterator, Literal

import duckdb
from fastapi import Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from ..actors.labels import ActorLabels
from ..config import Settings
from ..store import Store
from ..store import queries as Q
from .errors import ErrorResponse

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_PAGE = 1000
TEXT = 200  # longest accepted filter string


@dataclass(frozen=True, slots=True)
class ApiConfig:
    """Server options that are not pipeline settings."""

    token: str | None = None          # enables POST /api/articles, which then needs this bearer token
    max_body_bytes: int | None = None  # default: 4 bytes per allowed character + 64 KiB
    max_extractions: int = 4           # POST /api/extract and /api/articles admitted at once (one runs at a time)
    queue_seconds: float = 30.0        # how long another such request waits for a slot before 503 busy
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
    since: Annotated[str | None, Query(pattern=DATE, description="Events from the start of this period (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Events up to the end of this period (2018: all of 2018).")] = None,
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


# -- per-app services ------------------------------------------------------------------------------------

@dataclass
class Services:
    """What one app holds: settings, server options, the database, and the engine and actor labels (each loaded once,
    on first use)."""

    settings: Settings
    config: ApiConfig
    db: Database
    engine: Any = None
    _engine_lock: threading.Lock = field(default_factory=threading.Lock)
    _labels: ActorLabels | None = None

    def get_labels(self) -> ActorLabels:
        """The readable names of code-only actors (country and sector names), read on first use."""
        with self._engine_lock:
            if self._labels is None:
                self._labels = ActorLabels.load()
            return self._labels

    def get_engine(self) -> Any:
        with self._engine_lock:
            if self.engine is None:
                from ..engine import Engine

                self.engine = Engine(self.settings)
            return self.engine


def get_services(request: Request) -> Services:
    return request.app.state.services


def get_db(request: Request) -> Database:
    return request.app.state.services.db


Db = Annotated[Database, Depends(get_db)]
Svc = Annotated[Services, Depends(get_services)]
