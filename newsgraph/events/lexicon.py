"""The event predicate lexicon (``newsgraph/lang/<code>/events/*.jsonl``, format in docs/events.md).

The lexicon is a folder of JSONL files: ``cues.jsonl`` (word lists the coder needs: negation, conditional
cues...), ``chains.jsonl`` (chain governors that code nothing alone) and one file per CAMEO root
(``root01.jsonl`` ... ``root20.jsonl``). In each file, one JSON object per line; the first object is the
header (``{"version": ..., "lang": ...}``); then ``kind: "cue"`` lines and predicate entries (``kind`` absent
or ``"predicate"``). Entries are validated when loaded, across all files (ids and trigger frames are unique in
the whole lexicon): a malformed entry raises :class:`~newsgraph.errors.LanguageDataError` naming its file and
id, never a silent skip.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import LanguageDataError
from .codes import CodeTable

LEXICON_DIR = "events"
LEXICON_FILE = LEXICON_DIR  # name used in error messages for rows without a file

POS = ("VERB", "NOUN", "ADJ")
ROLE_SLOTS = ("subj", "agent", "obj", "iobj", "amod", "support", "other", "content_subj")  # "prep:<lemma>" slots are also allowed
CHAINS = ("intent", "threat", "appeal", "demand", "reject", "modal")
CUE_KINDS = ("negation", "conditional", "hypothetical_governor", "report_noun", "casualty_noun", "pair_person",
             "pair_state", "pair_org", "person_noun", "attacker_noun", "weapon_noun", "accident_noun", "negation_needs_ne",
             "light_verb", "occurrence_verb", "clash_verb", "injury_verb", "retaliation_verb",
             "military_craft_noun", "civilian_craft_word", "document_noun", "attribution_verb",
             "series_noun", "verbal_attack_verb", "party_act_noun",
             "pejorative_word", "military_site_noun", "hold_verb", "hit_verb", "fall_verb", "death_verb",
             "stop_verb", "operate_verb", "kinship_noun", "sport_word",
             "realized_modal", "ally_noun", "country_noun")
ENTRY_KEYS = {"id", "kind", "lemma", "pos", "cameo", "source", "target", "refl", "with", "without", "obj", "support",
              "support_only", "chain", "reciprocal", "need_target", "confidence", "note", "example",
              "implicit_source", "implicit_target", "source_sectors", "target_sectors"}
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "CVL", "BUS", "MED", "LAB", "EDU", "REL", "ELI",
           "SPY", "REF", "CRM", "NGO", "IGO", "UAF")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One predicate: a trigger lemma with its argument frame and CAMEO code."""

    id: str
    lemma: str
    pos: str                               # VERB, NOUN or ADJ
    cameo: str | None                      # None only for chain governors that code nothing alone
    source: tuple[str, ...] = ("subj",)    # slots tried in order for the source actor
    target: tuple[str, ...] = ("obj",)     # slots tried in order for the target actor
    refl: bool | None = None               # True: needs "se"; False: must not have it; None: either
    with_: tuple[str, ...] = ()            # lemmas that must all be dependents of the trigger (locutions)
    without: tuple[str, ...] = ()          # lemmas that must not be dependents of the trigger
    obj: tuple[str, ...] = ()              # the object (or the noun's complement) must have one of these lemmas
    support: tuple[str, ...] = ()          # support verbs for nouns: "mener une attaque"
    support_only: bool = False             # a noun that counts only as the object of a support verb
    chain: str | None = None               # governor of an infinitive: intent, threat, appeal, demand, reject, modal
    reciprocal: bool = False               # "A et B se sont entretenus": one event A->B, not two
    need_target: bool = False              # no target found -> no event
    confidence: float = 0.8
    note: str = ""
    implicit_source: str | None = None     # sector of an unnamed source of the place's country (passive, nominal)
    implicit_target: str | None = None     # sector of unnamed victims of the place's country
    source_sectors: tuple[str, ...] = ()   # the source must be of one of these sectors ("avancer": armed forces)
    target_sectors: tuple[str, ...] = ()   # the target must be of one of these sectors ("se retirer de": an IGO)

    @property
    def specificity(self) -> int:
        return len(self.with_) + (1 if self.obj else 0) + (1 if self.refl else 0)


