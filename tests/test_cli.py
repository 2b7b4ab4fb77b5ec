"""End to end through the CLI: extract, ingest (idempotent, failures recorded), queries, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FR = ("Le ministre des Affaires étrangères a rencontré samedi son homologue à Paris pour discuter de la crise. "
      "Les deux hommes se sont dits prêts à coopérer dans la lutte contre le terrorisme et ont appelé à la paix. ")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (d / "latin1.txt").write_bytes(FR.encode("latin-1"))
    (d / "english.txt").write_text("The minister met his counterpart in Paris on Saturday to talk about the crisis "
                                   "and both said that they were ready to work together against terrorism. " * 3)
    (d / "huge.txt").write_text("Une phrase en français. " * 20000)
    (d / "lines.jsonl").write_text('{"id": "good", "text": "' + FR + '"}\n{broken json\n', "utf-8")
    (d / "good.txt").write_text("Un titre\n\n" + FR, "utf-8")
    (d / "slides.pdf").write_bytes(b"%PDF-1.4 ...")
    return d


def test_help_lists_commands(runner):
    r = runner.invoke(cli, ["--help"])
    assert r.exit_code == 0
    for name in ("extract", "ingest", "events", "quotes", "failures", "stats"):
        assert name in r.output


def test_bad_inputs_reported_batch_goes_on(runner, bad_inputs, tmp_path):
    db = str(tmp_path / "bad.duckdb")
    r = runner.invoke(cli, ["ingest", str(bad_inputs), "--db", db, "--model", "fr_core_news_sm"])
    assert r.exit_code == 0, r.output
    assert "articles: 2 new" in r.output
    assert "failures: 7 (empty: 1, encoding: 2, language: 1, malformed: 1, size: 1, unsupported: 1)" in r.output
    r = runner.invoke(cli, ["failures", "--db", db, "--format", "jsonl"])
    rows = [json.loads(l) for l in r.output.splitlines()]
    assert sorted(x["reason"] for x in rows) == ["empty", "encoding", "encoding", "language", "malformed", "size", "unsupported"]
    assert all(x["message"] for x in rows)
    # running again changes nothing
    r = runner.invoke(cli, ["ingest", str(bad_inputs), "--db", db, "--model", "fr_core_news_sm"])
    assert "articles: 0 new, 2 unchanged" in r.output
    r = runner.invoke(cli, ["stats", "--db", db])
    assert "failures: 7" in r.output and "articles: 2" in r.output


def test_extract_prints_contract_and_failures_on_stderr(bad_inputs):
    r = subprocess.run([sys.executable, "-m", "newsgraph", "extract", str(bad_inputs / "good.txt"),
                        str(bad_inputs / "empty.txt"), "--model", "fr_core_news_sm"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    [doc] = [json.loads(l) for l in r.stdout.splitlines()]
    for key in ("id", "title", "published", "lang", "text", "metadata", "entities", "events", "quotes"):
        assert key in doc
    assert doc["title"] == "Un titre"
    assert '"reason": "empty"' in r.stderr
    assert "extracted 1 articles, 1 failures" in r.stderr


def test_errors_are_one_clear_line(capsys, tmp_path):
    assert main(["events", "--db", str(tmp_path / "missing.duckdb")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: database") and "newsgraph ingest" in err
    assert main(["ingest", "/no/such/file.txt", "--db", str(tmp_path / "x.duckdb")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["extract", "x.txt", "--set", "batch_size=zero"]) == 1
    assert "bad value" in capsys.readouterr().err


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="samples/ not present")
def test_readme_main_job_on_samples(runner, tmp_path):
    db = str(tmp_path / "samples.duckdb")
    r = runner.invoke(cli, ["ingest", str(SAMPLES), "--db", db])
    assert r.exit_code == 0, r.output
    assert "failures: 0" in r.output
    first = r.output
    r = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl", "--limit", "1000"])
    events = [json.loads(l) for l in r.output.splitlines()]
    assert len(events) >= 10
    assert all(e["source_code"] or e["source_name"] for e in events)
    assert {e["root"] for e in events} >= {"04"}
    r = runner.invoke(cli, ["ingest", str(SAMPLES), "--db", db])
    assert " 0 new" in r.output and first != r.output
    r2 = runner.invoke(cli, ["events", "--db", db, "--format", "csv", "--limit", "1000"])
    assert len(r2.output.splitlines()) == len(events) + 1


def test_eval_command_gates_on_baseline(shared, tmp_path, capsys):
    gold = shared / "eval" / "dev" / "seed.gold.jsonl"
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"min": {"f1": 0.999, "precision": 0.999}}))
    lenient = tmp_path / "lenient.json"
    lenient.write_text(json.dumps({"min": {"f1": 0.3, "precision": 0.3}}))
    assert main(["eval", str(gold), "--baseline", str(lenient)]) == 0
    out = capsys.readouterr()
    assert "per root" in out.out and "quality gate: passed" in out.err
    assert main(["eval", str(gold), "--baseline", str(strict)]) == 1
    assert "quality gate failed: event F1" in capsys.readouterr().err


def test_actors_search_and_actor_detail(runner, capsys, tmp_path):
    r = runner.invoke(cli, ["actors", "poutine", "--format", "jsonl"])
    rows = [json.loads(l) for l in r.output.splitlines()]
    assert rows and rows[0]["id"] == "vladimir_putin" and rows[0]["country"] == "RUS"
    r = runner.invoke(cli, ["actors", "Obama", "--date", "2017-01-28", "--format", "jsonl"])
    assert json.loads(r.output.splitlines()[0])["code"] == "USAELI"
    r = runner.invoke(cli, ["actors", "Obama", "--date", "2014-06-01", "--format", "jsonl"])
    assert json.loads(r.output.splitlines()[0])["code"] == "USAGOV"
    assert main(["actor", "putin", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "did you mean: vladimir_putin" in capsys.readouterr().err


def test_a_cut_listing_says_so_and_reasons_are_whole(runner, tmp_path):
    import contextlib
    import io

    from newsgraph.clikit import emit_rows
    out, err = io.StringIO(), io.StringIO()
    long_reason = "x" * 150
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        emit_rows([{"source": "a.txt", "message": long_reason}] * 3, "table", ["source", "message"], limit=3)
    assert long_reason in out.getvalue()                     # the last column is never cut
    assert "first 3 rows; use --limit" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        emit_rows([{"source": "a.txt"}] * 2, "table", None, limit=3)
    assert "first" not in err.getvalue()
