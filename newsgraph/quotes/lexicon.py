"""The speech-cue lexicon (``lang/<code>/speech_verbs.jsonl``) and quotation marks (``quote_marks.json``).

Both are read once, when the component is built, through :class:`newsgraph.lang.LanguageData`; the
formats are documented in docs/quotes.md and in the ``_doc`` field of each file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import LanguageDataError
from ..lang import LanguageData

SPEECH_FILE = "speech_verbs.jsonl"
MARKS_FILE = "quote_marks.json"
SUPPORTED_VERSION = 1
_REFLEXIVE = ("s'", "s’", "se ")


@dataclass(frozen=True, slots=True)
class SpeechCue:
    lemma: str                  # verb lemma without its reflexive pronoun, or the preposition as written
    pos: str                    # verb | prep
    kind: str
    clause: bool = False        # introduces a finite clause ("que")
    infinitive: bool = False    # takes a reported infinitive ("affirme avoir agi")
    object: bool = False        # its direct object can be a quoted fragment
    inverted: bool = False      # used after a quote with the subject inverted ("a précisé X")
    reflexive: bool = False     # written "s'exclamer": needs its reflexive pronoun
    initial: bool = False       # a preposition that counts only at the start of a sentence ("Pour X, ...")


@dataclass(slots=True)
class SpeechLexicon:
    version: int
    complementizers: frozenset[str]
    # nouns of a statement or its source ("communiqué", "sources"): the speaker is their author
    document_nouns: frozenset[str] = frozenset()
    # common nouns of persons no role names ("homme", "femme", "témoin"): a speaker, never a thing
    person_nouns: frozenset[str] = frozenset()
    verbs: dict[str, SpeechCue] = field(default_factory=dict)
    preps: dict[str, SpeechCue] = field(default_factory=dict)

    forms: dict[str, str] = field(default_factory=dict)   # inflected form -> lemma, for a mislemmatised verb
    # light-verb cues written in two words ("faire savoir"): first lemma -> {second word: cue}
    compounds: dict[str, dict[str, SpeechCue]] = field(default_factory=dict)

    def verb(self, lemma: str, form: str | None = None) -> SpeechCue | None:
        """The cue for a verb lemma; ``form`` (the word as written) is tried when the lemma is unknown."""
        cue = self.verbs.get(lemma.lower())
        if cue is None and form is not None:
            cue = self.verbs.get(self.forms.get(form.lower(), ""))
        return cue

    def compound(self, lemma: str, following: str) -> SpeechCue | None:
        """The cue of a two-word verb ("faire savoir") from its verb's lemma and the word that follows it."""
        return self.compounds.get(lemma.lower(), {}).get(following.lower())

    @classmethod
    def load(cls, lang: LanguageData) -> "SpeechLexicon":
        rows = lang.jsonl(SPEECH_FILE)
        if not rows or "version" not in rows[0]:
            raise LanguageDataError(f"{lang.code}/{SPEECH_FILE}: the first line must be a header with a 'version'")
        header = rows[0]
        if header["version"] != SUPPORTED_VERSION:
            raise LanguageDataError(f"{lang.code}/{SPEECH_FILE}: version {header['version']} is not supported",
                                    hint=f"this newsgraph reads version {SUPPORTED_VERSION}")
        kinds = set(header.get("kinds", {}))
        lex = cls(version=header["version"], complementizers=frozenset(c.lower() for c in header.get("complementizers", [])),
                  document_nouns=frozenset(w.lower() for w in header.get("document_nouns", [])),
                  person_nouns=frozenset(w.lower() for w in header.get("person_nouns", [])))
        for n, row in enumerate(rows[1:], 2):
            cue = _cue(row, kinds, f"{lang.code}/{SPEECH_FILE} entry {n}")
            if cue.pos == "verb" and " " in cue.lemma:
                first, second = cue.lemma.split(" ", 1)
                lex.compounds.setdefault(first, {})[second] = cue
            else:
                (lex.verbs if cue.pos == "verb" else lex.preps)[cue.lemma] = cue
        lex.forms = _regular_forms(lex.verbs, header.get("regular_endings", {}))
        return lex


_E_ACUTE_STEM = re.compile(r"é([^aeiouyéèêàâîôû]+)$")


