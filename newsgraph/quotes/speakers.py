"""Who said it: from the subject token of a speech cue to an Actor.

The actor component decides who a token refers to (``newsgraph.actors.actor_for_token``). What stays here
is the quotation-specific fallback: when the speaker is a pronoun ("il", "-t-elle") the actor component cannot
resolve, the speaker is its antecedent in the nearest earlier sentences outside quotations (the speaker quoted
there, else the subject that agrees with the pronoun, else the last person named; unknown when nothing is
named, or for "on"); a role description ("le ministre", "le quotidien") goes to the last speaker; an unknown
name is kept as written (``Actor(name=<as written>)``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..actors.resolve import adjective_country
from ..records import Actor

ActorLookup = Callable[[Doc, Token], "Actor | None"]

_NP_DEPS = {"det", "amod", "flat:name", "flat", "flat:foreign", "nmod", "case", "compound", "nummod", "appos", "fixed"}
_ANAPHORIC_DETS = {"le", "la", "l'", "l’", "ce", "cet", "cette", "son", "sa", "leur"}
_PRONOUN_POS = {"PRON"}


PRONOUN_SENTENCES = 3       # sentences (outside quotations) a pronoun speaker may look back for its antecedent
_PRONOUN_FEATS = {"il": ("Sing", "Masc"), "elle": ("Sing", "Fem"), "ils": ("Plur", "Masc"), "elles": ("Plur", "Fem"),
                  "lui": ("Sing", "Masc"), "eux": ("Plur", "Masc")}


@dataclass(slots=True)
class _Named:
    offset: int
    actor: Actor
    subject: bool = False           # the mention is (or is set beside) the subject of its clause
    number: str | None = None       # of a described actor's head noun ("le ministre", "les manifestants")
    gender: str | None = None


@dataclass(slots=True)
class SpeakerHistory:
    """Speakers and persons named so far in one article, by offset (for pronoun and role fallbacks).

    ``named``: every actor mention outside quotations that may be a speaker (persons, and described or named
    actors that are subjects), for the antecedent of a pronoun speaker; ``sentences``: (start, end, quoted)
    of each sentence, ``quoted`` when it lies wholly inside a quotation; ``open_pronouns``: (offset, features) of
    the subject pronouns outside quotations the actor component left unresolved."""

    speakers: list[_Named] = field(default_factory=list)
    persons: list[_Named] = field(default_factory=list)
    named: list[_Named] = field(default_factory=list)
    sentences: list[tuple[int, int, bool]] = field(default_factory=list)
    open_pronouns: list[tuple[int, tuple[str, str]]] = field(default_factory=list)   # unresolved subject pronouns

    def add_speaker(self, offset: int, actor: Actor) -> None:
        self.speakers.append(_Named(offset, actor))
        self.speakers.sort(key=lambda n: n.offset)

    def antecedent(self, pronoun: str, offset: int) -> Actor | None:
        """The actor a subject pronoun before ``offset`` stands for: in the nearest earlier sentence (outside
        quotations, at most PRONOUN_SENTENCES back) naming a compatible actor, the last speaker quoted there,
        else its subject, else the last person it names. None when nothing agrees ("on", or no antecedent)."""
        feats = _PRONOUN_FEATS.get(pronoun.lower().lstrip("-"))
        if feats is None:
            return None
        window = self._window(offset)
        for start, end in window:
            found = self._antecedent_in(start, end, feats)
            if found is not None:
                return found
        if not window:
            return None
        nearest = self.last_any(offset)         # nothing agrees: the nearest person or speaker within the window
        nearest_at = max((n.offset for n in (*self.speakers, *self.persons) if n.offset < offset), default=-1)
        return nearest if nearest_at >= window[-1][0] else None

    def namesake(self, name: Span, actor: Actor | None, offset: int) -> Actor | None:
        """'Mme Fillon' after 'François Fillon' and 'son épouse Penelope Fillon': of the persons named before
        ``offset`` with this surname, the one whose gender (from a title or a noun beside a mention) is the
        title's, when ``actor`` is not of it. None when the title gives no gender or nothing else agrees."""
        gender = _person_gender(name)
        words = name.text.split()
        if gender is None or not words:
            return None
        same = [n for n in self.named if n.offset < offset and n.number is None and n.actor.name
                and n.actor.name.split()[-1] == words[-1]]
        if actor is not None and any(_same(n.actor, actor) and n.gender == gender for n in same):
            return None
        agreeing = {n.actor.id or n.actor.name: n.actor for n in same if n.gender == gender}
        return next(iter(agreeing.values())) if len(agreeing) == 1 else None

    def others_between(self, start: int, end: int, actor: Actor | None) -> bool:
        """Some other actor is named (a person, or a subject) or quoted in a sentence that begins after ``start``
        and before ``end``: a quotation after it does not continue the one before ``start``."""
        first = next((s for s, _, _ in self.sentences if s >= start), None)
        if first is None:
            return False
        return any(first <= n.offset < end and not _same(n.actor, actor) for n in (*self.named, *self.speakers))

    def _window(self, offset: int) -> list[tuple[int, int]]:
        """The sentences outside quotations before ``offset``, nearest first (the part of the sentence holding
        ``offset`` before it first), at most PRONOUN_SENTENCES + 1 of them."""
        out: list[tuple[int, int]] = []
        for start, end, quoted in reversed(self.sentences):
            if start >= offset or quoted:
                continue
            out.append((start, min(end, offset)))
            if len(out) > PRONOUN_SENTENCES:
                break
        return out

    def _antecedent_in(self, start: int, end: int, feats: tuple[str, str]) -> Actor | None:
        speakers = [n for n in self.speakers if start <= n.offset < end and (_identified(n.actor) or n.actor.sector)]
        if speakers:
            return speakers[-1].actor
        cands = [n for n in self.named if start <= n.offset < end and _agrees(n, feats)]
        subjects = [n for n in cands if n.subject]
        if subjects:
            return subjects[0].actor
        if any(start <= at < end and f == feats for at, f in self.open_pronouns):
            return None                         # "Il rejoint X et Y.": its subject is the one looked for further back
        persons = [n for n in cands if n.number is None]
        return persons[-1].actor if persons else None

    @staticmethod
    def _last(items: list[_Named], offset: int) -> _Named | None:
        i = bisect_right([n.offset for n in items], offset - 1)
        return items[i - 1] if i else None

    def last_speaker(self, offset: int) -> Actor | None:
        hit = self._last(self.speakers, offset)
        return hit.actor if hit else None

    def last_any(self, offset: int) -> Actor | None:
        """The nearest earlier speaker or person."""
        cands = [c for c in (self._last(self.speakers, offset), self._last(self.persons, offset)) if c]
        return max(cands, key=lambda n: n.offset).actor if cands else None


