"""Generation is skipped when nothing it reads changed and nothing it wrote was touched."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from generator.progress import Progress

from .conftest import BRIEFING_YAML, run


def _generate(root: Path) -> pipeline.Generated:
    return pipeline.generate(root, root / "docs", root / "site_templates", "Briefing", False,
                             Progress(interactive=False))


def test_second_run_skips_generation_and_says_so(project: Path):
    first = _generate(project)
    assert first.ok and not first.skipped and first.report.written == first.counts["pages"]
    second = _generate(project)
    assert second.skipped and second.counts == first.counts
    assert second.report.written == 0 and second.report.unchanged == first.counts["pages"]
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert "0 written" in result.output and "no input changed" in result.output


def test_any_input_change_runs_generation_again(project: Path):
    _generate(project)
    summary = project / BRIEFING_YAML
    summary.write_text(summary.read_text(encoding="utf-8").replace(
        "title: Iran sends", "title: Iran ships", 1), encoding="utf-8")
    edited = _generate(project)
    assert not edited.skipped and edited.report.written >= 1
    page = project / "docs/briefings/2024-09-10-iran-missiles-to-russia.md"
    assert "# Iran ships" in page.read_text(encoding="utf-8")
    template = project / "site_templates/pages/claims.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nTemplate edited.\n",
                        encoding="utf-8")
    again = _generate(project)
    assert not again.skipped
    assert "Template edited." in (project / "docs/claims.md").read_text(encoding="utf-8")


def test_a_touched_output_runs_generation_again(project: Path):
    _generate(project)
    page = project / "docs/claims.md"
    original = page.read_bytes()
    page.write_text("edited by hand\n", encoding="utf-8")
    result = _generate(project)
    assert not result.skipped and result.report.written == 1
    assert page.read_bytes() == original
    (project / "docs/timeline.md").unlink()
    assert not _generate(project).skipped
    assert (project / "docs/timeline.md").is_file()


def test_warnings_of_the_last_run_are_reported_again(project: Path):
    (project / "seeds/001_unsummarized.txt").write_text("An article.\n", encoding="utf-8")
    first = run(project, "build")
    second = run(project, "build")
    assert first.exit_code == second.exit_code == 0
    assert "no input changed" in second.output
    for output in (first.output, second.output):
        assert "seeds/001_unsummarized.txt:1:1: warning: seed has no summary yet" in output


def test_strict_is_part_of_the_key(project: Path):
    (project / "seeds/001_unsummarized.txt").write_text("An article.\n", encoding="utf-8")
    assert run(project, "build").exit_code == 0
    strict = run(project, "build", "--strict")
    assert strict.exit_code == 1
    assert "seed has no summary yet" in strict.output


def test_a_settings_change_runs_generation_again(project: Path):
    assert run(project, "build").exit_code == 0
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "extra:\n  generator: false\n" in text
    config.write_text(text.replace("extra:\n  generator: false\n", "extra:\n  generator: false\n"
                                   "  briefing:\n    source_text: excerpts\n"), encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert "no input changed" not in result.output
    source = (project / "docs/sources/2024-09-10-iran-missiles-to-russia.md").read_text("utf-8")
    assert "excerpt" in source.lower()
    # the full text is gone: a sentence with no quote in it is not republished
    assert "Russia has been on a global hunt to bolster its stockpiles" not in source
