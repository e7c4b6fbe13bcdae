"""A site of four briefings as a reader meets it: the fixture project's article and the three real
Voice of America articles with their reviewed summaries, built with the real MkDocs."""

from __future__ import annotations

from pathlib import Path

from .conftest import run
from .test_real_articles import _with_real_articles


def build_four_briefings(root: Path) -> Path:
    """The four-briefing project at root, checked and built with --strict: returns root."""
    _with_real_articles(root, summaries=True)
    built = run(root, "build", "--strict")
    assert built.exit_code == 0, built.output
    return root


IRAN = "2024-09-10-iran-missiles-to-russia"
SELDIN = "2024-03-15-russia-sanctions-voa-reporter"
