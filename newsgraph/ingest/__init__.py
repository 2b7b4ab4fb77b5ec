"""Ingest: read inputs of every kind and clean them into Articles."""

from .clean import Cleaned, TextCleaner
from .readers import ArticleBuilder, Reader, article_id, decode

__all__ = ["ArticleBuilder", "Cleaned", "Reader", "TextCleaner", "article_id", "decode"]
