"""newsgraph: structured event data from French news.

Library first::

    from newsgraph import Engine, Settings
    engine = Engine(Settings.load())
    result = engine.extract("Moscou et Washington se disent prêts à collaborer.", published="2017-01-28")
    for event in result.events:
        print(event.source.code, event.cameo, event.target and event.target.code)
"""

from .config import Settings
from .engine import Engine
from .errors import NewsgraphError
from .records import Actor, Article, ArticleResult, Event, Failure, Mention, Place, Quote, Sentence, Timex

__version__ = "0.1.0"

__all__ = ["Actor", "Article", "ArticleResult", "Engine", "Event", "Failure", "Mention", "NewsgraphError", "Place",
           "Quote", "Sentence", "Settings", "Timex", "__version__"]
