"""Ingest: read inputs of every kind and clean them into Articles (one contract: :mod:`.contract`)."""

from .clean import Cleaned, TextCleaner
from .contract import ArticleBuilder, article_id, decode
from .readers import Reader

__all__ = ["ArticleBuilder", "Cleaned", "Reader", "TextCleaner", "article_id", "decode"]
