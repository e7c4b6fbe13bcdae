"""Shared fixtures: copies of the shipped project in tmp_path, and the CLI run as users run it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["mkdocs.yml", "content", "seeds", "site_templates"]
BRIEFING_ID = "2024-09-10-iran-missiles-to-russia"
BRIEFING_YAML = f"content/briefings/{BRIEFING_ID}.yaml"


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        else:
            shutil.copy2(src, dest / part)
    return dest


def run(root: Path, *args: str) -> Result:
    """Run `briefing ARGS --root ROOT` the way a user would, output captured."""
    command, *rest = args
    return CliRunner().invoke(main, [command, "--root", str(root), *rest],
                              catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content, built once with the real MkDocs: returns the project folder."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    return root
