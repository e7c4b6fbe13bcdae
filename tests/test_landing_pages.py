"""Pages a reader lands on besides the content: the page of a wrong address (404.html) says so
in its title, and every link on it reaches a page of the site; an index cut into pages lists its
entries on each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pages import plan

from .conftest import run


def _article(page: str) -> str:
    return page[page.index("<article"):page.index("</article>")]


def test_the_not_found_page_says_so_and_links_to_pages_that_exist(built_site: Path):
    site = built_site / "site"
    page = (site / "404.html").read_text(encoding="utf-8")
    assert "<title>Page not found - Briefing</title>" in page
    article = _article(page)
    assert "<h1>Page not found</h1>" in article
    links = re.findall(r'href="([^"]+)"', article)
    assert len(links) == 3, links
    for link in links:
        # written from the root, since the page answers for any address
        assert link.startswith("/"), link
        target = site / link.lstrip("/")
        assert (target / "index.html").is_file(), f"{link} reaches no page"


def test_each_page_of_a_tags_index_cut_into_pages_lists_its_tags(project: Path,
                                                                 monkeypatch: pytest.MonkeyPatch):
    """The line linking the other pages of the index ends its paragraph: the tags under it are a
    list, not '- ' run on into that line."""
    monkeypatch.setattr(plan, "TAG_INDEX_ROWS", 4)
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    site = project / "site/tags"
    pages = [site / "index.html", site / "index--2/index.html", site / "index--3/index.html"]
    for page in pages:
        article = _article(page.read_text(encoding="utf-8"))
        assert "The list is cut into pages:" in article
        assert " - <a " not in article, page
        assert len(re.findall(r"<li><a href=\"[^\"]+\">[^<]+</a>: 1 briefing</li>", article)) in (
            2, 4), article
