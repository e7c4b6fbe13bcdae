"""Work that an edit's generation does per file of the archive stays per file and cheap: the paths
of the summaries and seeds that are plain files inside the project are not resolved (a lookup of
every part of the path, each a system call), so the number of resolutions of a run that follows
one edit does not grow with the archive."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from bench import synth
from bench.run import edit_summary
from generator import pipeline, signing
from generator.content.model import Briefing
from generator.progress import Progress
from generator.settings import SiteSettings
from generator.verify import cache as verify_cache


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _generate(root: Path) -> pipeline.Generated:
    result = pipeline.generate(root, root / "docs", root / "site_templates", "Briefing", False,
                               Progress(interactive=False), SiteSettings(site_name="Briefing"))
    assert result.ok, [str(p) for p in result.problems]
    return result


def _edited(root: Path, n: int) -> None:
    synth.make(n, 1, root)
    _generate(root)
    edit_summary(sorted((root / "content/briefings").glob("*.yaml"))[n // 2], "Edited.")


def _calls_of_an_edit(root: Path, n: int, monkeypatch: pytest.MonkeyPatch, owner: Any,
                      name: str) -> int:
    """How many times the generation after one edit calls `owner.name`."""
    _edited(root, n)
    calls = [0]
    real = getattr(owner, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(owner, name, counting)
        assert _generate(root).report is not None
    return calls[0]


def _resolutions_of_an_edit(root: Path, n: int, monkeypatch: pytest.MonkeyPatch) -> int:
    return _calls_of_an_edit(root, n, monkeypatch, os.path, "realpath")


def test_an_edit_resolves_as_many_paths_at_twice_the_briefings(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch):
    small = _resolutions_of_an_edit(tmp_path / "small", 10, monkeypatch)
    large = _resolutions_of_an_edit(tmp_path / "large", 20, monkeypatch)
    # before, each summary and seed was resolved on listing and each seed three times more, and
    # each page's folder twice: dozens more at 20 briefings than at 10
    assert large - small <= 2, (small, large)



def _model_dumps_of_an_edit(root: Path, n: int, monkeypatch: pytest.MonkeyPatch) -> int:
    return _calls_of_an_edit(root, n, monkeypatch, Briefing, "model_dump_json")


def test_an_edit_dumps_as_many_briefings_at_twice_the_briefings(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch):
    small = _model_dumps_of_an_edit(tmp_path / "small", 10, monkeypatch)
    large = _model_dumps_of_an_edit(tmp_path / "large", 20, monkeypatch)
    # before, the page plan keyed each briefing of the archive by a JSON dump of its model, on
    # every run: ten more at 20 briefings than at 10; its summary's digest, known from loading,
    # stands for it now
    assert large == small, (small, large)


def test_an_edit_that_keeps_every_count_renders_no_page_of_the_actors_index(tmp_path: Path):
    root = tmp_path / "p"
    _edited(root, 10)
    report = _generate(root).report
    assert report is not None and report.rendered
    # the edited bottom line shows on the briefing's page, not on the list of actors, whose
    # names, kinds, countries and counts are as they were; before, every page of that list was
    # rendered again after any edit, as a page showing the whole archive
    assert not any(p == "actors/index.md" or p.startswith("actors/page--")
                   for p in report.rendered), report.rendered


def test_an_edit_writes_as_many_verdicts_anew_at_twice_the_briefings(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    small = _calls_of_an_edit(tmp_path / "small", 10, monkeypatch, verify_cache, "_plain")
    large = _calls_of_an_edit(tmp_path / "large", 20, monkeypatch, verify_cache, "_plain")
    # before, saving the verdict cache after an edit made every briefing's entry into JSON and
    # signed it again; the entries read and authenticated are written as they were read
    assert large == small, (small, large)
