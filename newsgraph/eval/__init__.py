"""Evaluation: the gold event metric, ``evaluate(gold_path, engine) -> EvalReport`` and the pinned baseline gate."""

from .evaluate import Baseline, EvalReport, check_baseline, evaluate, load_gold, score_predictions
from .metric import ActorMatcher, LevelScore, Tally, event_matches, score_events

__all__ = ["ActorMatcher", "Baseline", "EvalReport", "LevelScore", "Tally", "check_baseline", "evaluate",
           "event_matches", "load_gold", "score_events", "score_predictions"]
