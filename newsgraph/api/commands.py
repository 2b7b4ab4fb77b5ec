"""CLI commands for exploring the data: serve, export, network, timeline (added to the CLI by newsgraph.cli)."""

from __future__ import annotations

import json
from typing import Any

import click

from ..clikit import EVENT_FILTERS, db_option, emit_rows, event_filter_options, format_option, make_settings, settings_options

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")


def _filter(opts: dict[str, Any]):
    from ..store.queries import EventFilter

    values = {k: opts.pop(k) for k in EVENT_FILTERS if k in opts}
    return EventFilter.from_mapping({**values, "limit": None})


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="NEWSGRAPH_API_TOKEN", help="Enable POST /api/articles with this bearer token "
              "(default: $NEWSGRAPH_API_TOKEN; without it, ingest over HTTP is disabled).")
@click.option("--no-web", is_flag=True, help="Serve the API only, without the dashboard.")
@settings_options
def serve(host, port, token, no_web, **opts) -> None:
    """Serve the REST API (/api, schema at /openapi.json) and the dashboard (/) over the database."""
    import uvicorn

    from .app import ApiConfig, create_app
    from .server import server_config

    settings = make_settings(**opts)
    app = create_app(settings, ApiConfig(token=token or None, web=not no_web))
    click.echo(f"newsgraph: serving {settings.db} on http://{host}:{port}/ (API schema at /openapi.json)", err=True)
    uvicorn.Server(server_config(app, host, port)).run()


@click.command()
@db_option
@click.option("--to", "out", required=True, type=click.Path(), help="Output folder (tables) or file (gdelt, plover).")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True,
              help="jsonl/csv/parquet: every table into a folder; gdelt: GDELT 2.0 Events file; plover: PLOVER JSON lines.")
@click.option("--table", "tables", multiple=True, help="Only this table (repeatable; jsonl/csv/parquet).")
@click.option("--header", is_flag=True, help="gdelt: write the column names as a first line (GDELT files have none).")
@event_filter_options
@settings_options
def export(out, fmt, tables, header, **opts) -> None:
    """Export the database: tables as JSONL/CSV/Parquet, or linked events as GDELT 2.0 or PLOVER JSON.

    Every format honours the event filters, as `events` does: with a filter, the events table holds the matching
    events, the other tables the rows of the articles they come from (actors: those they refer to).
    """
    from ..store import Store
    from ..store import export as X

    f = _filter(opts)
    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        if fmt == "gdelt":
            n = X.write_gdelt(store.con, out, f, header=header)
            click.echo(f"{n} events -> {out}", err=True)
        elif fmt == "plover":
            n = X.write_plover(store.con, out, f)
            click.echo(f"{n} events -> {out}", err=True)
        else:
            paths = X.export_tables(store.con, out, fmt, tables or X.TABLES, f)
            for t, p in paths.items():
                click.echo(f"{t} -> {p}", err=True)


@click.command()
@db_option
@event_filter_options
@click.option("--max-nodes", type=click.IntRange(min=1), default=50, show_default=True, help="Most active actors kept.")
@click.option("--edges/--nodes", "show_edges", default=True, help="List the edges (default) or the nodes.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole network as one JSON object.")
@format_option
@settings_options
def network(max_nodes, show_edges, as_json, fmt, **opts) -> None:
    """The actor network for a period: nodes with event counts, edges with cooperation/conflict and Goldstein."""
    from ..store import Store
    from ..store import queries as Q

    f = _filter(opts)
    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        net = Q.network(store.con, f, max_nodes=max_nodes)
    if as_json:
        click.echo(json.dumps(net, ensure_ascii=False, default=str))
        return
    emit_rows(net["edges"] if show_edges else net["nodes"], fmt)


@click.command()
@db_option
@event_filter_options
@click.option("--interval", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@format_option
@settings_options
def timeline(interval, fmt, **opts) -> None:
    """Events, mentions and mean Goldstein per period, e.g. one dyad: --source RUS --target USA --either-direction."""
    from ..store import Store
    from ..store import queries as Q

    f = _filter(opts)
    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        rows = Q.timeline(store.con, f, interval)
    emit_rows(rows, fmt)


commands = [serve, export, network, timeline]
