"""docs/ and site/ are rewritten by every build, so they must lie inside the project: a setting or
a symlink that leads elsewhere is refused before anything is written, anywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import run
from .content_edits import snapshot


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project holding someone's files."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work\n", encoding="utf-8")
    (folder / "index.md").write_text("# not generated\n", encoding="utf-8")
    return folder


def _set(project: Path, key: str, value: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    default = {"docs_dir": "docs", "site_dir": "site"}[key]
    assert f"\n{key}: {default}\n" in text
    config.write_text(text.replace(f"\n{key}: {default}\n", f"\n{key}: {value}\n", 1),
                      encoding="utf-8")


def _line_of(project: Path, key: str) -> int:
    lines = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(f"{key}:"))


@pytest.mark.parametrize("key", ["docs_dir", "site_dir"])
@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_setting_outside_the_project_is_refused(project: Path, outside: Path, key: str,
                                                  command: str):
    _set(project, key, "../elsewhere")
    before = snapshot(outside.parent)
    result = run(project, command)
    assert result.exit_code == 1
    line = _line_of(project, key)
    assert f"mkdocs.yml:{line}:{len(key) + 3}: {key}: '../elsewhere' is outside the project" \
        in result.output
    assert "nothing written" in result.output
    assert snapshot(outside.parent) == before  # nothing written there, nor in the project


def test_the_project_folder_itself_is_refused(project: Path):
    _set(project, "site_dir", ".")
    result = run(project, "build")
    assert result.exit_code == 1
    assert "site_dir: '.' is the project folder itself" in result.output
    assert not (project / "docs").exists()


@pytest.mark.parametrize("name", ["docs", "site"])
def test_a_symlink_out_of_the_project_is_refused(project: Path, outside: Path, name: str):
    (project / name).symlink_to(outside, target_is_directory=True)
    before = snapshot(outside)
    for command in ("build", "serve"):
        result = run(project, command, *(["--strict"] if command == "build" else []))
        assert result.exit_code == 1
        key = f"{name}_dir"
        assert result.output.startswith(f"mkdocs.yml:{_line_of(project, key)}:{len(key) + 3}: "
                                        f"{key}: {name} is a symlink to {outside.resolve()}, "
                                        "outside the project")
    assert snapshot(outside) == before
    assert sorted(os.listdir(project)) == sorted(["content", "seeds", "site_templates",
                                                  "mkdocs.yml", name])


def test_a_symlink_inside_the_project_is_fine(project: Path):
    (project / "generated").mkdir()
    (project / "docs").symlink_to(project / "generated", target_is_directory=True)
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert (project / "generated/index.md").is_file()



def test_a_site_symlink_inside_the_project_gets_the_site_and_stays_a_link(project: Path):
    (project / "built").mkdir()
    (project / "site").symlink_to(project / "built", target_is_directory=True)
    for _ in range(2):  # the second swaps a new site in for the first
        (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text(
            encoding="utf-8") + "\n", encoding="utf-8")
        result = run(project, "build", "--strict")
        assert result.exit_code == 0, result.output
        assert (project / "site").is_symlink()
        assert (project / "built/index.html").is_file()
    assert not [p.name for p in project.iterdir() if p.name.startswith(".site")]
