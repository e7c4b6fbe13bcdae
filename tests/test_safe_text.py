"""Hostile text: markup in content is refused or shown as text, never run, and never reaches <title>."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import BRIEFING_ID, BRIEFING_YAML, run
from .content_edits import (
    briefing,
    build_project,
    copy_built,
    outputs,
    reported,
    set_line,
)

B = BRIEFING_YAML
TITLE = ("title: Iran sends ballistic missiles to Russia; the U.S. and Europe answer with "
         "sanctions")
CONTEXT = "    context: Speaking in London after meetings with British officials."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("safe") / "project")


def _yaml(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@pytest.mark.parametrize("title, words", [
    ("<script>alert(1)</script>", "angle brackets '<' '>' are not allowed"),
    ("Iran </title><script>alert(1)</script>", "angle brackets"),
    ("&lt;script&gt;alert(1)&lt;/script&gt;", "HTML character references"),
    ("&#60;script&#62;", "HTML character references"),
    ("&#60script&#62 without semicolons", "HTML character references"),
    ("&lt b", "HTML character references"),
    ("&#x3c;b&#x3e;", "HTML character references"),
])
def test_markup_in_a_title_is_refused(built: Path, tmp_path: Path, title: str, words: str):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    set_line(briefing(root), 3, TITLE, f"title: {_yaml(title)}")
    result = run(root, "build")
    assert result.exit_code == 1
    assert reported(result, f"{B}:3:8:", "title:", words), result.output
    assert "Traceback" not in result.output
    assert outputs(root) == before


@pytest.mark.parametrize("text, words", [
    ("Said <b>this</b>.", "raw HTML is not allowed: '<b>'"),
    ("<img src=x onerror=alert(1)>", "raw HTML is not allowed: '<img src=x onerror=alert(1)>'"),
    ("<script>alert(1)</script>", "raw HTML is not allowed"),
    ("[x](javascript:alert(1))", "link scheme 'javascript:' is not allowed"),
    ("[x](JavaScript:alert(1))", "link scheme 'javascript:' is not allowed"),
    ("[x](javascript&#58;alert(1))", "link scheme 'javascript:' is not allowed"),
    ("<javascript:alert(1)>", "link scheme 'javascript:' is not allowed"),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", "link scheme 'data:' is not allowed"),
    ("![x](https://example.org/x.png)", "images are not allowed"),
    ("[x](../../secret.md)", "may not leave its folder ('..')"),
    ("[x](/etc/passwd)", "must be relative to the page"),
    ("[x](//evil.example/)", "must be relative to the page"),
])
def test_unsafe_free_text_is_refused(built: Path, tmp_path: Path, text: str, words: str):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    set_line(briefing(root), 119, CONTEXT, f"    context: {_yaml(text)}")
    result = run(root, "build")
    assert result.exit_code == 1
    assert reported(result, f"{B}:119:14:", "quotes[0].context:", words), result.output
    assert outputs(root) == before


def test_safe_inline_markdown_is_accepted(project: Path):
    set_line(briefing(project), 119, CONTEXT, "    context: " + _yaml(
        "Said *this* and `<that>` ([source](https://example.org/a?b=1), "
        f"[mail](mailto:desk@example.org), [local]({BRIEFING_ID}.md))."))
    result = run(project, "check")
    assert result.exit_code == 0, result.output


class _Page(HTMLParser):
    """Tags, attributes, the <title> text and the <h1> text of a page, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[str, str]] = []  # (type attribute, text)
        self._script_type = ""
        self.title = ""
        self.h1 = ""
        self.text = ""
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script_type = dict(attrs).get("type") or ""
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in.pop() != tag:
                pass

    def handle_data(self, data):
        self.text += data
        if "title" in self._in:
            self.title += data
        if "h1" in self._in and "a" not in self._in:
            self.h1 += data
        if self._in and self._in[-1] == "script":
            self.scripts.append((self._script_type, data))


def _page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


HOSTILE_SEED = ("WASHINGTON — A message posted online read “<script>alert(1)</script> is not a "
                "threat,” Secretary of State Antony Blinken said. Another read "
                "“<img src=x onerror=alert(2)>” and a third “[x](javascript:alert(3))”.\n")
HOSTILE_TITLE = 'AT&T, R&D and Q&A: "is not a threat", *stars*, _under_, `ticks`, [brackets], \\ and #hash'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real strict build with a seed whose quoted words are markup, and a title full of
    characters that mean something to Markdown or HTML but are allowed."""
    root = build_project(tmp_path_factory.mktemp("hostile-site") / "project")
    seed = root / "seeds/001_hostile.txt"
    seed.write_text(HOSTILE_SEED, encoding="utf-8")
    digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    (root / "content/briefings/2024-09-11-hostile.yaml").write_text(f"""\
id: 2024-09-11-hostile
title: {_yaml(HOSTILE_TITLE)}
source:
  outlet: Test Outlet
  published: 2024-09-11
  seed: 001_hostile.txt
  sha256: {digest}
bottom_line: Messages posted online hold markup.
key_points:
  - They are quoted word for word.
quotes:
  - id: script
    speaker: antony-blinken
    text: <script>alert(1)</script> is not a threat,
  - id: img
    speaker: antony-blinken
    text: <img src=x onerror=alert(2)>
  - id: link
    speaker: antony-blinken
    text: '[x](javascript:alert(3))'
""", encoding="utf-8")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    return root


def test_markup_in_quotes_is_shown_as_text(hostile_site: Path):
    page_path = hostile_site / "site/briefings/2024-09-11-hostile/index.html"
    source = page_path.read_text(encoding="utf-8")
    assert "“&lt;script&gt;alert(1)&lt;/script&gt; is not a threat,”" in source
    assert "“&lt;img src=x onerror=alert(2)&gt;”" in source
    assert "“[x](javascript:alert(3))”" in source
    # as a browser reads the page: the words are text, not tags
    page = _page(page_path)
    assert "“<script>alert(1)</script> is not a threat,”" in page.text
    assert "“<img src=x onerror=alert(2)>”" in page.text
    assert not [attrs for tag, attrs in page.tags if tag == "img"]


def test_no_built_file_holds_the_markup_as_markup(hostile_site: Path):
    site = hostile_site / "site"
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".json", ".xml", ".csv", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        for bad in ("<script>alert", "<img src=x", "javascript:alert", "onerror=alert(2)>"):
            if bad == "javascript:alert" and "[x](javascript:alert(3))" in text:
                text = text.replace("[x](javascript:alert(3))", "")
            assert bad not in text, (path, bad)
        if path.suffix != ".html":
            continue
        page = _page(path)
        for kind, script in page.scripts:
            if kind == "application/ld+json":  # data, not code: it must stay data
                json.loads(script)
                assert "<" not in script, path
            else:
                assert "alert" not in script, path
        for tag, attrs in page.tags:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert not any((value or "").lower().startswith("javascript:")
                           for value in attrs.values()), (path, tag, attrs)


def test_title_and_heading_read_as_the_title(hostile_site: Path):
    for page_path, prefix in [("briefings/2024-09-11-hostile/index.html", ""),
                              ("sources/2024-09-11-hostile/index.html", "Source: ")]:
        page = _page(hostile_site / "site" / page_path)
        assert page.title == f"{prefix}{HOSTILE_TITLE} - Briefing", page_path
        assert page.h1.strip() == f"{prefix}{HOSTILE_TITLE}", page_path
