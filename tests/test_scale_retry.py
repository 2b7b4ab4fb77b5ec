"""newsgraph retry: recorded failures are re-read from their source and re-run with the current settings."""

from __future__ import annotations

import json

import pytest

from newsgraph import Settings
from newsgraph.scale import ChunkProcessor, ingest, retry_failures
from newsgraph.store import Store

FR = ("Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la "
      "sécheresse. Le ministre de l'Agriculture a rencontré les représentants des syndicats à Paris et a promis "
      "une aide d'urgence de plusieurs millions d'euros pour les exploitations les plus fragiles de la région.")
EN = ("The government announced on Tuesday a series of measures to support the farmers who were hit by the drought "
      "this summer. The minister met the representatives of the unions in Paris and he promised an emergency aid "
      "of several million euros for the farms that are the most fragile in the region of the south west.")


@pytest.fixture(scope="module")
def processor():
    return ChunkProcessor(Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False}))


def test_retry_fixes_what_a_setting_refused(tmp_path, processor):
    src = tmp_path / "in.jsonl"
    long = FR + " " + " ".join([FR] * 3)
    src.write_text("\n".join(json.dumps({"text": t}) for t in (FR, long, EN)) + "\n", "utf-8")
    base = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False,
                                            "db": str(tmp_path / "r.duckdb"), "max_article_chars": 600})
    first = ingest([str(src)], base, processor=processor)
    assert first.articles_new == 1 and first.failure_reasons == {"language": 1, "size": 1}

    report = retry_failures(base.replace(max_article_chars=5000), processor=processor)
    assert (report.retried, report.fixed, report.still_failing) == (2, 1, 1)
    with Store(base.db, read_only=True) as st:
        assert [r["reason"] for r in st.failures()] == ["language"]
        assert st.counts()["articles"] == 2

    report = retry_failures(base.replace(max_article_chars=5000, check_language=False), reason="language",
                            processor=processor)
    assert (report.retried, report.fixed, report.still_failing) == (1, 1, 0)
    with Store(base.db, read_only=True) as st:
        assert st.failures() == [] and st.counts()["articles"] == 3


def test_failures_without_a_readable_source_are_reported(tmp_path, processor):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as st:
        from newsgraph.records import Failure

        st.write_failure(Failure(source="<stdin>", reason="empty", message="input is empty"))
        st.write_failure(Failure(source=str(tmp_path / "gone.jsonl:3"), reason="malformed", message="bad"))
    settings = Settings.load(env={}, overrides={"model": "fr_core_news_sm", "progress": False, "db": db})
    report = retry_failures(settings, processor=processor)
    assert (report.retried, report.not_retryable) == (0, 2)


def test_retry_command(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    db = str(tmp_path / "c.duckdb")
    with Store(db):
        pass
    res = CliRunner().invoke(cli, ["retry", "--db", db, "--model", "fr_core_news_sm"])
    assert res.exit_code == 0, res.output
    assert "retried: 0; fixed: 0; still failing: 0; not retryable: 0" in res.output
