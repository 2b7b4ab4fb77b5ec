"""Stage: quotes. The ``newsgraph_quotes`` component and the lookup other stages use.

    quote_index_at(quotes, start, end) -> int | None   the index in ``doc._.quotes`` of the quotation or
                                                       reported clause containing [start, end) (for Event.quote)
"""

from __future__ import annotations

from ..records import Quote
from .component import QuotesComponent


def quote_index_at(quotes: list[Quote], start: int, end: int) -> int | None:
    """The quote whose text contains the character range [start, end); a direct quotation wins over a
    reported clause covering the same range, the shortest over a longer one."""
    best: tuple[bool, int, int] | None = None
    for i, q in enumerate(quotes):
        if q.start <= start and end <= q.end:
            key = (not q.direct, q.end - q.start, i)
            if best is None or key < best:
                best = key
    return best[2] if best is not None else None


__all__ = ["QuotesComponent", "quote_index_at"]
