"""Event dates far from publication: how many events the pipeline dates more than a year away from their
article's publication date (most such dates are wrong: a date from another clause, or a two-digit number read
as a year), with a sample to read.

    python benchmarks/event_dates.py [--input FILE] [--limit N] [--sample K] [--seed S]

Default input: the 964 WiNER dev articles (``../shared/eval/dev/winer_dev.input.jsonl``). Prints the number of
events, of dated events (``date_source == "text"``), of those more than 365 days from publication, their share,
and a random sample of them (date, published, trigger, sentence).
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "dev" / "winer_dev.input.jsonl"


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = (value.split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--sample", type=int, default=15)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from newsgraph import Engine, Settings
    from newsgraph.records import ArticleResult

    engine = Engine(Settings.load(overrides={"progress": False}))
    events = dated = 0
    far: list[tuple] = []
    for n, res in enumerate(engine.run([args.input])):
        if args.limit and n >= args.limit:
            break
        if not isinstance(res, ArticleResult):
            continue
        published = _day((res.article.published or "")[:10])
        for ev in res.events:
            events += 1
            if ev.date_source != "text":
                continue
            dated += 1
            d = _day(ev.date)
            if published and d and abs((d - published).days) > 365:
                far.append((ev.date, published.isoformat(), ev.trigger, ev.sentence[:160]))
    share = len(far) / dated if dated else 0.0
    print(f"events {events}, dated from the text {dated}, more than a year from publication {len(far)} "
          f"({share:.1%} of dated events, {len(far) / max(1, events):.1%} of all)")
    random.Random(args.seed).shuffle(far)
    for row in far[: args.sample]:
        print("  {} (published {})  {!r}: {}".format(*row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
