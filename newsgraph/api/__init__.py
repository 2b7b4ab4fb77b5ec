"""The REST API (FastAPI) and the dashboard it serves: ``create_app(settings)``, ``newsgraph serve``."""

from .app import ApiConfig, create_app

__all__ = ["ApiConfig", "create_app"]
