"""Finding the places an article names and choosing, for each name, one gazetteer entry.

Candidates are the model's LOC entities, other entities and capitalised words after a locative preposition
("à Cizre"), and gazetteer names the model may miss (phrase matcher over curated and country names).
A name that stands for a government ("Washington a condamné", or a mention the actors stage resolved to a
GOV actor) without a locative preposition is an actor and is left out. Ambiguous names go to the candidate
in a country the article already names, else to the biggest ("Paris" is in France unless the article is
about Texas).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..lang import LanguageData
from ..records import Place
from .gazetteer import Gazetteer, PlaceEntry

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_ACTOR_FEATURES = {"country", "building"}
RIVAL_RATIO = 20      # a namesake in a country the article names wins when at most 20 times smaller


@dataclass(slots=True)
class PlaceMention:
    """A place found in the text, with what event linking needs to know about it."""

    place: Place
    span: Span
    locative: bool
    entry: PlaceEntry
    genitive: bool = False        # "l'accord de Paris", "l'ambassadeur de Russie": names something else
    people: bool = False          # "des Sud-Coréens": a people, not a place; used only to place events
    directional: bool = False     # "vers la Russie": a destination, not where the sentence's people belong


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class PlaceFinder:
    def __init__(self, nlp: Language, lang: LanguageData, gazetteer: Gazetteer):
        cues = lang.json("place_cues.json")
        self.gaz = gazetteer
        self.prepositions = frozenset(w.lower() for w in cues["locative_prepositions"])
        self.locative_nouns = frozenset(w.lower() for w in cues["locative_nouns"])
        self.articles = frozenset(w.lower() for w in cues["articles"])
        self.not_places = frozenset(w.lower() for w in cues["not_places"])
        self.genitives = frozenset(w.lower() for w in cues["genitive_prepositions"])
        self.directionals = frozenset(w.lower() for w in cues["directional_prepositions"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = set()
        for row in lang.jsonl("places.jsonl"):
            if "_format" not in row:
                names.update([row["name"], *row.get("aliases", [])])
        names.update(e.name for e in gazetteer.countries.values())
        names |= {_strip_accents(n) for n in names}
        self.matcher.add("PLACE", [nlp.make_doc(n) for n in sorted(names) if len(n) > 2])
        # True: the name is only ever written capitalised, so a lowercase match is a common word. A name written
        # both ways ("bande de Gaza", "Bande de Gaza") matches either way; deciding from all its spellings, not
        # from the one a set happens to give last, keeps places independent of PYTHONHASHSEED.
        self._case: dict[str, bool] = {}
        for n in sorted(names):
            self._case[n.lower()] = self._case.get(n.lower(), True) and n[0].isupper()

    # -- public ---------------------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[PlaceMention]:
        spans = self._candidate_spans(doc)
        found: list[tuple[Span, list[PlaceEntry], bool]] = []
        for span in spans:
            span = self._strip_article(span)
            if span is None:
                continue
            cands = self.gaz.candidates(span.text) if span.text.lower() not in self.not_places else []
            if not cands:
                continue
            if cands[0].origin == "city" and span.text.isupper():      # "CAN", "TAK": acronyms, not towns
                continue
            locative = self.is_locative(span)
            if not locative and not self._plausible(span, cands):
                continue
            if not locative and self._is_actor(doc, span, cands[0]):
                continue
            found.append((span, cands, locative))
        countries = self._article_countries(found)
        out = []
        for span, cands, locative in found:
            entry = self.choose(cands, countries)
            place = Place(name=span.text, country=entry.country, lat=entry.lat, lon=entry.lon,
                          geonameid=entry.geonameid, feature=entry.feature, source="text",
                          start=span.start_char, end=span.end_char)
            out.append(PlaceMention(place, span, locative, entry, genitive=self._is_genitive(span, locative),
                                    directional=self._is_directional(span)))
        out.extend(self._adjective_places(doc, {m.span.start for m in out}))
        out.extend(self._peoples(doc, {m.span.start for m in out}))
        out.sort(key=lambda m: m.place.start)
        return out

    def _is_directional(self, span: Span) -> bool:
        """The place follows a preposition of destination ("vers", "jusqu'à": written as one or two tokens)."""
        doc, i = span.doc, span.start
        if i > 0 and doc[i - 1].lower_ in self.articles:
            i -= 1                               # "vers la Russie"
        before = [doc[j].lower_ for j in range(max(0, i - 2), i)]
        return bool(before) and (before[-1] in self.directionals or "".join(before) in self.directionals)

    def _is_genitive(self, span: Span, locative: bool) -> bool:
        i = span.start - 1
        return not locative and i >= 0 and span.doc[i].lower_ in self.genitives

    def _peoples(self, doc: Doc, taken: set[int]) -> list[PlaceMention]:
        """Capitalised plural names of peoples ("des Sud-Coréens", "les Syriens") and their country."""
        out = []
        for tok in doc:
            if tok.i in taken or not tok.is_title or tok.pos_ not in ("NOUN", "PROPN") or tok.i == tok.sent.start:
                continue
            if "Plur" not in tok.morph.get("Number") and not tok.lower_.endswith(("s", "x")):
                continue          # "le Colombien X": one person's nationality, not a population
            iso3 = self.gaz.adjectives.get(tok.lower_)
            entry = self.gaz.countries.get(iso3) if iso3 else None
            if entry is None:
                continue
            place = Place(name=tok.text, country=iso3, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                          feature="country", source="text", start=tok.idx, end=tok.idx + len(tok))
            out.append(PlaceMention(place, doc[tok.i: tok.i + 1], False, entry, people=True))
        return out

    def _adjective_places(self, doc: Doc, taken: set[int]) -> list[PlaceMention]:
        """'dans les eaux territoriales iraniennes', 'près des côtes libyennes': a locative noun phrase whose
        country is given by an adjective stands for a place in that country."""
        out = []
        for tok in doc:
            iso3 = self.gaz.adjectives.get(tok.lower_) if tok.pos_ == "ADJ" else None
            if iso3 is None or iso3 not in self.gaz.countries or tok.i in taken:
                continue
            noun = tok.head
            # "eaux territoriales iraniennes": up the chain of adjectives to the noun
            while noun.pos_ == "ADJ" and noun.head is not noun and noun.i > noun.head.i:
                noun = noun.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i or noun.lower_ not in self.locative_nouns:
                continue
            phrase = doc[noun.left_edge.i: tok.i + 1]
            first = phrase[0]
            while first.i < tok.i and first.lower_ in self.articles | self.prepositions:
                first = doc[first.i + 1]
            if first.i > noun.i:
                continue
            phrase = doc[first.i: tok.i + 1]
            if not self.is_locative(phrase):
                continue
            entry = self.gaz.countries[iso3]
            place = Place(name=phrase.text, country=iso3, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                          feature="country", source="text", start=phrase.start_char, end=phrase.end_char)
            out.append(PlaceMention(place, phrase, True, entry))
        return out

    @staticmethod
    def choose(cands: list[PlaceEntry], context: tuple[set[str], set[str]]) -> PlaceEntry:
        """The best ranked candidate, unless another lies in a country the article places things in: a
        country whose cities or regions the article names ("Paris" near "Texas"), or, for a candidate not
        much smaller than the best, a country the article names."""
        strong, weak = context
        top = cands[0]
        if len({c.country for c in cands}) == 1:
            return top
        for c in cands:
            if c.country in strong:
                return c
        for c in cands:
            if c.country in weak and c.population * RIVAL_RATIO >= top.population:
                return c
        return top

    def is_locative(self, span: Span) -> bool:
        """Preceded by a locative preposition ('à Alep', 'en Syrie', 'aux États-Unis'), or the complement of a
        locative noun ('au large de la Libye', 'la ville de Tobrouk')."""
        doc = span.doc
        i = span.start - 1
        if i >= 0 and doc[i].lower_ in self.articles and doc[i].lower_ not in self.genitives:
            i -= 1                                  # "dans la bande de Gaza", "vers la Turquie"
        if i < 0:
            return False
        word = doc[i].lower_
        if word in self.prepositions:
            return True
        if word in self.genitives and i > 0:
            j = i - 1
            return doc[j].lower_ in self.locative_nouns or doc[j].lower_ in self.prepositions
        return False

    # -- internals ------------------------------------------------------------------------------------
    def _candidate_spans(self, doc: Doc) -> list[Span]:
        spans: list[Span] = list(doc.ents)
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            first_upper = self._case.get(span.text.lower(), self._case.get(_strip_accents(span.text).lower(), True))
            if span.text[0].isupper() == first_upper or not first_upper:
                spans.append(span)
        spans.extend(self._after_prepositions(doc))
        spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
        out: list[Span] = []
        for s in spans:
            if out and s.start < out[-1].end:
                continue
            out.append(s)
        return out

    def _after_prepositions(self, doc: Doc) -> list[Span]:
        """Capitalised words after a locative preposition that the gazetteer knows ('à Cizre')."""
        out = []
        for tok in doc:
            if tok.lower_ not in self.prepositions or tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_title:
                continue
            for n in range(min(self.gaz.max_words, 4), 0, -1):
                span = doc[tok.i + 1: min(len(doc), tok.i + 1 + n)]
                if span.text in self.gaz:
                    out.append(span)
                    break
        return out

    def _plausible(self, span: Span, cands: list[PlaceEntry]) -> bool:
        """Outside a locative phrase, a bare GeoNames city must be tagged LOC by the model and not be an
        acronym ("TAK"), a person's name or a common word."""
        if cands[0].origin != "city":
            return True
        if any(not t.is_title and t.is_alpha and t.lower_ not in self.articles for t in span):
            return False
        return any(e.label_ in ("LOC", "GPE") and e.start <= span.start and span.end <= e.end for e in span.doc.ents)

    def _strip_article(self, span: Span) -> Span | None:
        start = span.start
        while start < span.end and span.doc[start].lower_ in self.articles:
            start += 1
        end = span.end
        while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
            end -= 1
        return span.doc[start:end] if end > start else None

    def _is_actor(self, doc: Doc, span: Span, best: PlaceEntry) -> bool:
        """A capital, a seat of power or a country that acts: a government, not a place."""
        for m in doc._.mentions or []:
            overlaps = m.start < span.end_char and span.start_char < m.end
            if best.feature != "country" and overlaps and m.actor is not None and m.actor.sector == "GOV":
                return True
        if best.feature in _ACTOR_FEATURES or best.capital:
            head = span.root
            while head.dep_ == "conj" and head.head is not head:      # "la Chine et les États-Unis ratifient"
                head = head.head
            return head.dep_ in _SUBJECT_DEPS and head.head.pos_ in ("VERB", "AUX") or head.dep_ == "obl:agent"
        return False

    @staticmethod
    def _article_countries(found: list[tuple[Span, list[PlaceEntry], bool]]) -> tuple[set[str], set[str]]:
        """Countries of the unambiguous cities and regions named (strong), and of the countries named (weak)."""
        strong: set[str] = set()
        weak: set[str] = set()
        for _, cands, _ in found:
            countries = {c.country for c in cands}
            if len(countries) == 1 and None not in countries:
                (weak if cands[0].feature == "country" else strong).update(countries)
        return strong, weak - strong
