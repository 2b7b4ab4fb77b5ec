"""The CLI starts without the heavy libraries: --help and the query commands import neither spaCy nor FastAPI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "thinc", "fastapi", "starlette", "uvicorn", "dask", "distributed", "pyarrow")

PROBE = """
import contextlib, io, json, sys
from newsgraph.cli import main
codes = []
with contextlib.redirect_stdout(io.StringIO()):
    for args in json.loads(sys.argv[1]):
        codes.append(main(args))
print(json.dumps({"codes": codes, "heavy": sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[2])))}))
"""


def probe(commands: list[list[str]]) -> dict:
    """Run CLI commands in a fresh interpreter (this checkout first on the path); their exit codes and the heavy
    libraries they left in sys.modules."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", PROBE, json.dumps(commands), json.dumps(HEAVY)], cwd=ROOT, env=env,
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout.splitlines()[-1])


def test_import_cli_is_light():
    assert probe([]) == {"codes": [], "heavy": []}


def test_help_and_query_commands_do_not_import_spacy_or_fastapi(tmp_path):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    commands = [["--help"], ["events", "--db", str(db)], ["quotes", "--db", str(db)],
                ["export", "--db", str(db), "--to", str(tmp_path / "csv"), "--format", "csv"],
                ["export", "--db", str(db), "--to", str(tmp_path / "pq"), "--format", "parquet"],
                ["export", "--db", str(db), "--to", str(tmp_path / "e.tsv"), "--format", "gdelt"],
                ["stats", "--db", str(db)], ["failures", "--db", str(db)], ["actors", "poutine"]]
    assert probe(commands) == {"codes": [0] * len(commands), "heavy": []}
    assert (tmp_path / "csv" / "events.csv").exists()
    assert (tmp_path / "pq" / "events.parquet").exists()


def test_library_exports_still_import_on_use():
    """The lazy package exports give the same objects as the submodules."""
    import newsgraph
    import newsgraph.actors
    import newsgraph.api
    import newsgraph.scale
    from newsgraph.actors.kb import KnowledgeBase
    from newsgraph.api.app import create_app
    from newsgraph.engine import Engine
    from newsgraph.scale.runner import ingest

    assert newsgraph.Engine is Engine and newsgraph.actors.KnowledgeBase is KnowledgeBase
    assert newsgraph.api.create_app is create_app and newsgraph.scale.ingest is ingest
    assert "Engine" in dir(newsgraph)
    with pytest.raises(AttributeError, match="no_such_name"):
        newsgraph.no_such_name
