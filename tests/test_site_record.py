"""Nothing changed, nothing built: when docs/ and site/ are what the last clean build left and no
setting, template or option changed, `build` does not start the engine and says so; any change
to any of them runs it again."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator import pipeline, signing
from generator.engine import record

from .conftest import run

UP_TO_DATE = "; no input changed; site/ up to date"


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key folder of this test's own, so that no test reads or writes the user's."""
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _times(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_mtime_ns for p in site.rglob("*")
            if p.is_file()}


def _build(root: Path, *args: str) -> bool:
    """Build; True when the engine ran, False when the site was up to date."""
    result = run(root, "build", *args)
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("build: "), result.output
    return not summary.endswith(UP_TO_DATE)


def _touch(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_an_unchanged_build_does_not_run_the_engine(project: Path):
    assert _build(project)
    site = project / "site"
    before = _times(site)
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.endswith(UP_TO_DATE) and "site/ " in last
    assert _times(site) == before  # not one file of site/ rewritten


def test_a_touched_site_or_docs_file_runs_the_engine(project: Path):
    assert _build(project)
    site = project / "site"
    _touch(site / "index.html")
    assert _build(project)
    assert not _build(project)
    (site / "stray.html").write_text("left here by hand\n", encoding="utf-8")
    assert _build(project)
    assert not (site / "stray.html").exists()
    _touch(project / "docs/index.md")
    assert _build(project)
    assert not _build(project)
    (project / "docs/sanctions.md").unlink()
    assert _build(project)
    assert (project / "docs/sanctions.md").is_file()
    (site / "index.html").unlink()
    assert _build(project)
    assert (site / "index.html").is_file()


def test_settings_templates_and_options_run_the_engine(project: Path):
    assert _build(project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_description: Verified", "site_description: Checked", 1), encoding="utf-8")
    assert _build(project)
    assert "Checked summaries" in (project / "site/index.html").read_text(encoding="utf-8")
    assert not _build(project)
    overrides = project / "site_templates/overrides"
    template = sorted(p for p in overrides.rglob("*.html"))[0]
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _build(project)
    assert not _build(project)
    assert _build(project, "--strict")
    assert not _build(project, "--strict")
    assert _build(project)


def test_a_forged_record_is_ignored(project: Path):
    assert _build(project)
    path = project / pipeline.CACHE_DIR / record.FILE
    payload = json.loads(path.read_bytes()[signing.MAC_LENGTH + 1:])
    # site/index.html defaced, and the record edited to say that is how the build left it
    (project / "site/index.html").write_text("defaced\n", encoding="utf-8")
    payload["outputs"]["index.html"] = record.manifest(project / "site")["index.html"]
    forged = json.dumps(payload, separators=(",", ":")).encode()
    path.write_bytes(path.read_bytes()[:signing.MAC_LENGTH] + b"\n" + forged)
    assert _build(project)
    assert "defaced" not in (project / "site/index.html").read_text(encoding="utf-8")


def test_a_cache_folder_that_is_a_file_costs_time_only(project: Path):
    (project / pipeline.CACHE_DIR).write_text("not a folder\n", encoding="utf-8")
    for _ in range(2):
        result = run(project, "build", "--strict")
        assert result.exit_code == 0, result.output
        assert not result.output.strip().endswith(UP_TO_DATE)
    assert (project / "site/index.html").is_file()


def test_an_environment_variable_the_settings_name_runs_the_engine(
        project: Path, monkeypatch: pytest.MonkeyPatch):
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("site_description:"))
    config.write_text(text.replace(line, "site_description: !ENV [BRIEFING_TEST_DESCRIPTION, "
                                         "'Verified summaries']", 1), encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TEST_DESCRIPTION", "First description")
    assert _build(project)
    assert not _build(project)
    monkeypatch.setenv("BRIEFING_TEST_DESCRIPTION", "Second description")
    assert _build(project)
    assert "Second description" in (project / "site/index.html").read_text(encoding="utf-8")
