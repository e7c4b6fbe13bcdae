"""Inputs come from the project alone: a folder or file linked to somewhere outside it is refused
before anything in it is read, and no file name is printed with the control characters it holds."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .conftest import BRIEFING_YAML, run
from .content_edits import SEED, briefing, snapshot

SECRET = "TOP-SECRET-OUTSIDE-VALUE"
SEED_NAME = Path(SEED).name


def _outside(root: Path) -> Path:
    """A folder next to the project, holding values that must never appear in any output."""
    outside = root.parent / "outside"
    outside.mkdir(exist_ok=True)
    return outside


def _move_out(root: Path, part: str) -> Path:
    """Move a folder of the project outside it and leave a link in its place."""
    target = _outside(root) / part.replace("/", "-")
    shutil.move(root / part, target)
    (root / part).symlink_to(target, target_is_directory=True)
    return target


def _plant_secrets(folder: Path) -> None:
    """Values that errors would echo, were the files read: an unknown field in each YAML file, and
    words of the article that quotes no longer match."""
    for path in folder.rglob("*"):
        text = path.read_text(encoding="utf-8") if path.suffix in (".yaml", ".txt") else None
        if path.suffix == ".yaml":
            path.write_text(f"{text}\n{SECRET}: 1\n", encoding="utf-8")
        elif path.suffix == ".txt":
            path.write_text(text.replace("Russia", SECRET), encoding="utf-8")


def _assert_refused(root: Path, command: str, where: str, words: str) -> str:
    result = run(root, command, "--strict")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert any(line.startswith(where) and words in line for line in lines), result.output
    assert "Traceback" not in result.output
    assert SECRET not in result.output
    docs = root / "docs"
    if docs.is_dir():
        assert all(SECRET not in p.read_text(encoding="utf-8", errors="replace")
                   for p in docs.rglob("*") if p.is_file())
    return result.output


@pytest.mark.parametrize("part", ["seeds", "content", "content/actors", "content/briefings"])
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_folder_linked_outside_the_project_is_refused(project: Path, part: str, command: str):
    target = _move_out(project, part)
    _plant_secrets(target)
    output = _assert_refused(project, command, f"{part}/:1:1:",
                             f"is a link to a folder outside the project ({target.resolve()}): "
                             "copy the files in instead")
    assert not (project / "docs").exists()
    if part == "seeds":
        # the summary's seed is refused too, not read through the link
        assert f"{BRIEFING_YAML}:10:9: source.seed: seeds/ is a link to a folder outside" in output
    if part in ("content", "content/actors"):
        assert "no actor registry" not in output


def test_a_folder_linked_inside_the_project_is_read(project: Path):
    shutil.move(project / "content/briefings", project / "summaries")
    (project / "content/briefings").symlink_to("../summaries", target_is_directory=True)
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", ["content/briefings/2024-09-10-iran-missiles-to-russia.yaml",
                                  "content/actors/people.yaml"])
def test_a_yaml_file_linked_outside_is_refused_unread(project: Path, name: str):
    path = project / name
    target = _outside(project) / path.name
    # secret values, and an unknown field that an error would echo, were the file read
    target.write_text(path.read_text(encoding="utf-8").replace("LONDON", SECRET)
                      .replace("Antony Blinken", SECRET) + f"\n{SECRET}: 1\n", encoding="utf-8")
    path.unlink()
    path.symlink_to(target)
    _assert_refused(project, "build", f"{name}:1:1:",
                    f"is a link to a file outside the project ({target}): copy the file in instead")
    assert not (project / "docs").exists()


def test_a_yaml_file_linked_inside_the_project_is_read(project: Path):
    path = briefing(project)
    moved = project / "drafts" / path.name
    moved.parent.mkdir()
    shutil.move(path, moved)
    path.symlink_to(os.path.relpath(moved, path.parent))
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output


def test_a_seed_linked_outside_is_refused_even_when_no_summary_names_it(project: Path):
    target = _outside(project) / "leak.txt"
    target.write_text(f"{SECRET}\n", encoding="utf-8")
    (project / "seeds/leak.txt").symlink_to(target)
    _assert_refused(project, "build", "seeds/leak.txt:1:1:",
                    f"is a link to a file outside the project ({target})")
    assert not (project / "docs").exists()


@pytest.mark.parametrize(("name", "shown"), [
    ("evil\nforged.txt:1:1: all fine.txt", "seeds/evil⟨U+000A⟩forged.txt:1:1: all fine.txt"),
    ("carriage\rreturn.txt", "seeds/carriage⟨U+000D⟩return.txt"),
    ("bell\x07and\x1b[31mred.txt", "seeds/bell⟨U+0007⟩and⟨U+001B⟩[31mred.txt"),
    ("line\u2028sep.txt", "seeds/line⟨U+2028⟩sep.txt"),
    ("right\u202eto-left.txt", "seeds/right⟨U+202E⟩to-left.txt"),
])
def test_a_seed_name_with_control_characters_is_shown_escaped(project: Path, name: str, shown: str):
    (project / "seeds" / name).write_text("An article.\n", encoding="utf-8")
    result = run(project, "build", "--strict")
    assert result.exit_code == 1, result.output
    assert f"{shown}:1:1: the file name holds control characters" in result.output, result.output
    raw = name.split(".")[0]
    assert raw not in result.output
    assert not (project / "docs").exists()


def test_a_seed_name_that_is_not_utf8_is_shown_escaped(project: Path):
    (project / "seeds").joinpath(os.fsdecode(b"caf\xe9.txt")).write_text("An article.\n")
    result = run(project, "check")
    assert result.exit_code == 1, result.output
    assert "seeds/caf⟨byte 0xE9⟩.txt:1:1: the file name holds" in result.output, result.output


def test_a_summary_name_with_a_line_break_is_shown_escaped(project: Path):
    shutil.copy(briefing(project), project / "content/briefings/two\nlines.yaml")
    result = run(project, "check")
    assert result.exit_code == 1, result.output
    assert ("content/briefings/two⟨U+000A⟩lines.yaml:1:1: the file name holds control characters"
            in result.output), result.output


def test_nothing_outside_is_written_or_changed(project: Path):
    target = _move_out(project, "seeds")
    before = snapshot(target)
    run(project, "build", "--strict")
    assert snapshot(target) == before


@pytest.mark.parametrize("part", ["seeds", "content/briefings"])
def test_the_build_fingerprint_reads_nothing_behind_a_link_out(project: Path, part: str,
                                                              monkeypatch: pytest.MonkeyPatch):
    from generator.pages import fingerprint

    target = _move_out(project, part).resolve()
    read: list[Path] = []
    real_read = Path.read_bytes

    def recording(self: Path) -> bytes:
        read.append(self.resolve())
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", recording)
    before = fingerprint.inputs_key(project, project / "site_templates", "", False)
    assert read and not [p for p in read if target in p.parents]
    # where the link points is part of the key: pointing it elsewhere changes it
    (project / part).unlink()
    moved = target.parent / "elsewhere"
    target.rename(moved)
    (project / part).symlink_to(moved, target_is_directory=True)
    assert fingerprint.inputs_key(project, project / "site_templates", "", False) != before
