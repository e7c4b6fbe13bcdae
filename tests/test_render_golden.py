"""The briefing page's Markdown against a golden file that a person has read.

When the page changes on purpose, regenerate with `BRIEFING_UPDATE_GOLDEN=1 pytest` and read the
diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator import corpus, load, render, verify

from .conftest import BRIEFING_ID, FIXTURE, ROOT

GOLDEN = Path(__file__).parent / "golden" / f"{BRIEFING_ID}.md"


def rendered_pages() -> render.Pages:
    project = load.Project(FIXTURE)
    verified = verify.verify(project, load.load(project))
    assert [p for p in verified.problems if p.severity == "error"] == []
    return render.render(corpus.build(verified), ROOT / "site_templates")


def test_briefing_markdown_matches_golden_file():
    page = rendered_pages()[f"briefings/{BRIEFING_ID}.md"].decode("utf-8")
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8")
