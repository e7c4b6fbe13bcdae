"""The verification cache is authenticated: an entry written by anyone but this machine's (or this
CI's) generator, or a cache that git tracks, is never trusted, and a fabricated quote cannot
reach the site through it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from generator import pipeline
from generator.progress import Progress
from generator.verify import cache as verify_cache

from .conftest import BRIEFING_YAML, run
from .content_edits import replace_on_line

CACHE = Path(pipeline.CACHE_DIR) / "verify.json"
REAL = "We’ve warned Tehran publicly"
FABRICATED = "We will bomb Tehran tomorrow"


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A key folder of this test's own, so that no test reads or writes the user's."""
    monkeypatch.delenv("BRIEFING_CACHE_KEY", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "briefing" / "cache-key"


def _fabricate(project: Path) -> None:
    """Put a quote in the summary that its article does not contain, and run check once: the
    cache now holds the honest verdict on it (an error, no spans)."""
    replace_on_line(project / BRIEFING_YAML, 116, REAL, FABRICATED)
    failed = run(project, "check", "--strict")
    assert failed.exit_code == 1 and "quote 'blinken-warned-tehran' is not in" in failed.output


def _forge(project: Path) -> int:
    """Edit the cache as a hand in the repository could: the entry for the fabricated quote now
    says it matched, with no problems. Returns how many entries were edited."""
    path = project / CACHE
    data = json.loads(path.read_text(encoding="utf-8"))
    forged = 0
    for entry in data["entries"].values():
        if any("blinken-warned-tehran" in p[4] for p in entry["problems"]):
            entry["problems"] = []
            entry["spans"] = {"blinken-warned-tehran": [[0, 20]]}
            forged += 1
    path.write_text(json.dumps(data), encoding="utf-8")
    return forged


def test_a_forged_entry_is_not_used(project: Path):
    _fabricate(project)
    assert _forge(project) == 1
    result = run(project, "build", "--strict")
    assert result.exit_code == 1
    assert "quote 'blinken-warned-tehran' is not in" in result.output
    notes = [line for line in result.output.splitlines() if "failed authentication" in line]
    assert len(notes) == 1 and notes[0].startswith(f"{CACHE.as_posix()}:1:1: note:")
    assert not (project / "site").exists()
    # re-verified from scratch, the cache now holds the honest verdict again: no note
    again = run(project, "check")
    assert again.exit_code == 1 and "failed authentication" not in again.output


def test_a_forged_shortcut_is_dropped_and_told_of(project: Path):
    # a shortcut stands in for the reference checks of an unchanged briefing: one edited to say
    # its references had no problems is not used, and the user hears of it as of an entry
    assert run(project, "check").exit_code == 0
    path = project / CACHE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["shortcuts"]) == 1
    for shortcut in data["shortcuts"].values():
        shortcut["refs"] = [["content/briefings/x.yaml", 1, 1, "id", "a forged problem", "error"]]
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run(project, "check")
    assert result.exit_code == 0 and "a forged problem" not in result.output
    notes = [line for line in result.output.splitlines() if "failed authentication" in line]
    assert len(notes) == 1 and "1 entry failed authentication" in notes[0], result.output
    again = run(project, "check")  # written anew, honest: no note
    assert again.exit_code == 0 and "failed authentication" not in again.output


def test_a_cache_made_with_another_key_is_reverified(project: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BRIEFING_CACHE_KEY", "someone else's key, long enough to sign")
    first = pipeline.check(project, False, Progress(interactive=False))
    assert first.ok and first.verified.checked == 1
    monkeypatch.setenv("BRIEFING_CACHE_KEY", "the key of this CI, long enough to sign")
    other = pipeline.check(project, False, Progress(interactive=False))
    assert (other.verified.checked, other.verified.cached) == (1, 0)
    # the briefing's entry and its shortcut
    assert [p.message for p in other.problems if p.severity == "note"][0].startswith("2 entries")
    again = pipeline.check(project, False, Progress(interactive=False))
    assert (again.verified.checked, again.verified.cached) == (0, 1)


def test_the_key_is_created_once_outside_the_project(project: Path, own_key: Path):
    assert run(project, "check").exit_code == 0
    assert own_key.is_file() and own_key.stat().st_mode & 0o777 == 0o600
    key = own_key.read_bytes()
    assert run(project, "check").exit_code == 0
    assert own_key.read_bytes() == key
    assert not list(project.rglob("cache-key"))


def test_a_cache_tracked_by_git_is_ignored(project: Path):
    assert run(project, "check").exit_code == 0
    git = ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-f", str(CACHE)], check=True)
    result = pipeline.check(project, False, Progress(interactive=False))
    assert result.ok and (result.verified.checked, result.verified.cached) == (1, 0)
    notes = [str(p) for p in result.problems if p.severity == "note"]
    assert len(notes) == 1 and "tracked by git" in notes[0]
    before = (project / CACHE).read_bytes()
    pipeline.check(project, False, Progress(interactive=False))
    assert (project / CACHE).read_bytes() == before  # a tracked file is not rewritten either
    subprocess.run([*git, "rm", "-q", "--cached", str(CACHE)], check=True)
    assert pipeline.check(project, False, Progress(interactive=False)).verified.cached == 1


def test_an_edited_generation_record_is_not_used(project: Path):
    def generate() -> pipeline.Generated:
        return pipeline.generate(project, project / "docs", project / "site_templates",
                                 "Briefing", False, Progress(interactive=False))

    assert generate().ok
    assert generate().skipped  # a genuine record stands for the run
    record = project / pipeline.CACHE_DIR / "generation.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    data["counts"]["briefings"] = 1000
    record.write_text(json.dumps(data), encoding="utf-8")
    rerun = generate()
    assert not rerun.skipped and rerun.counts["briefings"] == 1
    assert generate().skipped


def test_an_entry_signed_but_not_shaped_as_written_is_reverified(project: Path,
                                                                 monkeypatch: pytest.MonkeyPatch):
    """Even with the key, an entry whose spans name other quotes or fall outside the article is
    not what this generator writes for this briefing, and is verified afresh."""
    monkeypatch.setenv("BRIEFING_CACHE_KEY", "a key that leaked, long enough to sign")
    assert pipeline.check(project, True, Progress(interactive=False)).ok
    path = project / CACHE
    data = json.loads(path.read_text(encoding="utf-8"))
    secret = verify_cache.secret()
    assert secret is not None
    for key, entry in data["entries"].items():
        quote = next(iter(entry["spans"]))
        entry["spans"][quote] = [[0, 10**9]]
        entry["mac"] = verify_cache.entry_mac(secret, key, entry)
    path.write_text(json.dumps(data), encoding="utf-8")
    result = pipeline.check(project, True, Progress(interactive=False))
    assert result.ok and (result.verified.checked, result.verified.cached) == (1, 0)
    assert all(end < 10**9 for found in result.verified.briefings[0].spans.values()
               for _, end in found)
