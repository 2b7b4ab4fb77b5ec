"""The REST API (FastAPI) and the dashboard it serves: ``create_app(settings)``, ``newsgraph serve``."""

from .app import create_app
from .deps import ApiConfig

__all__ = ["ApiConfig", "create_app"]
