"""Stage: time."""

from .component import TimeComponent

__all__ = ["TimeComponent"]
