"""The ``newsgraph eval`` command: the quality gate on a gold corpus."""

from __future__ import annotations

import json

import click

from ..clikit import make_settings, settings_options


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="Pinned minimum scores (default: the packaged newsgraph/eval/baseline.json, whose gate for "
                   "GOLD's file name applies, else its first).")
@click.option("--input", "inputs", type=click.Path(exists=True, dir_okay=False),
              help="Article texts for gold records without one (default: NAME.input.jsonl beside NAME.gold.jsonl).")
@click.option("--no-gate", is_flag=True, help="Only report the scores; do not fail below the baseline.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@settings_options
def eval_command(gold, baseline, inputs, no_gate, as_json, **opts) -> None:
    """Run the pipeline on a gold file and score its events (precision/recall/F1, per CAMEO root).

    GOLD is a JSONL file in the format of ../shared/eval/GUIDELINE.md, with the article text or beside the
    articles' NAME.input.jsonl (or --input). The command exits
    with status 1 when the scores fall below the pinned baseline (a gate CI runs), unless --no-gate.
    """
    from ..engine import Engine
    from .evaluate import Baseline, check_baseline, evaluate

    settings = make_settings(**opts)
    report = evaluate(gold, Engine(settings), inputs)
    click.echo(json.dumps(report.to_json(), ensure_ascii=False) if as_json else report.to_text())
    if no_gate:
        return
    problems = check_baseline(report, Baseline.load(baseline, gold))
    if problems:
        raise click.ClickException("quality gate failed: " + "; ".join(problems))
    click.echo("quality gate: passed", err=True)


commands = [eval_command]
