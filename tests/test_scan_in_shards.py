"""The scan for third-party resources and the record of the site are made by the engine's own
processes, each over the files it wrote (engine/shard_hooks.py), and when only pages changed over
those pages alone: the command never reads the whole site after the engine. What they give is
what reading the whole built site gives: the same findings in the same order, and a record by
which the next build with nothing changed starts no engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from bench.run import edit_summary
from generator import files, signing
from generator.engine import privacy, record

from .conftest import BRIEFING_YAML, run
from .test_privacy import ANALYTICS, _add_analytics
from .test_sharded_build import four  # noqa: F401 - the built project, a fixture

KEPT = "the rest kept from the last site"


def _recorded(root: Path) -> dict[str, Any]:
    payload = signing.read_signed(root / ".briefing-cache" / record.FILE)
    assert payload is not None
    data: dict[str, Any] = json.loads(payload)
    return data


def _as_a_whole_reading_finds(root: Path) -> None:
    data = _recorded(root)
    assert data["outputs"] == files.manifest(root / "site")
    assert [privacy.Remote(f, u) for f, u in data["remote"]] == \
        privacy.scan_site(root / "site", "site")


def _nothing_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object) -> None:
        raise AssertionError(f"the command read the built site: {args}")
    for name in ("scan_site", "scan_folder"):
        monkeypatch.setattr(privacy, name, refused)


def test_the_shards_scan_and_record_their_own_pages(four: Path, tmp_path: Path,  # noqa: F811
                                                   monkeypatch: pytest.MonkeyPatch):
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    _add_analytics(root)  # every page loads it: each shard finds it in its own pages
    with monkeypatch.context() as patched:
        _nothing_read_here(patched)
        built = run(root, "build", "--jobs", "2")
    assert built.exit_code == 0, built.output
    assert any(": warning: loads " + ANALYTICS in line for line in built.output.splitlines())
    _as_a_whole_reading_finds(root)
    found = _recorded(root)["remote"]
    assert len({f for f, _ in found}) > 20  # every page's finding, not one shard's
    again = run(root, "build", "--jobs", "2")
    assert "no input changed; site/ up to date" in again.output, again.output

    # one summary edited: its pages alone are rendered, and scanned
    edit_summary(root / BRIEFING_YAML, "Edited.")
    with monkeypatch.context() as patched:
        _nothing_read_here(patched)
        republished = run(root, "build", "--jobs", "2")
    assert republished.exit_code == 0, republished.output
    assert KEPT in republished.output
    assert republished.output.count(ANALYTICS) == built.output.count(ANALYTICS)
    _as_a_whole_reading_finds(root)
    again = run(root, "build", "--jobs", "2")
    assert "no input changed; site/ up to date" in again.output, again.output


def test_a_strict_build_is_refused_by_what_the_shards_found(four: Path,  # noqa: F811
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache"))
    before = files.manifest(root / "site")
    _add_analytics(root)
    with monkeypatch.context() as patched:
        _nothing_read_here(patched)
        refused = run(root, "build", "--strict", "--jobs", "2")
    assert refused.exit_code == 1
    assert [line for line in refused.output.splitlines() if ANALYTICS in line][0].startswith(
        "site/")
    assert files.manifest(root / "site") == before