def _same(a: Actor, b: Actor | None) -> bool:
    if b is None:
        return False
    if a.id is not None or b.id is not None:
        return a.id == b.id
    return bool(a.name) and a.name == b.name


def _agrees(n: _Named, feats: tuple[str, str]) -> bool:
    """A person agrees with a singular pronoun (of its gender, when a title or a noun beside it gives one); a
    described actor with its head noun's number and gender."""
    number, gender = feats
    if n.number is None:
        return number == "Sing" and n.gender in (None, gender)
    return n.number == number and (n.gender is None or n.gender == gender or number == "Plur" and gender == "Masc")


def _gender(head: Token) -> str | None:
    return (head.morph.get("Gender") or [None])[0]


def _person_gender(span: Span) -> str | None:
    """A person's gender from a title or a noun set right beside the name ("Mme X", "son épouse X", "X, le
    maire"), else None: names alone are not trusted for it, nor a noun the name is the complement of
    ("l'exception de X")."""
    doc = span.doc
    name = next((t for t in span if t.pos_ == "PROPN"), None)
    end = name.i if name is not None else span.end
    nouns = [t for t in span if t.pos_ == "NOUN" and t.i < end]   # "Mme Penelope Fillon" as one mention; not a
    if span.start and doc[span.start - 1].pos_ == "NOUN":          # surname tagged as a noun
        nouns.append(doc[span.start - 1])                    # "Mme", "épouse" left out of the mention
    if name is not None:
        nouns += [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return next((g for g in map(_gender, nouns) if g in ("Masc", "Fem")), None)


def _inside(offset: int, quoted: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in quoted)


def _is_subject(head: Token) -> bool:
    """A subject, the agent of a passive ("accueillie par l'ACLU"), or a name set beside one ("Le ministre,
    Jean Martin, a ...")."""
    for step in range(3):
        if head.dep_.startswith("nsubj") or head.dep_ == "obl:agent":
            return True
        if head.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "par" for c in head.children) \
                and head.head.pos_ == "VERB" and "Part" in head.head.morph.get("VerbForm"):
            return True
        # up from a name set beside a noun, which the parser may hang on that noun's complement; a genitive
        # ("la décision de X") is not its noun
        if head.dep_ not in ("appos", "flat:name", "nmod") or head.head.i == head.i or step == 0 and head.dep_ == "nmod":
            return False
        head = head.head
    return False


