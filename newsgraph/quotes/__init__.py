"""Stage: quotes."""

from .component import QuotesComponent

__all__ = ["QuotesComponent"]
