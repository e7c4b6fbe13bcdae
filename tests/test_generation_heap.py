"""The heap a run builds (every summary loaded, the corpus indexed) is built without the collector
of reference cycles walking it over and over, and handed back to it when the run ends."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline, signing
from generator.content import load as load_stage
from generator.pages import corpus as corpus_stage
from generator.progress import Progress
from generator.settings import SiteSettings


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _generate(root: Path) -> pipeline.Generated:
    return pipeline.generate(root, root / "docs", root / "site_templates", "Briefing", False,
                             Progress(interactive=False), SiteSettings(site_name="Briefing"))


@pytest.fixture
def collections() -> Iterator[list[Callable[[str, dict[str, int]], None]]]:
    """Callbacks told of every collection while the test runs."""
    told: list[Callable[[str, dict[str, int]], None]] = []
    gc.callbacks.append(lambda phase, info: [tell(phase, info) for tell in told])
    try:
        yield told
    finally:
        gc.callbacks.pop()


def _collections_during(monkeypatch: pytest.MonkeyPatch, told: list[Any], module: object,
                        name: str) -> list[int]:
    """The collections the collector ran while `module.name` ran, by generation."""
    seen: list[int] = []
    inside = [False]

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and inside[0]:
            seen.append(info["generation"])

    told.append(note)
    real = getattr(module, name)

    def watched(*args: object, **kwargs: object) -> object:
        inside[0] = True
        try:
            return real(*args, **kwargs)
        finally:
            inside[0] = False

    monkeypatch.setattr(module, name, watched)
    return seen


def test_loading_and_indexing_run_no_collection_and_the_heap_is_handed_back(
        project: Path, monkeypatch: pytest.MonkeyPatch, collections: list[Any]):
    assert _generate(project).ok
    loading = _collections_during(monkeypatch, collections, load_stage, "load")
    indexing = _collections_during(monkeypatch, collections, corpus_stage, "build")
    # the collector runs every `threshold` objects made: loading the project's summaries from
    # the cache and indexing them make thousands, so without the pause both would collect
    threshold = gc.get_threshold()
    gc.set_threshold(100)
    try:
        pipeline.fingerprint.forget(project / pipeline.CACHE_DIR)  # generate again, not skip
        assert _generate(project).ok
    finally:
        gc.set_threshold(*threshold)
    assert loading == [] and indexing == []
    # a process that generates again (serve) keeps nothing of the run's heap frozen
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
