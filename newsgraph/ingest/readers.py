"""Readers: files, folders, JSONL(.gz), HTML and stdin become Articles (or Failures, never exceptions).

Every input yields either an :class:`~newsgraph.records.Article` or a :class:`~newsgraph.records.Failure`
with a reason, so a batch always goes on and nothing disappears.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..config import Settings
from ..errors import (
    ArticleError,
    ArticleTooLargeError,
    EmptyArticleError,
    InputError,
    MalformedRecordError,
    UnsupportedLanguageError,
)
from ..lang import LanguageData
from ..records import Article, Failure
from .clean import TextCleaner
from .text import decode

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœæ]+")


def article_id(text: str) -> str:
    """Content hash of the normalised text: the same story always gets the same id."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class ArticleBuilder:
    """Turns raw text plus optional fields into a cleaned Article, enforcing the input limits."""

    def __init__(self, settings: Settings, lang: LanguageData):
        self.settings = settings
        self.lang = lang
        self.cleaner = TextCleaner(lang)

    def build(self, text: str, *, id: str | None = None, title: str | None = None, published: str | None = None,
              lang: str | None = None, url: str | None = None, source: str | None = None,
              metadata: dict | None = None) -> Article:
        if len(text) > self.settings.max_article_chars:
            raise ArticleTooLargeError(
                f"article has {len(text):,} characters, over the limit of {self.settings.max_article_chars:,}",
                hint="raise max_article_chars (--set max_article_chars=N) if this is a real article",
            )
        lang = lang or self.settings.lang
        if lang != self.lang.code:
            raise UnsupportedLanguageError(f"article language is {lang!r}; this pipeline reads {self.lang.code!r}",
                                           hint="run with --lang matching the article, if its language data exists")
        cleaned = self.cleaner.clean(text, title=title)
        if not cleaned.paragraphs:
            raise EmptyArticleError("article is empty after cleaning", hint="check that the input holds the story text")
        body = "\n\n".join(cleaned.paragraphs)
        if self.settings.check_language:
            self._check_language(body)
        spans, pos = [], 0
        for p in cleaned.paragraphs:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 2
        meta = dict(metadata or {})
        if cleaned.agency:
            meta["agency"] = cleaned.agency
        if cleaned.credits:
            meta["photo_credits"] = sorted(set(cleaned.credits))
        if cleaned.removed:
            meta["removed_lines"] = len(cleaned.removed)
        if published:
            meta["published_source"] = "input"
        elif cleaned.published:
            published, meta["published_source"] = cleaned.published, "text"
        return Article(id=id or article_id(body), text=body, title=cleaned.title, published=published, lang=lang,
                       url=url, source=source, metadata=meta, paragraphs=spans)

    def _check_language(self, text: str) -> None:
        words = _WORD.findall(text.lower())
        if len(words) < 30:
            return
        ratio = sum(w in self.lang.function_words for w in words) / len(words)
        if ratio < 0.12:
            raise UnsupportedLanguageError(
                f"text does not look like {self.lang.code!r} ({ratio:.0%} function words)",
                hint="pass the right language, or --set check_language=false to process it anyway",
            )


