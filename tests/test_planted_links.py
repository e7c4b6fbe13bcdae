"""A link planted in the project under any name never leads a write outside it."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import run
from .content_edits import SEED, briefing


def _victim(root: Path, name: str) -> Path:
    victim = root.parent / "outside" / name
    victim.parent.mkdir(exist_ok=True)
    victim.write_text("ORIGINAL\n", encoding="utf-8")
    return victim


def _append_sentence(root: Path) -> None:
    seed = root / SEED
    seed.write_bytes(seed.read_bytes() + b"One more sentence.\n")


def test_restamp_writes_no_file_behind_a_planted_link(project: Path):
    victims = [_victim(project, f"v{i}") for i in range(3)]
    folder = briefing(project).parent
    # the names a careless writer would use for its temporary file
    for victim, name in zip(victims, [f"{briefing(project).name}.tmp",
                                      f".{briefing(project).name}.tmp", "tmp"], strict=True):
        (folder / name).symlink_to(victim)
    _append_sentence(project)
    result = run(project, "restamp", str(briefing(project)))
    assert result.exit_code == 0, result.output
    assert all(v.read_text(encoding="utf-8") == "ORIGINAL\n" for v in victims)
    assert not briefing(project).is_symlink()
    assert run(project, "check", "--strict").exit_code == 0


def test_restamp_refuses_a_file_outside_the_summaries(project: Path):
    outside = _victim(project, "elsewhere.yaml")
    outside.write_bytes(briefing(project).read_bytes())
    result = run(project, "restamp", str(outside))
    assert result.exit_code == 1
    assert "not a summary in content/briefings/ of this project" in result.output
    assert "Traceback" not in result.output


def test_draft_writes_no_file_behind_a_planted_link(project: Path):
    victim = _victim(project, "v")
    target = project / "content/briefings/new-draft.yaml"
    (target.parent / f".{target.name}.tmp").symlink_to(victim)
    result = run(project, "draft", str(project / SEED), "--published", "2024-09-10", "--id", "new-draft",
                 "--force")
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "ORIGINAL\n"
    assert target.is_file() and not target.is_symlink()


def test_build_writes_nothing_behind_links_planted_in_docs_site_and_cache(project: Path):
    import os

    assert run(project, "build").exit_code == 0
    pid = os.getpid()  # the CLI runs in this process: names made of the pid are known to us
    victims = {}
    for name in ["docs/index.md", "docs/.briefing-manifest.json", "docs/index.md.tmp",
                 f".site-{pid}", f".site-old-{pid}", f".briefing-mkdocs-{pid}.yml",
                 f"docs/.briefing-staging-{pid}", ".briefing-cache/verify.json",
                 ".briefing-cache/generation.json", ".briefing-cache/site.json"]:
        victim = _victim(project, name.replace("/", "_"))
        link = project / name
        if link.exists() or link.is_symlink():
            link.unlink() if not link.is_dir() else None
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(victim)
        victims[name] = victim
    (project / SEED).write_bytes((project / SEED).read_bytes())  # the same bytes: a new mtime
    briefing(project).write_text(briefing(project).read_text(encoding="utf-8").replace(
        "title: Iran sends", "title: Iran now sends", 1), encoding="utf-8")
    result = run(project, "build")
    # the links in docs/ are refused, each by name, and nothing is written
    assert result.exit_code == 1, result.output
    in_docs = [name for name in victims if name.startswith("docs/")]
    for name in in_docs:
        assert f"{name}:1:1: is a link to {victims[name]}" in result.output
    for name, victim in victims.items():
        assert victim.read_text(encoding="utf-8") == "ORIGINAL\n", name
    shutil.rmtree(project / "docs")  # as the message on the manifest's link says
    # those at the names of the site's and the cache's files are replaced, never written through
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    for name, victim in victims.items():
        assert victim.read_text(encoding="utf-8") == "ORIGINAL\n", name
    assert (project / "docs/index.md").is_file() and not (project / "docs/index.md").is_symlink()
    assert "Iran now sends" in (project / "site/index.html").read_text(encoding="utf-8")


def test_a_docs_folder_linked_outside_is_refused(project: Path):
    assert run(project, "build").exit_code == 0
    outside = project.parent / "outside-briefings"
    outside.mkdir()
    shutil.rmtree(project / "docs/briefings")
    (project / "docs/briefings").symlink_to(outside, target_is_directory=True)
    result = run(project, "build")
    assert result.exit_code == 1
    assert f"docs/briefings:1:1: is a link to {outside}" in result.output
    assert "Traceback" not in result.output
    assert list(outside.iterdir()) == []


def test_a_cache_folder_linked_outside_is_refused(project: Path):
    outside = project.parent / "outside-cache"
    outside.mkdir()
    (project / ".briefing-cache").symlink_to(outside, target_is_directory=True)
    for command in ("check", "build"):
        result = run(project, command)
        assert result.exit_code == 1, result.output
        assert result.output.startswith(".briefing-cache:1:1: is a link to a folder outside the "
                                        "project"), result.output
    assert list(outside.iterdir()) == []
