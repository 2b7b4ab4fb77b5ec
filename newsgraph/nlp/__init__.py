"""NLP: the spaCy model, the entity ruler and the order of the newsgraph components."""

from .extensions import register_extensions
from .pipeline import NEWSGRAPH_COMPONENTS, build_nlp, parse_articles, run_components

__all__ = ["NEWSGRAPH_COMPONENTS", "build_nlp", "parse_articles", "register_extensions", "run_components"]
