"""Throughput and memory: the full newsgraph pipeline against plain ``nlp.pipe`` of the same spaCy model.

    python benchmarks/throughput.py INPUT.jsonl [--limit N] [--model fr_core_news_md] [--repeat 2]
    python benchmarks/throughput.py --generate 100000 --out big.jsonl INPUT.jsonl   # a larger set
    python benchmarks/throughput.py big.jsonl --memory-run 100000                    # memory over a long run

Measured in the same run, on the same texts (the articles the reader makes of INPUT):

* ``parser``: ``nlp.pipe(texts)`` of the model as ``spacy.load`` gives it, one process;
* ``pipeline``: newsgraph end to end from the input file (reading, cleaning, model per paragraph, joining,
  newsgraph components, results), one process;
* ``workers=1`` / ``workers=2``: the batch runner (pipeline + rows for the store) with one and two worker
  processes, model loading excluded (workers are started and warm before the clock starts);
* ``spacy n_process=2``: the alternative, spaCy's own ``n_process`` for the model and the components in the
  main process;
* peak resident memory of each worker (``ru_maxrss``).

Each timing is the best of ``--repeat`` runs (the machine may be shared). The last line is
``ratio: <pipeline/parser>`` (articles/s of the pipeline over articles/s of the parser).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path
from typing import Callable

from newsgraph import Settings
from newsgraph.engine import Engine
from newsgraph.records import Article
from newsgraph.scale.runner import BatchRunner, chunked


def best_of(n: int, fn: Callable[[], int]) -> tuple[float, int]:
    """Best wall time of ``n`` runs of fn (which returns how many articles it did)."""
    times, done = [], 0
    for _ in range(n):
        t0 = time.perf_counter()
        done = fn()
        times.append(time.perf_counter() - t0)
    return min(times), done


def line(name: str, seconds: float, articles: int, words: int) -> str:
    return (f"{name:<22} {articles / seconds:8.2f} articles/s {words / seconds:10.0f} words/s "
            f"({articles} articles in {seconds:.1f}s)")


def read_articles(engine: Engine, path: str, limit: int | None) -> list[Article]:
    arts = []
    for item in engine.reader.read([path]):
        if isinstance(item, Article):
            arts.append(item)
            if limit and len(arts) >= limit:
                break
    return arts


def write_subset(arts: list[Article], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a.id, "text": a.text, "title": a.title, "published": a.published},
                               ensure_ascii=False) + "\n")


def generate(src: str, n: int, out: str, seed: int = 0) -> None:
    """A larger set from a small one: paragraphs of same-month articles recombined, each text distinct."""
    rng = random.Random(seed)
    opener = gzip.open if src.endswith(".gz") else open
    with opener(src, "rt", encoding="utf-8") as f:
        rows = [json.loads(x) for x in f if x.strip()]
    paras = [[p for p in r["text"].split("\n") if p.strip()] for r in rows]
    wopen = gzip.open if out.endswith(".gz") else open
    with wopen(out, "wt", encoding="utf-8") as f:
        for i in range(n):
            k = rng.randrange(len(rows))
            body = list(paras[k])
            extra = paras[rng.randrange(len(rows))]
            if extra and len(body) > 2:
                body.insert(rng.randrange(1, len(body)), rng.choice(extra))
            f.write(json.dumps({"id": f"gen-{i}", "published": rows[k].get("published"), "lang": "fr",
                                "text": "\n".join(body)}, ensure_ascii=False) + "\n")


def run_parser(engine: Engine, texts: list[str], batch: int) -> int:
    """Plain ``nlp.pipe`` of the same model: the engine's own spaCy pipeline with every newsgraph addition
    (entity ruler, components) switched off. (Loading a second copy of the model in the same process slowed
    whichever ran second by up to a quarter here, so both timings share one model.)"""
    from newsgraph.nlp.pipeline import ENTITY_RULER, NEWSGRAPH_COMPONENTS

    nlp = engine.nlp
    ours = [n for n in nlp.pipe_names if n in NEWSGRAPH_COMPONENTS or n == ENTITY_RULER]
    with nlp.select_pipes(disable=ours):
        for _ in nlp.pipe(texts, batch_size=batch):
            pass
    return len(texts)


def run_pipeline(engine: Engine, path: str) -> int:
    n = 0
    for _ in engine.run([path]):
        n += 1
    return n


def run_runner(runner: BatchRunner, arts: list[Article], batch: int, peaks: dict[str, int], key: str,
               cpu: dict[str, float]) -> int:
    n = 0
    cpu[key] = 0.0
    for chunk, out in runner.run(chunked(arts, batch)):
        n += out.articles + out.failed
        peaks[key] = max(peaks.get(key, 0), out.peak_rss)
        cpu[key] += out.cpu
    return n


def run_spacy_n_process(engine: Engine, arts: list[Article], batch: int, n_process: int) -> int:
    """spaCy's n_process for the model (per paragraph), joining and newsgraph components in this process."""
    from spacy.tokens import Doc

    from newsgraph.engine import doc_to_result
    from newsgraph.nlp.pipeline import NEWSGRAPH_COMPONENTS, run_components

    nlp = engine.nlp
    texts, owners = [], []
    for i, a in enumerate(arts):
        for j, (s, e) in enumerate(a.paragraphs):
            end = a.paragraphs[j + 1][0] if j + 1 < len(a.paragraphs) else e
            texts.append(a.text[s:end])
            owners.append(i)
    pieces: list[list[Doc]] = [[] for _ in arts]
    ours = [n for n in nlp.pipe_names if n in NEWSGRAPH_COMPONENTS]
    with nlp.select_pipes(disable=ours):
        for owner, doc in zip(owners, nlp.pipe(texts, batch_size=batch * 8, n_process=n_process)):
            pieces[owner].append(doc)
    for art, docs in zip(arts, pieces):
        doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
        doc._.article = art
        doc_to_result(run_components(nlp, doc))
    return len(arts)