@dataclass(slots=True)
class Lexicon:
    version: str
    lang: str
    entries: list[LexiconEntry]
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    uncoded: dict[str, str] = field(default_factory=dict)   # code -> why no entry codes it from text
    _by_lemma: dict[tuple[str, str], list[LexiconEntry]] = field(default_factory=dict)
    _forms: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[LexiconEntry]] = defaultdict(list)
        for e in self.entries:
            index[(e.lemma, e.pos)].append(e)
        for lst in index.values():
            lst.sort(key=lambda e: -e.specificity)   # locutions before the bare verb
        self._by_lemma = dict(index)
        self._forms = {}
        for (lemma, pos) in index:
            if pos == "VERB" and len(lemma) > 4:
                for form in _regular_forms(lemma):
                    self._forms.setdefault(form, lemma)

    def verb_for_form(self, form: str) -> str | None:
        """The lexicon verb a form belongs to when the tagger took it for a noun or adjective
        ("critique vivement l'UE", "bombarde la base", "l'armée combat Daech"): see :func:`_regular_forms`."""
        return self._forms.get(form.lower())

    def candidates(self, lemma: str, pos: str) -> list[LexiconEntry]:
        return self._by_lemma.get((lemma, pos), [])

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]], codes: CodeTable, name: str = LEXICON_FILE) -> "Lexicon":
        """One lexicon from the rows of one file (header first)."""
        return cls.from_files([(name, list(rows))], codes)

    @classmethod
    def from_files(cls, files: Iterable[tuple[str, list[dict[str, Any]]]], codes: CodeTable) -> "Lexicon":
        """One lexicon from several files, each ``(name, rows)`` with its own header line."""
        body: list[tuple[str, dict[str, Any]]] = []
        header: dict[str, Any] | None = None
        for name, rows in files:
            if not rows or "version" not in rows[0]:
                raise LanguageDataError(f"{name}: the first line must be a header with a 'version' field")
            if header is not None and str(rows[0].get("lang", "")) != str(header.get("lang", "")):
                raise LanguageDataError(f"{name}: header lang {rows[0].get('lang')!r} differs from {header.get('lang')!r}")
            header = header or rows[0]
            body.extend((name, row) for row in rows[1:])
        if header is None:
            raise LanguageDataError("the event lexicon has no files")
        entries: list[LexiconEntry] = []
        cues: dict[str, set[str]] = defaultdict(set)
        seen_ids: set[str] = set()
        seen_frames: dict[tuple, str] = {}
        uncoded: dict[str, str] = {}
        for name, row in body:
            if row.get("kind") == "cue":
                _check_cue(row, name)
                cues[row["cue"]].update(w.lower() for w in row["words"])
                continue
            if row.get("kind") == "uncoded":
                code, reason = row.get("code"), row.get("reason")
                if code not in codes or not isinstance(reason, str) or not reason.strip() or set(row) - {"kind", "code", "reason"}:
                    raise LanguageDataError(f"{name}: bad uncoded line {row!r}",
                                            hint='{"kind": "uncoded", "code": "<CAMEO code>", "reason": "<why>"}')
                uncoded[code] = reason.strip()
                continue
            entry = parse_entry(row, codes, name)
            if entry.id in seen_ids:
                raise LanguageDataError(f"{name}: duplicate entry id {entry.id!r}")
            seen_ids.add(entry.id)
            frame = (entry.lemma, entry.pos, entry.refl, entry.with_, entry.without, entry.obj, entry.support_only, entry.support,
                     entry.source_sectors, entry.target_sectors)
            if frame in seen_frames:
                raise LanguageDataError(f"{name}: entries {seen_frames[frame]!r} and {entry.id!r} have the same trigger and conditions")
            seen_frames[frame] = entry.id
            entries.append(entry)
        both = sorted(set(uncoded) & {e.cameo for e in entries})
        if both:
            raise LanguageDataError(f"codes both coded and listed as uncoded: {', '.join(both)}")
        return cls(version=str(header["version"]), lang=str(header.get("lang", "")), entries=entries,
                   cues={k: frozenset(v) for k, v in cues.items()}, uncoded=uncoded)