def _regular_forms(verbs: dict[str, SpeechCue], endings: dict[str, list[str]]) -> dict[str, str]:
    """Inflected forms of regular verbs from the header's ``regular_endings`` ({"er": ["e", "es", ...]}); a stem
    ending in é and consonants takes è before a mute ending ("compléter" -> "complète", "révéler" -> "révèle")."""
    forms: dict[str, str] = {}
    for lemma in verbs:
        for infl, ends in endings.items():
            if lemma.endswith(infl) and " " not in lemma:
                stem = lemma[: -len(infl)]
                grave = _E_ACUTE_STEM.sub(r"è\1", stem)
                for end in ends:
                    forms.setdefault(stem + end, lemma)
                    if grave != stem and end in ("e", "es", "ent"):
                        forms.setdefault(grave + end, lemma)
    return forms


def _cue(row: dict[str, Any], kinds: set[str], where: str) -> SpeechCue:
    try:
        lemma, pos, kind = row["lemma"].strip().lower(), row["pos"], row["kind"]
    except (KeyError, AttributeError) as exc:
        raise LanguageDataError(f"{where}: needs 'lemma', 'pos' and 'kind' ({exc})") from exc
    if pos not in ("verb", "prep"):
        raise LanguageDataError(f"{where}: pos must be 'verb' or 'prep', not {pos!r}")
    if kinds and kind not in kinds:
        raise LanguageDataError(f"{where}: kind {kind!r} is not declared in the header's 'kinds'")
    reflexive = pos == "verb" and lemma.startswith(_REFLEXIVE)
    if reflexive:
        lemma = lemma.split("'", 1)[-1].split("’", 1)[-1].removeprefix("se ").strip()
    return SpeechCue(lemma=lemma, pos=pos, kind=kind, clause=bool(row.get("clause")), infinitive=bool(row.get("infinitive")),
                     object=bool(row.get("object")), inverted=bool(row.get("inverted")), reflexive=reflexive,
                     initial=bool(row.get("initial")))


@dataclass(slots=True)
class QuoteMarks:
    pairs: dict[str, str]
    straight: frozenset[str]
    dashes: frozenset[str]
    min_words: int
    reference_prefixes: tuple[str, ...]
    naming_words: tuple[str, ...]
    title_nouns: frozenset[str]
    update_prefixes: tuple[str, ...] = ()
    incise_adverbials: frozenset[str] = frozenset()

    def closing(self, opener: str) -> str:
        return self.pairs.get(opener, opener)

    @property
    def all_marks(self) -> frozenset[str]:
        return frozenset(self.pairs) | frozenset(self.pairs.values()) | self.straight

    @classmethod
    def load(cls, lang: LanguageData) -> "QuoteMarks":
        spec = lang.json(MARKS_FILE)
        if spec.get("version") != SUPPORTED_VERSION:
            raise LanguageDataError(f"{lang.code}/{MARKS_FILE}: version {spec.get('version')!r} is not supported",
                                    hint=f"this newsgraph reads version {SUPPORTED_VERSION}")
        try:
            return cls(pairs=dict(spec["pairs"]), straight=frozenset(spec.get("straight", [])),
                       dashes=frozenset(spec.get("dashes", [])), min_words=int(spec.get("min_words", 3)),
                       reference_prefixes=tuple(sorted((p.lower() for p in spec.get("reference_prefixes", [])), key=len, reverse=True)),
                       naming_words=tuple(w.lower() for w in spec.get("naming_words", [])),
                       title_nouns=frozenset(w.lower() for w in spec.get("title_nouns", [])),
                       update_prefixes=tuple(p.lower() for p in spec.get("update_prefixes", [])),
                       incise_adverbials=frozenset(w.lower() for w in spec.get("incise_adverbials", [])))
        except (KeyError, TypeError, ValueError) as exc:
            raise LanguageDataError(f"{lang.code}/{MARKS_FILE}: malformed ({exc})") from exc


TIME_FILE = "time.json"
_TIME_KEYS = ("weekdays", "months", "seasons", "parts_of_day", "calendar_units", "relative_days")


def time_words(lang: LanguageData) -> frozenset[str]:
    """Single words of the time vocabulary (``time.json``: weekdays, months, parts of the day...): a subject
    the parser finds among them ("l'a rappelé, hier matin,") is a time expression, never a speaker."""
    spec = lang.json(TIME_FILE)
    return frozenset(w.lower() for key in _TIME_KEYS for w in spec.get(key, []) if " " not in w)
