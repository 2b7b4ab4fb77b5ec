"""Bytes to text, shared by the readers (newsgraph/ingest/readers.py) and the web-archive reader (warc.py)."""

from __future__ import annotations

from ..errors import EmptyArticleError, EncodingError


def decode(data: bytes) -> str:
    if not data.strip():
        raise EmptyArticleError("input is empty")
    if b"\x00" in data[:8192]:
        raise EncodingError("input looks binary (contains NUL bytes)", hint="give text, HTML or JSONL files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(f"input is not valid UTF-8 (byte {exc.start})", hint="convert it with iconv -t utf-8") from None
