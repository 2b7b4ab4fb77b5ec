"""The REST API and the dashboard: ``create_app(settings)`` builds a FastAPI app over one DuckDB file.

Read endpoints live under ``/api`` (articles, events, linked events, actors, quotes, network, timeline, dyads,
places); ``POST /api/extract`` runs the pipeline on a text and stores nothing; ``POST /api/articles`` stores an
article and is disabled unless a token is configured (then it needs ``Authorization: Bearer <token>``). The
dashboard (newsgraph/web/static) is served at ``/``. Every error has the shape of :mod:`newsgraph.api.errors`.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Settings
from .deps import ERRORS, ApiConfig, Database, Services
from .errors import install_error_handlers
from .limits import RequestLimits
from .routes import processing, reads


def create_app(settings: Settings | None = None, config: ApiConfig | None = None, engine: Any = None) -> FastAPI:
    """Build the app over ``settings.db`` (read-only unless a token enables ingest).

    ``engine`` (an :class:`newsgraph.Engine`) is created from ``settings`` on the first /api/extract when not given.
    """
    settings = settings or Settings.load()
    config = config or ApiConfig()
    services = Services(settings=settings, config=config, db=Database(settings.db, writable=bool(config.token)),
                        engine=engine)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        services.db.close()

    # no /docs or /redoc: FastAPI's pages load their scripts from a CDN; the schema is at /openapi.json
    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, responses=ERRORS,
                  docs_url=None, redoc_url=None,
                  description="Events (CAMEO/PLOVER), actors, quotes, places and dates extracted from French news. "
                              "Every error answers with the same JSON shape: {\"error\": {code, status, message, hint, details}}.")
    app.state.services = services
    install_error_handlers(app)
    app.add_middleware(RequestLimits, max_body=config.max_body_bytes or settings.max_article_chars * 4 + 65536,
                       token=config.token, max_extractions=config.max_extractions, queue_seconds=config.queue_seconds)
    app.include_router(reads)
    app.include_router(processing)
    if config.web:
        _mount_web(app)
    return app


def _mount_web(app: FastAPI) -> None:
    static = resources.files("newsgraph").joinpath("web/static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html")

    @app.get("/ui", include_in_schema=False)
    def ui() -> RedirectResponse:
        return RedirectResponse("/")
