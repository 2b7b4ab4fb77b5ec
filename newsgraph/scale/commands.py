"""CLI commands of the scale package (added to ``newsgraph`` by newsgraph/cli.py)."""

from __future__ import annotations

import click

from ..clikit import db_option, make_settings, settings_options


@click.command()
@db_option
@click.option("--reason", help="Only failures with this reason (processing, crash, size, language, encoding...).")
@click.option("--workers", type=int, help="Worker processes (default: settings n_process).")
@settings_options
def retry(reason, workers, **opts) -> None:
    """Re-run the recorded failures from their sources; those that now succeed are stored and cleared.

    Change what made them fail first (a setting such as --set max_article_chars=N or --set
    check_language=false, a fixed model or component). Failures read from stdin cannot be re-read.
    """
    from .retry import retry_failures

    settings = make_settings(**opts)
    report = retry_failures(settings, reason=reason, workers=workers)
    click.echo(report.to_text())


commands = [retry]
