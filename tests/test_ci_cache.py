"""The cache as the Pages workflow keeps it: each run starts from a fresh checkout with the
.briefing-cache/ folder of an earlier run restored, and its key in $BRIEFING_CACHE_KEY. A push
that adds one briefing verifies that briefing alone; a runner without the key trusts nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.pipeline import CACHE_DIR

from .conftest import ROOT, copy_project, run
from .extra_content import add_older_briefing

SUMMARY = re.compile(r"^build: (\d+) briefings? \((\d+) verified, (\d+) from the cache\), ", re.M)


def _build(root: Path) -> tuple[int, int, int]:
    """(briefings, verified in this run, taken from the cache), as `briefing build` prints them."""
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    found = SUMMARY.search(result.output)
    assert found, result.output
    briefings, verified, cached = map(int, found.groups())
    return briefings, verified, cached


def _next_run(earlier: Path, checkout: Path) -> Path:
    """A fresh checkout of the same content, with the earlier run's cache restored into it."""
    root = copy_project(checkout)
    shutil.copytree(earlier / CACHE_DIR, root / CACHE_DIR)
    return root


def test_a_push_adding_one_briefing_verifies_that_one_alone(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "runner-1"))
    monkeypatch.setenv("BRIEFING_CACHE_KEY", "the repository's secret, the same in every run")
    first = copy_project(tmp_path / "run-1")
    assert _build(first) == (1, 1, 0)

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "runner-2"))  # another machine
    second = _next_run(first, tmp_path / "run-2")
    add_older_briefing(second)
    assert _build(second) == (2, 1, 1)

    # a runner without the secret makes a key of its own: the restored cache is not its own
    monkeypatch.delenv("BRIEFING_CACHE_KEY")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "runner-3"))
    third = _next_run(second, tmp_path / "run-3")
    add_older_briefing(third)
    assert _build(third) == (2, 2, 0)


def test_the_workflow_keeps_the_cache_per_code_version_with_the_secret_key():
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    [cache] = [s for s in steps if str(s.get("uses", "")).startswith("actions/cache@")]
    code = "hashFiles('generator/**', 'pyproject.toml')"
    assert cache["with"]["path"] == CACHE_DIR
    assert code in cache["with"]["key"] and "runner.os" in cache["with"]["key"]
    # a restore key may only fall back to caches made by the same code
    for prefix in cache["with"]["restore-keys"].splitlines():
        assert code in prefix and cache["with"]["key"].startswith(prefix)
    names = [s.get("name", "") for s in steps]
    assert names.index(cache["name"]) < min(i for i, s in enumerate(steps)
                                           if "briefing" in str(s.get("run", "")))
    for step in steps:
        if str(step.get("run", "")).startswith(("briefing check", "briefing build")):
            assert step["env"]["BRIEFING_CACHE_KEY"] == "${{ secrets.BRIEFING_CACHE_KEY }}"
