"""Building the spaCy pipeline: the model, the entity ruler, and the newsgraph components in order.

The model's own components run per paragraph (``nlp.pipe`` over paragraphs, batched across articles: the
French parser merges a headline into the body when fed one block); the paragraph Docs are then joined into
one article Doc whose text is exactly ``Article.text``, and the newsgraph components run on that.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import Settings
from ..errors import ModelNotInstalledError
from ..lang import LanguageData
from ..records import Article
from .extensions import register_extensions

# The newsgraph components, in the order they run. Each is a spaCy factory registered by its stage package.
NEWSGRAPH_COMPONENTS = ("newsgraph_actors", "newsgraph_places", "newsgraph_quotes", "newsgraph_events", "newsgraph_time",
                        "newsgraph_event_places")
ENTITY_RULER = "newsgraph_entity_ruler"


def _register_factories() -> None:
    # importing the stages' component modules registers their factories with spaCy
    from ..actors import component as _actors  # noqa: F401
    from ..events import component as _events  # noqa: F401
    from ..places import component as _places  # noqa: F401
    from ..quotes import component as _quotes  # noqa: F401
    from ..time import component as _time  # noqa: F401


def build_nlp(settings: Settings, lang: LanguageData, components: Iterable[str] = NEWSGRAPH_COMPONENTS) -> Language:
    """Load the spaCy model named in settings and add the newsgraph components."""
    register_extensions()
    _register_factories()
    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise ModelNotInstalledError(settings.model) from None
        raise
    if lang.has("entity_patterns.jsonl"):
        ruler = nlp.add_pipe("entity_ruler", name=ENTITY_RULER, after="ner",
                             config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(lang.jsonl("entity_patterns.jsonl"))
    for name in components:
        nlp.add_pipe(name, config={"lang": lang.code})
    return nlp


def model_components(nlp: Language) -> list[str]:
    return [n for n in nlp.pipe_names if n not in NEWSGRAPH_COMPONENTS]


def parse_articles(nlp: Language, articles: list[Article], batch_size: int = 32) -> Iterator[Doc]:
    """Run the model components on every paragraph of a batch of articles; yield one joined Doc per article."""
    texts: list[str] = []
    owners: list[int] = []
    for i, art in enumerate(articles):
        for j, (s, e) in enumerate(art.paragraphs):
            end = art.paragraphs[j + 1][0] if j + 1 < len(art.paragraphs) else e
            texts.append(art.text[s:end])          # paragraph with its trailing "\n\n" separator
            owners.append(i)
    ours = [n for n in nlp.pipe_names if n in NEWSGRAPH_COMPONENTS]
    pieces: list[list[Doc]] = [[] for _ in articles]
    # ``disable=`` skips our components for this call only; ``select_pipes`` would reconfigure the shared
    # pipeline, which breaks any other thread using it meanwhile
    for owner, doc in zip(owners, nlp.pipe(texts, batch_size=batch_size * 8, disable=ours)):
        pieces[owner].append(doc)
    for art, docs in zip(articles, pieces):
        doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
        doc._.article = art
        yield doc


def run_components(nlp: Language, doc: Doc) -> Doc:
    """Run the newsgraph components on one joined article Doc (errors propagate to the engine)."""
    for name, proc in nlp.pipeline:
        if name in NEWSGRAPH_COMPONENTS:
            doc = proc(doc)
    return doc
