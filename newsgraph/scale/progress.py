"""The ingest progress line on stderr (articles, new/skipped/failed, rate, ETA), used by ``newsgraph ingest``."""

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
