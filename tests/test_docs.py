"""Docs that cannot drift: the CLI reference is generated and current; output fields are documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from newsgraph.cli import cli
from newsgraph.records import Actor, Event, Place, Quote

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_current():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_cli_docs.py"), "--check"])
    assert r.returncode == 0, "docs/cli.md is out of date: run python tools/gen_cli_docs.py"


def test_every_command_documented():
    doc = (ROOT / "docs" / "cli.md").read_text("utf-8")
    for name in cli.commands:
        assert f"## `newsgraph {name}`" in doc, name


def test_every_output_field_documented():
    doc = (ROOT / "docs" / "output.md").read_text("utf-8")
    names = set(re.findall(r"`([a-z_]+)`", doc))
    ev = Event(sentence="s", sentence_start=0, sentence_end=1, trigger="t", trigger_start=0, trigger_end=1,
               cameo="010", root="01", source=Actor(name="x"), target=None)
    fields = set(ev.to_json()) | set(Actor(name="x").to_json()) | set(Quote("q", 0, 1).to_json()) | set(Place("p").to_json())
    missing = fields - names
    assert not missing, f"fields not documented in docs/output.md: {sorted(missing)}"


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "bash scripts/test.sh" in readme
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text("utf-8")
    for name in re.findall(r"^newsgraph ([a-z]+) ", readme, re.M):
        assert name in cli.commands, name
