"""A quick estimate of how many articles the inputs hold, for the progress bar's ETA.

Counting reads the inputs once more (without parsing them), so the CLI runs it in a background thread and
shows the ETA once the count is known. Lines of JSONL files, response/resource records of WARC files (every
record, malformed or not, becomes an article or a failure), one per other file; stdin cannot be counted.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterable

from ..ingest.readers import JSONL_SUFFIXES

_WARC_TYPES = (b"WARC-Type: response", b"WARC-Type: resource")


def estimate_articles(inputs: Iterable[str]) -> int | None:
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")) if path.is_dir() else [path]
        for f in files:
            total += _count_file(f)
    return total


def _count_file(path: Path) -> int:
    name = path.name.lower()
    gz = name.endswith(".gz")
    inner = name[:-3] if gz else name
    suffix = Path(inner).suffix
    if suffix not in JSONL_SUFFIXES and not inner.endswith(".warc"):
        return 1
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as f:
            if suffix in JSONL_SUFFIXES:
                return sum(1 for line in f if line.strip())
            return sum(1 for line in f if line.startswith(_WARC_TYPES))
    except (OSError, EOFError):
        return 1
