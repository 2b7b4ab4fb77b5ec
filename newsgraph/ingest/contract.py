"""The reader contract: what every input record becomes, whichever reader (JSONL, HTML, text, WARC, the API).

Every reader hands raw fields to :meth:`ArticleBuilder.build`, which checks their types, cleans the text and
enforces the limits. The result is an :class:`~newsgraph.records.Article` or an
:class:`~newsgraph.errors.ArticleError` that the reader turns into a :class:`~newsgraph.records.Failure`
(:func:`failure`), both carrying the record's ``origin``: ``FILE``, ``FILE:LINE`` (JSONL, stdin) or
``FILE@OFFSET`` (WARC). The single-process run, ``--workers N`` and ``--cluster`` all read in the parent
process through this one contract, so a record is accepted or refused the same way on every path.

Field types (``docs/output.md``, "Input records"):

* ``text``: a string (required);
* ``id``: a non-empty string, or an integer (stored as its decimal string);
* ``title``, ``lang``, ``url``, ``source``: a string or null;
* ``published``: null, or an ISO date ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or datetime that exists
  (``2017-13-45`` is refused).

A field of another type (a number as title, an object as id, a list as text) makes the record a failure with
reason ``malformed`` naming the field; nothing is coerced silently into a string. Other fields go to
``metadata``, nested at most ``MAX_DEPTH`` levels (deeper values cannot be pickled to a worker process or
written as JSON reliably).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import Any

from ..config import Settings
from ..errors import (
    ArticleError,
    ArticleTooLargeError,
    EmptyArticleError,
    EncodingError,
    MalformedRecordError,
    UnsupportedLanguageError,
)
from ..lang import LanguageData
from ..records import Article, Failure
from ..timelimit import limited
from .clean import TextCleaner

_WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœæ]+")
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
_STRING_FIELDS = ("title", "lang", "url", "source")
MAX_DEPTH = 64
MAX_TAG_ATTRIBUTES = 1000      # per HTML tag; real pages have a handful
_TAG = re.compile(r"<[A-Za-z][^<>]*>")


def article_id(text: str) -> str:
    """Content hash of the normalised text: the same story always gets the same id."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes) -> str:
    """Bytes of an input as text: UTF-8 (with or without BOM); empty, binary or other encodings are refused."""
    if not data.strip():
        raise EmptyArticleError("input is empty")
    if b"\x00" in data[:8192]:
        raise EncodingError("input looks binary (contains NUL bytes)", hint="give text, HTML or JSONL files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(f"input is not valid UTF-8 (byte {exc.start})", hint="convert it with iconv -t utf-8") from None


def failure(origin: str, exc: ArticleError, raw: str | None = None, article_id: str | None = None) -> Failure:
    return Failure(source=origin, reason=exc.code, message=str(exc), raw=raw, article_id=article_id, origin=origin)


def _type_name(v: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def _wrong(name: str, v: Any, want: str) -> MalformedRecordError:
    return MalformedRecordError(f"field {name!r} must be {want}, not {_type_name(v)}",
                                hint="fix the record; types: text string; id string or integer; title, lang, url, "
                                     "source strings; published an ISO date")


def check_text(text: Any) -> str:
    if not isinstance(text, str):
        if text is None:
            raise MalformedRecordError("record has no field 'text'",
                                       hint="each record needs at least {\"text\": ...}; optional id, title, url, published, lang, source")
        raise _wrong("text", text, "a string")
    return text


def check_id(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    if not isinstance(v, str):
        raise _wrong("id", v, "a string or an integer")
    if not v.strip():
        raise MalformedRecordError("field 'id' is empty")
    return v


def check_string(name: str, v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v or None
    raise _wrong(name, v, "a string")


def check_published(v: Any) -> str | None:
    """An ISO date or datetime that exists, as given (stripped); None for null or ''."""
    if v is None or v == "":
        return None
    if not isinstance(v, str):
        raise _wrong("published", v, "an ISO date string (YYYY-MM-DD)")
    s = v.strip()
    m = _YEAR_MONTH.match(s)
    try:
        if m:
            if m.group(2) is not None:
                date(int(m.group(1)), int(m.group(2)), 1)
        elif len(s) == 10:
            date.fromisoformat(s)
        else:
            datetime.fromisoformat(s)
    except ValueError:
        raise MalformedRecordError(f"field 'published' is not a date: {s[:40]!r}",
                                   hint="give YYYY-MM-DD (or YYYY, YYYY-MM, an ISO datetime), or leave it out") from None
    return s


def check_metadata(meta: dict | None) -> dict:
    """Extra fields as a new dict; values nested over MAX_DEPTH levels are refused (counted without recursion)."""
    stack = [(v, 1) for v in (meta or {}).values()]
    while stack:
        v, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise MalformedRecordError(f"a field is nested more than {MAX_DEPTH} levels deep",
                                       hint="flatten the extra fields of the record")
        if isinstance(v, dict):
            stack.extend((x, depth + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, depth + 1) for x in v)
    return dict(meta or {})


def check_html(html: str) -> None:
    """Refuse a page whose extraction would cost minutes: a tag with over MAX_TAG_ATTRIBUTES attributes (the
    extractor's time grows with their square: 80,000 of them in 550 KB took over 10 minutes). One linear scan."""
    for m in _TAG.finditer(html):
        if m.end() - m.start() > MAX_TAG_ATTRIBUTES and m.group().count("=") > MAX_TAG_ATTRIBUTES:
            raise ArticleTooLargeError(f"an HTML tag has over {MAX_TAG_ATTRIBUTES:,} attributes",
                                       hint="this is not an article page")


class ArticleBuilder:
    """Turns raw text plus optional fields into a cleaned Article: types checked, limits enforced."""

    def __init__(self, settings: Settings, lang: LanguageData):
        self.settings = settings
        self.lang = lang
        self.cleaner = TextCleaner(lang)

    def build(self, text: Any, *, id: Any = None, title: Any = None, published: Any = None, lang: Any = None,
              url: Any = None, source: Any = None, metadata: dict | None = None, origin: str | None = None) -> Article:
        text = check_text(text)
        id, published, meta = check_id(id), check_published(published), check_metadata(metadata)
        title, lang, url, source = (check_string(n, v) for n, v in zip(_STRING_FIELDS, (title, lang, url, source)))
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
                       url=url, source=source or origin, metadata=meta, paragraphs=spans, origin=origin)

    def build_html(self, data: bytes, origin: str) -> Article:
        """An HTML page (file, stdin or WARC payload): the story text and metadata found by trafilatura."""
        import trafilatura  # heavy; only needed for HTML input

        html = decode(data)
        check_html(html)
        doc = limited(lambda: trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                          favor_recall=True),
                      self.settings.max_article_seconds, "extracting the text of this HTML page")
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
        published = getattr(doc, "date", None)
        try:
            published = check_published(published)
        except MalformedRecordError:
            published = None   # a page's own date that is not a date is dropped, not the page
        return self.build(text, title=title, published=published, url=getattr(doc, "url", None), origin=origin,
                          metadata=meta)

    def build_bytes(self, data: bytes, origin: str, html: bool = False) -> Article:
        """A whole file or payload: HTML when said so or when it looks like it, else text."""
        if html or looks_like_html(data):
            return self.build_html(data, origin)
        return self.build(decode(data), origin=origin)

    def _check_language(self, text: str) -> None:
        words = _WORD.findall(text.lower())
        own = sum(w in self.lang.function_words for w in words)
        if len(words) < 30:
            # too short for a share: refused when words of other languages are several and outnumber ours
            foreign = sum(w in self.lang.foreign_words for w in words)
            if foreign >= 2 and foreign > own:
                raise UnsupportedLanguageError(
                    f"short text does not look like {self.lang.code!r} ({foreign} function words of other "
                    f"languages, {own} of {self.lang.code!r})",
                    hint="pass the right language, or --set check_language=false to process it anyway")
            return
        ratio = own / len(words)
        if ratio < 0.12:
            raise UnsupportedLanguageError(
                f"text does not look like {self.lang.code!r} ({ratio:.0%} function words)",
                hint="pass the right language, or --set check_language=false to process it anyway",
            )


def looks_like_html(data: bytes) -> bool:
    return data.lstrip()[:256].lower().startswith((b"<!doctype html", b"<html"))
