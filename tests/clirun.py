"""Running ``python3 -m newsgraph ingest`` of this worktree in a subprocess, as a user would (for fault tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ingest_cli(inp: Path, db: Path, *extra: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """``newsgraph ingest INP --db DB`` with the small model and chunks of 4, without a progress bar."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NEWSGRAPH_DB", None)
    return subprocess.run([sys.executable, "-m", "newsgraph", "ingest", str(inp), "--db", str(db),
                           "--model", "fr_core_news_sm", "--set", "batch_size=4", "--set", "progress=false", *extra],
                          env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