def _named_entry(doc: Doc, m) -> _Named | None:
    """A history entry for an actor mention that may be a speaker: any person, or a subject actor."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    subject = _is_subject(head) or any(t.dep_.startswith("nsubj") for t in span)
    if m.label == "PER":
        return _Named(m.start, m.actor or Actor(name=m.text, mention=m.text), subject, gender=_person_gender(span))
    if m.label == "ORG" and subject:               # a named organisation, known or not
        return _Named(m.start, m.actor or Actor(name=m.text, mention=m.text), True, "Sing", _gender(head))
    if m.actor is None or m.label == "LOC" or not subject \
            or m.label != "PRON" and _placeless(m.actor) and m.actor.sector is None:
        return None                            # a pronoun the actor component resolved stands for its antecedent
    if m.label == "PRON":
        feats = _PRONOUN_FEATS.get(head.lower_.lstrip("-"))
        number, gender = feats if feats else (None, None)
    else:
        number = (head.morph.get("Number") or [None])[0] if head.pos_ == "NOUN" else None
        gender = _gender(head) if head.pos_ == "NOUN" else None
    if number is None and m.label != "PRON" and head.pos_ != "NOUN":
        number = "Sing"                # an organisation or a country named as subject
    return _Named(m.start, m.actor, True, number, gender)


def person_history(doc: Doc, quoted: list[tuple[int, int]], person_nouns: frozenset[str] = frozenset()) -> SpeakerHistory:
    """Persons named in the article outside quotations, from the actor component's mentions (or the NER), and the
    subjects named by a common noun of persons no mention covers ("Le chauffeur a pris sa retraite. Il déclare")."""
    hist = SpeakerHistory()
    hist.sentences = [(s.start_char, s.end_char, all(t.is_punct or t.is_space or _inside(t.idx, quoted) for t in s))
                      for s in doc.sents]
    mentions = doc._.mentions or []
    hist.open_pronouns = [(t.idx, _PRONOUN_FEATS[t.lower_]) for t in doc if t.lower_ in _PRONOUN_FEATS
                          and t.dep_.startswith("nsubj") and not _inside(t.idx, quoted)
                          and (t._.mention is None or mentions[t._.mention].actor is None)]
    for m in mentions:
        if _inside(m.start, quoted):
            continue
        entry = _named_entry(doc, m)
        if entry is not None:
            hist.named.append(entry)
        if m.label == "PER":
            hist.persons.append(_Named(m.start, m.actor or Actor(name=m.text, mention=m.text)))
    if not mentions:
        for ent in doc.ents:
            if ent.label_ in ("PER", "PERSON") and not any(a <= ent.start_char < b for a, b in quoted):
                hist.persons.append(_Named(ent.start_char, Actor(name=ent.text, mention=ent.text)))
    for t in doc:
        if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t._.mention is None and t.lemma_.lower() in person_nouns \
                and any(c.dep_ == "det" for c in t.children) and not _inside(t.idx, quoted):
            name = noun_phrase(t).text
            hist.named.append(_Named(t.idx, Actor(name=name, mention=name), True,
                                     (t.morph.get("Number") or [None])[0], _gender(t)))
    hist.persons.sort(key=lambda n: n.offset)
    hist.named.sort(key=lambda n: n.offset)
    return hist


def noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, cut at the first comma, clause or parenthesis after the head."""
    doc = token.doc
    if token.pos_ == "PROPN":
        return proper_name(token)
    left = token.i
    for t in token.lefts:
        if (t.dep_ in _NP_DEPS or t.dep_.startswith("flat")) and t.dep_ != "case":
            left = min(left, t.left_edge.i)
    right = token.i
    for t in token.rights:
        if t.dep_.startswith("flat") or t.dep_ in {"amod", "nmod", "nummod", "compound", "fixed"}:
            right = max(right, t.right_edge.i)
    # never run over punctuation after the head
    for j in range(token.i + 1, right + 1):
        if doc[j].is_punct or doc[j].text in ("(", "["):
            right = j - 1
            break
    left = min(left, token.i)
    while left < token.i and doc[left].is_punct:
        left += 1
    return doc[left:right + 1]


