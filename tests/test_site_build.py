"""A real MkDocs build of the shipped content, inspected as HTML."""

from __future__ import annotations

import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from .conftest import BRIEFING_ID, BRIEFING_YAML, FIXTURE, copy_project, run

NINE_PEOPLE = ["antony-blinken", "john-kirby", "dmitry-peskov", "denys-shmyhal",
               "volodymyr-zelensky", "joe-biden", "lloyd-austin", "david-lammy",
               "masoud-pezeshkian"]


def _quotes_in_article() -> list[str]:
    text = (FIXTURE / "seeds/000_71c8a87dcccb59d2.txt").read_text(encoding="utf-8")
    return re.findall(r"“([^”]*)”", text)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "srcset", "poster", "data") and value:
                self.urls.append((tag, name, value))


def test_briefing_page_holds_all_13_quotes_verbatim_with_speakers(built_site: Path):
    html = (built_site / f"site/briefings/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")
    quotes = _quotes_in_article()
    assert len(quotes) == 13
    summary = yaml.safe_load((built_site / BRIEFING_YAML).read_text(encoding="utf-8"))
    speakers = {q["text"].rstrip(",. "): q["speaker"] for q in summary["quotes"]}
    for words in quotes:
        # each quote stands in a figure whose caption links to its speaker's page
        match = re.search(r'<figure class="quote" id="q-[a-z0-9-]+">\s*<blockquote>\s*<p>“'
                          + re.escape(words.replace("’", "’")) + r"”.*?</figure>", html, re.S)
        assert match, f"quote not on the page verbatim: {words!r}"
        speaker = speakers[words.rstrip(",. ")]
        assert f'href="../../actors/{speaker}/"' in match.group(0), (words, speaker)


def test_actor_page_for_each_named_person(built_site: Path):
    for actor in NINE_PEOPLE:
        page = built_site / f"site/actors/{actor}/index.html"
        assert page.is_file(), actor
    peskov = (built_site / "site/actors/dmitry-peskov/index.html").read_text(encoding="utf-8")
    assert "We are developing dialogue with Iran" in peskov
    assert "Kremlin spokesman" in peskov


def test_search_index_holds_speaker_and_sanctions_target(built_site: Path):
    index = json.loads((built_site / "site/search/search_index.json").read_text(encoding="utf-8"))
    briefing_text = " ".join(d["text"] + d["title"] for d in index["docs"]
                             if d["location"].startswith(f"briefings/{BRIEFING_ID}/"))
    assert "Peskov" in briefing_text
    assert "Iran Air" in briefing_text
    locations = {d["location"] for d in index["docs"]}
    assert "actors/dmitry-peskov/" in locations
    assert "actors/iran-air/" in locations


def test_site_requests_nothing_from_other_hosts(built_site: Path):
    offenders = []
    for page in (built_site / "site").rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attr, url in parser.urls:
            if tag == "a":  # a reader may follow a link; a page must not fetch one
                continue
            if re.match(r"^(https?:)?//", url):
                offenders.append((page.name, tag, attr, url))
    for css in (built_site / "site").rglob("*.css"):
        for url in re.findall(r"url\(([^)]+)\)", css.read_text(encoding="utf-8")):
            if re.match(r"^['\"]?(https?:)?//", url):
                offenders.append((css.name, "css", "url", url))
    assert offenders == []


def test_navigation_lists_sections_not_briefings(built_site: Path):
    html = (built_site / "site/index.html").read_text(encoding="utf-8")
    nav = re.findall(r'class="md-tabs__link"[^>]*>\s*([^<]+?)\s*<', html)
    assert nav == ["Home", "Briefings", "Actors", "Sanctions", "Timeline", "Claims", "Relationships",
                   "Questions", "Tags"]
    for page in ("index.html", f"briefings/{BRIEFING_ID}/index.html", "actors/index.html"):
        html = (built_site / "site" / page).read_text(encoding="utf-8")
        nav_links = re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', html)
        nav_links += re.findall(r'class="md-nav__link[^"]*"[^>]*href="([^"]*)"', html)
        assert not [link for link in nav_links if BRIEFING_ID in link], page


def test_two_builds_give_identical_markdown(tmp_path: Path):
    first = copy_project(tmp_path / "a")
    second = copy_project(tmp_path / "b")
    for root in (first, second):
        assert run(root, "build").exit_code == 0

    def tree(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for p in sorted((root / "docs").rglob("*")) if p.is_file()}

    assert tree(first) == tree(second)


def test_unchanged_markdown_is_not_rewritten(built_site: Path, tmp_path: Path):
    root = copy_project(tmp_path / "p")
    assert run(root, "build").exit_code == 0
    before = {p: p.stat().st_mtime_ns for p in (root / "docs").rglob("*.md")}
    result = run(root, "build")
    assert result.exit_code == 0
    assert "0 written" in result.output
    assert {p: p.stat().st_mtime_ns for p in (root / "docs").rglob("*.md")} == before


@pytest.mark.parametrize("search", ["builtin", "pagefind"])
def test_a_project_given_by_a_relative_path_builds(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                   search: str):
    """`briefing build --root myproject`, from the folder above it: the engine and Pagefind, which
    run in the project, get their files by whole paths (the engine was handed
    'myproject/.briefing-mkdocs-….yml', which is not there from inside myproject)."""
    if search == "pagefind" and importlib.util.find_spec("pagefind") is None:
        pytest.skip("pagefind is not installed (pip install '.[pagefind]')")
    monkeypatch.chdir(project.parent)
    result = run(Path(project.name), "build", "--search", search)
    assert result.exit_code == 0, result.output
    assert (project / f"site/briefings/{BRIEFING_ID}/index.html").is_file()
    if search == "pagefind":
        assert (project / "site/pagefind/parts.json").is_file()


def test_a_briefings_actors_table_is_not_searched_but_its_quotes_are(built_site: Path):
    """An index keeps a table as one run of its cells, header first, and a search for a name
    showed the briefing's actors table as such ('Actor Role in this article Named as …'): the
    table is left out of both indexes, and the name finds what the person said."""
    index = json.loads((built_site / "site/search/search_index.json").read_text(encoding="utf-8"))
    texts = [d["text"] for d in index["docs"]
             if d["location"].startswith(f"briefings/{BRIEFING_ID}/")]
    assert not [t for t in texts if "Role in this article" in t or "Named as" in t]
    assert [t for t in texts if "— Dmitry Peskov" in t]
    page = (built_site / f"site/briefings/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")
    table = page.index("<th>Role in this article</th>")
    wrapper = page.rindex("<div", 0, table)
    assert "data-pagefind-ignore" in page[wrapper:page.index(">", wrapper)]
