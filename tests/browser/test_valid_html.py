"""Every kind of page the site builds passes the Nu HTML Checker (vnu.jar, pinned in
tests/browser/package.json, run with Java): the theme's markup as well as ours."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import BRIEFING_ID, copy_project, run
from ..extra_content import HOSTILE_ID, add_hostile_briefing
from .conftest import missing

pytestmark = pytest.mark.browser

VNU = Path(__file__).parent / "node_modules/vnu-jar/build/dist/vnu.jar"
KINDS = [  # one page of each kind, with and without a diagram, in the navigation and not
    "index.html", "404.html", "briefings/index.html", f"briefings/{BRIEFING_ID}/index.html",
    f"briefings/{HOSTILE_ID}/index.html", f"sources/{BRIEFING_ID}/index.html",
    "actors/index.html", "actors/dmitry-peskov/index.html", "sanctions/index.html",
    "sanctions/2024/index.html", "timeline/index.html", "timeline/2024/index.html",
    "claims/index.html", "claims/2024/index.html", "relations/index.html",
    "relations/2024/index.html", "questions/index.html", "questions/2024/index.html",
    "tags/index.html", "tags/iran/index.html", "awaiting/index.html",
    "actors/john-kirby/index.html",  # a redirect: the actor was renamed
]


def vnu_command() -> list[str]:
    java = shutil.which("java")
    if java is None:
        missing("Java is missing: apt-get install default-jre-headless")
    if not VNU.is_file():
        missing("vnu.jar is missing: run 'npm ci' in tests/browser")
    return [str(java), "-jar", str(VNU)]


def test_every_page_kind_is_valid_html(tmp_path: Path):
    command = vnu_command()
    root = copy_project(tmp_path / "project")
    add_hostile_briefing(root)  # content full of markup, which must stay text
    renamed = run(root, "rename", "john-kirby", "john-f-kirby")
    assert renamed.exit_code == 0, renamed.output
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    site = root / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert not set(KINDS) - set(pages), set(KINDS) - set(pages)
    proc = subprocess.run([*command, "--errors-only", "--skip-non-html", "--format", "json",
                           str(site)], capture_output=True, text=True, timeout=600)
    messages = json.loads(proc.stderr)["messages"]  # vnu writes its report to stderr
    errors = [f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") in ("error", "non-document-error")]
    assert not errors, "\n".join(errors[:40])
    assert proc.returncode == 0, proc.stderr[-2000:]
