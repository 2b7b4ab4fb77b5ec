"""Store: the DuckDB file with articles, sentences, mentions, actors, events, quotes, places, dates, failures."""

from .db import EventQuery, IngestSummary, Store
from .migrations import MIGRATIONS, Migration

__all__ = ["EventQuery", "IngestSummary", "MIGRATIONS", "Migration", "Store"]