def proper_name(token: Token) -> Span:
    """The named entity around ``token``, else its run of proper-noun tokens ("Chu Mi-Ae")."""
    doc = token.doc
    run = _propn_run(token)
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and all(t.pos_ in ("PROPN", "ADP", "DET") for t in ent):
            return ent if len(ent.text) >= len(run.text) else run
    return run


def _propn_run(token: Token) -> Span:
    doc = token.doc
    left = right = token.i
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].whitespace_ is not None and not doc[left - 1].is_punct:
        left -= 1
    while right + 1 < len(doc) and _joins_name(doc[right + 1]) and (not doc[right].whitespace_ or (
            doc[right + 1].pos_ == "PROPN" or doc[right + 1].dep_.startswith("flat"))):
        right += 1                             # glued tokens ("Mi-Ae") belong to the name
    return doc[left:right + 1]


def _joins_name(t: Token) -> bool:
    """A word, or a hyphen inside a name ("Mi-Ae"); not a comma or a point glued to the name ("Amaq,")."""
    return not t.is_punct or (t.text in ("-", "‑") and not t.whitespace_)


def refine_subject(token: Token) -> Token:
    """'Son avocat Jean Veil', 'le directeur général de Sprint, Marcelo Claure', 'L'imam de la ville,
    Mohammed Karabila', 'l'agence Anadolu': the named person or organisation."""
    if token.pos_ != "NOUN":
        return token
    for c in token.children:
        if _named_org(token, c):
            return c                           # "l'agence Anadolu", "le quotidien Haaretz": the name itself
        if c.pos_ != "PROPN" or c.ent_type_ not in ("", "PER"):
            continue
        if c.dep_ in ("appos", "flat:name") or (c.dep_ == "conj" and not any(g.dep_ == "cc" for g in c.children)):
            return c                           # "le directeur, Marcelo Claure," is often parsed as a conjunct
    return _comma_apposed_person(token) or token


def _named_org(noun: Token, c: Token) -> bool:
    """``c`` is an organisation's name set right after ``noun`` with no preposition ("le journal économique La
    Tribune", "l'association Airlines for Europe")."""
    if c.ent_type_ != "ORG" or c.pos_ not in ("PROPN", "NOUN", "X") or c.dep_ not in ("appos", "nmod", "flat:name"):
        return False
    if c.i <= noun.i or any(g.dep_ == "case" for g in c.children):
        return False
    return all(t.pos_ == "ADJ" for t in noun.doc[noun.i + 1:c.left_edge.i])


def _comma_apposed_person(token: Token) -> Token | None:
    """A person's name set off by a comma right after the noun phrase of ``token``, which the parser may hang
    on a complement ("L'imam de la ville, Mohammed Karabila,")."""
    doc = token.doc
    for t in token.subtree:
        if t.i <= token.i or t.ent_type_ != "PER" or t.ent_iob_ != "B":
            continue
        if t.dep_ in ("appos", "flat:name", "conj") and doc[t.i - 1].text == "," and t.i - token.i <= 8:
            return t
        break
    after = token.right_edge.i + 2               # "a déclaré le ministre des Transports, Laurent Lessard." with
    if after < len(doc) and doc[after - 1].text == "," and doc[after].ent_type_ == "PER" \
            and doc[after].ent_iob_ == "B" and doc[after].head.i != token.i and doc[after].dep_ == "appos":
        return doc[after]                        # the name hung on the verb
    return None


