"""The page a wrong address lands on (404.html) says so in its title, and every link on it
reaches a page of the site."""

from __future__ import annotations

import re
from pathlib import Path


def test_the_not_found_page_says_so_and_links_to_pages_that_exist(built_site: Path):
    site = built_site / "site"
    page = (site / "404.html").read_text(encoding="utf-8")
    assert "<title>Page not found - Briefing</title>" in page
    article = page[page.index("<article"):page.index("</article>")]
    assert "<h1>Page not found</h1>" in article
    links = re.findall(r'href="([^"]+)"', article)
    assert len(links) == 3, links
    for link in links:
        # written from the root, since the page answers for any address
        assert link.startswith("/"), link
        target = site / link.lstrip("/")
        assert (target / "index.html").is_file(), f"{link} reaches no page"
