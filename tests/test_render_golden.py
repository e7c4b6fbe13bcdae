"""Generated Markdown against golden files that a person has read.

The briefing page of the fixture article, and the whole generated docs/ of the fictional corpus
(tests/golden/corpus/, see tests/golden_tree.py), compared file by file with a unified diff.
When output changes on purpose, regenerate with `BRIEFING_UPDATE_GOLDEN=1 pytest
tests/test_render_golden.py` (or `python -m tests.golden_tree`) and read the diff before
committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator import verify
from generator.content import load
from generator.pages import corpus, plan
from generator.settings import SiteSettings

from . import golden_tree
from .conftest import BRIEFING_ID, FIXTURE, ROOT

GOLDEN = Path(__file__).parent / "golden" / f"{BRIEFING_ID}.md"
UPDATE = bool(os.environ.get("BRIEFING_UPDATE_GOLDEN"))


def rendered_pages() -> dict[str, bytes]:
    project = load.Project(FIXTURE)
    verified = verify.verify(project, load.load(project))
    assert [p for p in verified.problems if p.severity == "error"] == []
    return plan.render_all(corpus.build(verified), ROOT / "site_templates",
                           SiteSettings(site_name="Briefing"))


def test_briefing_markdown_matches_golden_file():
    page = rendered_pages()[f"briefings/{BRIEFING_ID}.md"].decode("utf-8")
    if UPDATE:
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8")


def test_corpus_docs_tree_matches_golden_tree(tmp_path: Path):
    tree = golden_tree.generated_tree(tmp_path)
    if UPDATE:
        golden_tree.update(tree)
    golden = golden_tree.read_tree(golden_tree.GOLDEN_TREE)
    # every kind of output is under watch, not only pages
    assert {"index.md", "sanctions.md", "data/sanctions.csv", "data/corpus.json", "feed.xml",
            "actors/index.md"} <= set(golden)
    assert not any(rel.startswith("assets/") for rel in tree)
    diff = golden_tree.differences(golden, tree)
    assert not diff, "generated docs/ differs from tests/golden/corpus/:\n" + diff


def test_a_changed_page_is_reported_as_a_readable_diff():
    golden = {"a.md": b"# A\n\nsame\nold line\n", "gone.md": b"x\n"}
    generated = {"a.md": b"# A\n\nsame\nnew line\n", "new.md": b"y\n"}
    diff = golden_tree.differences(golden, generated)
    assert "--- golden/a.md\n+++ generated/a.md" in diff
    assert "-old line\n+new line" in diff
    assert "missing from the output: gone.md" in diff
    assert "not in the golden tree: new.md" in diff
