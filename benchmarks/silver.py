"""Score the pipeline on the silver set (benchmarks/silver/README.md): 64 WiNER articles annotated by helpers,
not adjudicated. Prints the shared scorer's figures, per CAMEO root, and the causes of misses.

    python benchmarks/silver.py [PREDICTED.jsonl] [--out PREDICTED.jsonl]

Without PREDICTED the articles are read from ../shared/eval/dev/winer_dev.input.jsonl by id and extracted first.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actors import EVAL, extract, load_scorer  # noqa: E402

HERE = Path(__file__).resolve().parent
GOLD = HERE / "silver" / "silver.gold.jsonl"
TEXTS = EVAL / "dev" / "winer_dev.input.jsonl"


def silver_input(gold: dict[str, dict], out: Path) -> int:
    n = 0
    with TEXTS.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            if line.strip() and json.loads(line)["id"] in gold:
                w.write(line)
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predicted", nargs="?", help="extractor output for the silver articles (default: extract now)")
    ap.add_argument("--out", help="write the extracted articles here")
    args = ap.parse_args(argv)
    score = load_scorer(EVAL / "score.py")
    blind = load_scorer(EVAL / "blind_score.py")   # its diagnose() works on any gold
    gold = score.load(str(GOLD), "doc_id")
    if args.predicted:
        pred = score.load(args.predicted, "id")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            inp = Path(tmp) / "silver.input.jsonl"
            found = silver_input(gold, inp)
            if found != len(gold):
                print(f"only {found} of {len(gold)} silver articles found in {TEXTS}", file=sys.stderr)
            pred = extract(inp)
        if args.out:
            with open(args.out, "w", encoding="utf-8") as f:
                for d in pred.values():
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for level in ("root", "sentence-root"):
        print(f"events ({level}):", score.score_events(gold, pred, level))
    print("quotes:", score.score_quotes(gold, pred))
    per_root, miss, spur = blind.diagnose(gold, pred)
    print("per root: gold found missed spurious")
    for r, c in sorted(per_root.items()):
        print(f"  {r}: {c['gold']:4d} {c['found']:5d} {c['missed']:6d} {c['spurious']:8d}")
    print("misses:", dict(miss.most_common()))
    print("spurious:", dict(spur.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
