"""Stage: events. The ``newsgraph_events`` component, the coder, the lexicon and the CAMEO/PLOVER tables."""

from .codes import CameoCode, CodeTable
from .coder import EventCoder
from .component import EventsComponent
from .lexicon import Lexicon, LexiconEntry, load_lexicon

__all__ = ["CameoCode", "CodeTable", "EventCoder", "EventsComponent", "Lexicon", "LexiconEntry", "load_lexicon"]
