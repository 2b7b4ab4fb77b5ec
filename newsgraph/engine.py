"""The engine: reader + spaCy pipeline + newsgraph components, from inputs to ArticleResults.

Library first: ``Engine(settings).run(["articles/"])`` yields ArticleResult or Failure for every input;
the CLI, the store and the scale runners all go through it.

One Engine may be shared by threads (the API runs requests in a thread pool): the model is loaded once under
a lock, and each chunk of articles is processed under the engine's lock inside ``nlp.memory_zone()`` (the
strings a chunk adds to the vocabulary are freed after it, so memory stays flat on a long-running server).
spaCy does not promise that one pipeline can run in several threads at once, so chunks take turns; run
several processes (``--workers``, several API workers) for parallel work.
"""

from __future__ import annotations

import threading
from itertools import islice
from typing import IO, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .errors import ArticleError, ArticleTimeoutError, NewsgraphError
from .ingest import Reader
from .lang import LanguageData
from .nlp import build_nlp, parse_articles, run_components
from .records import Article, ArticleResult, Entity, Failure, Sentence
from .timelimit import limited

ENTITY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


class Engine:
    """Holds the loaded model (once per process) and runs the whole pipeline."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None):
        self.settings = settings or Settings.load()
        self.lang = LanguageData(self.settings.lang)
        self.reader = Reader(self.settings, self.lang)
        self._nlp = nlp
        self._lock = threading.RLock()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = build_nlp(self.settings, self.lang)
        return self._nlp

    # -- entry points ---------------------------------------------------------------------------------
    def run(self, inputs: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[ArticleResult | Failure]:
        """Read inputs (files, folders, '-') and process every article."""
        return self.process(self.reader.read(inputs, stdin=stdin))

    def extract(self, text: str, **fields) -> ArticleResult:
        """Process one text; raises an ArticleError subclass when it cannot be processed."""
        article = self.reader.builder.build(text, **fields)
        for item in self.process([article]):
            if isinstance(item, Failure):
                raise (ArticleTimeoutError if item.reason == "timeout" else ArticleError)(item.message)
            return item
        raise ArticleError("article produced no result")  # pragma: no cover

    def process(self, items: Iterable[Article | Failure]) -> Iterator[ArticleResult | Failure]:
        """Articles in, results out, in input order; failures pass through, never stop the batch."""
        it = iter(items)
        size = max(1, self.settings.batch_size)
        while True:
            chunk = list(islice(it, size))
            if not chunk:
                return
            if not any(isinstance(a, Article) for a in chunk):
                yield from chunk
                continue
            nlp = self.nlp
            with self._lock, nlp.memory_zone():
                out = list(self._process_chunk(chunk))
            yield from out

    # -- internals ------------------------------------------------------------------------------------
    def _process_chunk(self, chunk: list[Article | Failure]) -> Iterator[ArticleResult | Failure]:
        articles = [a for a in chunk if isinstance(a, Article)]
        seconds = self.settings.max_article_seconds
        try:
            docs = limited(lambda: dict(zip((id(a) for a in articles),
                                            parse_articles(self.nlp, articles, self.settings.batch_size))),
                           seconds * len(articles), "parsing this chunk")
        except ArticleTimeoutError:
            docs = None                      # find the article that takes too long: parse one by one
        except NewsgraphError:
            raise
        except Exception:
            docs = None                      # isolate the article that breaks the parser: parse one by one
        if docs is None:
            docs = {id(a): self._parse_one(a, seconds) for a in articles}
        for item in chunk:
            if isinstance(item, Failure):
                yield item
                continue
            doc = docs[id(item)]
            if isinstance(doc, Failure):
                yield doc
                continue
            yield self._annotate(item, doc)

    def _parse_one(self, a: Article, seconds: float) -> Doc | Failure:
        try:
            return limited(lambda: next(parse_articles(self.nlp, [a], 1)), seconds, "parsing this article")
        except ArticleTimeoutError as exc:
            return _failure(a, "timeout", exc.message)
        except Exception as exc:  # recorded as this article's failure
            return _failure(a, "processing", f"parser failed: {type(exc).__name__}: {exc}")

    def _annotate(self, article: Article, doc: Doc) -> ArticleResult | Failure:
        try:
            return limited(lambda: doc_to_result(run_components(self.nlp, doc)), self.settings.max_article_seconds,
                           "annotating this article")
        except ArticleTimeoutError as exc:
            return _failure(article, "timeout", exc.message)
        except Exception as exc:  # one article's failure is recorded, the batch goes on
            return _failure(article, "processing", f"{type(exc).__name__}: {exc}")


def _failure(a: Article, reason: str, message: str) -> Failure:
    return Failure(source=a.source or a.id, reason=reason, article_id=a.id, origin=a.origin, message=message)


def doc_to_result(doc: Doc) -> ArticleResult:
    art: Article = doc._.article
    sentences = []
    for i, sent in enumerate(doc.sents):
        text = sent.text.rstrip()
        if text:
            sentences.append(Sentence(index=i, start=sent.start_char, end=sent.start_char + len(text), text=text))
    entities = [Entity(text=e.text, label=ENTITY_LABELS.get(e.label_, "MISC"), start=e.start_char, end=e.end_char)
                for e in doc.ents]
    return ArticleResult(article=art, sentences=sentences, entities=entities, mentions=list(doc._.mentions or []),
                         events=list(doc._.events or []), quotes=list(doc._.quotes or []),
                         timexes=list(doc._.timexes or []), places=list(doc._.places or []))
