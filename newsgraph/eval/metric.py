"""The event metric of the gold guideline (docs/events.md, "Evaluation"), over output-contract dictionaries.

A predicted event matches a gold event when its sentence contains the gold evidence (compared without
accents, case, spaces or quote marks), its root code is one the gold accepts, and both actors match at the
scored level: the ISO3 country when the gold actor has one, else the organisation/group key (or one of its
names), else the last word of the gold name. Roots 03-06 are symmetric: actors may be swapped. Each gold
event takes the first unused prediction that matches; predictions that match only an optional gold event
are left out of precision, optional gold events out of recall.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Callable, Iterable, Mapping

SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
LEVELS = ("root", "code3", "sentence-root")

_SQUEEZE = re.compile(r"[\s'’`´\"«»“”]+")
_NON_WORD = re.compile(r"[^a-z0-9-]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def squeeze(text: str) -> str:
    """Text folded for containment tests: no accents, lower case, no spaces or quote marks."""
    return _SQUEEZE.sub("", _fold(text))


def word_string(text: str) -> str:
    """Folded words, space-separated and space-padded, for whole-word containment."""
    return " " + _NON_WORD.sub(" ", _fold(text)).strip() + " "


def load_aliases() -> dict[str, tuple[str, ...]]:
    path = resources.files("newsgraph").joinpath("eval", "aliases.json")
    data = json.loads(path.read_text("utf-8"))
    return {k.upper(): tuple(v) for k, v in data["aliases"].items()}


@dataclass
class ActorMatcher:
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=load_aliases)

    def __call__(self, gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None) -> bool:
        if gold is None:
            return True
        if pred is None:
            return False
        if gold.get("country"):
            return (pred.get("country") or "").upper() == gold["country"].upper()
        key = gold.get("org") or gold.get("group")
        if key:
            if (pred.get("org") or pred.get("group") or "").upper() == key.upper():
                return True
            names = word_string(" ".join(str(pred.get(k) or "") for k in ("name", "mention", "code", "org", "group", "wikidata")))
            return any(word_string(a) in names for a in self.aliases.get(key.upper(), (key.lower(),)))
        if gold.get("name"):
            last = word_string(gold["name"]).split()
            names = word_string(" ".join(str(pred.get(k) or "") for k in ("name", "mention"))).split()
            return bool(last) and last[-1] in names
        return True


def gold_roots(g: Mapping[str, Any]) -> set[str]:
    return {str(g["root"]), *map(str, g.get("alt_roots", []))}


def event_matches(g: Mapping[str, Any], p: Mapping[str, Any], level: str, actors: ActorMatcher) -> bool:
    if squeeze(g["evidence"]) not in squeeze(p.get("sentence", "")):
        return False
    roots = gold_roots(g)
    proot = str(p.get("root", ""))[:2]
    if level in ("root", "sentence-root") and proot not in roots:
        return False
    if level == "code3" and str(p.get("cameo", ""))[:3] != str(g["cameo"])[:3]:
        return False
    if level == "sentence-root":
        return True
    if actors(g.get("source"), p.get("source")) and actors(g.get("target"), p.get("target")):
        return True
    if roots & SYMMETRIC_ROOTS:
        return actors(g.get("source"), p.get("target")) and actors(g.get("target"), p.get("source"))
    return False


@dataclass
class Tally:
    """Counts for one slice (all events, or one root)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


@dataclass
class LevelScore:
    level: str
    total: Tally = field(default_factory=Tally)
    by_root: dict[str, Tally] = field(default_factory=dict)

    def root(self, code: str) -> Tally:
        return self.by_root.setdefault(code, Tally())


def score_events(gold_docs: Mapping[str, Mapping[str, Any]], pred_docs: Mapping[str, Mapping[str, Any]],
                 level: str = "root", actors: ActorMatcher | None = None) -> LevelScore:
    """Score predicted events against gold, document by document (both keyed by document id)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {LEVELS}")
    actors = actors or ActorMatcher()
    out = LevelScore(level)
    for doc_id, g in gold_docs.items():
        preds = list((pred_docs.get(doc_id) or {}).get("events", []))
        required = [e for e in g.get("events", []) if e.get("status") == "required"]
        optional = [e for e in g.get("events", []) if e.get("status") != "required"]
        used: set[int] = set()
        for ge in required:
            out.total.gold += 1
            out.root(str(ge["root"])).gold += 1
            for i, pe in enumerate(preds):
                if i not in used and event_matches(ge, pe, level, actors):
                    used.add(i)
                    out.total.tp += 1
                    out.root(str(ge["root"])).tp += 1
                    break
        for i, pe in enumerate(preds):
            if i not in used and any(event_matches(oe, pe, level, actors) for oe in optional):
                continue
            out.total.predicted += 1
            out.root(str(pe.get("root", ""))[:2]).predicted += 1
    return out


def read_jsonl(lines: Iterable[str], key: Callable[[dict[str, Any]], str]) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for line in lines:
        if line.strip():
            d = json.loads(line)
            docs[key(d)] = d
    return docs
