"""Bad numbers and bad output paths (issue 14, item 8): one clear error line, never a traceback."""

from __future__ import annotations

import pytest

from newsgraph.cli import main
from newsgraph.errors import ConfigError
from newsgraph.store import Store
from newsgraph.store import queries as Q


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "db.duckdb")
    Store(path).close()
    return path


@pytest.mark.parametrize("args, option", [
    (["events", "--limit", "-1"], "--limit"), (["events", "--offset", "-3"], "--offset"),
    (["quotes", "--limit", "-1"], "--limit"), (["network", "--max-nodes", "-1"], "--max-nodes"),
    (["network", "--max-nodes", "0"], "--max-nodes")])
def test_negative_counts_are_refused_naming_the_option(db, capsys, args, option):
    assert main([*args, "--db", db]) == 2
    err = capsys.readouterr().err
    assert f"Invalid value for '{option}'" in err and "Traceback" not in err


@pytest.mark.parametrize("call", [
    lambda st: st.quotes(limit=-1), lambda st: st.actor_mentions("x", limit=-5),
    lambda st: Q.network(st.con, max_nodes=-1), lambda st: Q.top_actors(st.con, limit=-1),
    lambda st: Q.articles(st.con, offset=-2)])
def test_the_library_refuses_them_with_a_config_error(db, call):
    with Store(db, read_only=True) as st, pytest.raises(ConfigError, match=">= 0"):
        call(st)


@pytest.mark.parametrize("fmt", ["gdelt", "plover"])
def test_export_into_a_missing_folder_says_so(db, tmp_path, capsys, fmt):
    out = tmp_path / "no" / "such" / "events.out"
    assert main(["export", "--db", db, "--format", fmt, "--to", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: cannot write") and "does not exist" in err and "mkdir -p" in err
    assert "\n" not in err and not out.parent.exists()


def test_export_tables_into_a_file_or_a_folder_as_a_file(db, tmp_path, capsys):
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    assert main(["export", "--db", db, "--to", str(a_file)]) == 1
    assert "it is a file, not a folder" in capsys.readouterr().err
    assert main(["export", "--db", db, "--format", "plover", "--to", str(tmp_path)]) == 1
    assert "it is a folder" in capsys.readouterr().err
    assert main(["export", "--db", db, "--to", str(tmp_path / "new" / "dir")]) == 0   # tables: the folder is made
    assert (tmp_path / "new" / "dir" / "events.jsonl").exists()


@pytest.mark.parametrize("args", [["actors", "poutine", "--limit", "-1"], ["actor", "x", "--limit", "-2"]])
def test_actor_listings_refuse_negative_limits(db, capsys, args):
    extra = ["--db", db] if args[0] == "actor" else []
    assert main([*args, *extra]) == 2
    err = capsys.readouterr()
    assert "Invalid value for '--limit'" in err.err and "Traceback" not in err.err and err.out == ""
