"""The newsgraph_quotes pipeline component: writes ``doc._.quotes`` (list[Quote], in text order).

Direct quotations come from quotation marks, reported speech from the speech-cue lexicon
(``lang/<code>/speech_verbs.jsonl``); speakers are resolved through the actor component's
``actor_for_token`` (see :mod:`newsgraph.quotes.speakers`). Rules: :mod:`newsgraph.quotes.extract`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import actors
from ..lang import LanguageData
from .extract import ArticleQuotes
from .lexicon import QuoteMarks, SpeechLexicon, time_words
from .speakers import SpeakerResolver


class QuotesComponent:
    def __init__(self, nlp: Language, name: str, lang: str = "fr"):
        self.name = name
        self.lang = lang
        data = LanguageData(lang)
        self.lexicon = SpeechLexicon.load(data)
        self.marks = QuoteMarks.load(data)
        self.time_words = time_words(data)
        # the actor component's public lookup; absent only while that component is a stub
        self.resolver = SpeakerResolver(getattr(actors, "actor_for_token", None))

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = ArticleQuotes(doc, self.lexicon, self.marks, self.resolver, self.time_words).extract()
        return doc


@Language.factory("newsgraph_quotes", assigns=["doc._.quotes"], default_config={"lang": "fr"})
def make_quotes(nlp: Language, name: str, lang: str) -> QuotesComponent:
    return QuotesComponent(nlp, name, lang)
