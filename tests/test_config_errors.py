"""A missing or broken mkdocs.yml is a clear error with its place, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run


@pytest.mark.parametrize("command", ["build", "serve"])
def test_missing_config_is_a_clear_error(project: Path, command: str):
    (project / "mkdocs.yml").unlink()
    result = run(project, command)
    assert result.exit_code == 1
    assert "mkdocs.yml:1:1: not found" in result.output
    assert "Traceback" not in result.output
    assert not (project / "docs").exists()


def test_broken_config_names_its_line(project: Path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nnav: [unclosed\n", encoding="utf-8")
    lines = config.read_text(encoding="utf-8").count("\n")
    result = run(project, "build")
    assert result.exit_code == 1
    assert f"mkdocs.yml:{lines + 1}:" in result.output and "invalid YAML" in result.output
    assert "Traceback" not in result.output
    assert not (project / "site").exists()
