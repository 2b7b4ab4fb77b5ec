"""Regenerate the command reference in docs/cli.md from the CLI's own --help (run after changing a command).

    python tools/gen_cli_docs.py          # rewrite docs/cli.md between the markers
    python tools/gen_cli_docs.py --check  # exit 1 if docs/cli.md is out of date (used by tests/test_docs.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
BEGIN, END = "<!-- BEGIN GENERATED: newsgraph commands -->", "<!-- END GENERATED -->"


def reference() -> str:
    from newsgraph.cli import cli

    # the group's context settings (help option names...) as a real run has them, whatever ran before: click
    # caches each command's help option from the first context that asks for it
    ctx = click.Context(cli, info_name="newsgraph", terminal_width=100, **cli.context_settings)
    parts = ["## `newsgraph`\n", "```\n" + cli.get_help(ctx).rstrip() + "\n```\n"]
    for name in sorted(cli.commands):
        cmd = cli.commands[name]
        sub = click.Context(cmd, info_name=name, parent=ctx, terminal_width=100)
        parts.append(f"## `newsgraph {name}`\n")
        parts.append("```\n" + cmd.get_help(sub).rstrip() + "\n```\n")
    return "\n".join(parts)


def render(current: str) -> str:
    head, _, rest = current.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return head + BEGIN + "\n" + reference() + END + tail


def main(argv: list[str]) -> int:
    current = DOC.read_text("utf-8")
    new = render(current)
    if "--check" in argv:
        return 0 if new == current else 1
    DOC.write_text(new, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
