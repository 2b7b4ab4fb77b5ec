"""The API's endpoints: read routes over the store, and processing routes (extract, token-guarded ingest)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Path, Query

from .. import __version__
from ..errors import ArticleTooLargeError
from ..records import ArticleResult
from ..store import overview
from ..store import queries as Q
from .deps import (DATE, MAX_PAGE, TEXT, ArticleIn, Db, Filter, Interval, Limit, Network, Offset, Page, Services, Stored,
                   Svc)
from .errors import ErrorResponse
from .limits import check_ingest_access

reads = APIRouter(prefix="/api")
processing = APIRouter(prefix="/api", tags=["processing"])


def _page(f: Q.EventFilter, limit: int, offset: int) -> Q.EventFilter:
    f = f.without_paging()
    f.limit, f.offset = limit, offset
    return f


# -- reads ---------------------------------------------------------------------------------------------------

@reads.get("/health", tags=["meta"])
def health(db: Db, svc: Svc) -> dict[str, Any]:
    """Server status, version and row counts of the main tables."""
    with db.reader() as con:
        counts = {t: Q.scalar(con, f"SELECT count(*) FROM {t}") for t in ("articles", "events", "quotes", "actors")}
    return {"status": "ok", "version": __version__, "counts": counts, "ingest": bool(svc.config.token)}


@reads.get("/articles", tags=["articles"], response_model=Page)
def list_articles(db: Db, q: Annotated[str | None, Query(max_length=TEXT, description="Word in title or text.")] = None,
                  since: Annotated[str | None, Query(pattern=DATE, description="Published from the start of this period.")] = None,
                  until: Annotated[str | None, Query(pattern=DATE, description="Published up to the end of this period.")] = None,
                  limit: Limit = 50, offset: Offset = 0) -> Page:
    """Articles, newest first, with their event and quote counts (no text)."""
    with db.reader() as con:
        items = Q.articles(con, text=q, since=since, until=until, limit=limit, offset=offset)
        total = Q.count_articles(con, text=q, since=since, until=until)
    return Page(items=items, total=total, limit=limit, offset=offset)


@reads.get("/articles/{article_id:path}", tags=["articles"])
def get_article(db: Db, article_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    """One article with its text and everything extracted from it (offsets index the text)."""
    with db.reader() as con:
        return Q.article_detail(con, article_id)


@reads.get("/events", tags=["events"], response_model=Page)
def list_events(db: Db, f: Filter, limit: Limit = 100, offset: Offset = 0) -> Page:
    """Event reports (one row per article and sentence), oldest first."""
    with db.reader() as con:
        items = Q.events(con, _page(f, limit, offset))
        total = Q.count_events(con, f)
    return Page(items=items, total=total, limit=limit, offset=offset)


@reads.get("/events/linked", tags=["events"], response_model=Page)
def list_linked_events(db: Db, f: Filter, limit: Limit = 100, offset: Offset = 0) -> Page:
    """Events linked across articles (same actors, root, date, place) with num_mentions and num_articles."""
    with db.reader() as con:
        items = Q.linked_events(con, _page(f, limit, offset))
        total = Q.count_linked_events(con, f)
    return Page(items=items, total=total, limit=limit, offset=offset)


@reads.get("/events/{event_id}", tags=["events"])
def get_event(db: Db, event_id: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
    """One event report."""
    with db.reader() as con:
        return Q.event(con, event_id)


@reads.get("/actors", tags=["actors"], response_model=Page)
def list_actors(db: Db, q: Annotated[str | None, Query(max_length=TEXT, description="Name, code or id.")] = None,
                limit: Limit = 100, offset: Offset = 0) -> Page:
    """Actors of the knowledge base seen in the articles, most mentioned first."""
    with db.reader() as con:
        items = Q.actors(con, name=q, limit=limit, offset=offset)
        total = Q.count_actors(con, name=q)
    return Page(items=items, total=total, limit=limit, offset=offset)


@reads.get("/actors/top", tags=["actors"])
def top_actors(db: Db, svc: Svc, f: Filter, side: Literal["any", "source", "target"] = "any",
               limit: Annotated[int, Query(ge=1, le=500)] = 20) -> list[dict[str, Any]]:
    """The actors with the most (linked) events among the filtered events; ``name`` is the canonical name, as in
    /api/network, ``label`` the most frequent mention."""
    with db.reader() as con:
        top = Q.top_actors(con, f, limit=limit, side=side)
        names = _actor_names(con, svc, top)
    for a in top:
        a["name"] = names.get(a["id"], a["label"])
    return top


@reads.get("/actors/{actor_id:path}", tags=["actors"])
def get_actor(db: Db, actor_id: Annotated[str, Path(max_length=TEXT)]) -> dict[str, Any]:
    """One actor with the names it is mentioned by."""
    with db.reader() as con:
        return Q.actor(con, actor_id)


@reads.get("/quotes", tags=["quotes"], response_model=Page)
def list_quotes(db: Db, speaker: Annotated[str | None, Query(max_length=TEXT)] = None,
                q: Annotated[str | None, Query(max_length=TEXT, description="Word in the quote.")] = None,
                article: Annotated[str | None, Query(max_length=500)] = None,
                limit: Limit = 100, offset: Offset = 0) -> Page:
    """Quotes with their speakers."""
    with db.reader() as con:
        items = Q.quotes(con, speaker=speaker, text=q, article=article, limit=limit, offset=offset)
        total = Q.count_quotes(con, speaker=speaker, text=q, article=article)
    return Page(items=items, total=total, limit=limit, offset=offset)


@reads.get("/quotes/speakers", tags=["quotes"])
def quote_speakers(db: Db, speaker: Annotated[str | None, Query(max_length=TEXT)] = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict[str, Any]]:
    """Speakers by number of quotes."""
    with db.reader() as con:
        return Q.quotes_by_speaker(con, speaker=speaker, limit=limit)


@reads.get("/labels", tags=["actors"])
def labels(svc: Svc) -> dict[str, dict[str, str]]:
    """French names of countries (ISO3) and actor sectors, to put a code-only actor in words: ``FRACVL`` (country
    ``FRA``, sector ``CVL``) is "civils (France)", as the ``name`` of /api/network gives it."""
    return svc.get_labels().to_json()


@reads.get("/dates", tags=["aggregates"])
def dates(db: Db) -> dict[str, Any]:
    """Date ranges of the database: events (``events_min``, ``events_max``, ``dated``, ``undated``), publications
    (``published_min``, ``published_max``) and the period (``since``, ``until``): the event dates within the
    publication years plus one year either side; ``outside`` counts the dated events left out of it."""
    with db.reader() as con:
        return overview.date_range(con).to_json()


@reads.get("/network", tags=["aggregates"], response_model=Network)
def network(db: Db, svc: Svc, f: Filter, max_nodes: Annotated[int, Query(ge=1, le=500)] = 50,
            min_events: Annotated[int, Query(ge=1, le=1_000_000, description="Leave out actors with fewer events.")] = 1,
            ) -> Network:
    """Actor network of the filtered events: nodes with event counts, directed edges with cooperation/conflict.

    Each node has ``name``, its canonical name: its knowledge-base name; for an actor known only by its code, the
    code's sector and country in words ("civils (France)" for FRACVL, the code itself when it is not a country and
    sector code); else its most frequent name. ``code`` is its most frequent CAMEO code and ``label`` its most
    frequent mention; edges have ``source_name`` and ``target_name``."""
    with db.reader() as con:
        net = Q.network(con, f, max_nodes=max_nodes)
        nodes = [n for n in net["nodes"] if n["events"] >= min_events]
        names = _actor_names(con, svc, nodes)
    for n in nodes:
        n["name"] = names.get(n["id"], n["label"])
    edges = [e for e in net["edges"] if e["source"] in names and e["target"] in names]
    for e in edges:
        e["source_name"], e["target_name"] = names[e["source"]], names[e["target"]]
    return Network(nodes=nodes, edges=edges)


def _actor_names(con: Any, svc: Services, actors: list[dict[str, Any]]) -> dict[str, str]:
    """Canonical names of the actor keys, a code-only actor's code put in words (FRACVL -> "civils (France)")."""
    names = overview.canonical_names(con, [a["id"] for a in actors])
    labels = svc.get_labels()
    for a in actors:
        if names.get(a["id"]) == a["id"]:
            names[a["id"]] = labels.for_code(a["id"], a.get("country"), a.get("sector")) or a["id"]
    return names


