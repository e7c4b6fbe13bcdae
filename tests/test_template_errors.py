"""The project's templates are input like its content: an error in one is reported as file:line,
not as a traceback, and nothing is written."""

from __future__ import annotations

from pathlib import Path

from .conftest import run
from .content_edits import build_project, insert_after, outputs, reported


def test_a_broken_template_is_reported_as_file_line_and_nothing_is_written(tmp_path: Path):
    root = build_project(tmp_path / "p")
    before = outputs(root)
    template = root / "site_templates/pages/claims.md.j2"
    lines = template.read_text(encoding="utf-8").count("\n")
    insert_after(template, lines, "{% if %}")
    result = run(root, "build", "--strict")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert reported(result, f"site_templates/pages/claims.md.j2:{lines + 1}:1: template: "
                            "TemplateSyntaxError: ", "fix the template")
    assert outputs(root) == before
