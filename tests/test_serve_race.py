"""The preview's dirty builds and generation writing Markdown while one runs."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.engine import serve

# Stands for generation: rewrites b.md, as generation does (a new file put in place), after the
# build read its pages and before it writes them.
RACER = '''
import os, time
def on_env(env, config, files):
    if os.environ.get("BRIEFING_TEST_RACE"):
        page = os.path.join(config.docs_dir, "b.md")
        with open(page + ".new", "w", encoding="utf-8") as f:
            f.write("# B\\n\\ngamma\\n")
        os.replace(page + ".new", page)
        later = time.time_ns() + 10**9
        os.utime(page, ns=(later, later))
    return env
'''


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# A\n\nalpha\n", encoding="utf-8")
    (tmp_path / "docs" / "b.md").write_text("# B\n\nbeta\n", encoding="utf-8")
    (tmp_path / "racer.py").write_text(RACER, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Race\ntheme: material\nplugins: [search]\n"
        f"hooks: [{serve.HOOKS}, racer.py]\n", encoding="utf-8")
    return tmp_path


def test_markdown_written_during_a_dirty_build_waits_for_the_next(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def run(dirty: bool) -> None:
        build(load_config(str(project / "mkdocs.yml")), dirty=dirty)

    run(False)
    page = project / "site" / "b" / "index.html"
    os.utime(page, ns=(time.time_ns(),) * 2)  # the page is newer than its Markdown, as after a build
    monkeypatch.setenv("BRIEFING_TEST_RACE", "1")
    run(True)  # crashed in the search plugin: b.md read as unchanged, then written as changed
    assert "beta" in page.read_text(encoding="utf-8")
    monkeypatch.delenv("BRIEFING_TEST_RACE")
    run(True)  # the write's own change starts this build: it shows the new Markdown
    assert "gamma" in page.read_text(encoding="utf-8")
