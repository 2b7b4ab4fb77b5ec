"""The ingest progress line (rate, ETA) and the input count behind the ETA."""

from __future__ import annotations

import gzip
import io
import json

from newsgraph.scale.progress import ProgressBar
from newsgraph.scale.count import estimate_articles
from newsgraph.scale.runner import RunStats


def test_progress_line_has_rate_and_eta():
    stats = RunStats(total=100, new=30, unchanged=10, failed=10)
    stats.started -= 10.0                                     # 50 articles in 10 s
    bar = ProgressBar(True, stats=stats, stream=io.StringIO())
    line = bar.line(stats)
    assert line.startswith("50/100 articles (30 new, 10 skipped, 10 failed), 5.0/s")
    assert line.endswith("ETA 0:10")
    assert not bar.enabled                                    # not a terminal: silent


def test_estimate_counts_jsonl_lines_files_and_warc_records(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"text": str(i)}) for i in range(7)) + "\n\n")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as f:
        f.write('{"text": "x"}\n' * 3)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("texte")
    (tmp_path / "d.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\nx\r\n\r\n"
                                      b"WARC/1.0\r\nWARC-Type: request\r\n\r\nx\r\n\r\n" * 2)
    assert estimate_articles([str(tmp_path)]) == 7 + 3 + 1 + 2
    assert estimate_articles(["-"]) is None
