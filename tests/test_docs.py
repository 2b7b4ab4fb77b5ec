"""Docs that cannot drift: the CLI reference is generated and current; output fields are documented."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import click

from newsgraph.cli import cli
from newsgraph.records import Actor, Event, Place, Quote

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_current():
    """In-process, so that the checked CLI is this checkout's, whatever is installed."""
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "tools" / "gen_cli_docs.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.main(["--check"]) == 0, "docs/cli.md is out of date: run python tools/gen_cli_docs.py"


def test_command_list_keeps_whole_first_sentences():
    """The command list does not depend on click's shortening rules (they changed between click 8.4 and 8.5)."""
    ctx = click.Context(cli, info_name="newsgraph", terminal_width=100)
    listing = " ".join(cli.get_help(ctx).partition("Commands:")[2].split())
    assert "..." not in listing
    assert "per period, e.g. one dyad: --source RUS --target USA --either-direction." in listing


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


def readme_two_commands() -> list[str]:
    """The command lines of the README's "Two commands" block (comments left out)."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.partition("## Two commands")[2].partition("```bash\n")[2].partition("```")[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_readme_two_commands_are_the_scripts_ci_runs():
    """Command 1 runs the sample in its own virtualenv, command 2 the tests; CI runs command 2 itself."""
    assert readme_two_commands() == ["bash scripts/sample.sh", "bash scripts/test.sh"]
    for command in readme_two_commands():
        assert (ROOT / command.split()[1]).is_file(), command
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "bash scripts/test.sh" in ci and "NEWSGRAPH_VENV=" in ci


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in re.findall(r"^newsgraph ([a-z]+) ", readme, re.M):
        assert name in cli.commands, name
