"""WARC(.gz) input: web archive records become Articles or Failures, never exceptions (warcio).

* ``response`` and ``resource`` records with a 2xx status are read; ``warcinfo``, ``request``, ``metadata``,
  ``revisit`` records and redirects or error pages (non-2xx) carry no article and are passed over.
* HTML payloads go through the same extraction as HTML files; ``text/plain`` through the text path. The
  HTTP ``charset`` is honoured (the payload is re-encoded as UTF-8). WARC-Target-URI becomes the article
  URL when the page does not give one; WARC-Date is kept as ``metadata["crawled"]`` (never as publication).
* Binary payloads (images, PDF, octet-stream, anything with NUL bytes) are failures with reason
  ``encoding``; payloads over ``4 * max_article_chars`` bytes are failures with reason ``size`` and are not
  read into memory beyond that limit.
* A malformed record (bad header, bad length, corrupt gzip member) is a failure with reason ``malformed``;
  reading resumes at the next record boundary (next gzip member, or next ``WARC/1.x`` line).

Each record's source is ``PATH@OFFSET`` (byte offset of the record), which ``newsgraph retry`` re-reads.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import ArticleError, ArticleTooLargeError, EncodingError
from ..records import Article, Failure
from .contract import ArticleBuilder, failure

READ_TYPES = {"response", "resource"}
_BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/octet-stream",
                 "application/zip", "application/x-", "application/vnd.", "application/msword")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = (b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"WARC/0.")
_SCAN = 1 << 20


@dataclass(slots=True)
class _Payload:
    offset: int
    uri: str | None
    date: str | None
    content_type: str
    data: bytes
    truncated: bool


def read_warc(builder: ArticleBuilder, path: Path) -> Iterator[Article | Failure]:
    """Every article of a WARC file, and a failure for every record that is not readable text."""
    limit = builder.settings.max_article_chars * 4
    for item in _records(path, limit):
        if isinstance(item, Failure):
            yield item
        else:
            yield _to_article(builder, path, item, limit)


def read_warc_record(builder: ArticleBuilder, path: Path, offset: int) -> Article | Failure:
    """The record at a byte offset (for ``newsgraph retry``)."""
    limit = builder.settings.max_article_chars * 4
    for item in _records(path, limit, start=offset, once=True):
        return item if isinstance(item, Failure) else _to_article(builder, path, item, limit)
    return _malformed(f"{path}@{offset}", "no readable WARC record at this offset")


def _malformed(origin: str, message: str) -> Failure:
    return Failure(source=origin, reason="malformed", message=message, origin=origin)


def _records(path: Path, limit: int, start: int = 0, once: bool = False) -> Iterator[_Payload | Failure]:
    from warcio.archiveiterator import ArchiveIterator

    gz = path.name.lower().endswith(".gz")
    with open(path, "rb") as fh:
        while start is not None:
            fh.seek(start)
            it = ArchiveIterator(fh)
            pos = start
            try:
                for record in it:
                    payload = _payload(record, pos, limit)
                    here, pos = pos, _next_offset(it)
                    missing = getattr(record.raw_stream, "limit", 0)
                    if missing > 0:   # the file ends (or the next record starts) before Content-Length says
                        payload = _malformed(f"{path}@{here}", f"truncated WARC record: {missing:,} bytes missing")
                    if payload is not None:
                        yield payload
                        if once:
                            return
                if _data_after(fh, pos):   # the iterator stopped at bytes it could not read as a record
                    yield _malformed(f"{path}@{pos}", "truncated WARC record at the end of the file: "
                                                      f"{fh.seek(0, 2) - pos:,} bytes that are not a whole record")
                return
            except Exception as exc:  # noqa: BLE001 - any error of the parser on untrusted bytes: this record is malformed
                if not isinstance(exc, _PARSE_ERRORS) and not _raised_by_parser(exc):
                    raise
                yield _malformed(f"{path}@{pos}", f"malformed WARC record: {type(exc).__name__}: {_short(exc)}")
                if once:
                    return
                start = _resync(fh, pos + 1, gz)


_PARSE_ERRORS = (EOFError, zlib.error, ValueError, OSError, KeyError, IndexError, UnicodeError)


def _raised_by_parser(exc: BaseException) -> bool:
    """True when the exception comes from inside warcio (or the gzip/http code it calls), not from newsgraph."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return last is not None and "newsgraph" not in Path(last).parts


