"""Store: the DuckDB file with articles, sentences, mentions, actors, events, quotes, places, dates, failures."""

from .db import IngestSummary, Store
from .queries import EventFilter
from .migrations import MIGRATIONS, Migration

__all__ = ["EventFilter", "IngestSummary", "MIGRATIONS", "Migration", "Store"]
