"""What ``--db`` may point at (issue 14, item 8): a database of a newer migration than this code knows is refused
before anything is written; a file that is not DuckDB is one clear error line, with no traceback and no
extension download (DuckDB would fetch its SQLite extension for a SQLite file)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from clirun import ROOT

from newsgraph.errors import StoreError
from newsgraph.store import MIGRATIONS, Store


def cli(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """``python -m newsgraph ARGS`` with HOME in tmp_path (where DuckDB would put downloaded extensions)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path / "home")}
    env.pop("NEWSGRAPH_DB", None)
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def newer_db(path: Path) -> Path:
    with Store(path):
        pass
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO _migrations (name) VALUES ('9999_from_the_future')")
    con.close()
    return path


def sqlite_db(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE articles (id TEXT)")
    con.commit()
    con.close()
    return path


def truncated_db(path: Path) -> Path:
    full = path.with_suffix(".full")
    with Store(full) as st:
        st.con.execute("CREATE TABLE padding AS SELECT range AS i FROM range(100000)")
    path.write_bytes(full.read_bytes()[:20000])
    return path


def text_db(path: Path) -> Path:
    path.write_text("id,text\n1,Un texte\n", "utf-8")
    return path


@pytest.mark.parametrize("read_only", [False, True])
def test_a_newer_schema_is_refused_and_left_as_it_was(tmp_path, read_only):
    db = newer_db(tmp_path / "new.duckdb")
    before = digest(db)
    with pytest.raises(StoreError, match="9999_from_the_future.*newer than this version") as err:
        Store(db, read_only=read_only)
    assert MIGRATIONS[-1].name in str(err.value) and "upgrade newsgraph" in str(err.value)
    assert digest(db) == before
    con = duckdb.connect(str(db), read_only=True)       # the refusing Store closed its connection
    assert "articles" in {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    con.close()


@pytest.mark.parametrize("make, words", [(newer_db, "newer than this version"),
                                         (sqlite_db, "not a DuckDB database (it is a SQLite database)"),
                                         (truncated_db, "damaged or truncated"),
                                         (text_db, "not a DuckDB database (it is a text file)")],
                         ids=["newer", "sqlite", "truncated", "text"])
@pytest.mark.parametrize("command", ["ingest", "stats"])
def test_the_cli_says_it_in_one_line_and_writes_nothing(tmp_path, make, words, command):
    db = make(tmp_path / "db.duckdb")
    before = digest(db)
    args = ["ingest", "-", "--db", str(db), "--model", "fr_core_news_sm"] if command == "ingest" else ["stats", "--db", str(db)]
    r = cli(tmp_path, *args, stdin="Le ministre a parlé à Paris samedi.")
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], r.stderr
    assert "Traceback" not in r.stderr and "extension" not in r.stderr.lower()
    assert digest(db) == before and not (tmp_path / "home" / ".duckdb").exists()
    assert not Path(f"{db}.wal").exists()
