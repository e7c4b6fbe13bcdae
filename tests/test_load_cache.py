"""Validated summaries kept by file hash: a second load gives the same models and positions
without parsing, an edited file is read afresh, and the cache is trusted no more than the
verification cache (signed with the user's key; a forged or tracked file is never unpickled)."""

from __future__ import annotations

import hashlib
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.run import edit_summary
from generator import pipeline, signing
from generator.content import load, yaml_source
from generator.progress import Progress
from generator.settings import SiteSettings

from .conftest import BRIEFING_YAML, run
from .content_edits import replace_on_line

CACHE = Path(pipeline.CACHE_DIR) / load.Validated.FOLDER


def _entry(project: Path) -> Path:
    """The cache's file for the project's summary."""
    digest = hashlib.sha256((project / BRIEFING_YAML).read_bytes()).hexdigest()
    return project / CACHE / load.Validated.name(f"Briefing\0{digest}")


def _signed(project: Path, payload: bytes) -> bytes:
    """The payload as the cache signs it for the summary's file, with this user's key."""
    cache = load.Validated(project / pipeline.CACHE_DIR)
    return cache._mac(_entry(project).name, payload) + b"\n" + payload


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key folder of this test's own, so that no test reads or writes the user's."""
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _load(root: Path) -> load.Content:
    return load.load(load.Project(root), root / pipeline.CACHE_DIR)


def _seen(content: load.Content) -> list:
    """Every model with every position its document knows."""
    return [(str(loc.path), loc.value.model_dump(), loc.doc.positions, loc.doc.key_positions,
             loc.doc.sha256) for loc in [*content.actors, *content.briefings]]


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = yaml_source.parse

    def counting(raw: bytes) -> yaml_source.Document:
        calls[0] += 1
        return real(raw)

    monkeypatch.setattr(yaml_source, "parse", counting)
    return calls


def test_a_second_load_reuses_models_and_positions(project: Path, monkeypatch: pytest.MonkeyPatch):
    cold = _load(project)
    assert _entry(project).is_file()
    calls = _count_parses(monkeypatch)
    warm = _load(project)
    assert calls[0] == 0
    # the positions stay packed until a stage asks for one: a run that reports nothing about a
    # cached file never unpickles them
    assert all(loc.doc.__dict__.get("_packed") for loc in warm.briefings)
    assert warm.briefings[0].doc.sha256 == cold.briefings[0].doc.sha256
    assert warm.briefings[0].doc.__dict__.get("_packed")
    assert _seen(warm) == _seen(cold)
    assert not warm.briefings[0].doc.__dict__.get("_packed")
    located = warm.briefings[0]
    assert located.where("quotes", 0, "text") == cold.briefings[0].where("quotes", 0, "text")
    # an edited summary is parsed again, and the others still come from the cache
    replace_on_line(project / BRIEFING_YAML, 116, "We’ve warned", "We have warned")
    edited = _load(project)
    assert calls[0] == 1
    assert any("We have warned" in q.text for q in edited.briefings[0].value.quotes)


def test_problems_are_reported_on_every_run(project: Path):
    replace_on_line(project / BRIEFING_YAML, 116, "text: ", "txet: ")
    for _ in range(2):
        result = run(project, "check")
        assert result.exit_code == 1
        assert f"{BRIEFING_YAML}:116:" in result.output and "unknown field 'txet'" in result.output


def _planted(marker: Path) -> bytes:
    """A cache payload whose entry for the summary, unpickled, would create the marker file."""
    class Plant:
        def __reduce__(self):
            return (Path.touch, (marker,))
    return pickle.dumps(Plant())


def test_a_forged_cache_is_never_unpickled(project: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch):
    _load(project)
    marker = tmp_path / "unpickled"
    payload = _planted(marker)
    path = _entry(project)
    good = path.read_bytes()
    # signed with this user's key, the planted pickle runs: the marker works
    path.write_bytes(_signed(project, payload))
    _load(project)
    assert marker.exists()
    marker.unlink()
    # a real signature of other bytes
    path.write_bytes(good[:signing.MAC_LENGTH] + b"\n" + payload)
    content = _load(project)
    assert not marker.exists()
    assert len(content.briefings) == 1 and not content.problems
    # signed with another machine's key
    with monkeypatch.context() as m:
        m.setenv(signing.KEY_VARIABLE, "another machine's key, not this user's")
        forged = _signed(project, payload)
    path.write_bytes(forged)
    content = _load(project)
    assert not marker.exists()
    assert len(content.briefings) == 1 and not content.problems
    # nor by another version of the generator: the versions are signed with the pickle
    with monkeypatch.context() as m:
        m.setattr(signing, "CODE_VERSION", "another version")
        path.write_bytes(_signed(project, payload))
    content = _load(project)
    assert not marker.exists()
    assert len(content.briefings) == 1 and not content.problems


def test_a_tracked_cache_is_ignored(project: Path, tmp_path: Path):
    _load(project)
    marker = tmp_path / "unpickled"
    _entry(project).write_bytes(_signed(project, _planted(marker)))
    git = ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-f", str(CACHE)], check=True)
    content = _load(project)
    assert not marker.exists()
    assert len(content.briefings) == 1


def test_an_edit_writes_its_own_file_alone_and_the_old_one_goes(project: Path):
    """A file per summary: a run after one edit writes that summary's file, and leaves every
    other as it was, where one file of them all was written again whole."""
    _load(project)
    folder = project / CACHE
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}
    old = _entry(project).name
    replace_on_line(project / BRIEFING_YAML, 116, "We’ve warned", "We have warned")
    _load(project)
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert set(after) == set(before) - {old} | {_entry(project).name}
    assert all(after[name] == before[name] for name in set(after) - {_entry(project).name})
    # an earlier version's single file goes with the first run that writes the new ones
    (project / pipeline.CACHE_DIR / "load.pickle").write_bytes(b"old")
    replace_on_line(project / BRIEFING_YAML, 116, "We have warned", "We’ve warned")
    _load(project)
    assert not (project / pipeline.CACHE_DIR / "load.pickle").exists()


def test_corrupt_cache_files_give_the_docs_a_generation_from_nothing_gives(project: Path,
                                                                          tmp_path: Path):
    """Every file of the cache cut short or overwritten: the run trusts none of them, and docs/
    is, byte for byte, what a project without a cache and without docs/ gets."""
    def generate(root: Path) -> dict[str, bytes]:
        result = pipeline.generate(root, root / "docs", root / "site_templates", "Briefing",
                                   False, Progress(interactive=False),
                                   SiteSettings(site_name="Briefing"))
        assert result.ok, [str(p) for p in result.problems]
        return {str(p.relative_to(root / "docs")): p.read_bytes()
                for p in sorted((root / "docs").rglob("*")) if p.is_file()}

    generate(project)
    edit_summary(project / BRIEFING_YAML, "Edited.")
    cache = project / pipeline.CACHE_DIR
    for n, path in enumerate(sorted(p for p in cache.rglob("*") if p.is_file())):
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2] if n % 2 else b"\0" * len(data))
    fresh = tmp_path / "fresh"
    for part in ("content", "seeds", "site_templates"):
        shutil.copytree(project / part, fresh / part)
    assert generate(project) == generate(fresh)