def _data_after(fh, pos: int) -> bool:
    """True when the file holds more than padding (whitespace, NUL bytes) after ``pos``."""
    fh.seek(pos)
    while block := fh.read(1 << 16):
        if block.strip(b"\x00 \t\r\n"):
            return True
    return False


def _next_offset(it) -> int:
    # reads the rest of the record (streamed, not kept) and returns where the next record begins
    off, length = it.get_record_offset(), it.get_record_length()
    return it.offset if it.offset > off else off + length


def _payload(record, offset: int, limit: int) -> _Payload | None:
    headers = record.rec_headers
    length = (headers.get_header("Content-Length") or "").strip()
    if not length.isdigit():
        raise ValueError(f"invalid Content-Length {length[:40]!r}")
    if record.rec_type not in READ_TYPES:
        return None
    ctype = headers.get_header("Content-Type") or ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or "200"
        if not status.startswith("2"):
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    data = record.content_stream().read(limit + 1)
    return _Payload(offset=offset, uri=headers.get_header("WARC-Target-URI"), date=headers.get_header("WARC-Date"),
                    content_type=ctype.strip(), data=data[:limit], truncated=len(data) > limit)


def _to_article(builder: ArticleBuilder, path: Path, p: _Payload, limit: int) -> Article | Failure:
    source = f"{path}@{p.offset}"
    try:
        if p.truncated:
            raise ArticleTooLargeError(f"WARC payload is over {limit:,} bytes",
                                       hint="raise max_article_chars if this is a real article")
        mime, charset = _content_type(p.content_type)
        if mime.startswith(_BINARY_TYPES) or b"\x00" in p.data[:8192]:
            raise EncodingError(f"binary payload ({mime or 'no content type'}), not an article")
        art = builder.build_bytes(_to_utf8(p.data, charset), source, html="html" in mime)
    except ArticleError as exc:
        return failure(source, exc)
    if art.url is None:
        art.url = p.uri
    if p.date:
        art.metadata["crawled"] = p.date
    return art


def _content_type(value: str) -> tuple[str, str | None]:
    parts = [x.strip() for x in value.split(";")]
    charset = None
    for x in parts[1:]:
        if x.lower().startswith("charset="):
            charset = x.split("=", 1)[1].strip().strip("\"'").lower() or None
    return parts[0].lower(), charset


def _to_utf8(data: bytes, charset: str | None) -> bytes:
    if charset is None or charset.replace("-", "").replace("_", "") in ("utf8", "usascii", "ascii"):
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except LookupError:
        raise EncodingError(f"unknown charset {charset!r} in the HTTP Content-Type") from None
    except UnicodeDecodeError as exc:
        raise EncodingError(f"payload is not valid {charset} (byte {exc.start})") from None


def _resync(fh, start: int, gz: bool) -> int | None:
    """Offset of the next record boundary at or after ``start``, or None at the end of the file."""
    markers = (_GZIP_MAGIC,) if gz else tuple(b"\n" + m for m in _WARC_MAGIC)
    pos = start
    while True:
        fh.seek(pos)
        block = fh.read(_SCAN + 16)
        if not block:
            return None
        hits = [i for i in (block.find(m) for m in markers) if i >= 0]
        if hits:
            return pos + min(hits) + (0 if gz else 1)
        if len(block) <= 16:
            return None
        pos += _SCAN


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200]
