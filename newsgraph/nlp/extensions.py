"""The custom attributes newsgraph components write on spaCy objects (declared once, here).

    doc._.article   Article          set by the engine before the newsgraph components run
    doc._.mentions  list[Mention]    newsgraph_actors
    doc._.quotes    list[Quote]      newsgraph_quotes
    doc._.events    list[Event]      newsgraph_events
    doc._.timexes   list[Timex]      newsgraph_time (also sets Event.date / date_source)
    doc._.places    list[Place]      newsgraph_places (before the coder; newsgraph_event_places sets Event.place)
    doc._.place_mentions list[PlaceMention]  newsgraph_places (the mentions behind doc._.places, peoples too)
    token._.mention int | None       index into doc._.mentions of the mention covering the token
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

DOC_ATTRS = ("article", "mentions", "quotes", "events", "timexes", "places", "place_mentions")


def register_extensions() -> None:
    """Idempotent: safe to call in every process and every test."""
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Token.has_extension("mention"):
        Token.set_extension("mention", default=None)


def text_of(doc: Doc) -> str:
    """The Doc's text without rebuilding it: spaCy's ``Doc.text`` joins every token on each access, which costs as
    much as a parse step when called in loops. The article's cleaned text is the same string by construction."""
    art = doc._.article if Doc.has_extension("article") else None
    text = getattr(art, "text", None)
    if text is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        return text
    return doc.text