@reads.get("/timeline", tags=["aggregates"])
def timeline(db: Db, f: Filter, interval: Interval = "month") -> list[dict[str, Any]]:
    """Events, mentions and mean Goldstein per period (e.g. one dyad with source, target, either_direction)."""
    with db.reader() as con:
        return Q.timeline(con, f, interval)


@reads.get("/dyads", tags=["aggregates"])
def dyads(db: Db, f: Filter, interval: Interval | None = None,
          limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> list[dict[str, Any]]:
    """Event counts and mean Goldstein per directed dyad, optionally per period."""
    with db.reader() as con:
        return Q.dyads(con, f, interval=interval, limit=limit)


@reads.get("/places", tags=["aggregates"])
def places(db: Db, f: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> list[dict[str, Any]]:
    """Event places with coordinates and event counts."""
    with db.reader() as con:
        return Q.places(con, f, limit=limit)


# -- processing ------------------------------------------------------------------------------------------

def _run(svc: Services, body: ArticleIn) -> ArticleResult:
    limit = svc.settings.max_article_chars
    if len(body.text) > limit:
        raise ArticleTooLargeError(f"text has {len(body.text):,} characters, over the limit of {limit:,}")
    return svc.get_engine().extract(body.text, id=body.id, title=body.title, published=body.published, url=body.url)


@processing.post("/extract", responses={413: {"model": ErrorResponse}, 422: {"model": ErrorResponse}})
def extract(svc: Svc, body: ArticleIn) -> dict[str, Any]:
    """Run the pipeline on one text and return the output contract (docs/output.md); nothing is stored."""
    from ..output import article_to_json

    return article_to_json(_run(svc, body))


@processing.post("/articles", response_model=Stored,
                 responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}, 413: {"model": ErrorResponse}})
def ingest(svc: Svc, body: ArticleIn, authorization: Annotated[str | None, Header()] = None) -> Stored:
    """Process one article and store it (idempotent). Disabled unless the server has a token; then send
    ``Authorization: Bearer <token>``."""
    check_ingest_access(svc.config.token, authorization)   # checked before the body too, by RequestLimits
    result = _run(svc, body)
    with svc.db.write_lock:
        stored = svc.db.store.write(result)
    return Stored(id=result.article.id, stored=stored, events=len(result.events), quotes=len(result.quotes))
