"""No page grows with the archive: every register page, actor page and list is cut by count, so the
largest page of each kind is as large with twice the briefings in one year as with the first
half. The cuts are made small here, so that a few copies of the shipped briefing (bench.replicate,
every copy dated on the same day) fill pages as 10,000 briefings fill them at the real sizes.

Pages are compared as the Markdown the pipeline writes into docs/: MkDocs makes each page's HTML
from its Markdown alone, plus the theme's frame (the same on every page), so bounded Markdown is
bounded HTML.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bench import replicate
from generator import pipeline
from generator.engine import run as build
from generator.pages import plan, registers
from generator.progress import Progress

# each at most what 8 copies fill, so that the pages of 8 copies are already full
SMALL_CUTS = {"ACTOR_ROWS": 6, "ACTOR_LATEST": 3, "ACTOR_LINKS": 4, "ACTOR_INDEX_ROWS": 8,
              "ARCHIVE_ROWS": 4, "ARCHIVE_LATEST": 2, "TAG_ROWS": 4, "TAG_INDEX_ROWS": 6}
SMALL_ROWS = {"sanctions": 5, "timeline": 10, "claims": 4, "relations": 6, "questions": 4}
# A page's list of the other pages of its year grows by one link a page: allowed, a few bytes.
PAGER = 600


def _kind(path: str) -> str:
    """Pages of one kind: 'claims/<year>', 'actors/<actor>', 'briefings/<briefing>' …"""
    if path.startswith("actors/"):
        return "actors/index" if path == "actors/index.md" or "page--" in path else "actors/actor"
    if path == "tags.md" or path.startswith("tags/index--"):
        return "tags.md"
    return re.sub(r"[^/]+$", "*", path) if "/" in path else path


def _largest(tmp: Path, n: int, per_actor: int, monkeypatch: pytest.MonkeyPatch
             ) -> dict[str, tuple[int, str]]:
    for name, value in SMALL_CUTS.items():
        monkeypatch.setattr(plan, name, value)
    monkeypatch.setattr(registers, "ROWS", SMALL_ROWS)
    root = tmp / f"replica-{n}-{per_actor}"
    replicate.make(n, root, per_actor=per_actor, span_weeks=0)
    config = build.read_config(root)
    result = pipeline.generate(root, config.docs_dir, root / "site_templates", config.site_name,
                               strict=True, progress=Progress(io.StringIO(), interactive=False),
                               settings=config.settings)
    assert result.ok, [str(p) for p in result.problems]
    largest: dict[str, tuple[int, str]] = {}
    for page in config.docs_dir.rglob("*.md"):
        path = page.relative_to(config.docs_dir).as_posix()
        size = page.stat().st_size
        kind = _kind(path)
        if size > largest.get(kind, (0, ""))[0]:
            largest[kind] = (size, path)
    return largest


@pytest.mark.parametrize("per_actor", [10**6, 2], ids=["same-actors", "new-actors"])
def test_largest_page_of_each_kind_does_not_grow_with_the_briefings_of_a_year(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_actor: int):
    # same-actors: every copy names the same actors, so their pages and the relationships grow;
    # new-actors: every two copies name new actors, so the actors index grows
    small = _largest(tmp_path, 8, per_actor, monkeypatch)
    large = _largest(tmp_path, 16, per_actor, monkeypatch)
    assert set(large) == set(small)
    grown = {kind: (small[kind], large[kind]) for kind in large
             if large[kind][0] > small[kind][0] + PAGER}
    assert not grown, grown
    # and the cuts did cut: the registers, an actor's record and the lists have several pages
    docs = sorted(p for p in (tmp_path / f"replica-16-{per_actor}/docs").rglob("*.md"))
    names = {p.relative_to(tmp_path / f"replica-16-{per_actor}/docs").as_posix() for p in docs}
    for register in ("sanctions", "timeline", "claims", "relations", "questions"):
        assert any(n.startswith(f"{register}/") and re.search(r"-\d+\.md$", n) for n in names), \
            register
    assert any(re.search(r"^archive/\d{4}-\d+\.md$", n) for n in names)
    if per_actor == 2:
        assert {"actors/page--2.md", "tags/index--2.md"} <= names
    else:
        assert any(re.search(r"^actors/[a-z-]+--\d{4}-\d+\.md$", n) for n in names)
