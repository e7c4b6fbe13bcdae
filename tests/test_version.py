"""One version, set in pyproject.toml: printed by `briefing --version` and described in
CHANGELOG.md."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version

from click.testing import CliRunner

from generator.cli import main

from .conftest import ROOT


def _project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_version_prints_the_installed_version_which_is_pyprojects():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"briefing {version('briefing')}\n"
    assert version("briefing") == _project_version(), (
        "the installed package is older than pyproject.toml: pip install -e '.[test]' again")


def test_changelog_describes_the_current_version_first():
    current = _project_version()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", changelog, re.M)
    assert current in sections, f"CHANGELOG.md has no '## [{current}]' section"
    assert sections[0] == current, f"CHANGELOG.md lists {sections[0]} above {current}: newest first"
