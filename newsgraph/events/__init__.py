"""Stage: events."""

from .component import EventsComponent

__all__ = ["EventsComponent"]
