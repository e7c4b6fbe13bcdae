"""A link planted in the project under any name never leads a write outside it."""

from __future__ import annotations

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
