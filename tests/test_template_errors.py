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


def test_a_template_that_fails_in_a_worker_is_reported_from_the_parent(tmp_path: Path,
                                                                       monkeypatch):
    """Pages render in forked workers when there are enough of them; an error raised there is
    raised again here, with its template and line, and still nothing is written."""
    from generator import parallel
    from generator.pages import write

    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    monkeypatch.setattr(parallel, "_fork_safe", lambda: True)  # whatever threads other tests left
    root = build_project(tmp_path / "p")
    before = outputs(root)
    template = root / "site_templates/pages/actor.md.j2"
    insert_after(template, 3, "{{ view.actor.no_such_field.upper() }}")
    result = run(root, "build", "--strict")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert reported(result, "site_templates/pages/actor.md.j2:4:1: template: UndefinedError: ")
    assert outputs(root) == before


def test_a_missing_template_folder_says_to_restore_it_and_leaves_no_docs_folder(tmp_path: Path):
    """A project copied without site_templates/ (the templates are part of the project): the
    message says what is missing and how to get it back, not to fix a template, and the docs/
    folder the run would have filled is not left behind empty."""
    import shutil

    root = build_project(tmp_path / "p")
    shutil.rmtree(root / "site_templates")
    shutil.rmtree(root / "docs", ignore_errors=True)
    result = run(root, "build", "--strict")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert reported(result, "site_templates/pages:1:1: template: the template 'home.md.j2' is "
                            "missing", "restore site_templates/")
    assert "fix the template" not in result.output
    assert not (root / "docs").exists()
