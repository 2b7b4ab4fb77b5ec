"""The dashboard's vendored libraries: each with its licence, listed in the README, shipped as package data."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsgraph"
VENDOR = PACKAGE / "web" / "static" / "vendor"
MAX_BYTES = 3_000_000


def _folders() -> list[Path]:
    return sorted(p for p in VENDOR.iterdir() if p.is_dir())


def test_every_vendored_package_has_its_licence_and_a_readme_row_with_the_pinned_version():
    readme = (VENDOR / "README.md").read_text(encoding="utf-8")
    script = (ROOT / "tools" / "vendor_web.sh").read_text(encoding="utf-8")
    assert _folders(), "no vendored library"
    for folder in _folders():
        assert (folder / "LICENSE").stat().st_size > 200, f"{folder.name} has no LICENSE"
        pinned = re.search(rf"^fetch {re.escape(folder.name)}@(\S+)", script, re.M)
        assert pinned, f"tools/vendor_web.sh does not fetch {folder.name}"
        row = re.search(rf"^\| `{re.escape(folder.name)}/` \|[^|]*\| {re.escape(pinned.group(1))} \|", readme, re.M)
        assert row, f"vendor/README.md has no row for {folder.name} {pinned.group(1)}"


def test_vendored_files_are_package_data_and_small():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["newsgraph"]
    shipped = {p for g in globs for p in PACKAGE.glob(g)}  # setuptools expands them the same way
    files = [p for p in VENDOR.rglob("*") if p.is_file()]
    missing = [str(p.relative_to(PACKAGE)) for p in files if p not in shipped]
    assert not missing, f"not matched by pyproject's package-data globs: {missing}"
    assert sum(p.stat().st_size for p in files) < MAX_BYTES
