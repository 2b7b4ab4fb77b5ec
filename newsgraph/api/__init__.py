"""The REST API (FastAPI) and the dashboard it serves: ``create_app(settings)``, ``newsgraph serve``."""

from typing import TYPE_CHECKING

from ..lazy import lazy_exports

if TYPE_CHECKING:
    from .app import create_app
    from .deps import ApiConfig

# FastAPI is imported on first use (``newsgraph serve``, tests), not by ``import newsgraph.api.commands``
__getattr__, __dir__ = lazy_exports(__name__, {"ApiConfig": ".deps", "create_app": ".app"})

__all__ = ["ApiConfig", "create_app"]
