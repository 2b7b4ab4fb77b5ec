"""Corrections of the model's entities where it errs systematically, using the knowledge-base matches.

* determiners and prepositions swallowed into a name are trimmed ("la France" -> "France", "de France");
* capitalised demonyms ("Français", "Américaine") and lone letters are not entities;
* KB organisations, armed groups and seats of power are ORG ("Daech", "État islamique", "Pentagone"),
  KB people PER, KB countries LOC (the model tags "Washington" PER, "Daech" LOC);
* a title opening an entity is no part of it: "Président Obama" -> "Obama", "Premier ministre du Canada" ->
  "Canada" (a place the knowledge base knows), "Ministre de la Défense" -> no entity;
* an ORG opening with a lower-case title is the body after it: "ministre de l'Intérieur" -> "Intérieur";
* a name headed by an institution noun ("Cour d'appel de Reims", "Chambre des communes") is an ORG;
* a common noun and a place name ("l'aéroport de Bruxelles", "le lac de Côme", "les attentats de Paris") is
  not a name: the entity is the place name after the preposition, except for the nouns that are part of the
  name of a street, square or station ("place de la République", "gare de Lyon").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..nlp.extensions import text_of
from .normalize import fold

LEADING = frozenset({"le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "au", "aux", "en", "à"})
ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
NOT_ENTITIES = frozenset({"etat", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                          "utc", "gmt", "cet", "cest"})      # compass points, time zones
SPORT_GROUP = re.compile(r"^(groupe|poule) [A-H]$", re.I)
PERSON_LABELS = frozenset({"PER", "PERSON"})
PARTICLES = frozenset({"de", "d'", "du", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "das", "ben",
                       "bin", "ibn", "al", "el", "ter", "ten", "mac"})
PARTICLES_CAP = frozenset({"De", "Van", "Von", "Di", "Da", "Del", "Della", "Dos", "Das", "Ter", "Ten", "Mac", "Mc"})
GENITIVES = frozenset({"de", "du", "des", "d'", "d’"})
# a lower-case noun that belongs to the name it introduces: "place de la République", "rue de Rivoli"
NAME_NOUNS = frozenset({"place", "rue", "avenue", "boulevard", "quai", "allée", "impasse", "cours", "square",
                        "chemin", "route", "gare", "vallée", "palais", "stade", "porte", "esplanade", "parvis",
                        "promenade"})
# the head noun of an institution's name: "Cour d'appel de Reims", "Chambre des communes", "Université Laval"
# are organisations, whatever the model says (it often calls them LOC)
INSTITUTION_NOUNS = frozenset({"cour", "tribunal", "parquet", "université", "académie", "institut", "observatoire",
                               "confédération", "fédération", "comité", "commission", "conseil", "chambre",
                               "assemblée", "sénat", "parlement", "communauté", "mairie", "revue"})
PLACE_KINDS = frozenset({"country", "capital", "place"})
KIND_LABEL = {"org": "ORG", "group": "ORG", "person": "PER", "country": "LOC", "capital": "LOC", "place": "LOC"}


def fix_entities(doc: Doc, model_ents: list[Span], matches: list, adjectives: frozenset[str],
                 aliases: set[str], starts: dict[int, int], honorifics: frozenset[str] = frozenset()) -> list[Span]:
    """Rewrite ``doc.ents`` (and return them); ``matches`` are the resolver's KB matches (start, end, target)."""
    ents: list[Span] = []
    places = {(m.start, m.end) for m in matches if m.target.kind in PLACE_KINDS}
    roles = {m.start: m.end for m in matches if m.target.kind == "role"}
    for ent in model_ents:
        start = ent.start
        if fold(ent.text) not in aliases:
            while start < ent.end and _leading(doc[start]):
                start += 1
        if start == ent.end:
            continue
        if ent.label_ in PERSON_LABELS:
            start = _person_start(doc, start, ent.end, honorifics)
            if start is None:
                continue
        span = _role_phrase(doc, _institution(doc, Span(doc, start, ent.end, label=ent.label_)), roles, places)
        if span is None:
            continue
        span = _place_inside(doc, _body_of_title(doc, span, honorifics), places)
        text = fold(span.text)
        if len(span.text) < 2 or text in NOT_ENTITIES or SPORT_GROUP.match(span.text) or \
                (text in adjectives and span.text[:1].isupper()):
            continue
        ents.append(span)
    forced = []
    for m in matches:
        if m.target.kind == "seat" and not any(e.start < m.end and m.start < e.end for e in ents):
            forced.append(Span(doc, m.start, m.end, label="ORG"))
        elif m.target.kind in KIND_LABEL and not any(e.start <= m.start and m.end <= e.end and e.end - e.start > m.end - m.start
                                                      for e in ents):
            start = _person_start(doc, m.start, m.end) if m.target.kind == "person" else m.start
            if start is not None and doc[start].text[:1].isupper():
                forced.append(Span(doc, start, m.end, label=KIND_LABEL[m.target.kind]))
    # the KB's reading wins over an overlapping model entity that is not longer
    keep = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in forced)]
    final = _repeated_surnames(doc, filter_spans(keep + forced), starts)
    doc.ents = final
    return final


