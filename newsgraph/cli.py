"""The command-line interface: a thin layer that parses options, calls the library and prints.

Every command is documented in docs/cli.md (tests/test_docs.py checks it).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import click

from . import __version__
from .clikit import EVENT_FILTERS, db_option, emit_rows, event_filter_options, format_option, make_settings
from .clikit import settings_options
from .errors import NewsgraphError
from .records import ArticleResult, Failure


class Progress:
    """Articles/s and failures on stderr, at most a few times a second; silent when disabled."""

    def __init__(self, enabled: bool, total: int | None = None):
        self.enabled = enabled and sys.stderr.isatty()
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.done = self.failed = 0

    def update(self, item: ArticleResult | Failure, *_: Any) -> None:
        self.done += 1
        self.failed += isinstance(item, Failure)
        now = time.monotonic()
        if self.enabled and now - self.last > 0.25:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            eta = f", ETA {((self.total - self.done) / rate):.0f}s" if self.total and rate else ""
            click.echo(f"\r{self.done} articles, {rate:.1f}/s, {self.failed} failed{eta}   ", err=True, nl=False)

    def close(self) -> None:
        if self.enabled:
            click.echo("", err=True)


# -- commands -------------------------------------------------------------------------------------
class NewsgraphGroup(click.Group):
    """Lists each command with the first sentence of its docstring, whole (wrapped, never cut with "..."), so
    that ``newsgraph --help`` and docs/cli.md do not change with click's own shortening rules."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, short_help(cmd)) for name, cmd in sorted(self.commands.items()) if not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def short_help(command: click.Command) -> str:
    """The command's ``short_help``, or the first sentence of its help's first paragraph: a period ends the
    sentence when it ends the paragraph or the next word starts with a capital ("e.g. one dyad" goes on)."""
    if command.short_help:
        return " ".join(command.short_help.split())
    words = (command.help or "").partition("\n\n")[0].split()
    for i, word in enumerate(words):
        if word.endswith(".") and (i + 1 == len(words) or words[i + 1][:1].isupper()):
            return " ".join(words[: i + 1])
    return " ".join(words)


