"""Typed records for what flows between stages.

Offsets (``start``/``end``) are character offsets into ``Article.text``, the cleaned text. Records turn into
the JSON output contract (docs/output.md) with :func:`newsgraph.output.article_to_json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Article:
    """One cleaned article, ready for the NLP stage."""

    id: str
    text: str                          # cleaned text: paragraphs joined by "\n\n"
    title: str | None = None
    published: str | None = None       # ISO date (YYYY-MM-DD) or datetime with offset, never invented
    lang: str = "fr"
    url: str | None = None
    source: str | None = None          # file path or feed the article came from
    metadata: dict[str, Any] = field(default_factory=dict)   # agency, author, published_source, removed lines...
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each paragraph in text
    origin: str | None = None          # where in the input: FILE, FILE:LINE (JSONL, stdin), FILE@OFFSET (WARC)


@dataclass(slots=True)
class Failure:
    """An input that could not become an article or could not be processed."""

    source: str            # file, file:line, or article id
    reason: str            # ArticleError.code: empty, encoding, malformed, language, size, processing...
    message: str
    article_id: str | None = None
    raw: str | None = None  # the first characters of the input, for re-running
    origin: str | None = None  # where in the input (as Article.origin); None for API requests


@dataclass(slots=True)
class Actor:
    """A resolved actor as it appears on an event, quote or mention (the ACTOR object of the contract)."""

    name: str | None                   # canonical name
    mention: str | None = None         # as written in the text
    country: str | None = None         # ISO 3166 alpha-3
    sector: str | None = None          # GOV, MIL, COP, JUD, LEG, PTY, OPP, REB, CVL, BUS, MED, ...
    org: str | None = None             # international organisation key: EU, UN, NATO...
    group: str | None = None           # non-state armed group key: ISIS, AL_QAEDA...
    code: str | None = None            # CAMEO actor code, e.g. USAGOV
    id: str | None = None              # knowledge-base id, None for unknown persons
    wikidata: str | None = None        # QID when known for certain
    resolution: str | None = None      # how the actor was resolved (the mention's rule: kb:person, role+adj, ...)
    as_of: str | None = None           # the date a knowledge-base person's office was resolved at

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an entity, linked to an actor when resolved."""

    text: str
    start: int
    end: int
    label: str                         # PER, ORG, LOC, MISC (NER label) or ROLE, PRON for descriptions/pronouns
    sentence: int = 0
    actor: Actor | None = None
    rule: str | None = None            # how it was resolved: kb:name, role+adj, coref:pronoun, ...


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None         # country, region, city, ...
    source: str = "text"               # text (named in the clause/sentence) | article (article's main place)
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised against the publication date."""

    text: str
    start: int
    end: int
    value: str | None                  # YYYY, YYYY-MM, YYYY-MM-DD, or None when unresolvable
    kind: str = "date"                 # date | time | range | duration | set | ref
    sentence: int = 0
    end_value: str | None = None       # last day/month/year of a range ("du 2 au 4 mars"), else None


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool = True
    cue: str | None = None
    speaker: Actor | None = None
    rule: str | None = None
    sentence: int = 0
    kind: str | None = None            # speech-act kind of the cue (lang/<code>/speech_verbs.jsonl): accuse, praise...

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "direct": self.direct,
            "cue": self.cue, "speaker": self.speaker.to_json() if self.speaker else None,
            "kind": self.kind, "rule": self.rule,
        }


@dataclass(slots=True)
class Event:
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    cameo: str
    root: str
    source: Actor
    target: Actor | None
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    date: str | None = None
    date_source: str | None = None     # text | published
    place: Place | None = None
    confidence: float = 0.5
    rule: str = ""                     # lexicon entry id / rule that fired
    mentions: int = 1                  # times the same event is reported in the article
    quote: int | None = None           # index into the article's quotes when stated in one
    target_basis: str | None = None    # text | implicit | discourse | default (see docs/output.md)

    def to_json(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence, "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
            "trigger": self.trigger, "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
            "cameo": self.cameo, "root": self.root, "plover": self.plover, "plover_mode": self.plover_mode,
            "quad_class": self.quad_class, "goldstein": self.goldstein,
            "source": self.source.to_json(), "target": self.target.to_json() if self.target else None,
            "date": self.date, "date_source": self.date_source,
            "place": self.place.to_json() if self.place else None,
            "confidence": round(self.confidence, 3), "rule": self.rule, "mentions": self.mentions,
            "quote": self.quote, "target_basis": self.target_basis,
        }


@dataclass(slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
