"""The JSON output contract (docs/output.md): one object per article."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .records import ArticleResult, Failure


def article_to_json(result: ArticleResult) -> dict[str, Any]:
    a = result.article
    return {
        "id": a.id,
        "title": a.title,
        "published": a.published,
        "lang": a.lang,
        "url": a.url,
        "text": a.text,
        "metadata": a.metadata,
        "entities": [asdict(e) for e in result.entities],
        "events": [e.to_json() for e in result.events],
        "quotes": [q.to_json() for q in result.quotes],
        "places": [p.to_json() for p in result.places],
        "dates": [asdict(t) for t in result.timexes],
    }


def failure_to_json(failure: Failure) -> dict[str, Any]:
    return {"error": {"source": failure.source, "reason": failure.reason, "message": failure.message,
                      "article_id": failure.article_id}}
