"""Work that an edit's generation does per file of the archive stays per file and cheap: the paths
of the summaries and seeds that are plain files inside the project are not resolved (a lookup of
every part of the path, each a system call), so the number of resolutions of a run that follows
one edit does not grow with the archive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import synth
from bench.run import edit_summary
from generator import pipeline, signing
from generator.progress import Progress
from generator.settings import SiteSettings


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _generate(root: Path) -> pipeline.Generated:
    result = pipeline.generate(root, root / "docs", root / "site_templates", "Briefing", False,
                               Progress(interactive=False), SiteSettings(site_name="Briefing"))
    assert result.ok, [str(p) for p in result.problems]
    return result


def _resolutions_of_an_edit(root: Path, n: int, monkeypatch: pytest.MonkeyPatch) -> int:
    synth.make(n, 1, root)
    _generate(root)
    edit_summary(sorted((root / "content/briefings").glob("*.yaml"))[n // 2], "Edited.")
    calls = [0]
    real = os.path.realpath

    def counting(path: object, *args: object, **kwargs: object) -> str:
        calls[0] += 1
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os.path, "realpath", counting)
        assert _generate(root).report is not None
    return calls[0]


def test_an_edit_resolves_as_many_paths_at_twice_the_briefings(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch):
    small = _resolutions_of_an_edit(tmp_path / "small", 10, monkeypatch)
    large = _resolutions_of_an_edit(tmp_path / "large", 20, monkeypatch)
    # before, each summary and seed was resolved on listing and each seed three times more, and
    # each page's folder twice: dozens more at 20 briefings than at 10
    assert large - small <= 2, (small, large)
