"""Evaluation against gold annotations: run the engine on the gold articles, score, compare with a baseline.

    report = evaluate("../shared/eval/dev/dev.gold.jsonl", engine)
    print(report.to_text())
    failures = check_baseline(report, Baseline.load())      # [] when the gate passes

The CLI (``newsgraph eval GOLD.jsonl``) only parses options, calls :func:`evaluate` and prints ``to_text()``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from ..errors import ArticleError, InputError
from ..output import article_to_json
from ..records import Article, Failure
from .metric import ActorMatcher, LevelScore, Tally, read_jsonl, score_events

if TYPE_CHECKING:  # pragma: no cover
    from ..engine import Engine

BASELINE_FILE = "baseline.json"


@dataclass
class EvalReport:
    """Scores of one evaluation run (the metric of ../shared/eval/score.py, reimplemented in metric.py)."""

    gold_path: str
    docs: int
    events: LevelScore                     # root code + both actors + sentence
    code3: LevelScore                      # first three digits of the code + actors + sentence
    sentence_root: LevelScore              # sentence + root only (trigger detection, actors ignored)
    failures: list[str] = field(default_factory=list)      # articles the engine could not process
    missing: list[str] = field(default_factory=list)       # gold documents without a prediction
    max_events_per_sentence: float = 0.0   # worst article: events / sentences

    @property
    def f1(self) -> float:
        return self.events.total.f1

    @property
    def precision(self) -> float:
        return self.events.total.precision

    @property
    def recall(self) -> float:
        return self.events.total.recall

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path, "docs": self.docs, "failures": self.failures, "missing": self.missing,
            "events": self.events.total.to_json(), "events_code3": self.code3.total.to_json(),
            "events_sentence_root": self.sentence_root.total.to_json(),
            "by_root": {r: t.to_json() for r, t in sorted(self.events.by_root.items())},
            "max_events_per_sentence": round(self.max_events_per_sentence, 2),
        }

    def to_text(self) -> str:
        def line(name: str, t: Tally) -> str:
            return (f"{name:<16} P {t.precision:5.3f}  R {t.recall:5.3f}  F1 {t.f1:5.3f}"
                    f"   (tp {t.tp}, predicted {t.predicted}, gold {t.gold})")
        out = [f"gold: {self.gold_path}  ({self.docs} documents, {len(self.failures)} failed, "
               f"{len(self.missing)} without prediction)",
               line("events", self.events.total), line("events code3", self.code3.total),
               line("sentence+root", self.sentence_root.total),
               f"max events per sentence in one article: {self.max_events_per_sentence:.2f}",
               "", "per root (events level):", f"{'root':<6}{'P':>7}{'R':>7}{'tp':>5}{'pred':>6}{'gold':>6}"]
        for root, t in sorted(self.events.by_root.items()):
            p = f"{t.precision:.2f}" if t.predicted else "-"
            r = f"{t.recall:.2f}" if t.gold else "-"
            out.append(f"{root:<6}{p:>7}{r:>7}{t.tp:>5}{t.predicted:>6}{t.gold:>6}")
        for f in self.failures:
            out.append(f"failed: {f}")
        return "\n".join(out)


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"gold file {str(p)!r} does not exist")
    try:
        return read_jsonl(p.read_text("utf-8").splitlines(), key=lambda d: d.get("doc_id") or d.get("id"))
    except json.JSONDecodeError as exc:
        raise InputError(f"gold file {str(p)!r} is not JSONL: {exc}") from exc


def score_predictions(gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]],
                      gold_path: str = "") -> EvalReport:
    """Score already extracted articles (output-contract dicts keyed by document id)."""
    actors = ActorMatcher()
    return EvalReport(
        gold_path=gold_path, docs=len(gold),
        events=score_events(gold, predicted, "root", actors), code3=score_events(gold, predicted, "code3", actors),
        sentence_root=score_events(gold, predicted, "sentence-root", actors),
        missing=[d for d in gold if d not in predicted],
    )


def input_for(gold_path: str | Path) -> Path | None:
    """The article file beside a gold file that carries no text: "dev2.gold.jsonl" -> "dev2.input.jsonl"."""
    p = Path(gold_path)
    if not p.name.endswith(".gold.jsonl"):
        return None
    candidate = p.with_name(p.name[: -len(".gold.jsonl")] + ".input.jsonl")
    return candidate if candidate.is_file() else None


def evaluate(gold_path: str | Path, engine: "Engine", inputs: str | Path | None = None) -> EvalReport:
    """Run ``engine`` on the text of every gold article and score its events against the gold. Gold records
    without a ``text`` take it (with ``published`` and ``lang``) from ``inputs``, by default the
    ``NAME.input.jsonl`` beside ``NAME.gold.jsonl``."""
    gold = load_gold(gold_path)
    inputs = inputs or input_for(gold_path)
    texts = load_gold(inputs) if inputs is not None and any(not g.get("text") for g in gold.values()) else {}
    articles: list[Article | Failure] = []
    for doc_id, g in gold.items():
        src = g if g.get("text") else texts.get(doc_id, {})
        if not src.get("text"):
            raise InputError(f"gold document {doc_id!r} has no 'text'",
                             hint="evaluate needs the article text in the gold file or in NAME.input.jsonl beside it")
        try:
            articles.append(engine.reader.builder.build(src["text"], id=doc_id, published=src.get("published") or g.get("published"),
                                                        lang=src.get("lang")))
        except ArticleError as exc:  # an article the reader refuses is a recorded failure, as in a normal run
            articles.append(Failure(source=doc_id, reason=exc.code, message=str(exc), article_id=doc_id))
    predicted: dict[str, dict[str, Any]] = {}
    failures: list[str] = []
    worst = 0.0
    for item in engine.process(articles):
        if isinstance(item, Failure):
            failures.append(f"{item.article_id or item.source}: {item.message}")
            continue
        predicted[item.article.id] = article_to_json(item)
        if item.sentences:
            worst = max(worst, len(item.events) / len(item.sentences))
    report = score_predictions(gold, predicted, str(gold_path))
    report.failures = failures
    report.max_events_per_sentence = worst
    return report


@dataclass(frozen=True)
class Baseline:
    """Pinned minimum scores on one gold set (a gate of newsgraph/eval/baseline.json); only an explicit,
    reviewed edit may lower them. A gate names its gold file, or (for a packed gold such as the blind set) the
    articles' ``input`` and the ``scorer`` script that prints only aggregate figures."""

    min_f1: float
    min_precision: float
    max_events_per_sentence: float = 3.0
    gold: str = ""
    name: str = ""
    input: str = ""
    scorer: str = ""

    @classmethod
    def load(cls, path: str | Path | None = None, gold: str | Path | None = None) -> "Baseline":
        """The gate for ``gold`` (matched by file name; the first gate for any other gold file). The file holds
        either one ``min`` or a list of ``gates``, each with its own gold and ``min``."""
        gates = cls.gates(path)
        if gold is not None:
            return next((g for g in gates if g.gold and Path(g.gold).name == Path(gold).name), gates[0])
        return gates[0]

    @classmethod
    def gates(cls, path: str | Path | None = None) -> list["Baseline"]:
        """Every gate of the file, in order."""
        d = _baseline_file(path)
        limit = float(d.get("max_events_per_sentence", 3.0))
        rows = d.get("gates") or [{"name": "", "gold": d.get("gold", ""), "min": d["min"]}]
        return [cls(min_f1=float(g["min"]["f1"]), min_precision=float(g["min"]["precision"]),
                    max_events_per_sentence=limit, gold=g.get("gold", ""), name=g.get("name", ""),
                    input=g.get("input", ""), scorer=g.get("scorer", "")) for g in rows]


def _baseline_file(path: str | Path | None) -> dict:
    text = Path(path).read_text("utf-8") if path else \
        resources.files("newsgraph").joinpath("eval", BASELINE_FILE).read_text("utf-8")
    return json.loads(text)


def check_baseline(report: EvalReport, baseline: Baseline) -> list[str]:
    """What falls below the baseline (an empty list when the gate passes)."""
    problems = []
    if report.f1 + 1e-9 < baseline.min_f1:
        problems.append(f"event F1 {report.f1:.3f} is below the pinned baseline {baseline.min_f1:.3f}")
    if report.precision + 1e-9 < baseline.min_precision:
        problems.append(f"event precision {report.precision:.3f} is below the pinned baseline {baseline.min_precision:.3f}")
    if report.max_events_per_sentence > baseline.max_events_per_sentence:
        problems.append(f"an article has {report.max_events_per_sentence:.2f} events per sentence "
                        f"(limit {baseline.max_events_per_sentence:.1f})")
    if report.failures:
        problems.append(f"{len(report.failures)} gold articles failed to process")
    return problems
