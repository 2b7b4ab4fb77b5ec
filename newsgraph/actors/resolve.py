"""Resolution of mentions to actors on one article Doc.

Order of work (each step a small method of :class:`Resolver`):

1. ``_match``: one pass of the automaton over the folded text; matches kept only on token boundaries and
   when their case fits; country adjectives collected apart; overlaps resolved longest-first.
2. ``_kb_mentions``: KB matches become mentions (countries and capitals are governments unless used as a
   place, seats of power carry their sector, people get the sector of the role they hold at the article's
   date, former officials become ELI).
3. ``_role_mentions``: role nouns composed with a country adjective or a nested KB mention
   ("le ministre russe des Affaires étrangères", "les forces de l'EI", "le porte-parole du Kremlin").
4. ``_entity_mentions``: the model's entities not covered by the KB (unknown persons and organisations);
   a role right before a person name gives it a sector and a country ("le journaliste turc X").
5. ``_corefer``: repeated surnames, then subject pronouns, linked to earlier actors.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

import re

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span, Token

from ..nlp.extensions import text_of
from ..records import Actor, Mention
from .ambiguity import Guards
from .dating import DateReader
from .individual import INDIVIDUAL_COUNTRY, IndividualFinder, IndividualWords
from .entities import fix_entities, in_street_name, name_after_common_noun
from .kb import KbEntity, KnowledgeBase
from .lexicon import KIND_PRIORITY, Lexicon, Target
from .normalize import fold

NOMINAL = frozenset({"NOUN", "PROPN"})
LOCATIVE_PREPS = frozenset({"à", "a", "au", "aux", "en", "dans", "vers", "depuis", "de", "d'", "du", "des", "sur",
                            "près", "hors", "via", "jusqu'", "jusqu'à", "entre", "outre"})
ROLE_STOP_POS = frozenset({"PUNCT", "VERB", "AUX", "SCONJ", "PRON", "CCONJ", "NUM"})
SUBJECT_PRONOUNS = {"il": ("Sing", "Masc"), "elle": ("Sing", "Fem"), "ils": ("Plur", "Masc"), "elles": ("Plur", "Fem")}
PRONOUN_RE = re.compile(r"\b(?:il|elle|ils|elles)\b")
# object clitics before their verb: number, and gender where the form gives it ("lui", "leur", "l'" give none)
CLITIC_PRONOUNS = {"lui": ("Sing", None), "leur": ("Plur", None), "le": ("Sing", "Masc"), "la": ("Sing", "Fem"),
                   "l'": ("Sing", None), "l’": ("Sing", None), "les": ("Plur", None)}
IMPERSONAL_VERBS = frozenset({"falloir", "agir", "sembler", "paraître", "exister", "pleuvoir", "rester", "suffire", "manquer"})
IMPERSONAL_NOUNS = frozenset({"temps", "question", "heure", "dommage", "vrai", "moment", "lieu", "besoin"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
COREF_SENTENCES = 2     # how many sentences back a pronoun may look for its antecedent
# sectors whose bare role nouns ("le président", "les manifestants") take the article's main country
CONTEXT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "CVL", "LAB", "MED", "BUS", "ELI"})
SETTLEMENT_NOUNS = frozenset({"ville", "localité", "village", "bourg", "quartier", "commune", "région", "province",
                              "district", "cité", "banlieue", "faubourg", "gouvernorat", "oblast"})
PLACE_NOUNS = frozenset({"pays", "nation"})            # roles that are a place after a preposition ("dans le pays")
ANAPHORIC_NOUNS = frozenset({"organisation", "groupe", "mouvement"})   # "l'organisation" = the group named before
GENITIVE = frozenset({"de", "d'", "d’", "du", "des"})
LEAD_VERBS = frozenset({"mener", "diriger", "conduire", "commander", "soutenir", "piloter"})
SEND_VERBS = frozenset({"envoyer", "dépêcher", "mandater", "nommer", "désigner", "missionner", "déléguer"})
DEFINITE = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})
FOREIGN_WORDS = frozenset({"etranger", "etrangere", "etrangers", "etrangeres", "international", "internationale",
                           "internationaux", "internationales"})
NATIONALITY_RE = re.compile(r"\b(?:nationalite|citoyennete)\b")   # "de nationalité française" (not "d'origine")


DEMONSTRATIVES = {"cette derniere": ("Sing", "Fem"), "ce dernier": ("Sing", "Masc"), "ces derniers": ("Plur", "Masc"),
                  "ces dernieres": ("Plur", "Fem"), "celle-ci": ("Sing", "Fem"), "celui-ci": ("Sing", "Masc"),
                  "ceux-ci": ("Plur", "Masc"), "celles-ci": ("Plur", "Fem")}
DEMONSTRATIVE_RE = re.compile(r"\b(?:cette derniere|ce dernier|ces derniers|ces dernieres|celle-ci|celui-ci|ceux-ci|"
                              r"celles-ci)\b")
KURDISH = "kurde"           # "forces kurdes": the Kurdish body of the country where the text places them
PLACE_SECTORS = frozenset({"REB", "CVL", "OPP"})   # bare roles located by a country named in their sentence


def _gender(head: Token) -> list[str]:
    """A noun's gender, from its determiner when it has one (the model often guesses proper nouns wrong:
    "le Pentagone")."""
    for c in head.children:
        if c.dep_ == "det" and c.i < head.i:
            g = c.morph.get("Gender")
            if g:
                return g
    if head.pos_ == "PROPN":
        return []
    return head.morph.get("Gender")


def _same_given_name(a: str, b: str) -> bool:
    """Two folded first names that may be one: equal, one a longer form of the other ("vladimir",
    "vladimirovitch"), an initial of it ("e." for "emmanuel"), or spelled close ("mouammar", "muammar")."""
    if len(a.rstrip(".")) == 1:
        return b.startswith(a.rstrip("."))
    if a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.75


def _informative(a: Actor) -> bool:
    """An actor the text placed: a country, an organisation, a group or a sector."""
    return bool(a.country or a.org or a.group or a.sector)


def _determined(tok: Token) -> bool:
    """The token has a determiner of its own before it ("un Syrien", "l'opposant"): it is used as a noun, even
    when the tagger makes it an adjective or a participle."""
    return any(c.dep_ == "det" and c.i < tok.i for c in tok.children)


@dataclass(slots=True)
class Match:
    start: int              # token index
    end: int                # token index, exclusive
    target: Target
    targets: tuple[Target, ...] = ()


@dataclass(slots=True)
class _Work:
    """Everything known about one Doc while it is resolved."""

    doc: Doc
    date: str | None
    adjectives: dict[int, str] = field(default_factory=dict)      # token index -> ISO3
    mentions: list[Mention] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)    # token span of each mention
    heads: list[int] = field(default_factory=list)                # head token of each mention
    sent_starts: list[int] = field(default_factory=list)
    context_country: str | None = None                           # the article's main country, if clear
    starts: dict[int, int] = field(default_factory=dict)          # char offset -> token starting there
    ends: dict[int, int] = field(default_factory=dict)            # char offset -> index after the token ending there
    folded: str = ""
    demonyms: dict[int, str] = field(default_factory=dict)        # token index -> ISO3 ("les Américains")
    ents: list[Span] = field(default_factory=list)                # the entities after correction
    coordinated: list[int] = field(default_factory=list)         # adjectives coordinated with the last role's
    full_names: dict[str, int] = field(default_factory=dict)      # person id -> first token of a full-name match
    role_ends: set[int] = field(default_factory=set)              # token index after each role phrase

    def sentence_of(self, token_i: int) -> int:
        return max(0, bisect_right(self.sent_starts, token_i) - 1)

    def add(self, start: int, end: int, label: str, actor: Actor | None, rule: str) -> int:
        span = self.doc[start:end]
        self.mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char, label=label,
                                     sentence=self.sentence_of(start), actor=actor, rule=rule))
        self.spans.append((start, end))
        self.heads.append(span.root.i)
        return len(self.mentions) - 1


def _clause_subjects(verb: Token) -> set[int]:
    """Token indices of the subjects of a verb, with their coordinated names; for a verb with no subject of its
    own (an infinitive, a participle, a coordinated verb: "avant de l'arraisonner"), those of the verb it hangs on."""
    for _ in range(3):
        found = {t.i for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree}
        if found or verb.head.i == verb.i:
            return found
        verb = verb.head
    return set()


COUNTRY_ADJECTIVES = "newsgraph_country_adjectives"     # doc.user_data: token index -> ISO3 of country adjectives


def adjective_country(token: Token) -> str | None:
    """The country a nationality adjective on ``token`` names ("une source policière française" -> FRA), for
    nouns no actor resolves; None without one, or with two of different countries."""
    found = token.doc.user_data.get(COUNTRY_ADJECTIVES) or {}
    isos = {found[c.i] for c in token.children if c.dep_ == "amod" and c.i in found}
    return isos.pop() if len(isos) == 1 else None


class Resolver:
    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, dates: DateReader | None = None,
                 guards: Guards | None = None, individuals: IndividualFinder | None = None):
        self.kb = kb
        self.individuals = individuals or IndividualFinder(IndividualWords())
        self.lexicon = lexicon
        self.dates = dates or DateReader({})
        self.guards = guards or Guards()

    # -- entry point ----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> list[Mention]:
        art = doc._.article
        # office holders at the publication date, else at the dateline's or the text's own dates
        date = self.dates(text_of(doc), art.published if art is not None else None).date
        idx, length, sent_start = doc.to_array([IDX, LENGTH, SENT_START]).T.tolist() if len(doc) else ([], [], [])
        work = _Work(doc=doc, date=date, sent_starts=[i for i, v in enumerate(sent_start) if v == 1 or i == 0],
                     starts={c: i for i, c in enumerate(idx)},
                     ends={c + n: i + 1 for i, (c, n) in enumerate(zip(idx, length))})
        work.folded = fold(text_of(doc))
        model_ents = list(doc.ents)
        matches = self._match(work, model_ents)
        work.ents = fix_entities(doc, model_ents, matches, self.lexicon.adjective_forms, self.lexicon.aliases,
                                 work.starts, self.guards.honorifics)
        taken = [False] * len(doc)
        roles: list[Match] = []
        acronyms: list[Match] = []
        for m in matches:
            if m.target.kind == "role":
                work.role_ends.add(m.end)
            elif m.target.kind == "person" and " " in m.target.alias.strip():
                work.full_names.setdefault(m.target.key, m.start)
        for m in matches:
            if m.target.kind == "role":
                roles.append(m)
            elif m.target.alias in self.guards.acronyms:
                acronyms.append(m)
            elif not self._kb_mention(work, m):
                continue                # left to the model's entities: "Jean Hollande" is somebody else
            for i in range(m.start, m.end):
                taken[i] = True
        for i, iso in work.demonyms.items():
            if not taken[i]:
                work.add(i, i + 1, "ROLE", Actor(name=doc[i].text, mention=doc[i].text, country=iso, code=iso,
                                                  wikidata=None), "demonym")
                taken[i] = True
        work.context_country = self._dominant_country(work)
        for m in acronyms:
            self._acronym_mention(work, m)
        for m in roles:
            self._role_mention(work, m)
        self._entity_mentions(work, taken)
        self._attach_roles_to_names(work)
        self._nationalities(work)
        self._corefer_names(work)
        self._corefer_pronouns(work)
        order = sorted(range(len(work.mentions)), key=lambda i: (work.mentions[i].start, work.mentions[i].end))
        mentions = [work.mentions[i] for i in order]
        for m in mentions:
            if m.actor is not None and m.actor.resolution is None:
                m.actor = replace(m.actor, resolution=m.rule)
        spans = [work.spans[i] for i in order]
        for idx, (s, e) in enumerate(spans):
            for i in range(s, e):
                if doc[i]._.mention is None:
                    doc[i]._.mention = idx
        doc.user_data[COUNTRY_ADJECTIVES] = dict(work.adjectives)
        doc.user_data[INDIVIDUAL_COUNTRY] = self.individuals(doc, work.adjectives, work.demonyms)
        return mentions

    # -- 1. matching ----------------------------------------------------------------------------------
    def _match(self, work: _Work, model_ents: list[Span]) -> list[Match]:
        doc = work.doc
        text = text_of(doc)
        starts, ends = work.starts, work.ends
        org_ents = [(e.start, e.end) for e in model_ents if e.label_ in ("ORG", "MISC") and e.end - e.start > 1]
        per_ents = [(e.start, e.end) for e in model_ents if e.label_ in PERSON_LABELS or e.label_ == "MISC"]
        found: list[Match] = []
        candidates: list[tuple[int, int, list[Target]]] = []
        for cs, ce, targets in self.lexicon.iter(work.folded):
            ts, te = starts.get(cs), ends.get(ce)
            if ts is None or te is None:
                continue
            surface = text[cs:ce]
            ok = [t for t in targets if t.case_ok(surface)]
            if not ok:
                continue
            adj = [t for t in ok if t.kind == "adjective"]
            rest = [t for t in ok if t.kind != "adjective"]
            if adj and te - ts == 1 and (doc[ts].pos_ in ("ADJ", "NOUN", "PROPN") or
                                         (doc[ts].pos_ == "VERB" and doc[ts].dep_ == "amod")):   # "frappes russes"
                if not surface[:1].isupper():
                    work.adjectives[ts] = adj[0].key
                elif (doc[ts].pos_ != "ADJ" or _determined(doc[ts])) and not rest and not in_street_name(doc, ts):
                    work.demonyms[ts] = adj[0].key          # "les Russes", "le Syrien X"; not "promenade des Anglais"
            candidates.append((ts, te, rest))
        role_starts = {ts for ts, _, rest in candidates if any(t.kind == "role" for t in rest)}
        for ts, te, rest in candidates:
            rest = [t for t in rest if self._plausible(doc, ts, te, t, per_ents, org_ents, role_starts)]
            if rest:
                found.append(Match(ts, te, rest[0], tuple(rest)))
        self._compound_adjectives(work)
        found = self._outside_org_names(doc, found, org_ents)
        found.sort(key=lambda m: (-(m.end - m.start), KIND_PRIORITY[m.target.kind], m.start))
        used = [False] * len(doc)
        chosen = []
        for m in found:
            if any(used[m.start:m.end]):
                continue
            for i in range(m.start, m.end):
                used[i] = True
            chosen.append(m)
        chosen.sort(key=lambda m: m.start)
        return chosen

    @staticmethod
    def _outside_org_names(doc: Doc, found: list[Match], org_ents: list[tuple[int, int]]) -> list[Match]:
        """A country or capital inside a longer organisation name ("Paris Saint-Germain", "Air France") is part
        of the name, unless the name starts with a role ("ministère des Affaires étrangères de la Russie") or
        is a common noun's phrase ("les attentats de Paris")."""
        role_starts = {m.start for m in found if m.target.kind == "role"}
        out = []
        for m in found:
            if m.target.kind in ("country", "capital", "place") and any(
                    s <= m.start and m.end <= e and e - s > m.end - m.start and s not in role_starts
                    and name_after_common_noun(doc, s, e) != m.start for s, e in org_ents):
                continue
            out.append(m)
        return out

    def _compound_adjectives(self, work: _Work) -> None:
        """"turco-syrien", "franco-allemande": the first country of a compound adjective."""
        doc = work.doc
        for found in self.lexicon.combining_re.finditer(work.folded):
            i = work.starts.get(found.start())
            if i is None or i in work.adjectives:
                continue
            iso = self.lexicon.combining[found.group(1)]
            if doc[i].text.endswith("-") or "-" in doc[i].text:
                work.adjectives[i] = iso
            elif i + 2 < len(doc) and doc[i + 1].text == "-" and i + 2 in work.adjectives:
                # the tokenizer may split "turquo-syriennes" into three tokens
                work.adjectives[i] = work.adjectives[i + 1] = iso

    @staticmethod
    def _plausible(doc: Doc, start: int, end: int, target: Target, ents: list[tuple[int, int]],
                   names: list[tuple[int, int]], role_starts: frozenset[int] | set[int] = frozenset()) -> bool:
        if target.kind == "role":
            # a role word inside a name ("Conseil national pour la défense de la démocratie") is not a role
            if any(s < start and end <= e for s, e in names):
                return False
            # a word with a determiner is a noun, whatever the tagger says ("L'opposant russe X" as a VERB)
            return any(doc[i].pos_ in NOMINAL or _determined(doc[i]) for i in range(start, end))
        if target.kind in ("country", "capital"):
            # part of a longer person or work name: "George Washington", "Paris Match"; not of a common noun's
            # or a title's phrase ("les attentats de Paris", "Premier ministre du Canada")
            return not any(s <= start and end <= e and (e - s) > (end - start) and s not in role_starts
                           and name_after_common_noun(doc, s, e) != start for s, e in ents)
        if target.kind == "place":
            return Resolver._plausible_place(doc, start, end, ents)
        return True

    @staticmethod
    def _plausible_place(doc: Doc, start: int, end: int, names: list[tuple[int, int]]) -> bool:
        """A subdivision or city name: capitalised, not inside a person's or work's name ("Florence Parly"), and
        a proper noun or a place entity when it is one word (a sentence-initial "Tours" may be the noun)."""
        if not doc[start].text[:1].isupper() or doc[start].ent_type_ in PERSON_LABELS:
            return False
        if any(s <= start and end <= e and e - s > end - start for s, e in names):
            return False
        if end - start > 1:
            return True
        tok = doc[start]
        return tok.pos_ == "PROPN" or tok.ent_type_ in ("LOC", "GPE")

    # -- 2. knowledge-base mentions -------------------------------------------------------------------
    def _kb_mention(self, work: _Work, m: Match) -> bool:
        """Add the mention of a KB match; False when an ambiguity guard leaves the words to the model."""
        t = m.target
        doc = work.doc
        mention = doc[m.start:m.end].text
        named_place = self._named_settlement(doc, m.start)
        if named_place and t.kind not in ("country", "capital", "place"):
            return True                 # "la ville de Douma" is a town, not the Russian parliament
        if t.kind == "place":
            # a subdivision or a city is a place of its country, never a government by itself
            place = self.kb.places[t.key]
            actor = Actor(name=place.name, mention=mention, country=place.country, code=place.country, id=place.id)
            work.add(m.start, m.end, "LOC", actor, f"kb:{place.kind}:place")
            return True
        if t.kind in ("country", "capital"):
            c = self.kb.countries[t.key]
            if named_place or self._locative(doc, m.start):
                actor = Actor(name=c.canonical, mention=mention, country=c.iso3, code=c.iso3, id=c.iso3,
                              wikidata=c.wikidata)
                work.add(m.start, m.end, "LOC", actor, f"kb:{t.kind}:place")
            else:
                actor = Actor(name=c.canonical, mention=mention, country=c.iso3, sector="GOV", code=c.iso3 + "GOV",
                              id=c.iso3, wikidata=c.wikidata)
                work.add(m.start, m.end, "LOC", actor, f"kb:{t.kind}:government")
        elif t.kind == "seat":
            actor = Actor(name=t.alias, mention=mention, country=t.key, sector=t.sector, code=t.key + (t.sector or ""),
                          id=f"{t.key}:{fold(t.alias)}")
            work.add(m.start, m.end, "ORG", actor, "kb:seat")
        else:
            entity = self._choose(work, m)
            rule = f"kb:{entity.kind}"
            if entity.kind == "person" and self._other_first_name(doc, m, entity):
                return False            # "Elif Demirtas" is not Selahattin Demirtas: left to the model's entity
            if entity.kind == "person" and self.guards.is_word(mention):
                basis = self._bare_name_basis(work, m, entity.id)
                if basis is None:
                    return False        # "Hollande" alone may be the country, "Mars" the month or the planet
                rule = f"kb:person:{basis}"
            actor = self.entity_actor(entity, mention, work.date)
            label = "PER" if entity.kind == "person" else "ORG"
            work.add(m.start, m.end, label, actor, rule)
        return True

    @staticmethod
    def _other_first_name(doc: Doc, m: Match, entity: KbEntity) -> bool:
        """A KB surname matched alone inside a longer person entity whose first names are none of the KB's for
        that person (nor a longer or shorter form of one: "Vladimir Vladimirovitch Poutine"): another person."""
        if m.end - m.start != 1 or m.start == 0 or doc[m.start].ent_iob_ != "I":
            return False
        given = {fold(w) for name in entity.names for w in name.split()[:-1] if w[:1].isupper()}
        if not given:
            return False                # the KB knows no first name to compare with
        before = []
        i = m.start - 1
        while i >= 0 and doc[i].ent_type_ in PERSON_LABELS and doc[i].text[:1].isupper():
            before.append(fold(doc[i].text))
            if doc[i].ent_iob_ == "B":
                break
            i -= 1
        if not before:
            return False
        return not any(_same_given_name(w, g) for w in before for g in given)

    def _bare_name_basis(self, work: _Work, m: Match, person: str) -> str | None:
        """Why a one-word name that is also a word is this person: a title (honorific or role noun) right before
        it, or a full mention of the person earlier (anywhere in the article when the word is in the first
        sentence, a headline); None otherwise. A first name other than the KB's makes it another person."""
        doc, i = work.doc, m.start
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (fold(prev.text) in self.guards.honorifics or i in work.role_ends):
            return "title"
        if prev is not None and prev.text[:1].isupper() and prev.ent_type_ in PERSON_LABELS and doc[i].ent_iob_ == "I":
            return None
        first = work.full_names.get(person)
        if first is not None and (first < i or work.sentence_of(i) == 0):
            return "full-mention"
        return None

    def _acronym_mention(self, work: _Work, m: Match) -> None:
        """An acronym with several readings ("CE", "CPI", "PS", "UA"): the reading the article's cues, its main
        country or the default give; no actor when the reading is not one or nothing decides."""
        choice = self.guards.read_acronym(m.target.alias, work.folded, work.context_country, self.kb)
        if choice.id is None:
            return
        entity = self.kb.entities[choice.id]
        actor = self.entity_actor(entity, work.doc[m.start:m.end].text, work.date)
        work.add(m.start, m.end, "ORG", actor, f"kb:acronym:{choice.basis}")

    def _choose(self, work: _Work, m: Match) -> KbEntity:
        """Among entities sharing an alias: one already named in the article, else one in office, else the first."""
        cands = [self.kb.entities[t.key] for t in m.targets if t.kind in ("person", "org", "group")]
        if len(cands) == 1:
            return cands[0]
        named = {mm.actor.id for mm in work.mentions if mm.actor is not None}
        for c in cands:
            if c.id in named:
                return c
        for c in cands:
            if c.kind == "person" and c.role_at(work.date)[1] is not None and c.role_at(work.date)[0] != "ELI":
                return c
        return cands[0]

    def entity_actor(self, e: KbEntity, mention: str | None, date: str | None) -> Actor:
        if e.kind != "person":
            country = None if e.sector == "IGO" else e.country
            return Actor(name=e.name, mention=mention, country=country, sector=e.sector, org=e.org, group=e.group,
                         code=e.code, id=e.id, wikidata=e.wikidata)
        sector, _role = e.role_at(date)
        code = None
        if e.org and sector == "IGO":
            org = self.kb.entities.get(e.org)
            code = org.code if org else "IGO"
            country = None
        else:
            country = e.country
            code = (country or "") + (sector or "") or None
        return Actor(name=e.name, mention=mention, country=country, sector=sector, org=e.org, group=e.group,
                     code=code, id=e.id, wikidata=e.wikidata, as_of=date)

    @staticmethod
    def _named_settlement(doc: Doc, start: int) -> bool:
        """The name follows a settlement noun and "de": "la ville de Douma", "la région de Koursk"."""
        return (start >= 2 and doc[start - 1].lower_ in GENITIVE
                and doc[start - 2].lemma_.lower() in SETTLEMENT_NOUNS)

    @staticmethod
    def _locative(doc: Doc, start: int) -> bool:
        i = start - 1
        if i >= 0 and doc[i].pos_ == "DET":
            i -= 1
        return i >= 0 and doc[i].lower_ in LOCATIVE_PREPS and doc[i].pos_ in ("ADP", "DET")

    # -- 3. roles -------------------------------------------------------------------------------------
    @staticmethod
    def _dominant_country(work: _Work) -> str | None:
        """The country named most often (names, capitals, adjectives, people), when one clearly leads."""
        counts: dict[str, int] = {}
        for m in work.mentions:
            if m.actor is not None and m.actor.country:
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
        for iso in work.adjectives.values():
            counts[iso] = counts.get(iso, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return max(counts, key=lambda c: counts[c])

    def _role_mention(self, work: _Work, m: Match) -> None:
        doc = work.doc
        role = m.target
        phrase = fold(role.alias)
        if phrase in PLACE_NOUNS and (self._locative(doc, m.start) or m.start == 0
                                      or doc[m.start - 1].lower_ not in DEFINITE):
            return      # "dans le pays" is a place, "55 pays" or "des pays" no one in particular
        if phrase in ANAPHORIC_NOUNS or (phrase.split()[0] in ANAPHORIC_NOUNS and role.sector in ("REB", "IGO")):
            if self._anaphoric_mention(work, m) or role.sector is None:
                return
        work.coordinated = []
        country, nested, end = self._scan_role_phrase(work, m)
        coordinated = work.coordinated
        if coordinated:
            end = coordinated[-1] + 1
        if country is None and nested is None and role.by_place and self._placed_body(work, m, role, end):
            return
        if country is not None and nested is None:
            role, end = self._split_role(work, m, role, end)
        actor = self._role_actor(work, role, doc[m.start:end].text, country, nested, end, m.start)
        if nested is not None:
            # the role phrase absorbs the nested mention: "le porte-parole du Kremlin" is one mention
            work.spans[nested] = (m.start, end)
            old = work.mentions[nested]
            span = doc[m.start:end]
            work.mentions[nested] = replace(old, text=span.text, start=span.start_char, end=span.end_char, label="ROLE",
                                            actor=actor, rule="role+" + (old.rule or "kb"))
            work.heads[nested] = doc[m.start:m.end].root.i
        else:
            if role.sector == "IGO" and role.title and actor.org is None:
                return      # "le secrétaire général" of no international organisation named (a party, a union)
            rule = "role+adj" if country else ("role+context" if actor.country else "role")
            work.add(m.start, end, "ROLE", actor, rule)
            for j in coordinated:
                other = self._role_actor(work, role, doc[m.start:m.end].text + " " + doc[j].text,
                                         work.adjectives[j], None, j + 1, m.start)
                work.add(j, j + 1, "ROLE", other, "role+adj:coordinated")

    def _placed_body(self, work: _Work, m: Match, role: Target, end: int) -> bool:
        """"les forces kurdes" in Syria: the body ``by_place`` gives for the country where the text places them."""
        bodies = dict(role.by_place)
        iso = self._place_country(work, m.start, frozenset(bodies), sentence_only=False)
        entity = self.kb.entities.get(bodies.get(iso, ""))
        if entity is None:
            return False
        text = work.doc[m.start:end].text
        work.add(m.start, end, "ROLE", self.entity_actor(entity, text, work.date), "role+place")
        return True

    @staticmethod
    def _place_country(work: _Work, i: int, allowed: frozenset[str] | None, sentence_only: bool) -> str | None:
        """The country named as a place ("en Syrie", "à Bagdad") in the sentence of token ``i`` when there is one
        (among ``allowed``), else (unless ``sentence_only``) the one named most often as a place in the article."""
        here = work.sentence_of(i)
        sent: set[str] = set()
        counts: dict[str, int] = {}
        for k, mm in enumerate(work.mentions):
            iso = mm.actor.country if mm.actor is not None else None
            if iso is None or not mm.rule.endswith(":place") or (allowed is not None and iso not in allowed):
                continue
            counts[iso] = counts.get(iso, 0) + 1
            if work.sentence_of(work.spans[k][0]) == here:
                sent.add(iso)
        if len(sent) == 1:
            return next(iter(sent))
        if sentence_only or not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return max(counts, key=lambda c: counts[c])

    def _scan_role_phrase(self, work: _Work, m: Match) -> tuple[str | None, int | None, int]:
        """(country, nested mention, end) of a role's noun phrase: a country adjective after the noun ("les forces
        russes") or a genitive KB mention ("le porte-parole du Kremlin"), read up to eight tokens on."""
        doc = work.doc
        end = m.end
        country = None
        nested: int | None = None
        for i in range(m.end, min(len(doc), m.end + 8)):
            tok = doc[i]
            if tok.pos_ in ROLE_STOP_POS or (tok.pos_ == "ADP" and tok.lower_ not in GENITIVE):
                break       # "la police dans le nord du Mali": the place is not the police's country
            if i in work.adjectives:
                country = country or work.adjectives[i]
                end = i + 1
                work.coordinated = self._coordinated_adjectives(work, i)
                if work.coordinated:
                    break
                continue
            k = self._mention_starting_at(work, i)
            if k is not None and (self._genitive_before(doc, i) or (i == m.end and self._is_body(work, k))):
                nested = k
                end = work.spans[k][1]
                break
            if tok.pos_ in NOMINAL and tok.lower_ not in ("affaires", "étrangères", "intérieur", "défense") \
                    and country is None and not self._prep_before(doc, i):
                break
        if country is None and nested is None:
            # an adjective inside the role phrase ("Premier ministre israélien" is after; "chef d'état-major turc")
            for j in range(m.start, m.end):
                if j in work.adjectives:
                    country = work.adjectives[j]
        return country, nested, end

    @staticmethod
    def _coordinated_adjectives(work: _Work, i: int) -> list[int]:
        """"les gouvernements britannique, australien et danois": the country adjectives coordinated with the
        one at ``i`` (token indices), each another actor of the same role."""
        doc = work.doc
        out: list[int] = []
        j = i + 1
        while j + 1 < len(doc) and doc[j].lower_ in (",", "et", "ou") and j + 1 in work.adjectives:
            out.append(j + 1)
            j += 2
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("et", "ou") and j + 2 in work.adjectives:
            out.append(j + 2)
        return out if out and work.adjectives[out[-1]] != work.adjectives[i] else []

    def _anaphoric_mention(self, work: _Work, m: Match) -> bool:
        """"l'organisation", "le groupe": the organisation or armed group named last (a few sentences back)."""
        doc = work.doc
        if m.start == 0 or doc[m.start - 1].lower_ not in DEFINITE:
            return False
        infinitive = m.end + 1 < len(doc) and doc[m.end + 1].morph.get("VerbForm") == ["Inf"]
        if m.end < len(doc) and (m.end in work.adjectives or self._mention_starting_at(work, m.end) is not None
                                 or (doc[m.end].lower_ in ("de", "d'", "d’", "du", "des") and not infinitive)):
            return False    # "le groupe français X", "le groupe de travail", "l'organisation État islamique"
        here = work.sentence_of(m.start)
        best = None
        for k, (s, _e) in enumerate(work.spans):
            a = work.mentions[k].actor
            if s < m.start and a is not None and (a.org or a.group) and work.mentions[k].label != "PER" \
                    and here - work.sentence_of(s) <= COREF_SENTENCES + 1:
                if best is None or s > work.spans[best][0]:
                    best = k
        if best is not None:
            actor = replace(work.mentions[best].actor, mention=doc[m.start:m.end].text)
            work.add(m.start, m.end, "ROLE", actor, "coref:description")
            return True
        return False

    @classmethod
    def _led_by(cls, work: _Work, end: int) -> str | None:
        """"la coalition menée par les États-Unis": the country of the actor leading it."""
        k = cls._agent_after(work, end, LEAD_VERBS)
        return work.mentions[k].actor.country if k is not None else None

    @staticmethod
    def _agent_after(work: _Work, end: int, verbs: frozenset[str]) -> int | None:
        """The mention of the agent of a participle of ``verbs`` right after a role ("menée par X", "envoyé par X")."""
        doc = work.doc
        if end < 0 or end + 1 >= len(doc) or doc[end].lemma_ not in verbs or doc[end + 1].lower_ != "par":
            return None
        for k, (s, _e) in enumerate(work.spans):
            if end + 2 <= s <= end + 4 and work.mentions[k].actor is not None:
                return k
        return None

    def _split_role(self, work: _Work, m: Match, role: Target, end: int) -> tuple[Target, int]:
        """"le ministre russe des Affaires étrangères": the adjective splits a longer role phrase; rejoin it."""
        doc = work.doc
        for k in range(4, 0, -1):
            if end + k > len(doc):
                continue
            longer = self.lexicon.role_by_phrase.get(fold(role.alias + " " + doc[end:end + k].text))
            if longer is not None:
                return longer, end + k
        return role, end

    @staticmethod
    def _is_body(work: _Work, k: int) -> bool:
        """An organisation or group named in apposition: "l'organisation État islamique", "le groupe Wagner"."""
        a = work.mentions[k].actor
        return a is not None and bool(a.org or a.group)

    @staticmethod
    def _genitive_before(doc: Doc, i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].pos_ == "DET" and doc[j].lower_ not in ("du", "des"):
            j -= 1
        return j >= 0 and doc[j].lower_ in ("de", "d'", "d’", "du", "des")

    @staticmethod
    def _prep_before(doc: Doc, i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        return j >= 0 and doc[j].pos_ == "ADP"

    @staticmethod
    def _mention_starting_at(work: _Work, i: int) -> int | None:
        for k, (s, _e) in enumerate(work.spans):
            if s == i and work.mentions[k].label != "ROLE":
                return k
        return None

    def _role_actor(self, work: _Work, role: Target, text: str, country: str | None, nested: int | None,
                    text_end: int = -1, start: int = -1) -> Actor:
        name = text
        for art in ("le ", "la ", "les ", "l'", "l’", "des ", "du ", "un ", "une "):
            if name.lower().startswith(art):
                name = name[len(art):]
        if nested is None and country is None:
            nested = self._agent_after(work, text_end, SEND_VERBS)   # "émissaire envoyé par le Conseil de sécurité"
        if nested is not None and work.mentions[nested].actor is not None:
            inner = work.mentions[nested].actor
            if role.title and inner.org:
                holder = self._org_holder(work, inner.org, role.title, text)
                if holder is not None:
                    return holder
            if inner.org or inner.group:
                return replace(inner, mention=text)
            country = country or inner.country
            # "le patron du FBI", "le porte-parole du Pentagone": a national body's sector; "les soldats de
            # la Russie": the role's sector
            kb_body = work.mentions[nested].rule in ("kb:org", "kb:seat")
            sector = (inner.sector or role.sector) if kb_body else (role.sector or inner.sector)
        else:
            sector = role.sector
            if role.title and country is None and sector == "IGO":
                return self._igo_officer(work, role, text, start, text_end)
            if country is None:
                country = self._led_by(work, text_end)
            if country is None and sector in PLACE_SECTORS and role.context and start >= 0:
                country = self._place_country(work, start, None, sentence_only=True)
            if country is None and sector in CONTEXT_SECTORS and role.context and work.context_country \
                    and not self._foreign(work.doc, text, text_end):
                country = work.context_country
        if role.title and country:
            holders = self.kb.holders(country, role.title, work.date)
            if len(holders) == 1:
                a = self.entity_actor(holders[0], text, work.date)
                return replace(a, mention=text)
        code = ((country or "") + (sector or "")) or None
        return Actor(name=name, mention=text, country=country, sector=sector, code=code)

    @staticmethod
    def _foreign(doc: Doc, text: str, end: int) -> bool:
        """"les dirigeants étrangers", "les forces internationales": not the article's country."""
        words = fold(text).split()
        if 0 <= end < len(doc):
            words.append(fold(doc[end].text))
        return any(w in FOREIGN_WORDS for w in words)

    def _igo_officer(self, work: _Work, role: Target, text: str, start: int, end: int) -> Actor:
        """"le secrétaire général (de l'ONU)": the holder of the office in the organisation the role names, else
        in the latest international organisation named before it that has such an office; otherwise an actor with
        no org (and no mention is made of it)."""
        doc = work.doc
        if role.org is not None:
            orgs = [role.org]
        elif 0 <= end < len(doc) and doc[end].lower_ in GENITIVE:
            orgs = []               # "le secrétaire général du parti": not an international organisation's
        else:
            before = sorted((s, work.mentions[k].actor.org) for k, (s, _e) in enumerate(work.spans)
                            if s < start and work.mentions[k].actor is not None and work.mentions[k].actor.org
                            and work.mentions[k].actor.sector == "IGO" and work.mentions[k].label != "PER")
            orgs = list(dict.fromkeys(org for _s, org in reversed(before)))
        for org in orgs:
            holder = self._org_holder(work, org, role.title, text)
            if holder is not None:
                return holder
        if role.org is not None:
            entity = self.kb.entities.get(role.org)
            return Actor(name=text, mention=text, sector=role.sector, org=role.org,
                         code=entity.code if entity else "IGO")
        return Actor(name=text, mention=text, sector=role.sector, code=None)

    def _org_holder(self, work: _Work, org: str, title: str, text: str) -> Actor | None:
        holders = self.kb.org_holders(org, title, work.date)
        if len(holders) != 1:
            return None
        return replace(self.entity_actor(holders[0], text, work.date), mention=text)

    # -- 4. the model's entities ----------------------------------------------------------------------
    def _entity_mentions(self, work: _Work, taken: list[bool]) -> None:
        doc = work.doc
        role_spans = [work.spans[k] for k, m in enumerate(work.mentions) if m.label == "ROLE"]
        for ent in work.ents:
            covered = [taken[i] for i in range(ent.start, ent.end)]
            if all(covered) or any(s <= ent.start and ent.end <= e for s, e in role_spans):
                continue        # already a mention, or inside a role's ("les alliés russes et iraniens")
            if any(covered):
                self._widen(work, ent)
                continue
            label = "PER" if ent.label_ in PERSON_LABELS else ent.label_
            actor = Actor(name=ent.text, mention=ent.text) if label == "PER" else None
            if label == "ORG":
                actor = Actor(name=ent.text, mention=ent.text)
            work.add(ent.start, ent.end, label, actor, "ner")

    @staticmethod
    def _widen(work: _Work, ent: Span) -> None:
        """A KB person matched inside a longer person entity ("Vladimir Vladimirovitch Poutine") takes its span."""
        if ent.label_ not in PERSON_LABELS:
            return
        for k, (s, e) in enumerate(work.spans):
            if ent.start <= s and e <= ent.end and work.mentions[k].label == "PER":
                work.spans[k] = (ent.start, ent.end)
                work.mentions[k] = replace(work.mentions[k], text=ent.text, start=ent.start_char, end=ent.end_char)
                return

    def _attach_roles_to_names(self, work: _Work) -> None:
        """"le président Vladimir Poutine", "le journaliste turc X", "X, vice-président du Burundi": the role and
        the name are one actor; the role gives an unknown person (or a known one out of office) its sector and
        country."""
        doc = work.doc
        by_start = {s: k for k, (s, _e) in enumerate(work.spans) if work.mentions[k].label == "PER"}
        by_end = {e: k for k, (_s, e) in enumerate(work.spans) if work.mentions[k].label == "PER"}
        drop = []
        for k, (s, e) in enumerate(work.spans):
            role = work.mentions[k]
            if role.label != "ROLE" or role.actor is None or role.rule.startswith("coref"):
                continue
            j = e + 1 if e < len(doc) and doc[e].text == "," else self._after_post_modifier(doc, e)
            p = by_start.get(j)
            if p is not None:                      # role, then the name: one mention
                person = work.mentions[p]
                person.actor = self._enrich(person, role)
                _ps, pe = work.spans[p]
                work.spans[p] = (s, pe)
                span = doc[s:pe]
                work.mentions[p] = replace(person, text=span.text, start=span.start_char)
                drop.append(k)
                continue
            b = s - 1
            while b > 0 and doc[b].pos_ in ("ADJ", "DET", "NUM") and s - b < 4:
                b -= 1                              # ", premier vice-président", ", le ministre"
            b = self._before_age(doc, b)            # "X, 45 ans, militant chinois"
            p = by_end.get(b) if b > 0 and doc[b].text == "," else None
            if p is not None and self._apposable(role.actor) and "Plur" not in doc[work.heads[k]].morph.get("Number"):
                # the name, then the role in apposition (one person: "X, vice-président du Burundi")
                person = work.mentions[p]
                person.actor = self._enrich(person, role)
                role.actor = replace(person.actor, mention=role.text)
                role.rule = "apposition"
        self._drop(work, drop)

    @staticmethod
    def _after_post_modifier(doc: Doc, e: int) -> int:
        """"l'ambassadeur russe à l'ONU, Vitali Tchourkine": the token after the comma closing a short
        prepositional phrase after a role (``e`` itself when there is none); also after an age, "un Syrien de
        29 ans, X"."""
        age = Resolver._after_age(doc, e)
        if age != e:
            return age + 1 if age < len(doc) and doc[age].text == "," else e
        if e >= len(doc) or doc[e].lower_ not in ("à", "au", "aux", "auprès", "en", "pour"):
            return e
        for i in range(e + 1, min(len(doc), e + 6)):
            if doc[i].text == ",":
                return i + 1
            if doc[i].pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
                break
        return e

    def _apposable(self, actor: Actor) -> bool:
        """A role in apposition may be the name's: an unknown holder, or a body's ("X, porte-parole des rebelles
        houthis" speaks for the group); not a KB person the role resolved to (the office holder)."""
        entity = self.kb.entities.get(actor.id) if actor.id is not None else None
        return actor.id is None or (entity is not None and entity.kind in ("org", "group"))

    @staticmethod
    def _before_age(doc: Doc, b: int) -> int:
        """The comma before an age in apposition (", 45 ans,") when ``b`` is the comma after it, else ``b``."""
        if b >= 3 and doc[b].text == "," and doc[b - 1].lower_ in ("an", "ans") and doc[b - 2].like_num \
                and doc[b - 3].text == ",":
            return b - 3
        return b

    @staticmethod
    def _after_age(doc: Doc, e: int) -> int:
        """The token after an age phrase at ``e`` ("de 29 ans", "âgé de 29 ans"), ``e`` itself without one."""
        i = e + 1 if e < len(doc) and doc[e].lower_ in ("âgé", "âgée", "âgés", "âgées") else e
        if i + 2 < len(doc) and doc[i].lower_ == "de" and doc[i + 1].like_num and doc[i + 2].lower_ in ("an", "ans"):
            return i + 3
        return e

    @staticmethod
    def _enrich(person: Mention, role: Mention) -> Actor | None:
        a = person.actor
        if a is None or (a.id is not None and a.sector is not None):
            return a
        # an unknown person gets a country only when the text gives it, not from the article's main country
        role_country = None if role.rule == "role+context" and a.id is None else role.actor.country
        role_rule, role = role.rule, role.actor
        country = a.country or role_country
        sector = a.sector or role.sector
        org = a.org or role.org
        group = a.group or role.group
        if a.id is None:
            person.rule = "demonym+name" if role_rule == "demonym" else "role+name"
        code = role.code if (role.org or role.group) and role.code else ((country or "") + (sector or "")) or None
        return replace(a, country=country, sector=sector, org=org, group=group, code=code)

    def _nationalities(self, work: _Work) -> None:
        """"X, de nationalité italienne", "un homme de nationalité française, X", "X est de nationalité
        allemande": a person with no country gets the one the nationality adjective names (none when it names
        two: a dual national)."""
        doc = work.doc
        for found in NATIONALITY_RE.finditer(work.folded):       # the folded text, not every token
            i = work.starts.get(found.start())
            if i is None:
                continue
            tok = doc[i]
            if not any(c.dep_ == "case" and c.lower_ == "de" for c in tok.children):
                continue
            iso = self._nationality_country(work, tok)
            k = self._national(work, tok) if iso else None
            if k is None:
                continue
            person = work.mentions[k]
            a = person.actor
            if a is None or a.country is not None:
                continue
            person.actor = replace(a, country=iso, code=iso + (a.sector or ""))
            if a.id is None:
                person.rule = "name+nationality"

    @staticmethod
    def _nationality_country(work: _Work, tok: Token) -> str | None:
        adjs = [c for c in tok.children if c.dep_ == "amod" and c.i in work.adjectives]
        adjs += [g for c in adjs for g in c.children if g.dep_ == "conj" and g.i in work.adjectives]
        isos = {work.adjectives[c.i] for c in adjs}
        return isos.pop() if len(isos) == 1 else None

    @staticmethod
    def _national(work: _Work, tok: Token) -> int | None:
        """The person mention a nationality phrase is about: the name right before ", de nationalité", else the
        name the phrase's noun hangs on, its subject ("X est de nationalité ...") or the name in apposition to
        that noun ("un homme de nationalité française, X")."""
        doc = work.doc
        persons = {e: k for k, (_s, e) in enumerate(work.spans) if work.mentions[k].label == "PER"}
        start = tok.i - 1
        if start >= 1 and doc[start - 1].text == ",":
            k = persons.get(start - 1)
            if k is not None:
                return k
        heads = [tok.head] if tok.head.i != tok.i else []
        heads += [c for c in tok.children if c.dep_.startswith("nsubj")]
        heads += [c for h in heads for c in h.children if c.dep_ == "appos"]
        for h in heads:
            for k, (s, e) in enumerate(work.spans):
                if s <= h.i < e and work.mentions[k].label == "PER":
                    return k
        return None

    @staticmethod
    def _drop(work: _Work, drop: list[int]) -> None:
        for k in sorted(drop, reverse=True):
            del work.mentions[k], work.spans[k], work.heads[k]

    # -- 5. coreference -------------------------------------------------------------------------------
    def _corefer_names(self, work: _Work) -> None:
        """An unknown person named again by surname ("Dupont" after "Jean Dupont") is the same actor."""
        seen: dict[str, Actor] = {}
        by_id: dict[str, Actor] = {}
        for k, m in sorted(enumerate(work.mentions), key=lambda km: km[1].start):
            key = fold(m.text)
            if m.actor is not None and m.actor.id is not None and m.label == "PER":
                # a known person whose office the text gave earlier keeps it
                earlier = by_id.get(m.actor.id)
                if m.actor.sector is None and earlier is not None and earlier.sector is not None:
                    m.actor = replace(earlier, mention=m.actor.mention)
                elif m.actor.sector is not None:
                    by_id.setdefault(m.actor.id, m.actor)
                continue
            if m.rule == "ner" and m.label == "PER" and key in seen and m.actor is not None and m.actor.id is None:
                m.actor = replace(seen[key], mention=m.text)
                m.rule = "coref:name"
                continue
            if m.rule == "ner" and " " not in m.text and key in seen and (m.actor is None or m.actor.id is None):
                # the model may tag a surname LOC or MISC the second time: the earlier full name decides
                m.actor = replace(seen[key], mention=m.text)
                m.label = "PER"
                m.rule = "coref:name"
                continue
            if m.label != "PER" or m.actor is None or not m.actor.name:
                continue
            words = m.actor.name.split()
            if len(words) > 1:
                for name in (fold(words[-1]), fold(m.actor.name)):
                    if name not in seen or (_informative(m.actor) and not _informative(seen[name])):
                        seen[name] = m.actor        # "X, émissaire de l'ONU" after a bare "X" in the headline
        self._corefer_earlier_names(work, seen)
        self._corefer_short_bodies(work)

    @staticmethod
    def _corefer_short_bodies(work: _Work) -> None:
        """"la Commission" after "la Commission européenne", "le Parlement" after "le Parlement européen": a one-word
        name the model alone found is the last organisation or group named before whose name it begins."""
        last: dict[str, Actor] = {}
        for m in sorted(work.mentions, key=lambda m: m.start):
            a = m.actor
            if a is not None and (a.org or a.group) and m.rule.startswith("kb:") and " " in m.text:
                last[fold(m.text.split()[0])] = a
            elif m.rule == "ner" and m.label == "ORG" and " " not in m.text and fold(m.text) in last:
                m.actor = replace(last[fold(m.text)], mention=m.text)
                m.rule = "coref:name"

    @staticmethod
    def _corefer_earlier_names(work: _Work, seen: dict[str, Actor]) -> None:
        """A full name the model alone found (the headline's "X") is the actor the text gives it later."""
        for m in work.mentions:
            a = seen.get(fold(m.text))
            if m.rule == "ner" and m.label == "PER" and " " in m.text and a is not None and _informative(a) \
                    and m.actor is not None and not _informative(m.actor):
                m.actor = replace(a, mention=m.text)
                m.rule = "coref:name"

    def _corefer_pronouns(self, work: _Work) -> None:
        doc = work.doc
        order = sorted(range(len(work.mentions)), key=lambda k: work.spans[k][0])
        for found in PRONOUN_RE.finditer(work.folded):
            i = work.starts.get(found.start())
            if i is None:
                continue
            tok = doc[i]
            feats = SUBJECT_PRONOUNS.get(tok.lower_)
            if feats is None or not self._subject(tok) or self._impersonal(tok):
                continue
            antecedent = self._antecedent(work, order, tok, feats)
            if antecedent is None:
                continue
            actor = replace(antecedent, mention=tok.text)
            work.add(tok.i, tok.i + 1, "PRON", actor, "coref:pronoun")
        self._corefer_demonstratives(work, order)
        self._corefer_clitics(work, order)

    def _corefer_clitics(self, work: _Work, order: list[int]) -> None:
        """Object clitics ("X lui a rendu hommage", "la police les a dispersés"): the last compatible actor named
        before, within two sentences, that is not the subject of the clitic's own verb (nor one of its
        coordinated subjects); a person, an organisation or a role, never a place."""
        doc = work.doc
        for tok in doc:
            feats = CLITIC_PRONOUNS.get(tok.lower_)
            dative = tok.lower_ in ("lui", "leur") and tok.dep_.startswith("expl")   # the parser's label for "lui"
            if feats is None or tok.pos_ != "PRON" or not (tok.dep_ in ("obj", "iobj") or dative) or tok.i > tok.head.i:
                continue
            if doc[tok.i]._.mention is not None or any(s <= tok.i < e for s, e in work.spans):
                continue
            antecedent = self._object_antecedent(work, order, tok, feats, _clause_subjects(tok.head))
            if antecedent is not None:
                work.add(tok.i, tok.i + 1, "PRON", replace(antecedent, mention=tok.text), "coref:clitic")

    def _object_antecedent(self, work: _Work, order: list[int], pron: Token, feats: tuple[str, str | None],
                           own: set[int]) -> Actor | None:
        number, gender = feats
        sent = work.sentence_of(pron.i)
        for k in reversed(order):
            s, e = work.spans[k]
            if s >= pron.i or any(i in own for i in range(s, e)):
                continue
            m = work.mentions[k]
            if sent - work.sentence_of(s) > COREF_SENTENCES:
                break
            if m.actor is None or m.label in ("LOC", "PRON"):
                continue
            if m.actor.sector is None and m.actor.id is None and m.label != "PER" and m.rule != "demonym":
                continue
            head = work.doc[work.heads[k]]
            if any(c.dep_ == "cop" for c in head.children):
                continue
            if pron.lower_ in ("l'", "l’") and m.label != "PER":
                continue                   # "l'" says nothing of gender: a person only
            if self._agrees(head, m, number, gender or ""):
                return m.actor
        return None

    def _corefer_demonstratives(self, work: _Work, order: list[int]) -> None:
        """"cette dernière", "ce dernier", "celui-ci": the last compatible actor named before (subject or not)."""
        doc = work.doc
        for found in DEMONSTRATIVE_RE.finditer(work.folded):
            i, end = work.starts.get(found.start()), work.ends.get(found.end())
            if i is None or end is None or doc[i]._.mention is not None:
                continue
            if end < len(doc) and doc[end].pos_ in ("NOUN", "ADJ", "PROPN"):
                continue            # "cette dernière semaine", "ce dernier point"
            if any(s <= i < e for s, e in work.spans):
                continue
            number, gender = DEMONSTRATIVES[found.group(0)]
            antecedent = self._antecedent(work, order, doc[i], (number, gender), prefer_subject=False)
            if antecedent is not None:
                work.add(i, end, "PRON", replace(antecedent, mention=doc[i:end].text), "coref:demonstrative")

    @staticmethod
    def _subject(tok: Token) -> bool:
        """A subject pronoun; the parser also calls "il" of a nominal predicate expletive ("il était responsable de
        la formation"), which is a subject unless the noun makes an impersonal phrase ("il est temps de")."""
        if tok.dep_.startswith("nsubj"):
            return True
        return tok.dep_ == "expl:subj" and tok.head.pos_ == "NOUN" and tok.head.lemma_ not in IMPERSONAL_NOUNS

    @staticmethod
    def _impersonal(tok: Token) -> bool:
        """"il y a", "il faut", "il s'agit", "qu'il puisse s'agir", "il est possible que"."""
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("y", "n'y"):
            return True
        head = tok.head
        if head.lemma_ in IMPERSONAL_VERBS or any(c.lemma_ in IMPERSONAL_VERBS for c in head.children if c.dep_ == "xcomp"):
            return True
        if head.pos_ != "ADJ":
            return False
        # "il est possible que / de partir"; not "il était responsable de la formation"
        return any(c.lower_ in ("que", "qu'", "qu’") for c in head.children) or any(
            c.pos_ in ("VERB", "AUX") and any(g.lower_ in ("que", "qu'", "qu’", "de", "d'", "d’") and g.dep_ == "mark"
                                              for g in c.children)
            for c in head.children if c.dep_ in ("xcomp", "ccomp", "csubj", "advcl", "acl"))

    def _antecedent(self, work: _Work, order: list[int], pron: Token, feats: tuple[str, str],
                    prefer_subject: bool = True) -> Actor | None:
        number, gender = feats
        sent = work.sentence_of(pron.i)
        best: Actor | None = None
        best_subject: Actor | None = None
        for k in order:
            s, e = work.spans[k]
            if s >= pron.i:
                break
            m = work.mentions[k]
            if m.actor is None or m.label == "LOC" or sent - work.sentence_of(s) > COREF_SENTENCES:
                continue
            if m.actor.sector is None and m.actor.id is None and m.label != "PER" and m.rule != "demonym":
                continue
            head = work.doc[work.heads[k]]
            if not self._agrees(head, m, number, gender) or any(c.dep_ == "cop" for c in head.children):
                continue        # a predicate ("il était responsable") describes its subject, it is not another actor
            best = m.actor
            if head.dep_.startswith("nsubj") or any(work.doc[i].dep_.startswith("nsubj") for i in range(s, e)) \
                    or self._apposed_to_subject(head):
                best_subject = m.actor
        return (best_subject or best) if prefer_subject else best

    @staticmethod
    def _apposed_to_subject(head: Token) -> bool:
        """A name in apposition to a subject ("L'imam de la ville, Mohammed Karabila, est ..."), even when the
        parser hangs the apposition on the subject's complement."""
        if head.dep_ != "appos":
            return False
        tok = head.head
        for _ in range(3):
            if tok.dep_.startswith("nsubj"):
                return True
            if tok.dep_ not in ("nmod", "appos") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    @staticmethod
    def _agrees(head: Token, m: Mention, number: str, gender: str) -> bool:
        if m.label == "PRON":
            feats = SUBJECT_PRONOUNS.get(m.text.lower())
            return feats is not None and feats[0] == number and (feats[1] == gender or gender == "Masc")
        n = head.morph.get("Number")
        g = _gender(head)
        if m.label in ("PER", "ORG") and not n:
            n = ["Sing"]
        if n and n[0] != number:
            return False
        if m.label == "PER" and number == "Sing":
            return True
        return not gender or not g or g[0] == gender or number == "Plur"