def speaker_name(token: Token) -> str:
    span = noun_phrase(token)
    return span.text.strip()


def with_context_country(actor: Actor | None, country: str | None) -> Actor | None:
    """An unknown speaker with no country of its own (a person known by name only, "l'armée", "un témoin")
    is taken to be from the article's main country."""
    if actor is None or country is None or not _placeless(actor) or actor.id is not None or actor.wikidata:
        return actor
    return replace(actor, country=country)


def _compatible(role: Actor, named: Actor) -> bool:
    """A role actor (no identity of its own) that may stand for ``named``: same country and sector, or unknown."""
    if named is role or not named.name or named.name == role.name:
        return False
    return (role.country in (None, named.country) and (role.sector is None or named.sector in (None, role.sector))
            and role.org in (None, named.org))


def _placeless(actor: Actor) -> bool:
    return not (actor.country or actor.org or actor.group)


def _role_neighbours(name_head: Token) -> list[Token]:
    """Common nouns set in apposition to a name: its head ("l'ambassadeur russe X") or appositive children."""
    out = []
    head = name_head
    for _ in range(3):                         # "l'ambassadeur russe à l'ONU, Vitali Tchourkine": up to the noun
        if head.dep_ not in ("appos", "flat:name", "conj", "nmod") or head.head.i >= head.i:
            break
        head = head.head
        if head.pos_ == "NOUN":
            out.append(head)
            break
    out += [c for c in name_head.children if c.dep_ in ("appos", "conj") and c.pos_ == "NOUN"]
    doc = name_head.doc
    first = proper_name(name_head).start
    if first >= 2 and doc[first - 1].text == ",":
        t = doc[first - 2]                     # "l'ambassadeur russe à l'ONU, Vitali Tchourkine" parsed apart
        for _ in range(3):
            if t.pos_ == "NOUN":
                out.append(t)
                break
            if t.head.i >= t.i or first - t.head.i > 8:
                break
            t = t.head
    return out


def _identified(actor: Actor) -> bool:
    """An actor a role noun may stand for: a knowledge-base entry or a proper name ("Le Figaro", "Jean Martin"),
    not another description ("les témoins", "une source proche de l'enquête")."""
    if actor.id is not None or actor.org or actor.group:
        return True
    words = (actor.name or "").replace("’", "'").split()
    return any(w.split("'")[-1][:1].isupper() for w in words[1:]) or bool(words) and words[0][:1].isupper() \
        and words[0].lower() not in _LEADING_DETS and "'" not in words[0]


_LEADING_DETS = frozenset({"le", "la", "les", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
                           "leurs", "l'", "d'", "de", "du", "plusieurs", "certains", "certaines"})


def _apposed_name(token: Token) -> Token | None:
    """A person's name set off by a comma at the end of the noun phrase of ``token``."""
    doc = token.doc
    for t in token.subtree:
        if t.i > token.i and t.ent_type_ == "PER" and t.ent_iob_ == "B" and doc[t.i - 1].text == "," \
                and t.dep_ in ("appos", "flat:name", "conj"):
            return t
    return None


def _partitive_group(token: Token) -> Token | None:
    """The group a partitive pronoun takes its member from: "l'un des manifestants" -> "manifestants"."""
    if token.lemma_.lower() not in ("un", "une", "certain", "certains", "plusieurs", "aucun", "chacun"):
        return None
    for c in token.children:
        if c.dep_ == "nmod" and c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    return None


