"""Stage: actors."""

from .component import ActorsComponent

__all__ = ["ActorsComponent"]
