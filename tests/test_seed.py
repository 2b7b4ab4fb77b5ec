"""The seed article end to end, scored by the shared scorer (skipped without ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsgraph.output import article_to_json


@pytest.fixture(scope="module")
def seed_output(engine, shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "out.jsonl"
    results = list(engine.run([str(shared / "eval" / "dev" / "seed.input.jsonl")]))
    out.write_text("\n".join(json.dumps(article_to_json(r), ensure_ascii=False) for r in results) + "\n", "utf-8")
    return out, results


def score(shared, gold, out) -> dict:
    r = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(out), "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def test_seed_events_and_quotes_meet_the_bar(seed_output, shared):
    out, _ = seed_output
    report = score(shared, shared / "eval" / "dev" / "seed.gold.jsonl", out)
    assert report["events"]["tp"] >= 8, report["events"]       # issue 4: at least 8 of the 10 required events
    assert report["quotes"]["speaker_correct"] >= 5, report["quotes"]   # issue 5: all 5 quotes, right speaker


def test_seed_text_has_no_furniture_and_no_teaser_quote(seed_output):
    _, [result] = seed_output
    text = result.article.text
    for junk in ("Modifié", "Publié", ">> Lire aussi", "[Jonathan Ernst]", "reuters/mre"):
        assert junk not in text
    assert not any("On ne connaît rien de la Russie" in q.text for q in result.quotes)
    assert all(e.source.country or e.source.org or e.source.group for e in result.events)
    assert len(result.events) <= 3 * len(result.sentences)
