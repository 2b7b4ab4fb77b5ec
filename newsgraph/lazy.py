"""Lazy package exports (PEP 562): a package names what it exports and the submodule of each, and the submodule
is imported on first use, so that importing a light part of newsgraph (the CLI, the store) does not import spaCy,
FastAPI or Dask.

    __getattr__, __dir__ = lazy_exports(__name__, {"Engine": ".engine", "Settings": ".config"})
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable, Mapping


def lazy_exports(package: str, exports: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``exports`` maps each name to its (relative) module."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(exports[name], package), name)
        setattr(sys.modules[package], name, value)  # the next lookup is a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *exports})

    return __getattr__, __dir__
