"""Stage: places."""

from .component import PlacesComponent

__all__ = ["PlacesComponent"]
