"""A worker process that dies (segfault, OOM kill) loses nothing: the pool restarts, the culprit is recorded."""

from __future__ import annotations

import os

import pytest
from clirun import NullNlp

from newsgraph import Settings
from newsgraph.errors import ProcessingError
from newsgraph.records import Article, ArticleResult
from newsgraph.scale.runner import BatchRunner, chunked
from newsgraph.scale.worker import ChunkProcessor


class _LightEngine:
    """No model: every article becomes an empty result, except one that kills its process."""

    nlp = NullNlp()

    def process(self, items):
        for item in items:
            if isinstance(item, Article) and "CRASH" in item.text:
                os._exit(139)                  # like a segfault: no exception, no cleanup
            yield ArticleResult(article=item) if isinstance(item, Article) else item


def light_processor(settings: Settings) -> ChunkProcessor:
    return ChunkProcessor(settings, engine=_LightEngine())


def broken_processor(settings: Settings) -> ChunkProcessor:
    os._exit(1)


def articles(n: int, crash_at: int | None) -> list[Article]:
    return [Article(id=f"a{i}", text="CRASH" if i == crash_at else f"texte {i}", paragraphs=[(0, 5)]) for i in range(n)]


def test_a_crashing_article_is_recorded_and_the_rest_is_kept():
    settings = Settings.load(env={}, overrides={"progress": False})
    done, failures = [], []
    with BatchRunner(settings, workers=2, factory=light_processor) as runner:
        for chunk, out in runner.run(chunked(articles(20, crash_at=7), 4)):
            if "articles" in out.tables:
                done += out.tables["articles"].column("id").to_pylist()
            if "failures" in out.tables:
                failures += out.tables["failures"].to_pylist()
        assert runner.restarts >= 3          # the crash, the chunk alone, the article alone twice
    assert sorted(done) == sorted(f"a{i}" for i in range(20) if i != 7)          # nothing lost, in order kept
    assert [(f["article_id"], f["reason"]) for f in failures] == [("a7", "crash")]


def test_workers_that_cannot_start_stop_the_run():
    settings = Settings.load(env={}, overrides={"progress": False})
    with pytest.raises(ProcessingError):
        with BatchRunner(settings, workers=2, factory=broken_processor) as runner:
            list(runner.run(chunked(articles(4, None), 2)))
