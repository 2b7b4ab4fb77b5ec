"""Actor accuracy of events on the dev gold: of the gold events the pipeline finds (same sentence, same root
code), how many have the right source and target actors (country, or organisation / group key).

    python benchmarks/actors.py [PREDICTED.jsonl] [--gold FILE] [--input FILE] [--show]

Without PREDICTED the dev input is extracted first. Actors are compared with ``actor_match`` of
``shared/eval/score.py`` (the scorer itself, imported, so the measure cannot drift from the evaluation).
``--show`` lists the events whose actors are wrong, to find systematic errors (never to copy gold).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("newsgraph_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(path: Path) -> dict[str, dict]:
    from newsgraph import Engine, Settings
    from newsgraph.output import article_to_json
    from newsgraph.records import ArticleResult
    engine = Engine(Settings.load(overrides={"progress": False}))
    out = {}
    for res in engine.run([str(path)]):
        if isinstance(res, ArticleResult):
            d = article_to_json(res)
            out[d["id"]] = d
    return out


def measure(score, gold: dict[str, dict], pred: dict[str, dict], show: bool) -> dict:
    found = src_ok = tgt_ok = both = 0
    rows = []
    for doc_id, g in gold.items():
        preds = (pred.get(doc_id) or {}).get("events", [])
        for ge in g.get("events", []):
            if ge.get("status") != "required":
                continue
            cands = [pe for pe in preds if score.event_match(ge, pe, "sentence-root")]
            if not cands:
                continue
            found += 1
            best = max(cands, key=lambda pe: _agree(score, ge, pe))
            s, t = _pair(score, ge, best)
            src_ok += s; tgt_ok += t; both += s and t
            if show and not (s and t):
                rows.append((doc_id, ge["evidence"], ge.get("source"), ge.get("target"), best.get("source"), best.get("target")))
    if show:
        for doc_id, ev, gs, gt, ps, pt in rows:
            print(f"- {doc_id}: {ev}\n    gold {_a(gs)} -> {_a(gt)}\n    pred {_a(ps)} -> {_a(pt)}")
    r = lambda n: round(n / found, 3) if found else None
    return {"events_found": found, "source_accuracy": r(src_ok), "target_accuracy": r(tgt_ok), "both_accuracy": r(both)}


def _pair(score, ge, pe) -> tuple[bool, bool]:
    s = score.actor_match(ge.get("source"), pe.get("source"))
    t = score.actor_match(ge.get("target"), pe.get("target"))
    if not (s and t) and ge["root"] in score.SYMMETRIC:
        s2 = score.actor_match(ge.get("source"), pe.get("target"))
        t2 = score.actor_match(ge.get("target"), pe.get("source"))
        if s2 and t2:
            return True, True
    return s, t


def _agree(score, ge, pe) -> int:
    return sum(_pair(score, ge, pe))


def _a(a: dict | None) -> str:
    if not a:
        return "None"
    return f"{a.get('name')!r}[{a.get('code') or ''}|{a.get('country')}|{a.get('sector')}|{a.get('org') or a.get('group') or ''}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predicted", nargs="?", type=Path)
    ap.add_argument("--gold", type=Path, default=EVAL / "dev" / "dev.gold.jsonl")
    ap.add_argument("--input", type=Path, default=EVAL / "dev" / "dev.input.jsonl")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    score = load_scorer(EVAL / "score.py")
    gold = score.load(str(args.gold), "doc_id")
    if args.predicted:
        pred = {}
        for line in args.predicted.read_text("utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                pred[d.get("id")] = d
    else:
        pred = extract(args.input)
    print(json.dumps(measure(score, gold, pred, args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