class Reader:
    """Reads inputs of every kind; yields Articles and Failures in input order."""

    def __init__(self, settings: Settings, lang: LanguageData):
        self.settings = settings
        self.builder = ArticleBuilder(settings, lang)

    def read(self, inputs: Iterable[str | Path], stdin: IO[bytes] | None = None) -> Iterator[Article | Failure]:
        for item in inputs:
            if str(item) == "-":
                yield from self._read_stream((stdin or sys.stdin.buffer), "<stdin>")
                continue
            path = Path(item)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
                for f in files:
                    if self.readable(f):
                        yield from self.read_file(f)
                    else:
                        yield Failure(source=str(f), reason="unsupported",
                                      message=f"not an article file ({f.suffix or 'no suffix'}): "
                                              "folders are read for .txt, .html, .jsonl(.gz) files")
            elif path.is_file():
                yield from self.read_file(path)
            else:
                raise InputError(f"input {str(path)!r} does not exist", hint="give files, folders or - for stdin")

    @staticmethod
    def readable(path: Path) -> bool:
        """True for the file types a folder scan reads (text, HTML, JSONL, optionally gzipped)."""
        name = path.name.lower()
        suffix = Path(name[:-3]).suffix if name.endswith(".gz") else path.suffix.lower()
        return suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

    def read_file(self, path: Path) -> Iterator[Article | Failure]:
        name = path.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            from .warc import read_warc  # warcio is only needed for web archives

            yield from read_warc(self, path)
            return
        if name.endswith(".gz"):
            inner = Path(name[:-3]).suffix
            if inner in JSONL_SUFFIXES:
                with gzip.open(path, "rb") as f:
                    yield from self._read_jsonl(f, str(path))
                return
            opener = lambda: gzip.open(path, "rb")  # noqa: E731
        else:
            inner = path.suffix.lower()
            opener = lambda: open(path, "rb")  # noqa: E731
        if inner in JSONL_SUFFIXES:
            with opener() as f:
                yield from self._read_jsonl(f, str(path))
            return
        try:
            with opener() as f:
                data = f.read(self.settings.max_article_chars * 4 + 1)
            if len(data) > self.settings.max_article_chars * 4:
                raise ArticleTooLargeError(f"file is over {self.settings.max_article_chars * 4:,} bytes",
                                           hint="raise max_article_chars if this is a real article")
            if inner in HTML_SUFFIXES or data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
                yield self._html(data, str(path))
            else:
                yield self.builder.build(decode(data), source=str(path))
        except ArticleError as exc:
            yield _failure(str(path), exc)
        except OSError as exc:
            yield Failure(source=str(path), reason="io", message=f"cannot read file: {exc}")

    def _read_stream(self, stream: IO[bytes], name: str) -> Iterator[Article | Failure]:
        head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
        if head.lstrip().startswith(b"{"):
            yield from self._read_jsonl(stream, name)
            return
        data = stream.read()
        try:
            if data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
                yield self._html(data, name)
            else:
                yield self.builder.build(decode(data), source=name)
        except ArticleError as exc:
            yield _failure(name, exc)

    def _read_jsonl(self, stream: IO[bytes], name: str) -> Iterator[Article | Failure]:
        limit = self.settings.max_line_chars
        for n, raw in enumerate(_bounded_lines(stream, limit), 1):
            where = f"{name}:{n}"
            if raw is None:
                yield Failure(source=where, reason="size", message=f"line longer than max_line_chars={limit:,}; skipped")
                continue
            if not raw.strip():
                continue
            try:
                yield self._record(raw, where)
            except ArticleError as exc:
                yield _failure(where, exc, raw=raw[:200].decode("utf-8", "replace"))

    def _record(self, raw: bytes, where: str) -> Article:
        try:
            obj = json.loads(decode(raw))
        except json.JSONDecodeError as exc:
            raise MalformedRecordError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
        if not isinstance(obj, dict):
            raise MalformedRecordError("JSON line is not an object")
        text = obj.get("text")
        if not isinstance(text, str):
            raise MalformedRecordError("JSON object has no string field 'text'",
                                       hint="each line needs at least {\"text\": ...}; optional id, title, url, published, lang, source")
        meta = {k: v for k, v in obj.items() if k not in {"id", "text", "title", "url", "published", "lang", "source"}}
        art_id = obj.get("id")
        return self.builder.build(
            text, id=str(art_id) if art_id is not None else None, title=obj.get("title"),
            published=_str_or_none(obj.get("published")), lang=obj.get("lang"), url=obj.get("url"),
            source=obj.get("source") or where, metadata=meta,
        )

    def _html(self, data: bytes, name: str) -> Article:
        import trafilatura  # heavy; only needed for HTML input

        html = decode(data)
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
        if doc is None or not getattr(doc, "text", None):
            raise EmptyArticleError("no article text found in the HTML page")
        meta = {}
        if getattr(doc, "author", None):
            meta["author"] = doc.author
        if getattr(doc, "sitename", None):
            meta["site"] = doc.sitename
        text = doc.text
        title = getattr(doc, "title", None)
        if title and not text.lstrip().startswith(title):
            text = title + "\n" + text
        return self.builder.build(text, title=title, published=getattr(doc, "date", None), url=getattr(doc, "url", None),
                                  source=name, metadata=meta)


def _str_or_none(v) -> str | None:
    return None if v in (None, "") else str(v)


def _failure(source: str, exc: ArticleError, raw: str | None = None) -> Failure:
    return Failure(source=source, reason=exc.code, message=str(exc), raw=raw)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; a line over ``limit`` bytes is consumed and yielded as None."""
    buf = io.BufferedReader(stream) if not hasattr(stream, "readline") else stream
    while True:
        line = buf.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = buf.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line.rstrip(b"\r\n")
