"""Readers: files, folders, JSONL(.gz), HTML, WARC and stdin become Articles (or Failures, never exceptions).

Every input yields either an :class:`~newsgraph.records.Article` or a :class:`~newsgraph.records.Failure`
with a reason and an ``origin`` (``FILE``, ``FILE:LINE``, ``FILE@OFFSET``), so a batch always goes on and
nothing disappears. Records are checked by the one contract of :mod:`newsgraph.ingest.contract`.

What a folder scan meets besides article files is reported too: files of other types (``unsupported``),
unreadable sub-folders, dangling symbolic links and symlink loops (``io``), FIFOs, sockets and devices
(``unsupported``), file names that are not UTF-8 (``encoding``). A damaged or mislabelled ``.gz`` is a
failure at the line where reading stopped; the lines before it are read. Within one read, a second text
given the id of another is a failure with reason ``duplicate`` (the same text twice is simply read twice).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..config import Settings
from ..errors import ArticleError, ArticleTooLargeError, InputError, MalformedRecordError
from ..lang import LanguageData
from ..records import Article, Failure
from .contract import ArticleBuilder, decode, failure
from .warc import read_warc

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# what a damaged or mislabelled compressed file raises while it is read
_STREAM_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, OSError)


class Reader:
    """Reads inputs of every kind; yields Articles and Failures in input order."""

    def __init__(self, settings: Settings, lang: LanguageData):
        self.settings = settings
        self.builder = ArticleBuilder(settings, lang)

    @property
    def max_file_bytes(self) -> int:
        return self.settings.max_article_chars * 4

    def read(self, inputs: Iterable[str | Path], stdin: IO[bytes] | None = None) -> Iterator[Article | Failure]:
        ids = _IdCheck()
        for item in inputs:
            if str(item) == "-":
                yield from ids.check(self._read_stream((stdin or sys.stdin.buffer), "<stdin>"))
                continue
            path = Path(item)
            if path.is_dir():
                for f in walk(path):
                    if isinstance(f, Failure):
                        yield f
                    elif self.readable(f):
                        yield from ids.check(self.read_file(f))
                    else:
                        yield _unsupported(str(f), f"not an article file ({f.suffix or 'no suffix'}): "
                                                   "folders are read for .txt, .html, .jsonl(.gz), .warc(.gz) files")
            elif path.exists():
                yield from ids.check(self.read_file(path))
            else:
                raise InputError(f"input {_shown(path)!r} does not exist", hint="give files, folders or - for stdin")

    @staticmethod
    def readable(path: Path) -> bool:
        """True for the file types a folder scan reads (text, HTML, JSONL, WARC, optionally gzipped)."""
        name = path.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            return True
        suffix = Path(name[:-3]).suffix if name.endswith(".gz") else path.suffix.lower()
        return suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

    def read_file(self, path: Path) -> Iterator[Article | Failure]:
        where = _shown(path)
        if where != str(path):
            yield Failure(source=where, reason="encoding", origin=where,
                          message="file name is not valid UTF-8; rename the file to read it")
            return
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield _io_failure(where, "cannot read file", exc)
            return
        if not stat.S_ISREG(mode):
            yield _unsupported(where, f"not a regular file ({_kind(mode)})")
            return
        name = path.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            yield from read_warc(self.builder, path)
            return
        gz = name.endswith(".gz")
        inner = Path(name[:-3]).suffix if gz else path.suffix.lower()
        opener = (lambda: gzip.open(path, "rb")) if gz else (lambda: open(path, "rb"))  # noqa: E731
        if inner in JSONL_SUFFIXES:
            yield from self._read_jsonl_file(opener, where)
            return
        try:
            with opener() as f:
                data = f.read(self.max_file_bytes + 1)
            if len(data) > self.max_file_bytes:
                raise ArticleTooLargeError(f"file is over {self.max_file_bytes:,} bytes",
                                           hint="raise max_article_chars if this is a real article")
            yield self.builder.build_bytes(data, where, html=inner in HTML_SUFFIXES)
        except ArticleError as exc:
            yield failure(where, exc)
        except _STREAM_ERRORS as exc:
            yield _damaged(where, exc, gz)

    def _read_jsonl_file(self, opener, where: str) -> Iterator[Article | Failure]:
        try:
            f = opener()
        except OSError as exc:
            yield _io_failure(where, "cannot read file", exc)
            return
        with f:
            yield from self._read_jsonl(f, where, gz=where.lower().endswith(".gz"))

    def _read_stream(self, stream: IO[bytes], name: str) -> Iterator[Article | Failure]:
        head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
        if head.lstrip().startswith(b"{"):
            yield from self._read_jsonl(stream, name)
            return
        data = stream.read(self.max_file_bytes + 1)
        try:
            if len(data) > self.max_file_bytes:
                raise ArticleTooLargeError(f"standard input is over {self.max_file_bytes:,} bytes",
                                           hint="give one article, or JSON lines (one article per line)")
            yield self.builder.build_bytes(data, name)
        except ArticleError as exc:
            yield failure(name, exc)

    def _read_jsonl(self, stream: IO[bytes], name: str, gz: bool = False) -> Iterator[Article | Failure]:
        limit = self.settings.max_line_chars
        n = 0
        lines = _bounded_lines(stream, limit)
        while True:
            try:
                raw = next(lines)
            except StopIteration:
                return
            except _STREAM_ERRORS as exc:   # a damaged .gz: the lines read so far stand, the rest is lost
                yield _damaged(f"{name}:{n + 1}", exc, gz)
                return
            n += 1
            where = f"{name}:{n}"
            if raw is None:
                yield Failure(source=where, reason="size", origin=where,
                              message=f"line longer than max_line_chars={limit:,}; skipped")
                continue
            if not raw.strip():
                continue
            try:
                yield self._record(raw, where)
            except ArticleError as exc:
                yield failure(where, exc, raw=raw[:200].decode("utf-8", "replace"))

    def _record(self, raw: bytes, where: str) -> Article:
        try:
            obj = json.loads(decode(raw))
        except json.JSONDecodeError as exc:
            raise MalformedRecordError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
        except RecursionError:
            raise MalformedRecordError("JSON nested too deeply") from None
        if not isinstance(obj, dict):
            raise MalformedRecordError("JSON line is not an object")
        meta = {k: v for k, v in obj.items() if k not in {"id", "text", "title", "url", "published", "lang", "source"}}
        return self.builder.build(obj.get("text"), id=obj.get("id"), title=obj.get("title"),
                                  published=obj.get("published"), lang=obj.get("lang"), url=obj.get("url"),
                                  source=obj.get("source"), metadata=meta, origin=where)


def walk(root: Path) -> Iterator[Path | Failure]:
    """Files under a folder in path order (hidden names skipped), and a Failure for whatever cannot be read.

    Symbolic links are followed; a link back into a folder being walked is a symlink loop, reported once.
    """
    active: set[tuple[int, int]] = set()

    def visit(folder: Path) -> Iterator[Path | Failure]:
        where = _shown(folder)
        try:
            st = folder.stat()
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield _io_failure(where, "cannot read folder", exc)
            return
        key = (st.st_dev, st.st_ino)
        if key in active:
            yield Failure(source=where, reason="io", origin=where, message="symbolic link loop: folder already being read")
            return
        active.add(key)
        for e in entries:
            if e.name.startswith("."):
                continue
            path = Path(e.path)
            try:
                is_dir = e.is_dir()
                if not is_dir and e.is_symlink():
                    path.stat()          # a dangling link or a loop raises here
            except OSError as exc:
                yield _io_failure(_shown(path), "unreadable symbolic link", exc)
                continue
            if is_dir:
                yield from visit(path)
            else:
                yield path
        active.discard(key)

    yield from visit(root)


class _IdCheck:
    """Within one read, a second text carrying the id of another becomes a ``duplicate`` failure."""

    def __init__(self):
        self.seen: dict[str, tuple[bytes, str]] = {}

    def check(self, items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        for item in items:
            if isinstance(item, Article):
                digest = hashlib.blake2b(item.text.encode("utf-8"), digest_size=16).digest()
                first = self.seen.setdefault(item.id, (digest, item.origin or item.source or ""))
                if first[0] != digest:
                    where = item.origin or item.source or item.id
                    yield Failure(source=where, reason="duplicate", article_id=item.id, origin=item.origin,
                                  message=f"id {item.id!r} was already given to another text ({first[1]})")
                    continue
            yield item


def _shown(path: Path) -> str:
    """The path as text; a name that is not UTF-8 shows replacement characters (and differs from str(path))."""
    return os.fsencode(path).decode("utf-8", "replace")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def _unsupported(where: str, message: str) -> Failure:
    return Failure(source=where, reason="unsupported", origin=where, message=message)


def _io_failure(where: str, what: str, exc: OSError) -> Failure:
    return Failure(source=where, reason="io", origin=where, message=f"{what}: {exc.strerror or exc}")


def _damaged(where: str, exc: BaseException, gz: bool) -> Failure:
    what = "damaged or not gzip data" if gz else "read error"
    return Failure(source=where, reason="malformed" if gz else "io", origin=where,
                   message=f"{what}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}; the rest of the file is not read")


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