class SpeakerResolver:
    """Turns the subject token of a speech cue into an Actor (see the module docstring for the order)."""

    def __init__(self, lookup: ActorLookup | None):
        self.lookup = lookup

    def resolve(self, doc: Doc, token: Token, history: SpeakerHistory, before: int | None = None) -> tuple[Actor | None, str]:
        """(actor, how) for the subject ``token``; how is actor | pronoun | role | name.

        ``before``: resolve pronouns and roles against what was named before this offset (the opening mark of
        a quotation whose incise names the speaker, so that names inside the quotation are not taken).
        """
        if token.pos_ == "DET" and token.head.i != token.i:
            token = token.head
        described = token
        token = refine_subject(token)
        where = min(token.idx, before) if before is not None else token.idx
        actor = self.lookup(doc, token) if self.lookup else None
        if token.pos_ == "PROPN":
            actor = history.namesake(proper_name(token), actor, where) or actor
        if actor is not None and token is not described and actor.id is None:
            actor = self._with_description(doc, described, actor)
        if actor is not None and _placeless(actor) and actor.name and actor.resolution != "role":
            actor = self._with_role(doc, actor.name, actor)    # a name, not a role noun ("l'ONG")
        if actor is not None:
            if actor.id is None and not _identified(actor) and (token.pos_ in _PRONOUN_POS or self._is_anaphoric(token)):
                # a role actor with no name of its own; a pronoun the actor component linked to a name keeps it
                named = history.last_speaker(where) or history.last_any(where)
                if named is not None and _compatible(actor, named) and _identified(named):
                    return named, "role"       # "le président américain", "il" -> the named speaker before
            return actor, "actor"
        if token.pos_ in _PRONOUN_POS or token.text.lower().lstrip("-") in {"il", "elle", "ils", "elles", "on", "lui", "eux"}:
            member = _partitive_group(token)
            if member is not None:               # "l'un des Sindumuja", "certains d'entre eux"
                named = _apposed_name(token)     # "L'un des porte-parole de X, Joe Incandela, a annoncé"
                return self.resolve(doc, named or member, history, before=where)
            if token.lower_.lstrip("-") in (*_PRONOUN_FEATS, "on"):
                return history.antecedent(token.text, where), "pronoun"
            return history.last_any(where), "pronoun"
        if token.pos_ == "NOUN" and self._is_anaphoric(token):
            found = history.last_speaker(where)
            if found is not None and _identified(found):
                return found, "role"           # "a ajouté le quotidien" after "Le Figaro annonce"
        name = speaker_name(token)
        actor = Actor(name=name, mention=name, country=adjective_country(token) if token.pos_ == "NOUN" else None)
        if token.pos_ == "PROPN":
            actor = self._with_role(doc, name, actor)
        return actor, "name"

    def _with_description(self, doc: Doc, noun: Token, actor: Actor) -> Actor:
        """A name the knowledge base does not know takes country, sector and organisation from the noun it is
        set beside ("l'agence Anadolu": a medium)."""
        role = self.lookup(doc, noun) if self.lookup else None
        if role is None:
            return actor
        return replace(actor, country=actor.country or role.country, org=actor.org or role.org,
                       sector=actor.sector or role.sector)

    def _with_role(self, doc: Doc, name: str, actor: Actor) -> Actor:
        """A person known only by name takes country, organisation and sector from a role set beside one of its
        mentions in the article ("l'ambassadeur russe Vitali Tchourkine", "Jennifer Psaki, directrice de ...")."""
        if self.lookup is None:
            return actor
        words = name.lower().split()
        if not words:
            return actor
        last = words[-1]
        for t in doc:
            if t.lower_ != last or t.pos_ not in ("PROPN", "NOUN", "X"):
                continue
            head = proper_name(t).root
            for role in _role_neighbours(head):
                found = self.lookup(doc, role)
                if found is not None and not _placeless(found):
                    return replace(actor, country=actor.country or found.country, org=actor.org or found.org,
                                   sector=actor.sector or found.sector)
        return actor

    @staticmethod
    def _is_anaphoric(token: Token) -> bool:
        dets = [t for t in token.lefts if t.dep_ == "det"]
        # a bare role ("le ministre", "le président américain"), not a described body ("le ministère de l'Intérieur")
        modified = any(t.dep_ not in ("det", "amod", "punct", "advmod") or (t.i > token.i and t.text[:1].isupper())
                       for t in token.children)        # "l'agence Spunik" is named, not anaphoric
        return bool(dets) and dets[0].text.lower() in _ANAPHORIC_DETS and not modified
