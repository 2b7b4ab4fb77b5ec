"""newsgraph: structured event data from French news.

Library first::

    from newsgraph import Engine, Settings
    engine = Engine(Settings.load())
    result = engine.extract("Moscou et Washington se disent prêts à collaborer.", published="2017-01-28")
    for event in result.events:
        print(event.source.code, event.cameo, event.target and event.target.code)
"""

from typing import TYPE_CHECKING

from .config import Settings
from .errors import NewsgraphError
from .lazy import lazy_exports
from .records import Actor, Article, ArticleResult, Event, Failure, Mention, Place, Quote, Sentence, Timex

if TYPE_CHECKING:
    from .engine import Engine

__version__ = "0.1.0"

# the Engine (spaCy) is imported on first use: the CLI's query commands never load it
__getattr__, __dir__ = lazy_exports(__name__, {"Engine": ".engine"})

__all__ = ["Actor", "Article", "ArticleResult", "Engine", "Event", "Failure", "Mention", "NewsgraphError", "Place",
           "Quote", "Sentence", "Settings", "Timex", "__version__"]
