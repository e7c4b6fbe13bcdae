"""Shared fixtures: a project in tmp_path (the shipped code, fixture content), the CLI as users run it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
# The tests build their own content: a frozen copy of one real article and its summary. The
# project's shipped content/ and seeds/ may hold anything valid; `briefing check --strict` and
# `briefing build --strict` in CI check those.
FIXTURE = ROOT / "tests" / "fixtures" / "project"
# Hypothesis keeps its examples in ./.hypothesis, which is the checkout: they go to the user's cache
# instead, beside the key that signs the project's caches, unless the environment says where
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing" / "hypothesis"))
CODE_PARTS = ["mkdocs.yml", "site_templates"]
CONTENT_PARTS = ["content", "seeds"]
BRIEFING_ID = "2024-09-10-iran-missiles-to-russia"
BRIEFING_YAML = f"content/briefings/{BRIEFING_ID}.yaml"


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for part in CODE_PARTS + CONTENT_PARTS:
        src = (ROOT if part in CODE_PARTS else FIXTURE) / part
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
    """The fixture content, built once with the real MkDocs: returns the project folder."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    return root