def memory_run(settings: Settings, path: str, n: int, every: int) -> None:
    """Stream n articles through one worker process; print its peak RSS as the run goes (flat = no leak)."""

    engine = Engine(settings)

    def articles():
        k = 0
        for item in engine.reader.read([path]):
            if isinstance(item, Article):
                yield item
                k += 1
                if k >= n:
                    return

    done, next_report, t0 = 0, every, time.perf_counter()
    first = None
    with BatchRunner(settings, workers=2) as runner:
        runner.warm()
        for chunk, out in runner.run(chunked(articles(), settings.batch_size)):
            done += len(chunk)
            if done >= next_report:
                mb = out.peak_rss / 2**20
                first = first or mb
                print(f"{done:>8} articles  {done / (time.perf_counter() - t0):6.1f}/s  worker peak RSS {mb:7.0f} MB",
                      flush=True)
                next_report += every
    print(f"memory: first {first:.0f} MB, last {mb:.0f} MB, growth {mb - first:+.0f} MB over {done} articles")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSONL(.gz) of articles")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--limit", type=int, help="use the first N articles")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs for each timing")
    ap.add_argument("--generate", type=int, metavar="N", help="write N generated articles to --out and stop")
    ap.add_argument("--out", default="generated.jsonl.gz")
    ap.add_argument("--memory-run", type=int, metavar="N", help="stream N articles through 2 workers, report RSS")
    ap.add_argument("--skip-n-process", action="store_true", help="do not measure spaCy's n_process variant")
    args = ap.parse_args(argv)

    if args.generate:
        generate(args.input, args.generate, args.out)
        print(f"wrote {args.generate} articles to {args.out}")
        return 0
    settings = Settings.load(env={}, overrides={"model": args.model, "progress": False, "batch_size": args.batch_size})
    if args.memory_run:
        memory_run(settings, args.input, args.memory_run, max(1000, args.memory_run // 20))
        return 0

    engine = Engine(settings)
    engine.nlp
    arts = read_articles(engine, args.input, args.limit)
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    subset = Path(f"/tmp/newsgraph-throughput-{args.model}-{len(arts)}.jsonl")
    write_subset(arts, subset)
    import os

    print(f"input: {args.input}: {len(arts)} articles, {words} words, model {args.model}, "
          f"batch {args.batch_size}, best of {args.repeat}; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine skews every figure)", flush=True)

    t_parser, n = best_of(args.repeat, lambda: run_parser(engine, texts, args.batch_size))
    print(line("parser (nlp.pipe)", t_parser, n, words), flush=True)
    t_pipe, n = best_of(args.repeat, lambda: run_pipeline(engine, str(subset)))
    print(line("pipeline", t_pipe, n, words), flush=True)

    peaks: dict[str, int] = {}
    cpu: dict[str, float] = {}
    rates = {}
    for workers in (1, 2):
        with BatchRunner(settings, workers=workers) as runner:
            runner.warm()
            t, n = best_of(args.repeat, lambda: run_runner(runner, arts, args.batch_size, peaks, f"w{workers}", cpu))
        rates[workers] = n / t
        share = cpu[f"w{workers}"] / (t * workers)
        print(line(f"runner workers={workers}", t, n, words)
              + f"; worker CPU {1000 * cpu[f'w{workers}'] / n:.0f} ms/article, busy {share:.0%} of the wall time",
              flush=True)
    if not args.skip_n_process:
        t, n = best_of(args.repeat, lambda: run_spacy_n_process(engine, arts, args.batch_size, 2))
        print(line("spacy n_process=2", t, n, words), flush=True)

    print(f"scaling: 2 workers / 1 = {rates[2] / rates[1]:.2f}x (a worker busy less than ~95% of the time was "
          f"waiting for a core: other load on the machine)")
    print(f"peak memory per worker: 1 worker {peaks['w1'] / 2**20:.0f} MB (in-process, includes the reader), "
          f"2 workers {peaks['w2'] / 2**20:.0f} MB")
    print(f"ratio: {(len(arts) / t_pipe) / (len(arts) / t_parser):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