def _check_cue(row: dict[str, Any], name: str) -> None:
    if row.get("cue") not in CUE_KINDS or not isinstance(row.get("words"), list) or not row["words"]:
        raise LanguageDataError(f"{name}: bad cue line {row!r}", hint="cue must be one of " + ", ".join(CUE_KINDS))


def _slots(value: Any, default: tuple[str, ...], eid: str, name: str) -> tuple[str, ...]:
    if value is None:
        return default
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise LanguageDataError(f"{name}: entry {eid!r}: slots must be a list")
    for s in value:
        if not (s in ROLE_SLOTS or (isinstance(s, str) and s.startswith("prep:") and len(s) > 5)):
            raise LanguageDataError(f"{name}: entry {eid!r}: unknown slot {s!r}",
                                    hint="slots: " + ", ".join(ROLE_SLOTS) + ", prep:<preposition>")
    return tuple(value)


def _words(value: Any, eid: str, key: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise LanguageDataError(f"{name}: entry {eid!r}: {key!r} must be a list of lemmas")
    return tuple(w.lower() for w in value)


def parse_entry(row: dict[str, Any], codes: CodeTable, name: str = LEXICON_FILE) -> LexiconEntry:
    """Validate one predicate line and turn it into a LexiconEntry."""
    eid = row.get("id")
    if not isinstance(eid, str) or not eid:
        raise LanguageDataError(f"{name}: entry without an id: {row!r}")
    unknown = set(row) - ENTRY_KEYS
    if unknown:
        raise LanguageDataError(f"{name}: entry {eid!r}: unknown fields {sorted(unknown)}")
    if row.get("kind", "predicate") != "predicate":
        raise LanguageDataError(f"{name}: entry {eid!r}: unknown kind {row.get('kind')!r}")
    lemma, pos = row.get("lemma"), row.get("pos", "VERB")
    if not isinstance(lemma, str) or not lemma or " " in lemma:
        raise LanguageDataError(f"{name}: entry {eid!r}: 'lemma' must be one word (use 'with' for locutions)")
    if pos not in POS:
        raise LanguageDataError(f"{name}: entry {eid!r}: pos must be one of {POS}")
    cameo, chain = row.get("cameo"), row.get("chain")
    if chain is not None and chain not in CHAINS:
        raise LanguageDataError(f"{name}: entry {eid!r}: unknown chain {chain!r}")
    if cameo is None and chain is None:
        raise LanguageDataError(f"{name}: entry {eid!r}: needs a 'cameo' code (or a 'chain')")
    if cameo is not None and cameo not in codes:
        raise LanguageDataError(f"{name}: entry {eid!r}: CAMEO code {cameo!r} is not in cameo.tsv")
    if cameo is not None and cameo[:2] == "01" and cameo in ("01", "010"):
        raise LanguageDataError(f"{name}: entry {eid!r}: 010 (make statement) is never coded")
    conf = row.get("confidence", 0.8)
    if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
        raise LanguageDataError(f"{name}: entry {eid!r}: confidence must be in (0, 1]")
    support = _words(row.get("support"), eid, "support", name)
    if support and pos != "NOUN":
        raise LanguageDataError(f"{name}: entry {eid!r}: only nouns take support verbs")
    if row.get("support_only") and not support:
        raise LanguageDataError(f"{name}: entry {eid!r}: support_only needs a 'support' list")
    refl = row.get("refl")
    if refl not in (None, True, False):
        raise LanguageDataError(f"{name}: entry {eid!r}: refl must be true, false or absent")
    for key in ("implicit_source", "implicit_target"):
        if row.get(key) is not None and row[key] not in SECTORS:
            raise LanguageDataError(f"{name}: entry {eid!r}: {key} must be a sector code: " + ", ".join(SECTORS))
    sectors = _words(row.get("source_sectors"), eid, "source_sectors", name)
    target_sectors = _words(row.get("target_sectors"), eid, "target_sectors", name)
    for key, words in (("source_sectors", sectors), ("target_sectors", target_sectors)):
        if any(x.upper() not in SECTORS for x in words):
            raise LanguageDataError(f"{name}: entry {eid!r}: {key} must be sector codes")
    if target_sectors and not row.get("need_target"):
        raise LanguageDataError(f"{name}: entry {eid!r}: target_sectors needs need_target")
    default_source = ("subj",) if pos != "NOUN" else ("support", "prep:de", "amod", "agent")
    return LexiconEntry(
        id=eid, lemma=lemma.lower(), pos=pos, cameo=cameo,
        source=_slots(row.get("source"), default_source, eid, name),
        target=_slots(row.get("target"), ("obj",) if pos == "VERB" else (), eid, name),
        refl=refl, with_=_words(row.get("with"), eid, "with", name),
        without=_words(row.get("without"), eid, "without", name),
        obj=_words(row.get("obj"), eid, "obj", name), support=support,
        support_only=bool(row.get("support_only", False)), chain=chain,
        reciprocal=bool(row.get("reciprocal", False)), need_target=bool(row.get("need_target", False)),
        confidence=float(conf), note=str(row.get("note", "")),
        implicit_source=row.get("implicit_source"), implicit_target=row.get("implicit_target"),
        source_sectors=tuple(x.upper() for x in sectors),
        target_sectors=tuple(x.upper() for x in target_sectors),
    )


def lexicon_files(lang) -> list[str]:
    """The lexicon's files of a LanguageData object, relative names in load order (cues first)."""
    folder = lang.path(LEXICON_DIR)
    names = sorted(p.name for p in folder.glob("*.jsonl"))
    names.sort(key=lambda n: (n != "cues.jsonl", n))
    return [f"{LEXICON_DIR}/{n}" for n in names]


def load_lexicon(lang, codes: CodeTable) -> Lexicon:
    """Read and validate every file of ``lang/<code>/events/`` through a LanguageData object."""
    return Lexicon.from_files(((f"{lang.code}/{n}", lang.jsonl(n)) for n in lexicon_files(lang)), codes)


def _regular_forms(lemma: str) -> tuple[str, ...]:
    """Forms of a verb that the tagger may read as a noun or an adjective, for the conjugations whose forms follow
    from the infinitive: -er verbs (present, past participle, present participle); -battre and -uire verbs
    (third persons, present participle; "combat", "détruisent"); -ir verbs in their forms only the second group
    has ("envahissent", "envahissant"; "envahit")."""
    if lemma.endswith("er"):
        stem = lemma[:-2]
        return tuple(stem + s for s in ("e", "ent", "é", "ée", "és", "ées", "ant"))
    if lemma.endswith("battre"):
        stem = lemma[:-3]
        return (stem, stem + "tent", stem + "tant", stem + "tu", stem + "tue", stem + "tus", stem + "tues")
    if lemma.endswith("uire"):
        stem = lemma[:-1]
        return (stem + "t", stem + "sent", stem + "sant")
    if lemma.endswith("ir") and not lemma.endswith(("oir", "enir")):
        stem = lemma[:-2]
        return (stem + "issent", stem + "issant", stem + "it")
    return ()