@click.group(cls=NewsgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """newsgraph: who did what to whom, when and where, and who said what, from French news.

    Read articles (text, HTML, JSONL, folders, - for stdin), extract actors, CAMEO/PLOVER events, quotes,
    dates and places, store them in DuckDB and query them.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@settings_options
def extract(inputs, **opts) -> None:
    """Print one JSON object per article (the output contract) to stdout; nothing is stored.

    Failures are printed to stderr as JSON lines with their reason; the batch goes on.
    """
    from .engine import Engine
    from .output import article_to_json, failure_to_json

    settings = make_settings(**opts)
    engine = Engine(settings)
    progress = Progress(settings.progress)
    ok = failed = 0
    for item in engine.run(inputs):
        progress.update(item)
        if isinstance(item, Failure):
            failed += 1
            click.echo(json.dumps(failure_to_json(item), ensure_ascii=False), err=True)
        else:
            ok += 1
            click.echo(json.dumps(article_to_json(item), ensure_ascii=False))
    progress.close()
    click.echo(f"extracted {ok} articles, {failed} failures", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Re-process articles already stored (replaces their rows).")
@click.option("--workers", type=int, help="Worker processes, each with its own model (default: settings n_process).")
@click.option("--cluster", metavar="ADDRESS", help="Run on a Dask cluster (scheduler address, e.g. tcp://host:8786).")
@click.option("--parts", metavar="DIR", help="With --cluster: folder for the Parquet partitions, shared with the "
              "workers (default: DB.parts/ next to the database).")
@click.option("--snapshot", metavar="PATH", help="Publish a read-only copy of the database there every minute, "
              "for readers during the ingest.")
@settings_options
def ingest(inputs, force, workers, cluster, parts, snapshot, **opts) -> None:
    """Process articles and store them in the DuckDB file; print counts.

    Ingesting the same input twice changes nothing: articles are keyed by the hash of their text (or their id).
    A run that was killed resumes when started again with the same command: stored articles are skipped.
    """
    from .scale import RunStats
    from .scale import ingest as run_ingest
    from .scale.progress import ProgressBar

    settings = make_settings(**opts)
    stats = RunStats()
    progress = ProgressBar(settings.progress, inputs, stats)
    try:
        if cluster:
            from .scale import ingest_on_cluster

            summary = ingest_on_cluster(inputs, settings, address=cluster, parts=parts, force=force,
                                        on_progress=progress, stats=stats)
        else:
            summary = run_ingest(inputs, settings, workers=workers, force=force, on_progress=progress,
                                 snapshot=snapshot, stats=stats)
    finally:
        progress.close()
    click.echo(summary.to_text())
    click.echo(f"database: {settings.db}")


@cli.command()
@db_option
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="Maximum rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Rows to skip (paging).")
@click.option("--all-columns", is_flag=True, help="Every stored column (default: a readable selection).")
@event_filter_options
@format_option
@settings_options
def events(limit, offset, all_columns, fmt, **opts) -> None:
    """List stored events, filtered (one row per report; see `export --linked` for linked events)."""
    from .store import Store
    from .store.queries import EventFilter

    filters = {k: opts.pop(k) for k in list(opts) if k in EVENT_FILTERS}
    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        rows = store.events(EventFilter.from_mapping({**filters, "limit": limit, "offset": offset}))
    cols = None if all_columns or fmt == "jsonl" else [
        "date", "source_code", "cameo", "target_code", "goldstein", "trigger", "source_mention", "target_mention",
        "place_name", "confidence"]
    emit_rows(rows, fmt, cols, limit=limit, more="--limit or --offset")


@cli.command()
@db_option
@click.option("--speaker", help="Speaker name, code or id (substring).")
@click.option("--contains", help="Word or phrase in the quote (case-insensitive).")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="Maximum rows.")
@format_option
@settings_options
def quotes(speaker, contains, limit, fmt, **opts) -> None:
    """List stored quotes with their speakers."""
    from .store import Store

    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        rows = store.quotes(speaker=speaker, contains=contains, limit=limit)
    cols = None if fmt == "jsonl" else ["speaker_name", "speaker_code", "direct", "cue", "text"]
    emit_rows(rows, fmt, cols, limit=limit)


@cli.command()
@db_option
@click.option("--reason", help="Only this reason (empty, encoding, malformed, language, size, processing...).")
@format_option
@settings_options
def failures(reason, fmt, **opts) -> None:
    """List the inputs that failed, with their reason."""
    from .store import Store

    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        rows = store.failures(reason)
    emit_rows(rows, fmt, None if fmt != "table" else ["source", "reason", "message"])


@cli.command()
@db_option
@settings_options
def stats(**opts) -> None:
    """Row counts of every table and the applied migrations."""
    from .store import Store

    settings = make_settings(**opts)
    with Store(settings.db, read_only=True) as store:
        for k, v in store.counts().items():
            click.echo(f"{k}: {v}")
        click.echo("migrations: " + ", ".join(store.migrations()))


# Commands owned by stage packages: each module defines ``commands: list[click.Command]``.
COMMAND_MODULES = (
    "newsgraph.actors.commands",
    "newsgraph.eval.commands",
    "newsgraph.api.commands",
    "newsgraph.scale.commands",
)


def _add_stage_commands() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and name.startswith(exc.name):
                continue  # that stage has no commands yet
            raise
        for command in module.commands:
            cli.add_command(command)


_add_stage_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point: library errors become one clear line on stderr and exit status 1."""
    try:
        cli.main(args=argv, prog_name="newsgraph", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except NewsgraphError as exc:
        click.echo(f"error: {exc}", err=True)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
