"""The event coder: lexicon entries applied over the dependency parse of an article Doc.

    code(doc)
      -> find_triggers      every token whose (lemma, pos) has lexicon entries and whose conditions hold
      -> resolve chains      "se disent prêts à collaborer": the governor codes 03x from the embedded root
      -> arguments           source/target tokens from the entry's slots (voice, coordination, control)
      -> actors              each token resolved through the actor component; no source actor -> no event
      -> dedupe and cap      one event per (sentence, source, root, target); at most 3 events per sentence

Rules are written for French syntax and the CAMEO codebook (docs/events.md), never for particular texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ..actors.lookup import actors_for_token
from ..actors.individual import individual_country
from ..actors.resolve import adjective_country
from ..nlp.extensions import text_of
from ..quotes import quote_index_at
from ..records import Actor, Event, Quote
from . import frames as F
from .codes import CodeTable
from .context import PlaceContext, generic, is_resolved
from .lexicon import Lexicon, LexiconEntry

ActorResolver = Callable[[Doc, Token], "Actor | None"]

# CAMEO structure: what a governor ("promettre de", "menacer de", "appeler à", "exiger", "refuser de") codes
# when its complement is itself an event of a given root. Keys: embedded root -> code; "*" = otherwise.
CHAIN_CODES: dict[str, dict[str, str]] = {
    "intent": {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133", "15": "138",
               "16": "1312", "17": "130", "18": "138", "19": "138", "20": "138", "*": "030"},
    "threat": {"16": "1312", "161": "1313", "164": "134", "14": "133", "17": "130", "18": "138", "19": "138",
               "20": "138", "*": "130"},
    "appeal": {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "0841": "0253", "*": "020"},
    "demand": {"04": "106", "06": "101", "07": "103", "08": "105", "0841": "1053", "*": "100"},
    "reject": {"04": "125", "06": "121", "07": "122", "08": "124", "0841": "1243", "085": "1244", "087": "1246",
               "*": "120"},
}
MAX_EVENTS_PER_SENTENCE = 3
# cooperation told in the future tense is an intent (03x): consult, diplomatic and material cooperation, aid, yield
FUTURE_INTENT_ROOTS = ("04", "05", "06", "07", "08")
# roots of material conflict whose causes are events ("tués dans un attentat", "la manifestation tourne à
# l'émeute"); a show of force or a cut in relations is not ("depuis l'annexion, la Russie a renforcé ...")
VIOLENT = ("14", "17", "18", "19", "20")
ARMED = ("18", "19", "20")                    # assault, fight, mass violence: armed violence
# CAMEO 18 (unconventional violence) vs 19 (conventional military force): fighting by a gunman, an unidentified
# assailant or a civilian, or an armed group's attack on non-combatants, is an assault, not military action
ASSAULT_FOR_FIGHT = {"190": "180", "193": "180"}
# adjectives that give a military site to a side ("des positions rebelles", "les quartiers loyalistes")
SIDE_ADJECTIVES = {"rebelle": "REB", "jihadiste": "REB", "djihadiste": "REB", "insurgé": "REB", "islamiste": "REB",
                   "terroriste": "REB", "séparatiste": "REB", "loyaliste": "MIL", "gouvernemental": "MIL"}
JOINT_ROOTS = frozenset({"04", "06"})   # consultations and cooperation between coordinated sources: one event
HABITUAL_ADVERBS = frozenset({"souvent", "fréquemment", "régulièrement", "parfois", "habituellement",
                              "généralement", "rarement", "couramment"})
TEMPORAL_PREPOSITIONS = frozenset({"lors", "après", "depuis", "avant", "pendant", "durant", "dès"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})   # coordinated sources with no target act toward each other
STATE_SECTORS = frozenset({"COP", "JUD", "GOV"})   # implicit authors of arrests, sentences and decrees
WITHOUT_WINDOW = 7                  # tokens either side of a trigger where an entry's "without" words block it
# people whose "attacks" are words: political office, parties, courts, media, NGOs, businesses, unknown persons
POLITICAL_SPEAKERS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "JUD", "MED", "NGO", "IGO", "BUS", "LAB", None})
STATE_RESOLUTIONS = frozenset({"kb:country:government", "kb:capital:government", "kb:country:place", "kb:seat"})
COMBATANT_SECTORS = frozenset({"MIL", "REB", "GOV", "COP", "SPY"})
NONCOMBATANT_SECTORS = frozenset({"CVL", "REL", "MED", "EDU", "BUS", "NGO", "REF", "LAB"})
# the participant of a domestic event whose target the text leaves unnamed (CAMEO codes such events on the
# country): protests are aimed at the government, repression and violence at the population
DEFAULT_TARGET_SECTOR = {"14": "GOV", "17": "CVL", "18": "CVL", "20": "CVL"}
# no default target: statements and force postures (01, 15) often have none; military action (19) has its own
# adversary rule; claims and denials (015, 016) take their target from the article's attack or accusation
NO_DEFAULT_TARGET_ROOTS = ("01", "15", "19")
# the author of an agentless passive ("un homme a été arrêté", "ils ont été tués") when the entry names none:
# CAMEO's unnamed participant of the code (by code prefix, then root)
IMPLICIT_PASSIVE_SOURCE = {"173": "COP", "172": "GOV", "174": "COP", "175": "COP", "17": "COP", "18": "UAF",
                           "20": "UAF", "190": "UAF", "193": "UAF"}


@dataclass(slots=True)
class Trigger:
    token: Token
    entry: LexiconEntry
    cameo: str | None                 # after chain resolution
    support: Token | None = None      # support verb of a noun trigger
    embedded: "Trigger | None" = None
    consumed: bool = False            # embedded in a chain governor: coded by the governor
    consequence: Token | None = None  # "les frappes ont tué 20 soldats": the verb whose object is the victim
    fallback: "tuple[tuple[LexiconEntry, Token | None], ...]" = ()   # further matching entries with participant
                                      # constraints, tried when this one builds no event ("se retirer de la CPI")


@dataclass(slots=True)
class Candidate:
    event: Event
    source_key: tuple
    target_key: tuple | None          # None also for a default target: it does not make the event distinct
    sentence_index: int
    lemma: str = ""                   # the trigger's lemma


@dataclass
class EventCoder:
    lexicon: Lexicon
    codes: CodeTable
    resolve: ActorResolver
    dedupe: str = "sentence"          # "sentence": one per (sentence, source, root, target); "article": one per article
    max_ratio: float = 3.0            # events per sentence, at most, in an article
    reparse: Callable[[str], Doc] | None = None   # the model without newsgraph components, for headline clauses
    _span: Span | None = field(default=None, repr=False)     # the sentence being coded
    _supports: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)   # entry id -> support verbs
    _near: dict[tuple[Doc, int], frozenset[str]] = field(default_factory=dict, repr=False)  # per article, see near_words
    _wide: dict[tuple[Doc, int], frozenset[str]] = field(default_factory=dict, repr=False)

    # -- entry point ------------------------------------------------------------------------------------
    def code(self, doc: Doc) -> list[Event]:
        self._near.clear()
        self._wide.clear()
        sents = logical_sentences(doc)
        ctx = PlaceContext.from_doc(doc)
        candidates: list[Candidate] = []
        for si, sent in enumerate(sents):
            clause = self.headline_clause(doc, sent)
            triggers = self.find_triggers(clause if clause is not None else sent)
            self.resolve_chains(triggers)
            self.resolve_futures(triggers)
            self.resolve_consequences(triggers)
            self.resolve_purposes(triggers)
            built: list[Candidate] = []
            for trig in triggers:
                if not trig.consumed and trig.cameo:
                    built.extend(self.build_with_fallback(doc, sent, si, trig, ctx))
            if clause is not None:
                self.headline_partner(doc, sent, built)
            candidates.extend(built)
        self.link_discourse(candidates)
        self.link_denials(candidates, doc._.quotes or [])
        self.verbal_attacks(candidates)
        self.assaults(candidates)
        self.link_adversary(doc, candidates)
        self.link_retaliation(candidates, ctx)
        self.default_targets(candidates, ctx)
        if self.sports_report(doc):
            candidates = [c for c in candidates if _kept_in_sports(c.event)]
        events = self.select(candidates, len(sents))
        self.link_quotes(events, doc._.quotes or [])
        return events

    def sports_report(self, doc: Doc) -> bool:
        """The headline and lead (first two paragraphs) name two different `sport_word`s: a sports report, whose
        "attaques", "contrôle du peloton" and "poursuivantes" are no political events."""
        art = doc._.article
        end = art.paragraphs[min(1, len(art.paragraphs) - 1)][1] if art is not None and art.paragraphs else 0
        words = self.lexicon.cue("sport_word")
        lead = doc.char_span(0, end, alignment_mode="contract") if end else None
        return lead is not None and len({F.lemma(t) for t in lead if F.lemma(t) in words}) >= 2

    def headline_clause(self, doc: Doc, sent: Span) -> Span | None:
        """Headlines "Pays : l'armée bombarde la ville" defeat the parser (everything hangs on "Pays"): the
        clause after the colon is parsed again on its own; its tokens map back to the article by offset."""
        if self.reparse is None:
            return None
        art = doc._.article
        if art is None or not art.paragraphs or sent.start_char >= art.paragraphs[0][1]:
            return None
        colon = next((t for t in sent[:6] if t.text == ":"), None)
        if colon is None or colon.i + 3 >= sent.end:
            return None
        start = doc[colon.i + 1].idx
        sub = self.reparse(text_of(doc)[start:sent.end_char].rstrip())
        sub.user_data["newsgraph_base"] = start
        return sub[:]

    def headline_partner(self, doc: Doc, sent: Span, cands: list[Candidate]) -> None:
        """"Burundi : la Chine promet de fournir des décodeurs": the country a headline is filed under is the
        partner of a verbal or cooperative event that names none (roots 01-13, not material conflict, where
        that country is rather the place), unless it is the source's own country."""
        colon = next((t for t in sent[:6] if t.text == ":"), None)
        if colon is None:
            return
        topic = next((a for t in sent[:colon.i - sent.start] if (a := self.resolve(doc, t)) is not None
                      and a.country and not (a.org or a.group)), None)
        if topic is None:
            return
        for c in cands:
            ev = c.event
            if ev.target is not None or int(ev.root) > 13 or ev.source.country == topic.country:
                continue
            ev.target, ev.target_basis = topic, "discourse"
            c.target_key = _actor_key(topic)

    def _actor(self, doc: Doc, tok: Token) -> Actor | None:
        """Resolve a token of the article, or of a re-parsed headline clause through its article token. A
        relative ("la nièce du monarque") is not the person of its complement."""
        tok = _article_token(doc, tok)
        if tok is None or (tok._.mention is None and F.lemma(tok) in self.lexicon.cue("kinship_noun")):
            return None
        if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON":
            return quoted_speaker(doc, tok)    # "« Nous condamnons cette attaque », a déclaré le ministre"
        if _first_possessive(tok):
            return self._speakers_own(doc, tok)
        owned = next((c for c in tok.children if c.dep_ == "nmod" and _first_possessive(c)), None)
        if owned is not None and tok._.mention is None:
            return self._speakers_own(doc, owned)   # "cette attaque contre nos soldats": the soldiers' side
        return self.resolve(doc, tok)

    def _speakers_own(self, doc: Doc, tok: Token) -> Actor | None:
        """"« Ils ont tué nos soldats », a dénoncé le ministre russe": what a speaker calls ours belongs to the
        speaker's country; "notre pays" is that country. Outside a quotation, or from a speaker of no country,
        the phrase is nobody's."""
        speaker = quoted_speaker(doc, tok)
        if speaker is None or not speaker.country:
            return None
        if F.lemma(tok) in self.lexicon.cue("country_noun"):
            return generic(speaker.country, mention=tok.text, resolution="quote-speaker")
        found = self.resolve(doc, tok)
        if found is None or found.id is not None or found.org or found.group:
            return found
        return replace(found, country=speaker.country,
                       code=speaker.country + (found.sector or ""), resolution="quote-speaker")

    # -- triggers -----------------------------------------------------------------------------------------
    def find_triggers(self, sent: Span) -> list[Trigger]:
        self._span = sent
        found: list[Trigger] = []
        for tok in sent:
            keys = self.lemma_keys(tok) if tok.pos_ in _KEYED_POS else ()
            if not keys or _in_name(tok):
                continue                   # "le Centre pour le Dialogue humanitaire", "la Manif pour tous"
            for lemma, pos in keys:
                entry, support = self.match_entry(tok, pos, lemma)
                if entry is not None:
                    fallback = self.fallback_entries(tok, pos, lemma, entry) \
                        if entry.source_sectors or entry.target_sectors else ()
                    found.append(Trigger(tok, entry, entry.cameo, support, fallback=fallback))
                    break
        return [t for t in found if not self.blocked(t) and self.eventive(t, found)]

    def eventive(self, trig: Trigger, found: list[Trigger]) -> bool:
        """An event noun without a support verb is coded only where it reports an event happening: heading a
        headline or sentence ("Attentat à Jérusalem"), as subject ("une frappe a tué"), as the cause of violent
        verbs or casualty nouns ("tués dans un attentat", "22 morts dans des attentats"), or with a named agent.
        Nominal back-references ("les raisons de l'attaque", "a revendiqué l'attaque") are not new events."""
        tok = trig.token
        if trig.entry.pos != "NOUN" or trig.support is not None:
            return self.foreground(trig)
        if any(c.dep_ == "det" and F.lemma(c) in ("ce", "cet", "cette", "ces") for c in tok.children):
            return False                   # "cette attaque": a back-reference to an event already reported
        if tok.dep_ in ("ROOT", "nsubj") or F.agents(tok) or self.occurring(tok):
            return True
        if tok.dep_ == "conj" and tok.head.i != tok.i and (tok.head.dep_ in ("ROOT", "nsubj") or self.occurring(tok.head)):
            return True                    # "deux explosions et des coups de feu ont retenti": conjuncts share the role
        if (F.case_lemma(tok) in TEMPORAL_PREPOSITIONS or F.lemma(tok.head) == "lors") and any(
                c.dep_ == "det" and c.lower_ in POSSESSIVES for c in tok.children):
            return True                    # "lors de son arrestation", "depuis leur enlèvement": it happened to them
        head = tok.head
        if tok.dep_ == "nmod" and head.i != tok.i and F.lemma(head) in self.lexicon.cue("series_noun") and \
                (head.dep_ in ("ROOT", "nsubj", "obl:agent") or self.occurring(head)):
            return True                    # "une vague de manifestations secoue le pays": the series has the role
        if trig.cameo and self.codes[trig.cameo].quad_class in (1, 2):
            return True                    # cooperative nouns need a named partner (checked when built)
        if tok.dep_ in F.OBL_DEPS and head.i != tok.i:
            casualties = self.lexicon.cue("casualty_noun")
            if F.lemma(head) in casualties and self.toll_genitive(tok):
                return False               # "le bilan de l'attentat", "les victimes des frappes": a count or a
                                           # tribute that refers back to the event, not a report of it
            if F.lemma(head) in casualties or any(F.lemma(c) in casualties for c in head.children):
                return True                # "22 morts dans des attentats", "une centaine de morts dans un attentat"
            if self._dying(head):
                return True                # "quatre personnes ont perdu la vie dans l'explosion d'une bombe"
            if any(t.token.i == head.i and t.entry.pos != "NOUN" and t.cameo and self.codes[t.cameo].root in VIOLENT
                   for t in found):
                return True
        return False

    def _dying(self, verb: Token) -> bool:
        """A verb of dying, alone or with its object ("mourir", "perdre la vie", "trouver la mort")."""
        keys = {F.lemma(verb)} | {F.lemma(verb) + " " + F.lemma(c) for c in verb.children if c.dep_ == "obj"}
        return bool(keys & self.lexicon.cue("death_verb"))

    @staticmethod
    def toll_genitive(tok: Token) -> bool:
        """The event noun is the "de" complement of a casualty noun ("le bilan de l'attentat s'alourdit",
        "hommage aux victimes des bombardements"): the sentence counts or mourns the victims of an event that is
        named, not reported; "vingt morts dans un attentat" (another preposition) stays a report."""
        return any(c.dep_ == "case" and F.lemma(c) == "de" for c in tok.children)

    def lemma_keys(self, tok: Token) -> list[tuple[str, str]]:
        keys = [(F.lemma(tok), pos) for pos in _pos_keys(tok)]
        if tok.pos_ in ("NOUN", "ADJ", "PROPN", "VERB") and not any(c.dep_ in ("det", "case") for c in tok.children) \
                and not (tok.dep_ == "amod" and not self._names_someone(tok.head)):   # "la situation critique"
            verb = self.lexicon.verb_for_form(tok.text)
            if verb is not None and (verb, "VERB") not in keys:
                keys.append((verb, "VERB"))
        return keys

    def build_with_fallback(self, doc: Doc, sent: Span, si: int, trig: Trigger, ctx: PlaceContext) -> list[Candidate]:
        """The first matching entry that builds an event: an entry restricted to some participants
        (``source_sectors``, ``target_sectors``) gives way to the next entry of the same trigger."""
        built = self.build_events(doc, sent, si, trig, ctx)
        for entry, support in trig.fallback if not built and trig.cameo == trig.entry.cameo else ():
            built = self.build_events(doc, sent, si, replace(trig, entry=entry, cameo=entry.cameo, support=support), ctx)
            if built:
                break
        return built

    def match_entry(self, tok: Token, pos: str, lemma: str | None = None) -> tuple[LexiconEntry | None, Token | None]:
        for entry in self.lexicon.candidates(lemma or F.lemma(tok), pos):
            ok, support = self.conditions_hold(tok, entry)
            if ok:
                return entry, support
        return None, None

    def fallback_entries(self, tok: Token, pos: str, lemma: str, first: LexiconEntry) -> tuple[tuple[LexiconEntry, Token | None], ...]:
        out = []
        for entry in self.lexicon.candidates(lemma, pos):   # as specific: a bare verb is another meaning
            if entry is not first and entry.cameo and entry.specificity == first.specificity:
                ok, support = self.conditions_hold(tok, entry)
                if ok:
                    out.append((entry, support))
        return tuple(out)

    def near_words(self, tok: Token) -> frozenset[str]:
        """Words an entry's ``with`` cues are looked for in: the trigger's dependents two levels down, a third
        level along a chain of noun complements, and three tokens either side (computed once per token)."""
        key = (tok.doc, tok.i)
        found = self._near.get(key)
        if found is None:
            near = self._dependent_words(tok)
            if "à" not in near and _a_for_a(tok):
                near = near | {"à"}        # "appelle le Burundi a renouer": the accent is often lost
            found = self._near[key] = near
        return found

    @staticmethod
    def _dependent_words(tok: Token) -> frozenset[str]:
        near = {w for d in F.descendants(tok, 2) for w in (F.lemma(d), d.lower_)}
        # one level further down a chain of noun complements ("écopé de 1,8 million d'euros d'amende")
        near |= {F.lemma(d) for d in F.descendants(tok, 3) if d.head.dep_ == "nmod" and d.dep_ in ("nmod", "amod")}
        near |= {F.lemma(t) for t in tok.doc[max(tok.sent.start, tok.i - 3): min(tok.sent.end, tok.i + 4)]
                 if len(t.text) > 2}
        return frozenset(near)

    def wide_words(self, tok: Token) -> frozenset[str]:
        """Words an entry's ``without`` guards are looked for in: wider than the cues, the clause around the
        trigger ("gazés par les forces de l'ordre")."""
        key = (tok.doc, tok.i)
        found = self._wide.get(key)
        if found is None:
            wide = set(self._dependent_words(tok)) | {w for d in F.descendants(tok, 3) for w in (F.lemma(d), d.lower_)}
            wide |= {F.lemma(t) for t in tok.doc[max(tok.sent.start, tok.i - WITHOUT_WINDOW):
                                                 min(tok.sent.end, tok.i + WITHOUT_WINDOW + 1)] if len(t.text) > 2}
            found = self._wide[key] = frozenset(wide)
        return found

    def conditions_hold(self, tok: Token, e: LexiconEntry) -> tuple[bool, Token | None]:
        if e.refl is not None and F.is_reflexive(tok) != e.refl:
            return False, None
        if e.with_:
            near = self.near_words(tok)
            if any(w not in near and not (w == "@pejorative" and self.pejorative_near(tok)) for w in e.with_):
                return False, None
        if e.without:
            wide = self.wide_words(tok)
        for w in e.without:
            if w.startswith("dep:"):
                if any(c.dep_ == w[4:] for c in tok.children):
                    return False, None
            elif w in wide:
                return False, None
        if e.obj:
            o = F.object_token(tok) if e.pos != "NOUN" else None
            o = F.through_quantity(o) if o is not None else None    # "saisi 10 millions de bulletins"
            if o is None or not (F.lemma(o) in e.obj or ("@loc" in e.obj and o.ent_type_ in ("LOC", "GPE"))
                                 or ("@pron" in e.obj and o.pos_ == "PRON" and o.lower_ in F.OBJECT_CLITICS)):
                return False, None
        support = None
        if e.pos == "NOUN" and e.support:
            support = F.support_verb(tok, self.supports(e))
            if support is None and "être" in e.support:
                # "le suspect est en détention", "deux proches sont en garde à vue": the noun heads the copular clause
                support = next((c for c in tok.children if c.dep_ == "cop" and F.lemma(c) == "être"), None)
            if support is None and e.support_only and not self.occurring(tok):
                return False, None
        return True, support

    def pejorative_near(self, tok: Token) -> bool:
        """A word of blame in the predicate's complements ("qualifié les Pays-Bas de « vestiges du nazisme »",
        "traite les journalistes de « sales prostituées »", "juge la décision inacceptable")."""
        words = self.lexicon.cue("pejorative_word")
        return any(F.word_in(d, words) for d in F.descendants(tok, 3))

    def supports(self, e: LexiconEntry) -> tuple[str, ...]:
        """An act noun (one of whose support verbs is a light verb: "mener une offensive", "procéder à une
        arrestation") takes every light verb; other nouns keep their own list ("exiger la démission")."""
        found = self._supports.get(e.id)
        if found is None:
            light = self.lexicon.cue("light_verb")
            found = e.support + tuple(sorted(light.difference(e.support))) if light.intersection(e.support) else e.support
            self._supports[e.id] = found
        return found

    def occurring(self, tok: Token) -> bool:
        """An event noun reported as happening without its author's verb: subject of a verb of occurrence
        ("une réunion s'est tenue", "des négociations sont en cours", "la grève paralyse"), or the agent of a
        passive ("perturbé par une grève", "touché par un attentat")."""
        if tok.dep_ == "obl:agent" or (tok.dep_ in F.OBL_DEPS and F.case_lemma(tok) == "par" and F.is_passive(tok.head)):
            return True
        if tok.dep_ == "nsubj:pass" and tok.head.i != tok.i and F.lemma(tok.head) in self.lexicon.cue("fall_verb"):
            return True                    # "des obus sont tombés": the parser reads "être" as a passive
        if tok.dep_ != "nsubj" or tok.head.i == tok.i:
            return False
        head = tok.head
        occurrence = self.lexicon.cue("occurrence_verb")
        keys = {F.lemma(head)} | {F.lemma(head) + " " + F.lemma(c) for c in head.children if c.dep_ in ("obj", "obl:arg", "obl:mod")}
        if head.pos_ != "VERB" and any(c.dep_ == "cop" for c in head.children):   # "les négociations sont en cours"
            keys.add(" ".join(["être", *(F.lemma(c) for c in head.children if c.dep_ == "case"), F.lemma(head)]))
        return bool(keys & occurrence)

    def blocked(self, trig: Trigger) -> bool:
        """Negated, conditional or hypothetical predications are not coded (GUIDELINE: do not code)."""
        pred = trig.support or trig.token
        neg = self.lexicon.cue("negation")
        needs_ne = self.lexicon.cue("negation_needs_ne")
        for p in (pred, trig.token):
            has_ne = any(F.lemma(c) in ("ne", "n'", "n’") or c.lower_ in ("ne", "n'", "n’") for c in F.clause_children(p))
            for c in F.clause_children(p):
                if F.lemma(c) in needs_ne and not has_ne and c.dep_ in ("advmod", "case", "mark", "cc"):
                    continue               # "plus de 1 000 arrestations": a quantity, not a negation
                if F.lemma(c) in neg and c.dep_ in ("advmod", "det", "nsubj", "nsubj:pass", "obj", "case", "mark", "cc"):
                    if c.dep_ in ("case", "mark") and F.lemma(c) != "sans":
                        continue
                    if c.dep_ in ("det", "nsubj", "nsubj:pass", "obj") and F.lemma(c) not in ("aucun", "aucune", "personne", "rien"):
                        continue
                    if any(d.dep_ in ("det", "nummod", "amod") for d in c.children):
                        continue           # "dix personnes ont été interpellées": the noun, not the pronoun
                    return True
                if c.dep_ in ("nsubj", "nsubj:pass", "obj") and any(
                        d.dep_ == "det" and F.lemma(d) in ("aucun", "aucune") for d in c.children):
                    return True            # "aucun soldat n'a été arrêté"
        if any(_alternative(p) for p in (pred, trig.token)):
            return True                    # "suivant qu'ils avaient accepté ou non de publier": either way
        # conditional on the predicate is hypothetical ("attaquerait"); on its auxiliary it is the reporting
        # conditional of the press ("auraient été revendiquées": allegedly), which reports an event
        if _conditional(pred) or any("Mood=Sub" in str(t.morph) for t in [pred, *F.aux_children(pred)]):
            return True                    # hypothetical, wished or required
        if any(c.dep_ == "advmod" and F.lemma(c) in HABITUAL_ADVERBS for c in F.clause_children(pred)):
            return True                    # "est fréquemment soupçonné de", "attaquent régulièrement": a habit, not an event
        if pred.dep_ in ("ccomp", "csubj") and pred.head.pos_ == "ADJ":
            return True                    # "il est essentiel que X coopèrent"
        if any(_if_mark(c) for c in pred.children):
            return True
        if self.under_hypothetical(pred):
            return True
        head = pred.head
        if head.pos_ == "ADJ" and head.i < pred.i and any(F.lemma(t) == "que" for t in pred.doc[head.i + 1: pred.i]):
            return True                    # "il est essentiel que X coopèrent" (parsed as a conjunct)
        if trig.entry.pos == "NOUN" and trig.support is None and trig.token.head.i != trig.token.i:
            h = trig.token.head
            if F.lemma(h) in self.lexicon.cue("report_noun") or (
                    F.lemma(h) in self.lexicon.cue("hypothetical_governor")
                    and not (trig.token.dep_ == "nsubj" and self.occurring(trig.token))):
                return True                # "accusé de l'attaque"; but "des tirs ont visé": the noun acts
        if trig.entry.pos != "NOUN" and pred.dep_ == "acl" and pred.head.i != pred.i and \
                F.lemma(pred.head) in self.lexicon.cue("report_noun") and \
                not any(e.chain for e in self.lexicon.candidates(F.lemma(pred.head), "NOUN")):
            return True                    # "le projet de signer", "le refus d'accéder": an infinitive on such a noun
                                           # (a chain noun, "l'intention de rencontrer", codes it through the chain)
        return False

    def foreground(self, trig: Trigger) -> bool:
        """Participial modifiers describe a participant in the background ("les forces soutenues par la
        Turquie", "les personnes tuées"); headlines are written in that style, so there they count."""
        tok = trig.token
        if not F.is_participle_modifier(tok):
            return True
        art = tok.doc._.article
        if art is None:
            return True                    # a re-parsed headline clause
        first = art.paragraphs[0] if art.paragraphs else (0, 0)
        if tok.idx < first[1] and first[1] - first[0] <= 160:
            return True                    # a headline, not a first paragraph
        # material acts reported in a participle with their own circumstances (agent, time, place, manner:
        # "deux journalistes arrêtés hier à Bujumbura", "des membres d'Al-Qaïda tués par des tirs de drones")
        # are events; a bare participle ("les personnes tuées") refers back to one
        return bool(trig.cameo) and self.codes[trig.cameo].quad_class == 4 and any(
            c.dep_ in ("obl", "obl:mod", "obl:agent", "obl:arg", "advmod") and F.lemma(c) not in ("ainsi", "également", "aussi", "déjà")
            for c in tok.children)

    def under_hypothetical(self, pred: Token) -> bool:
        """Complement (through infinitives, up to three levels) of a governor that does not assert it:
        "accusé de vouloir attaquer", "pourrait tenter de frapper"."""
        governors = self.lexicon.cue("hypothetical_governor")
        tok = pred
        for _ in range(3):
            if tok.dep_ not in ("xcomp", "ccomp", "obl:arg", "obj") or tok.head.i == tok.i:
                return False
            tok = tok.head
            if F.lemma(tok) in governors and not (F.lemma(tok) in self.lexicon.cue("realized_modal") and
                                                  _completed_past(tok)):
                return True                # "ont pu rencontrer", "il a fallu déployer": it happened
            if any(_if_mark(c) for c in tok.children):
                return True                # "si l'armée parvient à reprendre la ville"
        return False

    def resolve_chains(self, triggers: list[Trigger]) -> None:
        by_token = {t.token.i: t for t in triggers}
        for trig in triggers:
            if not trig.entry.chain:
                continue
            emb = self._embedded(trig, by_token)
            if emb is None:
                continue
            if emb.support is not None and emb.support.i == trig.token.i and \
                    F.lemma(trig.token) in self.lexicon.cue("light_verb"):
                continue                   # "Trump a ordonné une frappe": the governor is the act noun's light verb
            emb.consumed = True
            trig.embedded = emb
            for other in triggers:           # "s'apprête à signer un accord": the noun of the consumed verb too
                if other.support is not None and other.support.i == emb.token.i:
                    other.consumed = True
            if trig.entry.chain == "modal":
                trig.cameo = None
                continue
            table = CHAIN_CODES[trig.entry.chain]
            code = emb.cameo or ""
            root = self.codes[code].root if code in self.codes else ""
            trig.cameo = table.get(code[:4], table.get(code[:3], table.get(root, table["*"])))
            if root and root == self.codes[table["*"]].root:
                trig.cameo = code          # the complement already says which demand, appeal, intent...: "exige la libération" 1053

    def resolve_futures(self, triggers: list[Trigger]) -> None:
        """Cooperation announced for the future ("X rencontrera Y", "X va rencontrer Y", "se rendra à Moscou")
        is the intent to cooperate (CAMEO 03x, through the intent chain's table), not the act: roots 04-08."""
        table = CHAIN_CODES["intent"]
        for trig in triggers:
            if trig.consumed or not trig.cameo or trig.entry.pos == "NOUN" or trig.entry.chain:
                continue
            code = self.codes[trig.cameo]
            if code.root not in FUTURE_INTENT_ROOTS or not _future(trig.token):
                continue
            trig.cameo = table.get(code.code[:4], table.get(code.code[:3], table.get(code.root, table["*"])))
            for other in triggers:         # "va verser une aide": the noun of the announced act is that intent too
                if other.support is not None and other.support.i == trig.token.i:
                    other.consumed = True

    def resolve_consequences(self, triggers: list[Trigger]) -> None:
        """A violent event noun as subject of a violent verb ("l'attentat a tué 20 personnes") is one event:
        the noun's, whose victims are the verb's object; so is a violent verb and the present participle of its
        toll ("a attaqué un village, tuant 37 civils")."""
        nouns = {t.token.i: t for t in triggers if t.entry.pos == "NOUN" and t.cameo and
                 self.codes[t.cameo].quad_class == 4}
        verbs = {t.token.i: t for t in triggers if t.entry.pos != "NOUN" and t.cameo and
                 self.codes[t.cameo].quad_class == 4}
        for trig in triggers:
            if trig.entry.pos == "NOUN" or not trig.cameo or self.codes[trig.cameo].quad_class != 4:
                continue
            linked = F.subjects(trig.token) + [c for c in trig.token.children if c.dep_ in F.OBL_DEPS]
            for s in linked:
                if s.i in nouns and nouns[s.i].consequence is None:
                    trig.consumed = True
                    nouns[s.i].consequence = trig.token
                    break
            else:
                # "un groupe armé a attaqué un village, tuant 37 civils": the present participle tells the attack's
                # toll, one event whose victims are the participle's object
                head = verbs.get(trig.token.head.i) if trig.token.dep_ == "advcl" else None
                if head is not None and head is not trig and head.consequence is None and \
                        F.is_present_participle(trig.token) and not F.is_gerund(trig.token):
                    trig.consumed = True
                    head.consequence = trig.token

    def resolve_purposes(self, triggers: list[Trigger]) -> None:
        """A demand or appeal stating what a protest is for ("descendus dans la rue pour réclamer la démission
        de X", "manifestent en exigeant") is the protest's claim, not a second event: the protest takes its
        target, and a demand for a change of leader makes it 1411 (CAMEO: demonstrate for leadership change)."""
        by_token = {t.token.i: t for t in triggers}
        for trig in triggers:
            if trig.consumed or not trig.cameo or self.codes[trig.cameo].root not in ("10", "02"):
                continue
            tok = trig.token
            if tok.dep_ not in ("advcl", "acl", "xcomp", "conj") or tok.head.i == tok.i:
                continue
            protest = by_token.get(tok.head.i)
            if protest is None or not protest.cameo or self.codes[protest.cameo].root != "14" or protest.embedded:
                continue
            trig.consumed = True
            protest.embedded = trig
            inner = trig.embedded.cameo if trig.embedded is not None and trig.embedded.cameo else ""
            if protest.cameo == "141" and (inner.startswith("104") or (trig.embedded is not None and
                                                                     F.lemma(trig.embedded.token) == "démission")):
                protest.cameo = "1411"

    @staticmethod
    def _embedded(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
        """The event a governor introduces: its infinitive (or event-noun) complement, one or two levels down."""
        for d in F.descendants(trig.token, 2):
            if d.i in by_token and d.i != trig.token.i and d.dep_ in ("xcomp", "obl:arg", "obl", "ccomp", "obj", "acl", "advcl"):
                if d.pos_ in ("VERB", "NOUN") and (d.head.i == trig.token.i or d.head.head.i == trig.token.i):
                    return by_token[d.i]
        return None

    # -- arguments ------------------------------------------------------------------------------------------
    @staticmethod
    def copular_subjects(tok: Token) -> list[Token]:
        """The subject of an event noun that is the predicate of "être" ("trois hommes sont en garde à vue"):
        the one the state applies to. Other nouns have no subject slot."""
        if not any(c.dep_ == "cop" for c in tok.children):
            return []
        return F.subjects(tok)

    def slot_tokens(self, trig: Trigger, slot: str, pred: Token) -> list[Token]:
        """Tokens filling one slot of the trigger's frame."""
        tok = trig.token
        verbal = trig.entry.pos != "NOUN"
        passive = verbal and F.is_passive(tok)
        if slot == "subj":
            if not verbal:
                return self.copular_subjects(tok)
            if passive:
                return F.participle_agents(tok)    # "avant d'être gazés par la police": "par" hung on the main verb
            found = F.inverted_subject(tok) or F.subjects(tok) or F.fallback_subjects(tok, self._span)
            if not found and self.misparsed_present(trig):
                found = F.expand(tok.head)
            if len(found) == 1 and tok.dep_ == "acl" and found[0].i == tok.head.i and \
                    F.lemma(found[0]) in self.lexicon.cue("document_noun"):
                verb = F.governing_verb(found[0])   # "a adopté une résolution condamnant X": the author of the text
                if verb is not None:
                    return (F.agents(verb) if F.is_passive(verb) else F.subjects(verb)) or found
            return found
        if slot == "obj":
            if not verbal:
                return []
            if passive:
                return F.passive_subjects(tok)
            objs = F.objects(tok)
            if not objs and self.misparsed_present(trig):
                objs = F.hung_objects(tok)
            if objs and objs == F.inverted_subject(tok):
                return []                  # "« ... », a salué le Premier ministre": the subject, not the object
            return objs
        if slot == "iobj":
            return F.indirect_objects(tok)
        if slot == "agent":
            found = F.participle_agents(tok) if passive else F.agents(tok)
            if not found and not verbal:       # "une attaque commise par deux Palestiniens"
                for c in tok.children:
                    if c.dep_ == "acl" and (F.is_passive(c) or F.is_participle_modifier(c)):
                        found = F.participle_agents(c)
                        if found:
                            break
            return found
        if slot == "amod":
            return F.amods(tok) if not verbal else []
        if slot == "support":
            verb = trig.support
            if verb is None:
                return []
            found = F.agents(verb) if F.is_passive(verb) else (F.subjects(verb) or F.fallback_subjects(verb, self._span))
            return [t for t in found if t.i != tok.i]   # "touché par un attentat": the noun is no author of itself
        if slot == "content_subj":             # "prétendent que des milices ont ...": who the claim is about
            near = list(tok.children)
            if tok.dep_ == "conj":             # "ont nié ... et prétendent que": the clause hangs on the first verb
                near += [c for c in tok.head.children if c.i > tok.i]
            for c in near:
                if c.dep_ == "ccomp" and any(m.dep_ == "mark" and F.lemma(m) == "que" for m in c.children):
                    return F.subjects(c) or F.passive_subjects(c)
            return []
        if slot.startswith("prep:"):
            found = F.prep_args(tok, slot[5:])
            if not found and verbal and trig.entry.obj:
                obj = F.object_token(tok)          # "rappeler son ambassadeur en Autriche"
                found = F.prep_args(obj, slot[5:]) if obj is not None else []
                if slot == "prep:de":              # "rejette l'accord de Paris": a city names the agreement
                    found = [t for t in found if not self._city(t) or self._party_genitive(t)]
            if not found and trig.entry.pos == "ADJ" and tok.dep_ in ("xcomp", "acl", "amod") and tok.head.i != tok.i:
                # "s'est montré très critique envers X": the complement hangs on the verb
                found = [t for t in F.prep_args(tok.head, slot[5:]) if t.i > tok.i]
            if not found and not verbal:
                # "a eu un entretien avec X", "a souligné ... lors d'un entretien avec X": the parser often
                # attaches the partner to the verb; only complements after the noun count
                verb = trig.support or F.governing_verb(tok)
                if verb is not None:           # a support verb's own complements may come first ("porter à X des coups")
                    found = [t for t in F.prep_args(verb, slot[5:]) if t.i > tok.i or verb is trig.support]
            return found
        return []

    def misparsed_present(self, trig: Trigger) -> bool:
        """A verb trigger on a present-tense form (a finite verb, or an -er verb's "-e"/"-ent" form the tagger
        took for an adjective or noun: "critique", "dénonce") that the parser hung on the noun before it."""
        tok = trig.token
        if trig.entry.pos != "VERB" or not F.hangs_on_its_subject(tok) or not self._names_someone(tok.head):
            return False
        if tok.pos_ == "VERB":
            return "VerbForm=Fin" in str(tok.morph)
        verb = self.lexicon.verb_for_form(tok.text)
        return verb is not None and tok.lower_ in (verb[:-2] + "e", verb[:-2] + "ent")

    @staticmethod
    def _names_someone(tok: Token) -> bool:
        """A name, or a noun inside an actor mention ("le ministre russe"): not "la situation critique"."""
        if tok.pos_ == "PROPN" or tok.ent_type_:
            return True
        return any(m.start <= tok.idx < m.end for m in tok.doc._.mentions or []) if tok.doc.has_extension("mentions") else False

    def actors_for(self, doc: Doc, tokens: Iterable[Token]) -> list[tuple[Token, Actor]]:
        out = []
        for t in tokens:
            pair = self._both(doc, t)
            if pair:
                out.extend((t, a) for a in pair)
                continue
            # "des positions rebelles dans la province d'Idleb": the side the adjective names, not the place
            a = (self.held_site(t) if t.pos_ == "NOUN" else None) or self._actor(doc, t)
            if a is None and t.pos_ == "NOUN":
                a = self._instrument_source(doc, t) or self.craft(t)
            if a is None and t.pos_ in ("ADJ", "VERB") and t.dep_ == "amod":   # "russes" tagged VERB
                head = _article_token(doc, t.head)                  # "une frappe américaine": the state
                iso = adjective_country(head) if head is not None else None
                a = generic(iso, mention=t.text, resolution="adj") if iso else None
            if a is not None:
                out.append((t, a))
                out.extend((t, extra) for extra in self._coordinated(doc, t, a))
        return out

    @staticmethod
    def _is_coordinated(a: Actor) -> bool:
        """An actor of a noun with coordinated adjectives: its mention lists them ("britannique, australien et ...")."""
        mention = a.mention or ""
        return "," in mention or " et " in mention

    @staticmethod
    def _coordinated(doc: Doc, tok: Token, first: Actor) -> list[Actor]:
        """"les gouvernements britannique, australien et danois": one actor per coordinated adjective."""
        if tok.doc is not doc or tok.pos_ != "NOUN":
            return []
        found = actors_for_token(doc, tok)
        if len(found) < 2 or (found[0].code, found[0].country) != (first.code, first.country):
            return []
        return [a for a in found[1:] if a.country and a.country != first.country]

    def _both(self, doc: Doc, tok: Token) -> list[Actor]:
        """"Les deux dirigeants", "les deux institutions": the two distinct actors named last before."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "nummod" and c.lower_ == "deux" for c in tok.children):
            return []
        if not any(c.dep_ == "det" and c.lower_ in ("les", "ces") for c in tok.children):
            return []
        if tok.doc is not doc:
            return []
        noun = F.lemma(tok)
        kind = next((k for k in ("pair_person", "pair_state", "pair_org") if noun in self.lexicon.cue(k)), None)
        if kind is None:
            return []
        start = tok.sent.start_char
        counts: dict[tuple, int] = {}
        first: dict[tuple, Actor] = {}
        for m in doc._.mentions or []:
            a = m.actor
            if m.end > start or a is None or not (a.country or a.org or a.group):
                continue
            if (kind == "pair_person" and m.label != "PER") or (kind == "pair_org" and not a.org) \
                    or (kind == "pair_state" and (a.org or a.group or m.label not in ("LOC", "ORG"))):
                continue
            key = (a.name or "", a.country)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, a)
        ranked = sorted(counts, key=lambda k: -counts[k])
        return [first[k] for k in ranked[:2]] if len(ranked) >= 2 else []

    def _instrument_source(self, doc: Doc, tok: Token) -> Actor | None:
        """"Les frappes russes ont tué...": an event noun as subject lends its own source."""
        for entry in self.lexicon.candidates(F.lemma(tok), "NOUN"):
            if entry.cameo and self.codes[entry.cameo].quad_class == 4:
                for c in F.amods(tok) + F.prep_args(tok, "de"):
                    a = self._actor(doc, c)
                    if a is not None:
                        return a
        return None

    def arguments(self, doc: Doc, trig: Trigger) -> tuple[list[tuple[Token, Actor]], list[tuple[Token, Actor]]]:
        e = trig.entry
        sources = self._slot_actors(doc, trig, e.source)
        if not sources:
            # "une voiture piégée, attribuée aux rebelles kurdes, a explosé", "l'attaque, imputée aux talibans":
            # the one an attribution participle names is the author
            for t in [trig.token, *self.source_tokens(trig)]:
                sources = self.actors_for(doc, self.attributed_to(t))
                if sources:
                    break
        emb = trig.embedded
        targets = self._slot_actors(doc, trig, e.target)
        attack_noun = e.pos == "NOUN" and self.codes[trig.cameo].root in ARMED
        if not sources and attack_noun:
            author = self.genitive_author(doc, trig)
            if author:
                sources = author
                authors = {t.i for t, _ in author}
                targets = [(t, a) for t, a in targets if t.i not in authors] or \
                    self._slot_actors(doc, trig, [s for s in e.target if s != "prep:de"])
        if not sources and e.pos == "NOUN":
            pair = self.opposed_sides(doc, trig)
            if pair is not None:
                return pair
        if not targets and attack_noun and trig.support is None:
            targets = self.nominal_victims(doc, trig)
        if not targets and trig.consequence is not None:
            verb = trig.consequence
            targets = self.actors_for(doc, F.passive_subjects(verb) if F.is_passive(verb) else F.objects(verb))
        if not targets and e.pos == "NOUN" and trig.support is None and self.occurring(trig.token) \
                and F.is_passive(trig.token.head):
            targets = self.actors_for(doc, F.passive_subjects(trig.token.head))   # "l'hôpital a été touché par des roquettes"
        if not targets and emb is not None:
            targets = self._slot_actors(doc, emb, emb.entry.target)
        return sources, targets

    def _slot_actors(self, doc: Doc, trig: Trigger, slots: Iterable[str]) -> list[tuple[Token, Actor]]:
        """The actors of the first of ``slots`` that names any."""
        for slot in slots:
            found = self.actors_for(doc, self.slot_tokens(trig, slot, trig.token))
            if found:
                return found
        return []

    def nominal_victims(self, doc: Doc, trig: Trigger) -> list[tuple[Token, Actor]]:
        """Whom an attack noun with no support verb hit, read from the verb it depends on: the object of a
        `hit_verb` it is the subject of ("des tirs turcs ont visé les positions kurdes"; a building hit, "des
        écoles", keeps the implicit victims), or the subject of a verb of dying or casualty noun it is the
        complement of ("trois soldats sont morts dans une embuscade")."""
        tok, head = trig.token, trig.token.head
        if head.i == tok.i:
            return []
        if self.occurring(tok) and not F.is_passive(head) and F.lemma(head) in self.lexicon.cue("hit_verb"):
            return [(t, a) for t, a in self.actors_for(doc, F.objects(head)) if a.sector not in NONCOMBATANT_SECTORS]
        if tok.dep_ in F.OBL_DEPS and (self._dying(head) or F.lemma(head) in self.lexicon.cue("casualty_noun")):
            victims = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]   # "sont morts", "ont péri"
            return self.actors_for(doc, F.expand(victims[0])) if victims else []
        return []

    def genitive_author(self, doc: Doc, trig: Trigger) -> list[tuple[Token, Actor]]:
        """The "de" complement of an attack noun is its author when the noun names its target otherwise ("une
        attaque des shebab contre une base") or when it is an armed force ("l'attaque de l'EI a fait cinq
        morts", "un bombardement de l'aviation russe"); "l'attaque de la base", "le bombardement d'Alep" keep
        the place as the target."""
        found = self.actors_for(doc, F.prep_args(trig.token, "de"))
        if not found:
            return []
        if any(F.prep_args(trig.token, p) for p in ("contre", "sur")):
            return [(t, a) for t, a in found if a.sector not in NONCOMBATANT_SECTORS]
        return [(t, a) for t, a in found if a.group or a.sector in ("REB", "MIL", "UAF")]

    def _city(self, tok: Token) -> bool:
        """A city or capital named as a place ("l'accord de Paris", "le format de Minsk"), not a country."""
        a = self._actor(tok.doc, tok)
        return a is not None and a.sector is None and any(k in (a.resolution or "") for k in ("capital", "city"))

    def _party_genitive(self, tok: Token) -> bool:
        """A place name in the "de" complement of a noun of a party's act ("la proposition de Washington",
        "l'appel de l'Égypte", "les accusations de Moscou"): the state, not a place ("l'accord de Paris")."""
        if tok.dep_ != "nmod" or tok.head.i == tok.i or F.case_lemma(tok) != "de":
            return False
        acts = self.lexicon.cue("party_act_noun")
        head = tok.head                    # "l'offre de dialogue des États-Unis": through one complement noun
        return F.word_in(head, acts) or (head.dep_ == "nmod" and head.head.i != head.i and F.word_in(head.head, acts))

    def attributed_to(self, noun: Token) -> list[Token]:
        """The "à" complement of an attribution participle on a noun ("l'attentat, attribué à X")."""
        verbs = self.lexicon.cue("attribution_verb")
        for c in noun.children:
            if c.dep_ == "acl" and F.lemma(c) in verbs and F.is_participle_modifier(c):
                found = F.prep_args(c, "à")
                if found:
                    return found
        return []

    def opposed_sides(self, doc: Doc, trig: Trigger) -> tuple[list[tuple[Token, Actor]], list[tuple[Token, Actor]]] | None:
        """The two sides of a clash noun: "des affrontements opposant l'armée aux rebelles", "des heurts ont
        opposé A à B" (object and "à" complement of a verb of opposition), "des combats entre A et B" (the
        first of the coordinated sides acts on the others)."""
        tok = trig.token
        clash = self.lexicon.cue("clash_verb")
        verbs = [c for c in tok.children if c.dep_ in ("acl", "acl:relcl") and F.lemma(c) in clash]
        if tok.dep_ == "nsubj" and F.lemma(tok.head) in clash:
            verbs.append(tok.head)
        for verb in verbs:
            obj = F.objects(verb)
            other = F.prep_args(verb, "à") or (F.prep_args(obj[0], "à") if obj else [])
            a, b = self.actors_for(doc, obj), self.actors_for(doc, other)
            if len(a) > 1 and not b:
                return a[:1], a[1:]
            if a:
                return a, b
        between = F.prep_args(tok, "entre")
        if not between and tok.dep_ == "nsubj":      # "des combats ont eu lieu entre A et B"
            between = [t for t in F.prep_args(tok.head, "entre") if t.i > tok.i]
        if len(between) == 1:
            between += F.split_coordinate(between[0])  # "les combats entre l'armée et les rebelles ont fait": the
                                                       # parser made the second side the verb's subject
        sides = self.actors_for(doc, between)
        if len({_actor_key(x) for _, x in sides}) > 1:
            return sides[:1], sides[1:]
        return None

    def _ally(self, tok: Token) -> bool:
        """The noun of a locution naming an ally ("en coopération avec X", "avec le soutien de X", "aux côtés
        de X"): neither it nor its complements are the target."""
        return F.lemma(tok) in self.lexicon.cue("ally_noun") and F.case_lemma(tok) in ("avec", "en", "à", "grâce", "sans")

    def complement_actors(self, doc: Doc, trig: Trigger, exclude: set[tuple]) -> list[tuple[Token, Actor]]:
        """No slot gave a target: the first actor named inside the predicate's own complements
        ("exigeant la démission de Park Geun-hye", "une manifestation anti-Trump")."""
        roots = [trig.token] + ([trig.embedded.token] if trig.embedded is not None else [])
        countries = {k[0] for k in exclude if k[0]}
        for root in roots:
            # "dénonce des exécutions commises par l'armée": the author of the act that is the object
            for obj in F.objects(root)[:1] if trig.entry.pos != "NOUN" else []:
                for c in obj.children:
                    if c.dep_ == "acl" and F.is_participle_modifier(c):
                        found = [(t, a) for t, a in self.actors_for(doc, F.agents(c)) if _actor_key(a) not in exclude]
                        if found:
                            return found[:1]
            found: list[Token] = []
            speaker = {t.i for t in F.inverted_subject(root)}   # "« ... », accuse le chef du parti": the source
            # "selon le patron du restaurant, une serveuse a été tuée": who reports it is no participant
            stack = [(c, 1) for c in root.children if c.dep_ not in F.CLAUSE_BOUNDARY and c.i not in speaker
                     and F.case_lemma(c) not in F.ATTRIBUTION_PREPOSITIONS and not self._ally(c)]
            while stack:
                t, depth = stack.pop()
                found.append(t)
                if depth < 4:
                    stack.extend((c, depth + 1) for c in t.children if c.dep_ not in F.CLAUSE_BOUNDARY
                                 and not self._ally(c))
            for t in sorted(found, key=lambda t: (t.i < root.i, abs(t.i - root.i))):
                if t.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
                    continue
                a = self._actor(doc, t)
                state = False
                if a is None and t.pos_ == "NOUN" and t.doc is doc and not t.ent_type_ and \
                        F.lemma(t) not in self.lexicon.cue("person_noun"):
                    country = adjective_country(t)     # "la décision israélienne", "l'offensive turque": the state's act
                    if country:
                        a, state = generic(country, mention=t.text, resolution="complement+adj"), True
                if a is not None and a.sector is None and a.country and self._party_genitive(t):
                    state = True               # "rejette la proposition de Washington": the state that made it
                if a is None or (a.sector is None and not a.org and not a.group and not state):
                    continue                   # a place named in a complement is where, not whom
                if _actor_key(a) not in exclude and (a.country or "") not in countries:
                    return [(t, a)]
        return []

    # -- events -------------------------------------------------------------------------------------------------
    def build_events(self, doc: Doc, sent: Span, si: int, trig: Trigger, ctx: PlaceContext) -> list[Candidate]:
        e = trig.entry
        sources, targets = self.arguments(doc, trig)
        if not targets:
            targets = [(t, a) for t in self.target_tokens(trig) if (a := self.person(t)) is not None]
        nominal = e.pos == "NOUN" and trig.support is None
        if (e.need_target or (nominal and self.codes[trig.cameo].quad_class in (1, 2))) and not targets:
            return []
        if not targets:
            targets = self.complement_actors(doc, trig, {_actor_key(a) for _, a in sources})
        named = next((a.country for _, a in targets if a.country and not (a.org or a.group)), None)
        acting = next((a.country for _, a in sources if a.country and not (a.org or a.group)), None)
        sources = [(t, a if F.foreign(t) else ctx.complete(a, sent, named)) for t, a in sources]
        targets = [(t, a if F.foreign(t) else ctx.complete(a, sent, acting)) for t, a in targets]
        if e.need_target:
            targets = [(t, a) for t, a in targets if is_resolved(a)
                       and (not e.target_sectors or a.sector in e.target_sectors)]
            if not targets:
                return []                  # the partner the predicate needs is nobody the metric can place
        root = self.codes[trig.cameo].root
        stopped = self.attacker_stopped(trig) if not sources else None
        if stopped is not None:
            police = ctx.unnamed(sent, "COP")  # "l'assaillant a été abattu": the security forces fired on him
            if police is None:
                return []
            trig = replace(trig, cameo="190")     # a copy: the trigger keeps its entry's code
            root, sources = "19", [(trig.token, police)]
            if not any(t.i == stopped.i for t, _ in targets):
                attacker = self.person(stopped) or ctx.unnamed(sent, "UAF")
                targets = [(stopped, attacker)] if attacker else []
        if not sources:
            sources = self.unnamed_sources(sent, trig, ctx, root, targets)
        sources = [(t, a) for t, a in sources if is_resolved(a)]
        if e.source_sectors:
            # a named person the knowledge base does not know may hold any office: only a known sector is checked
            sources = [(t, a) for t, a in sources if a.sector in e.source_sectors
                       or (a.sector is None and a.name and not a.id and root not in ("15", "19"))]
        if root in ARMED:
            # victims, companies, media or schools are not the authors of armed violence ("l'offensive de Facebook"),
            # nor is a town or region named as a place ("les contre-attaques de Montpellier": a team)
            sources = [(t, a) for t, a in sources if a.sector not in ("CVL", "REF", "BUS", "MED", "EDU", "LAB")
                       and not (a.sector is None and (a.resolution or "").endswith(":place"))]
        if not sources:
            return []
        basis = "text"                     # a slot, or the other of two coordinated sources
        if not targets and e.implicit_target:
            a = ctx.unnamed(sent, e.implicit_target)
            targets = [(trig.token, a)] if a else []
            basis = "implicit"
        if not targets and len(sources) > 1 and len({t.i for t, _ in sources}) == 1 and not e.reciprocal and \
                root not in SYMMETRIC_ROOTS and any(self._is_coordinated(a) for _, a in sources):
            pairs = [(a, None) for _, a in sources]     # "les gouvernements X, Y et Z ont condamné": not each other
        else:
            pairs = _pairs([a for _, a in sources], [a for _, a in targets], e.reciprocal, root)
        out = []
        for s, t in pairs:
            if t is not None and _same_actor(s, t):
                t = None
            if t is None and e.need_target:
                continue
            if trig.cameo in ("042", "043") and (t is None or (t.country == s.country and t.sector is None
                                                             and not (t.org or t.group))):
                continue                   # a visit is to or from another actor, not a trip in one's own country
            cand = self._candidate(doc, sent, si, trig, s, t)
            cand.event.target_basis = basis if t is not None else None
            if stopped is not None:
                cand.event.rule += "+stopped"
            out.append(cand)
        return out

    def attacker_stopped(self, trig: Trigger) -> Token | None:
        """The attacker an agentless `stop_verb` is said of ("l'assaillant a été abattu", "un homme a attaqué une
        patrouille avant d'être abattu", "le tireur, neutralisé"): the security forces stopped him. None otherwise."""
        tok = trig.token
        if trig.entry.pos == "NOUN" or F.lemma(tok) not in self.lexicon.cue("stop_verb") or F.participle_agents(tok):
            return None
        if F.is_passive(tok):
            patients = F.passive_subjects(tok)
        elif F.is_participle_modifier(tok):
            patients = [tok.head]
        else:
            return None
        patient = next((p for p in patients if F.lemma(p) in self.lexicon.cue("attacker_noun")), None)
        if patient is not None:
            return patient
        head = tok.head                    # "avant d'être abattu", "puis a été abattu": the attacker's own clause
        if tok.dep_ in ("advcl", "conj", "xcomp") and head.i != tok.i and head.pos_ == "VERB" and \
                F.lemma(head) not in self.lexicon.cue("stop_verb") and not F.is_passive(head) and any(
                e.cameo and self.codes[e.cameo].root in ("18", "19") for e in self.lexicon.candidates(F.lemma(head), "VERB")):
            return patients[0] if patients else next(iter(F.subjects(head)), None)
        return None

    def unnamed_sources(self, sent: Span, trig: Trigger, ctx: PlaceContext, root: str,
                        targets: list[tuple[Token, Actor]] = ()) -> list[tuple[Token, Actor]]:
        """The source the text does not name. An unnamed person as the author of violence ("un homme a
        attaqué", "un assaillant a tiré") is an unidentified armed force of the place's country; an agentless
        passive or a participle takes the entry's implicit source (arrests: the police; sentences: the
        courts), or for violence an unidentified armed force, except in the sentence of an accident or disaster."""
        e = trig.entry
        toks = self.source_tokens(trig)
        if toks and root in ARMED and all(F.lemma(t) in self.lexicon.cue("weapon_noun") for t in toks):
            toks = []                      # "blessée par balle", "des obus ont tué", "des tirs de mortier": the
                                           # weapon, not the author
        if toks:
            if root in ARMED and all(F.lemma(t) in self.lexicon.cue("attacker_noun") or
                                                  F.lemma(t) in self.lexicon.cue("person_noun") or
                                                  (t.pos_ == "PRON" and t.lower_ in F.PERSONAL_SUBJECTS) for t in toks):
                # "un homme a attaqué", "il a poignardé l'agent" (a pronoun no actor resolves: an unnamed author);
                # "un assaillant égyptien": the nationality the text gives, before the place's country
                country = adjective_country(toks[0]) if toks[0].doc is sent.doc and not any(
                    F.lemma(d) == "origine" for d in toks[0].subtree) else None   # "d'origine algérienne": no nationality
                a = generic(country, "UAF") \
                    if country else ctx.unnamed(sent, "UAF")
                return [(toks[0], a)] if a else []
            sector = e.implicit_source or ("CVL" if root == "14" else None)
            if root in ARMED or sector is None or \
                    not all(t.pos_ == "NOUN" and not t.ent_type_ for t in toks):
                return []
            # "une grève des contrôleurs", "la manifestation des agriculteurs", "les chauffeurs de taxi bloquent
            # les routes": people no actor resolves, whose sector the act gives (strikers are labour, protesters
            # civilians), of the place's country
            a = ctx.unnamed(sent, sector)
            return [(toks[0], a)] if a else []
        if e.source_sectors:
            return []                      # entries for some authors only need them named ("des maisons évacuées")
        sector = e.implicit_source
        if sector is None and e.pos != "NOUN" and (F.is_passive(trig.token) or F.is_participle_modifier(trig.token)):
            if F.lemma(trig.token) in self.lexicon.cue("injury_verb"):
                return []                  # "vingt personnes ont été blessées": a toll of the attack, not an act
            sector = IMPLICIT_PASSIVE_SOURCE.get(trig.cameo[:3], IMPLICIT_PASSIVE_SOURCE.get(root))
        if sector is None:
            return []
        if sector == "UAF" and any(F.lemma(t) in self.lexicon.cue("accident_noun") for t in sent):
            return []                      # "trois morts dans un accident de la route": nobody attacked
        a = ctx.unnamed(sent, sector)
        if a is None and sector in STATE_SECTORS:
            # "l'opposant russe X a été condamné": with no place named, a state's courts or police act on its own
            # nationals, else they are the country the article's actors belong to
            country = next((t.country for _, t in targets if t.country and not (t.org or t.group)), None) \
                or ctx.actors_country
            a = generic(country, sector) if country else None
        return [(trig.token, a)] if a else []

    def person(self, tok: Token) -> Actor | None:
        """An unnamed person the actor component does not resolve ("un homme de 52 ans", "deux journalistes"):
        a civilian, whose country the context gives."""
        if tok.pos_ != "NOUN" or F.lemma(tok) not in self.lexicon.cue("person_noun"):
            return None
        country = adjective_country(tok) or individual_country(tok)     # "deux journalistes américains"
        return Actor(name=None, mention=tok.text, sector="CVL", country=country, code=country + "CVL" if country else None)

    def held_site(self, tok: Token) -> Actor | None:
        """A military site an adjective gives to a side ("des positions rebelles", "les bastions jihadistes"):
        that side (its country comes from the context)."""
        holders = self.lexicon.cue("hold_verb")
        for c in tok.children:             # "la ville tenue par les rebelles", "les zones contrôlées par l'EI"
            if c.dep_ == "acl" and F.lemma(c) in holders and F.is_participle_modifier(c):
                held = [(t, a) for t, a in self.actors_for(tok.doc, F.participle_agents(c))
                        if a.group or a.sector in ("REB", "MIL", "UAF", "CRM", "GOV") or (a.country and not a.sector)]
                if held:                   # armed sides and states; "un hôpital tenu par MSF" is run, not held
                    return replace(held[0][1], resolution="site+holder")
        if F.lemma(tok) not in self.lexicon.cue("military_site_noun"):
            operators = self.lexicon.cue("operate_verb")
            for c in tok.children:         # "un hôpital tenu par Médecins sans frontières": the organisation hit
                if c.dep_ == "acl" and F.lemma(c) in operators and F.is_participle_modifier(c):
                    run = [a for _, a in self.actors_for(tok.doc, F.participle_agents(c))
                           if a.sector in ("NGO", "IGO", "REL", "EDU", "MED") or (a.org and not a.country)]
                    if run:
                        return replace(run[0], resolution="site+operator")
        if F.lemma(tok) not in self.lexicon.cue("military_site_noun"):
            return None
        side = next((SIDE_ADJECTIVES[F.lemma(c)] for c in F.amods(tok) if F.lemma(c) in SIDE_ADJECTIVES), None)
        return Actor(name=None, mention=tok.text, sector=side, resolution="site+adj") if side else None

    def craft(self, tok: Token) -> Actor | None:
        """A military aircraft, ship or vehicle with a nationality adjective ("deux jets chinois", "un navire
        américain"): the armed forces of that country; a civilian one ("un avion de ligne") is nobody's act."""
        if F.lemma(tok) not in self.lexicon.cue("military_craft_noun"):
            return None
        civilian = self.lexicon.cue("civilian_craft_word")
        if any(F.lemma(d) in civilian for d in F.descendants(tok, 2)):
            return None
        country = adjective_country(tok)
        if country is None:
            return None
        return generic(country, "MIL", mention=tok.text, resolution="craft+adj")

    def target_tokens(self, trig: Trigger) -> list[Token]:
        """Whatever stands in the first filled target slot, resolved or not."""
        return self._first_filled(trig, trig.entry.target)

    def source_tokens(self, trig: Trigger) -> list[Token]:
        """Whatever stands in the source slots, resolved or not (then an unnamed source is never assumed);
        adjectives are not participants unless they name one."""
        return self._first_filled(trig, [s for s in trig.entry.source if s != "amod"])

    def _first_filled(self, trig: Trigger, slots: Iterable[str]) -> list[Token]:
        for slot in slots:
            toks = self.slot_tokens(trig, slot, trig.token)
            if toks:
                return toks
        return []

    def _candidate(self, doc: Doc, sent: Span, si: int, trig: Trigger, source: Actor, target: Actor | None) -> Candidate:
        code = self.codes[trig.cameo]
        tok = trig.token
        start, end = _trigger_extent(trig)
        base = tok.doc.user_data.get("newsgraph_base", 0) if tok.doc is not doc else 0
        start, end = start + base, end + base
        text = sent.text.rstrip()
        conf = trig.entry.confidence
        if trig.entry.pos == "NOUN" and trig.support is None:
            conf *= 0.85
        if target is None:
            conf *= 0.9
        ev = Event(
            sentence=text, sentence_start=sent.start_char, sentence_end=sent.start_char + len(text),
            trigger=text_of(doc)[start:end], trigger_start=start, trigger_end=end,
            cameo=code.code, root=code.root, source=source, target=target,
            plover=code.plover, plover_mode=code.plover_mode, quad_class=code.quad_class, goldstein=code.goldstein,
            confidence=round(conf, 3), rule=trig.entry.id,
        )
        # the entry's lemma: a form the tagger read as a noun ("Clinton attaque Trump") is still that verb
        return Candidate(ev, _actor_key(source), _actor_key(target) if target else None, si, trig.entry.lemma)

    def link_discourse(self, cands: list[Candidate]) -> None:
        """Codebook links across sentences of one article:
        - an attack by an unidentified force is the attack a group claimed (015) in the same article;
        - a claim of responsibility (015), sympathy and mourning (017, 018) target the victims of the nearest attack;
        - a denial (016) answers the nearest accusation or criticism (11x) aimed at the denier."""
        claims = [c for c in cands if c.event.cameo == "015" and (c.event.source.group or c.event.source.org)]
        # the force that stopped an attacker ("l'assaillant a été abattu par la police") is not the author of the
        # attacker's violence ("deux personnes ont été tuées")
        named = [c for c in cands if c.event.root in ARMED and not _unnamed(c.event.source)
                 and not (c.event.target is not None and c.event.target.sector in ("CRM", "UAF"))]
        for c in cands:
            ev = c.event
            if ev.target is not None and (ev.target.group or ev.target.sector in ("CRM", "REB")):
                continue                   # "des dizaines de suspects ont été tués": not by the group they belong to
            if ev.root in ARMED and _unnamed(ev.source) and not claims:
                earlier = [k for k in named if k.event.cameo == ev.cameo and k.sentence_index < c.sentence_index]
                # "le bilan de l'attentat" and, later, "l'attentat, revendiqué par l'État islamique": an armed
                # group named as the author of the same kind of attack anywhere in the article
                groups = [k for k in named if k.event.cameo == ev.cameo and k.event.source.group]
                if earlier:                # "la frappe" after "la coalition a frappé": the same strike
                    ev.source = earlier[-1].event.source
                    ev.rule += "+author:earlier"
                    c.source_key = _actor_key(ev.source)
                elif len({k.source_key for k in groups}) == 1:
                    ev.source = groups[0].event.source
                    ev.rule += "+author:group"
                    c.source_key = _actor_key(ev.source)
        # "plusieurs ONG attribuent ces bombardements au régime syrien": the one the article says did it
        attributed = [c for c in cands if c.event.root == "11" and c.event.target is not None
                      and c.lemma in self.lexicon.cue("attribution_verb")]
        for c in cands:
            ev = c.event
            if ev.root in ARMED and _unnamed(ev.source) and ev.source.sector == "UAF" and claims:
                claim = min(claims, key=lambda k: abs(k.sentence_index - c.sentence_index))
                ev.source = claim.event.source
                ev.rule += "+author:claim"
                c.source_key = _actor_key(ev.source)
            elif ev.root in ARMED and _unnamed(ev.source) and attributed:
                near = min(attributed, key=lambda k: abs(k.sentence_index - c.sentence_index))
                ev.source = near.event.target
                ev.rule += "+author:attributed"
                c.source_key = near.target_key
        # artillery and air power belong to armed forces: an unnamed one with no antecedent is no event
        cands[:] = [c for c in cands if not (c.event.cameo in ("194", "195") and _unnamed(c.event.source))]
        self.link_partners(cands)
        attacks = [c for c in cands if c.event.quad_class == 4 and c.event.target is not None]
        violence = [c for c in cands if c.event.root in ARMED]
        for c in cands:
            ev = c.event
            if ev.target is not None:
                continue
            if ev.cameo == "015" and attacks:
                near = min(attacks, key=lambda k: (abs(k.sentence_index - c.sentence_index), k.sentence_index > c.sentence_index))
                ev.target, c.target_key, ev.target_basis = near.event.target, near.target_key, "discourse"
            elif ev.cameo[:3] in ("017", "018") and attacks:
                # "présente ses condoléances", "décrète trois jours de deuil": sympathy and mourning naming no
                # one are for the victims of the violence the article reports (the nearest, earlier first)
                near = min(attacks, key=lambda k: (abs(k.sentence_index - c.sentence_index), k.sentence_index > c.sentence_index))
                if near.target_key != c.source_key:
                    ev.target, c.target_key, ev.target_basis = near.event.target, near.target_key, "discourse"
            elif ev.root == "11" and violence:
                # "Le Vatican condamne fermement ce crime barbare": disapproval naming no one is aimed at the
                # authors of the violence the article reports (the nearest, earlier first)
                near = min(violence, key=lambda k: (abs(k.sentence_index - c.sentence_index), k.sentence_index > c.sentence_index))
                if near.source_key != c.source_key:
                    ev.target, c.target_key, ev.target_basis = near.event.source, near.source_key, "discourse"

    @staticmethod
    def link_denials(cands: list[Candidate], quotes: list[Quote]) -> None:
        """A denial (016) naming no one answers the accusers the article names before it: the sources of the
        latest accusation (112) aimed at the denier's country ("Washington et l'UE ont accusé Damas ... l'armée
        syrienne a démenti": one denial of each), else of the latest disapproval (11x), else the latest speaker
        of another country or body ("selon le Pentagone, l'interception ... ce qui est nié par Pékin")."""
        added: list[Candidate] = []
        for c in cands:
            ev = c.event
            if ev.cameo != "016" or ev.target is not None:
                continue
            aimed = [k for k in cands if k.event.root == "11" and k.event.target is not None and k.source_key != c.source_key
                     and k.event.target.country == ev.source.country and k.sentence_index <= c.sentence_index
                     and k.event.source.country != ev.source.country]
            accusations = [k for k in aimed if k.event.cameo.startswith("112")] or aimed
            if accusations:
                last = accusations[-1].sentence_index
                sides = {k.source_key: k.event.source for k in accusations if k.sentence_index == last}
            else:
                said = [q.speaker for q in quotes if q.start < ev.sentence_start and q.speaker is not None
                        and is_resolved(q.speaker) and _other_side(q.speaker, ev.source)]
                sides = {_actor_key(said[-1]): said[-1]} if said else {}
            for i, (key, actor) in enumerate(sides.items()):
                k = c if i == 0 else Candidate(replace(ev), c.source_key, None, c.sentence_index, c.lemma)
                k.event.target, k.target_key, k.event.target_basis = actor, key, "discourse"
                if i:
                    added.append(k)
        cands.extend(added)

    @staticmethod
    def link_partners(cands: list[Candidate]) -> None:
        """Cooperative verbal events (03-05) with no partner named continue the article's diplomacy: the
        partner is the other side of the latest earlier exchange the source's country took part in
        ("La Maison Blanche a salué un appel positif" after "Poutine et Trump ont échangé au téléphone").
        "Les deux dirigeants se sont entendus" names that exchange's two sides."""
        done: list[Candidate] = []
        for c in sorted(cands, key=lambda k: (k.event.sentence_start, k.event.trigger_start)):
            ev = c.event
            if ev.root in ("03", "04", "05") and ev.target is None and ev.source.country:
                for k in reversed(done):
                    a, b = k.event.source, k.event.target
                    if b is None or not a.country or not b.country or a.country == b.country:
                        continue
                    if ev.source.country in (a.country, b.country):
                        ev.target = b if ev.source.country == a.country else a
                        ev.target_basis = "discourse"
                        c.target_key = _actor_key(ev.target)
                        break
            done.append(c)

    def link_adversary(self, doc: Doc, cands: list[Candidate]) -> None:
        """In a war story, military action (root 19) whose target is unnamed or only a place is aimed at the
        armed group the article is about ("l'armée reprend la ville" in an article about the Islamic State)."""
        counts: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        for m in doc._.mentions or []:
            if m.actor is not None and m.actor.group:
                counts[m.actor.group] = counts.get(m.actor.group, 0) + 1
                actors.setdefault(m.actor.group, m.actor)
        if not counts:
            return
        group, n = max(counts.items(), key=lambda kv: kv[1])
        if n < 2:
            return
        for c in cands:
            ev = c.event
            if ev.root != "19" or ev.source.group == group:
                continue
            t = ev.target
            if t is None or _unnamed(t) or (t.sector is None and not t.group and not t.org):
                ev.target, ev.target_basis = actors[group], "discourse"
                c.target_key = _actor_key(ev.target)

    def link_retaliation(self, cands: list[Candidate], ctx: PlaceContext) -> None:
        """Military force (19) naming no target answers the violence just reported against its author's side
        ("un homme a foncé sur les militaires ... les militaires ont riposté": at the assailant); with no such
        attack, an armed group's or an unidentified force's action is aimed at the armed forces of its country, or
        of the country where it happens ("les talibans ont attaqué" -> the Afghan forces); a state's own action
        stays without a target."""
        retaliation = self.lexicon.cue("retaliation_verb")
        for c in cands:
            ev = c.event
            if ev.root != "19" or ev.target is not None:
                continue
            src = ev.source
            attacks = [] if c.lemma not in retaliation else [k for k in cands if k.event.root in ARMED and k is not c
                       and k.event.target is not None and 0 <= c.sentence_index - k.sentence_index <= 3
                       and k.source_key != c.source_key
                       and (k.target_key == c.source_key or (src.country is not None and not src.group
                            and k.event.target.country == src.country and not k.event.target.group
                            and k.event.target.sector in (src.sector, None)))]
            if attacks:
                near = attacks[-1]
                ev.target, c.target_key, ev.target_basis = near.event.source, near.source_key, "discourse"
            elif src.group or src.sector in ("REB", "UAF"):
                country = src.country or ctx.country_between(ev.sentence_start, ev.sentence_end)
                if not country:
                    continue
                ev.target = generic(country, "MIL")
                c.target_key, ev.target_basis = _actor_key(ev.target), "default"
                ev.confidence = round(ev.confidence * 0.9, 3)

    def verbal_attacks(self, cands: list[Candidate]) -> None:
        """A named person of political life who "attacks" or "s'en prend à" someone does it with words ("le
        ministre attaque de front le modèle Uber"): criticism (111), not force. A state, an armed force or an
        unnamed attacker keeps the violent code."""
        verbs = self.lexicon.cue("verbal_attack_verb")
        for c in cands:
            ev, src = c.event, c.event.source
            if ev.root in ARMED and c.lemma in verbs and src.name and not (src.org or src.group) \
                    and src.sector in POLITICAL_SPEAKERS and src.resolution not in STATE_RESOLUTIONS:
                _set_code(ev, self.codes["111"])
                ev.rule += "+verbal"

    def assaults(self, cands: list[Candidate]) -> None:
        """Conventional military force (190, 193) whose author is no armed force (a gunman, an unidentified
        assailant, civilians), or an armed group's attack on non-combatants, is an assault (180): CAMEO keeps
        root 19 for fighting between armed forces."""
        for c in cands:
            ev = c.event
            new = ASSAULT_FOR_FIGHT.get(ev.cameo)
            if new is None:
                continue
            src = ev.source
            state = src.sector is None and bool(src.country) and not src.org   # "la Turquie a bombardé"
            irregular = src.sector not in COMBATANT_SECTORS and not src.group and not state
            # an armed group against civilians the text names, or against the police (no armed force at war)
            terror = (src.group or src.sector == "REB") and ev.target is not None and (
                (ev.target.sector in NONCOMBATANT_SECTORS and ev.target_basis == "text") or ev.target.sector == "COP")
            if irregular or terror:
                _set_code(ev, self.codes[new])
                ev.rule += "+assault"

    def default_targets(self, cands: list[Candidate], ctx: PlaceContext) -> None:
        """An event whose target neither the text nor the article's discourse names is aimed at the source's own
        country (CAMEO's country-level actor): "Renzi démissionne", "la police a interpellé 20 personnes",
        "des manifestants ont défilé". Protests take its government, repression and violence its population.
        The source's country, else the country of the sentence's place; none known -> no target."""
        for c in cands:
            ev = c.event
            if ev.target is not None or ev.root in NO_DEFAULT_TARGET_ROOTS or ev.cameo in ("015", "016"):
                continue
            country = ev.source.country or ctx.country_between(ev.sentence_start, ev.sentence_end)
            if not country:
                continue
            sector = DEFAULT_TARGET_SECTOR.get(ev.root)
            ev.target = generic(country, sector)
            ev.target_basis = "default"
            ev.confidence = round(ev.confidence * 0.9, 3)

    def select(self, cands: list[Candidate], n_sentences: int) -> list[Event]:
        """Deduplicate, drop targetless twins of targeted events, and cap the number of events."""
        best: dict[tuple, Candidate] = {}
        counts: dict[tuple, int] = {}
        for c in cands:
            scope = c.sentence_index if self.dedupe == "sentence" else -1
            key = (scope, c.source_key, c.event.root, c.target_key)
            akey = (c.source_key, c.event.cameo, c.target_key)
            counts[akey] = counts.get(akey, 0) + 1
            if key not in best or _better(c, best[key]):
                best[key] = c
        kept = list(best.values())
        kept = [c for c in kept if not self._unnamed_twin(c, kept)]
        targeted = {(c.sentence_index, c.source_key, c.event.root) for c in kept if c.target_key is not None}
        kept = [c for c in kept if c.target_key is not None or (c.sentence_index, c.source_key, c.event.root) not in targeted]
        by_sent: dict[int, list[Candidate]] = {}
        for c in kept:
            by_sent.setdefault(c.sentence_index, []).append(c)
        kept = []
        for lst in by_sent.values():
            lst.sort(key=lambda c: -c.event.confidence)
            kept.extend(lst[:MAX_EVENTS_PER_SENTENCE])
        limit = int(self.max_ratio * max(1, n_sentences))
        if len(kept) > limit:
            kept = sorted(kept, key=lambda c: -c.event.confidence)[:limit]
        kept.sort(key=lambda c: (c.event.sentence_start, c.event.trigger_start))
        for c in kept:
            c.event.mentions = counts.get((c.source_key, c.event.cameo, c.target_key), 1)
        return [c.event for c in kept]

    @staticmethod
    def _unnamed_twin(c: Candidate, kept: list[Candidate]) -> bool:
        """"Un kamikaze s'est fait exploser ..., tuant vingt personnes": the unnamed author of one trigger and the
        named one of another in the same sentence, same root, same country on both sides, are one event."""
        ev = c.event
        if not _unnamed(ev.source) or ev.source.sector != "UAF" or ev.target_basis == "text":
            return False                   # an unnamed attacker, whose victims the text does not name either
        tc = ev.target.country if ev.target else None
        return any(k is not c and k.sentence_index == c.sentence_index and k.event.root == ev.root
                   and not _unnamed(k.event.source) and k.event.source.country == ev.source.country
                   and (k.event.target.country if k.event.target else None) == tc for k in kept)

    @staticmethod
    def link_quotes(events: list[Event], quotes: list[Quote]) -> None:
        for ev in events:
            for i, q in enumerate(quotes):
                if q.start <= ev.trigger_start < q.end:
                    ev.quote = i
                    break


SENTENCE_END = tuple('.!?…:;»"”')


def logical_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, re-joined where it cut a clause in two ("Moscou et Washington | se disent prêts"):
    a sentence without final punctuation followed, in the same paragraph, by one starting in lower case."""
    out: list[Span] = []
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        if out:
            prev = out[-1]
            first = sent[0].text[:1]
            cut = (not prev.text.rstrip().endswith(SENTENCE_END) and (first.islower() or first in ":,;–-)"))
            cut = cut or (prev.text.rstrip().endswith(":") and (first.islower() or len(prev) <= 4))
            if cut and "\n" not in text_of(doc)[prev.end_char:sent.start_char]:
                out[-1] = doc[prev.start: sent.end]
                continue
        out.append(sent)
    return out


FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "me", "m'", "m’", "moi"})
FIRST_POSSESSIVES = frozenset({"notre", "nos", "mon", "ma", "mes"})


def _first_possessive(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in FIRST_POSSESSIVES for c in tok.children)


def quoted_speaker(doc: Doc, tok: Token) -> Actor | None:
    """The speaker of the direct quotation a token stands in (a first-person pronoun is its speaker)."""
    quotes = doc._.quotes or []
    i = quote_index_at(quotes, tok.idx, tok.idx + len(tok.text))
    return quotes[i].speaker if i is not None and quotes[i].direct else None


def _article_token(doc: Doc, tok: Token) -> Token | None:
    """The article's token for a token of a re-parsed headline clause (the article's own tokens as they are)."""
    if tok.doc is doc:
        return tok
    base = tok.doc.user_data.get("newsgraph_base", 0)
    span = doc.char_span(base + tok.idx, base + tok.idx + len(tok.text), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _a_for_a(tok: Token) -> bool:
    """"a" written for "à" before an infinitive complement of the trigger ("appelle X a renouer")."""
    for c in tok.children:
        if "VerbForm=Inf" in str(c.morph) and c.i > tok.i:
            prev = c.doc[c.i - 1]
            if prev.lower_ == "a" and prev.i > tok.i:
                return True
    return False


def _if_mark(tok: Token) -> bool:
    """"si" introducing a clause, also elided before "il(s)" ("s'il est mis en examen"), which the lemmatiser
    reads as the reflexive "se"."""
    return tok.dep_ == "mark" and (F.lemma(tok) == "si" or tok.lower_ in ("s'", "s’"))


def _conditional(tok: Token) -> bool:
    """Conditional mood, from the morphology or the form (future stem + -ait: "attaquerait", "prendrait")."""
    if "Mood=Cnd" in str(tok.morph):
        return True
    form, lemma = tok.lower_, tok.lemma_.lower()
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return tok.pos_ in ("VERB", "AUX") and len(lemma) > 3 and form in (stem + "ait", stem + "aient")


def _future(tok: Token) -> bool:
    """Simple future ("rencontrera") or "aller" + infinitive in the present ("va rencontrer")."""
    if "Tense=Fut" in str(tok.morph) or any("Tense=Fut" in str(a.morph) for a in F.aux_children(tok)):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and F.lemma(head) == "aller" and "Tense=Pres" in str(head.morph) \
        and "VerbForm=Inf" in str(tok.morph)


_KEYED_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "PROPN"})    # the parts of speech lemma_keys gives keys for


def _pos_keys(tok: Token) -> tuple[str, ...]:
    if tok.pos_ in ("VERB",):
        return ("VERB",)
    if tok.pos_ == "AUX":
        return ("VERB",) if tok.dep_ not in ("aux:tense", "aux:pass", "cop") else ()
    if tok.pos_ == "NOUN":
        return ("NOUN",)
    if tok.pos_ == "ADJ":
        return ("ADJ", "VERB")          # participles tagged ADJ ("prêts", "visés")
    if tok.pos_ == "PROPN":
        return ("NOUN",) if tok.is_lower else ()
    return ()


def _trigger_extent(trig: Trigger) -> tuple[int, int]:
    tok = trig.token
    toks = [tok] + [a for a in F.aux_children(tok) if a.i < tok.i]
    toks += [c for c in tok.children if c.dep_.startswith("expl") and c.i < tok.i]
    start = min(t.idx for t in toks)
    return start, tok.idx + len(tok.text)


def _set_code(ev: Event, code) -> None:
    """Give an event another CAMEO code, with everything the code table says about it."""
    ev.cameo, ev.root, ev.plover, ev.plover_mode = code.code, code.root, code.plover, code.plover_mode
    ev.quad_class, ev.goldstein = code.quad_class, code.goldstein


def _actor_key(a: Actor) -> tuple:
    """Identity of an actor for deduplication: generic actors (unnamed, or named by a common noun: "les
    manifestants", "une manifestation", an implicit participant) are one actor per country and sector."""
    name = a.name or a.mention or ""
    if not (a.id or a.wikidata) and not name[:1].isupper():
        name = "*"
    return (a.country, a.org, a.group, a.sector, name.lower())


SPORTS_KEPT_SECTORS = frozenset({"GOV", "IGO", "COP", "JUD", "LEG", "MIL"})


def _kept_in_sports(ev: Event) -> bool:
    """In a sports report: violence (roots 18-20), armed groups' acts (a claim), and the acts of a named official
    or body."""
    src = ev.source
    return ev.root in ARMED or bool(src.group) or \
        (src.sector in SPORTS_KEPT_SECTORS and bool(src.name or src.mention))


def _completed_past(verb: Token) -> bool:
    """Passé composé ("a pu", "ont dû": a past participle with the auxiliary "avoir") or passé simple ("put")."""
    morph = verb.morph
    if "Part" in morph.get("VerbForm") and "Past" in morph.get("Tense"):
        return any(c.dep_.startswith("aux") and F.lemma(c) == "avoir" and "Cnd" not in c.morph.get("Mood")
                   and "Fut" not in c.morph.get("Tense") for c in verb.children)
    return "Fin" in morph.get("VerbForm") and "Past" in morph.get("Tense") and "Ind" in morph.get("Mood")


def _in_name(tok: Token) -> bool:
    """A word inside the name of an organisation or a person (a mention of several words)."""
    doc = tok.doc
    if not doc.has_extension("mentions") or tok._.mention is None:
        return False
    m = (doc._.mentions or [])[tok._.mention]
    return m.label in ("ORG", "PER") and " " in m.text.strip()


def _alternative(pred: Token) -> bool:
    """"accepté ou non", "qu'il signe ou pas": the predicate is one of two alternatives, not a fact."""
    doc = pred.doc
    return any(t.lower_ in ("non", "pas") and t.i > 0 and doc[t.i - 1].lower_ == "ou" and 0 < t.i - pred.i <= 4
               for t in pred.subtree)


def _pairs(sources: list[Actor], targets: list[Actor], reciprocal: bool, root: str) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs. "Moscou et Washington se disent prêts à coopérer": with no target named, each source
    of a cooperative act (roots 03-06) acts toward the other; a reciprocal predicate ("A et B se sont entretenus")
    or a joint act (consultations, cooperation: roots 04, 06) gives one event, A->B. "Les séparatistes et la Russie demandent un retrait": each is a source, not the other's
    target."""
    if not targets and len(sources) > 1:
        if reciprocal or root in JOINT_ROOTS:
            return [(sources[0], sources[1])]  # "Washington et Pyongyang ont entamé des négociations": one meeting
        if root in SYMMETRIC_ROOTS:
            return [(s, sources[1] if i == 0 else sources[0]) for i, s in enumerate(sources)]
        return [(s, None) for s in sources]
    return [(s, t) for s in sources for t in (targets or [None])]


def _other_side(a: Actor, b: Actor) -> bool:
    """Two actors of different countries or bodies (a denial answers the other side, not one's own)."""
    if a.country and b.country:
        return a.country != b.country
    return (a.org or a.group or a.country) != (b.org or b.group or b.country)


def _unnamed(a: Actor) -> bool:
    return not (a.name or a.mention)


def _same_actor(a: Actor, b: Actor) -> bool:
    if not (a.name or a.mention) or not (b.name or b.mention):
        return False                      # unnamed participants (unidentified attacker, civilians) are distinct
    if a.name and b.name:
        return a.name == b.name and a.country == b.country
    return (a.mention or "").lower() == (b.mention or "").lower() and a.country == b.country


def _better(a: Candidate, b: Candidate) -> bool:
    sa, sb = len(a.event.cameo), len(b.event.cameo)
    return (a.event.confidence, sa) > (b.event.confidence, sb)
