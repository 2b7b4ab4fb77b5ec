"""Where an event happens, as far as the article tells: the country behind unnamed participants.

The codebook guideline: "victims not named as a group are civilians of the country"; unidentified
perpetrators are an unidentified armed force of the country where it happened; "le suspect a été arrêté"
is an arrest by that country's police. Generic actors the actor component leaves without a country
("les autorités", "l'armée", "des manifestants") belong to the country the sentence or the article is about.

The country of a sentence is that of a place mention in it; the country of the article is that of the places
named in its first paragraph (the headline), else the most frequent place country (``newsgraph.places.countries``).
With no place named at all, the implicit police, courts and government of an act are those of the country the article's actors clearly belong to
(``newsgraph.actors.main_country``); other unnamed participants (migrants, protesters) get no country from it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from ..actors import main_country
from ..places.countries import place_countries
from ..records import Actor

# sectors of generic, nationally-bound actors that take the context country when they have none
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "CVL", "REB", "OPP", "CRM", "UAF", "SPY", "REF",
                              "MED", "LAB", "BUS", "EDU", "PTY", "ELI", "REL", "NGO"})


@dataclass(slots=True)
class PlaceContext:
    article_country: str | None
    by_sentence: dict[int, str]          # sentence start char -> country of a place named in it
    actors_country: str | None = None    # the country the article's actors clearly belong to

    @classmethod
    def from_doc(cls, doc: Doc) -> "PlaceContext":
        places = place_countries(doc)
        actors = main_country(doc)
        article = places.article
        if places.passing and actors is not None:
            article = actors               # "Médias : la crise à I-Télé ...", Istanbul named once in passing
        return cls(article_country=article, by_sentence=places.by_sentence, actors_country=actors)

    def country(self, sent: Span) -> str | None:
        return self.country_between(sent.start_char, sent.end_char)

    def country_between(self, start_char: int, end_char: int) -> str | None:
        """The country of a place named between two offsets (a sentence), else the article's."""
        for start, c in self.by_sentence.items():
            if start_char <= start < end_char:
                return c
        return self.article_country

    def complete(self, actor: Actor, sent: Span, other: str | None = None) -> Actor:
        """Give a generic actor without country, organisation or group the country of the context. ``other``
        is the country the text gives the other participant ("le ministre a fustigé l'attitude de la Turquie"):
        a place of the sentence with that country is that participant, not where the bare role belongs, so
        the article's country is taken instead."""
        if actor.country or actor.org or actor.group or actor.id:
            return actor
        if actor.sector not in NATIONAL_SECTORS and actor.sector is not None:
            return actor
        c = self.country(sent)
        if other is not None and c == other and self.article_country:
            c = self.article_country
        if not c:
            return actor
        code = actor.code if actor.code and actor.code[:3] == c else c + (actor.sector or "")
        return replace(actor, country=c, code=code)

    def unnamed(self, sent: Span, sector: str) -> Actor | None:
        """An implicit participant of the place's country (None when the country is unknown)."""
        c = self.country(sent)
        return generic(c, sector) if c else None


def generic(country: str, sector: str | None = None, mention: str | None = None,
            resolution: str | None = None) -> Actor:
    """An unnamed actor of a country and sector, coded as CAMEO does (FRA + COP -> FRACOP)."""
    return Actor(name=None, mention=mention, country=country, sector=sector, code=country + (sector or ""),
                 resolution=resolution)


def is_resolved(actor: Actor) -> bool:
    """An actor the metric and a user can place: a country, an organisation, a group or a KB id; or
    non-governmental organisations named as such ("les ONG", "plusieurs associations"), which have no country."""
    return bool(actor.country or actor.org or actor.group or actor.id or (actor.sector == "NGO" and actor.mention))