def in_street_name(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a street or square noun and "de": "la promenade des Anglais", "rue des Italiens"."""
    return i >= 2 and doc[i - 1].lower_ in GENITIVES and doc[i - 2].lower_ in NAME_NOUNS


def _institution(doc: Doc, span: Span) -> Span:
    """A capitalised institution noun heading the name ("Cour supérieure du Québec") makes it an ORG; so does
    "université" in lower case ("l'université de Kutch")."""
    first = doc[span.start]
    if span.label_ not in ("LOC", "MISC") or len(span) < 2 or first.lower_ not in INSTITUTION_NOUNS:
        return span
    if not first.text[:1].isupper() and first.lower_ != "université":
        return span
    return Span(doc, span.start, span.end, label="ORG")


def _role_phrase(doc: Doc, span: Span, roles: dict[int, int], places: set[tuple[int, int]]) -> Span | None:
    """An entity that starts with a role (a capitalised title: "Premier ministre du Canada", "Président Obama")
    is not a name by its title: the person after it ("Obama"), the place after "de" when the knowledge base
    knows it ("Canada"), else nothing ("Ministre de la Défense")."""
    end = roles.get(span.start)
    if end is None or not doc[span.start].text[:1].isupper() or len(span) < 2 or span.label_ == "ORG":
        return span                                 # a body's name ("Assemblée nationale") stays
    if end >= span.end:
        return None
    if doc[end].text[:1].isupper() and span.label_ in PERSON_LABELS:
        return Span(doc, end, span.end, label=span.label_)
    k = end + 1 if doc[end].lower_ in GENITIVES else None
    if k is not None and k < span.end and doc[k].lower_ in ARTICLES:
        k += 1
    if k is not None and (k, span.end) in places:
        return Span(doc, k, span.end, label="LOC")
    return span


def _body_of_title(doc: Doc, span: Span, honorifics: frozenset[str]) -> Span:
    """'ministre de l'Intérieur' tagged ORG: the organisation is the body after the title ("Intérieur")."""
    if span.label_ != "ORG" or fold(doc[span.start].text) not in honorifics:
        return span
    k = name_after_common_noun(doc, span.start, span.end)
    return span if k is None else Span(doc, k, span.end, label="ORG")


def _place_inside(doc: Doc, span: Span, places: set[tuple[int, int]]) -> Span:
    """'aéroport de Bruxelles' (LOC) -> 'Bruxelles'; 'attentats de Paris' (MISC) -> 'Paris' when the knowledge
    base knows it as a place; a capitalised event or body ("Tour de France", "Conseil de l'Europe") is a name."""
    if span.label_ not in ("LOC", "MISC"):
        return span
    k = name_after_common_noun(doc, span.start, span.end)
    if k is None or (span.label_ == "MISC" and (k, span.end) not in places):
        return span
    return Span(doc, k, span.end, label="LOC")


def name_after_common_noun(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts in "<common noun> de <Name>" ("aéroport de Bruxelles", "attentats de la Goutte-d'Or"
    -> the index of "Bruxelles"), None when the span is not of that form or the noun belongs to the name."""
    if not doc[start].text[:1].islower() or doc[start].lower_ in NAME_NOUNS:
        return None
    for g in range(start + 1, min(start + 3, end - 1)):
        if doc[g].lower_ not in GENITIVES:
            if not doc[g].text[:1].islower():
                return None
            continue
        k = g + 1
        if doc[k].lower_ in ARTICLES and k + 1 < end:
            k += 1                                  # "de la Goutte-d'Or", "de l'Ouest"
        return k if doc[k].text[:1].isupper() else None
    return None


def _repeated_surnames(doc: Doc, ents: list[Span], starts: dict[int, int]) -> list[Span]:
    """"Froome" after "Chris Froome": a surname repeated alone is the person, whatever the model said."""
    surnames = {e[-1].text for e in ents if e.label_ in PERSON_LABELS and len(e) > 1
                and e[-1].text[:1].isupper() and len(e[-1].text) > 2 and e[-1].is_alpha}
    if not surnames:
        return ents
    first_full = {}
    for e in ents:
        if e.label_ in PERSON_LABELS and len(e) > 1 and e[-1].text in surnames:
            first_full.setdefault(e[-1].text, e.start)
    covered = {}
    for k, e in enumerate(ents):
        for i in range(e.start, e.end):
            covered[i] = k
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames, key=len, reverse=True))) + r")\b")
    out = list(ents)
    changed = False
    for found in pattern.finditer(text_of(doc)):
        i = starts.get(found.start())
        if i is None or doc[i].text != found.group(0) or i < first_full.get(found.group(0), len(doc)):
            continue
        k = covered.get(i)
        if k is None:
            out.append(Span(doc, i, i + 1, label="PER"))
            changed = True
        elif len(ents[k]) == 1 and ents[k].label_ not in PERSON_LABELS:
            out[k] = Span(doc, i, i + 1, label="PER")
            changed = True
    return sorted(out, key=lambda e: e.start) if changed else ents


def _person_start(doc: Doc, start: int, end: int, honorifics: frozenset[str] = frozenset()) -> int | None:
    """Where a person's name starts: "le pape François" -> "François", "M. Peladeau" -> "Peladeau" (a title
    of ``honorifics``, folded, before another capitalised word), "de Gaulle" kept, "De Gendt" completed when the
    model left the capitalised particle out; None when no word of the entity is capitalised."""
    first = None
    for i in range(start, end):
        t = doc[i].text
        if not t[:1].isupper():
            continue
        # "Le pape François": a capitalised article before a lower-case word is not part of the name ("Le Pen" is)
        if t.lower() in ARTICLES and i + 1 < end and not doc[i + 1].text[:1].isupper():
            continue
        if fold(t) in honorifics and i + 1 < end and doc[i + 1].text[:1].isupper():
            continue
        first = i
        break
    if first is None:
        return None
    if first > start and doc[first - 1].lower_ in PARTICLES:
        first -= 1
    elif first == start and start > 0 and doc[start - 1].text in PARTICLES_CAP and not doc[start - 1].is_sent_start:
        first -= 1
    return first


def _leading(tok: Token) -> bool:
    if tok.lower_ not in LEADING:
        return False
    # "De Gendt" keeps its particle; "La France" at the start of a sentence loses its article
    return tok.text.islower() or (tok.is_sent_start and tok.lower_ in ARTICLES)
