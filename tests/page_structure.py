"""The structure of a built page as a reader meets it: headings, lists, table rows, the table of
contents, read from the HTML that MkDocs wrote."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass
class ListInfo:
    tag: str  # "ol" or "ul"
    items: int = 0  # its own <li>, not those of lists inside it
    depth: int = 0  # 0 for a list that stands on the page, 1 for one inside an item, …


@dataclass
class Page:
    headings: list[tuple[str, str]] = field(default_factory=list)  # (h1…h6, text)
    lists: list[ListInfo] = field(default_factory=list)
    table_rows: list[int] = field(default_factory=list)  # body rows of each table
    toc: list[str] = field(default_factory=list)
    article_text: str = ""

    def texts(self, level: str) -> list[str]:
        return [text for tag, text in self.headings if tag == level]

    def top_lists(self) -> list[tuple[str, int]]:
        return [(info.tag, info.items) for info in self.lists if info.depth == 0]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.in_article = 0
        self.toc_nav = 0  # depth of <nav> inside the table of contents
        self.heading: tuple[str, list[str]] | None = None
        self.in_headerlink = False
        self.toc_link: list[str] | None = None
        self.open_lists: list[ListInfo] = []
        self.rows: list[int] = []
        self.in_tbody = False
        self.text: list[str] = []
        self.hidden: list[str] = []  # open tags of an element with `hidden`, the outermost first

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden or "hidden" in dict(attrs):
            # a hidden element is no part of the page a reader sees (nor are void tags in it)
            if tag not in ("br", "img", "input", "hr", "wbr", "meta", "link"):
                self.hidden.append(tag)
            return
        classes = (dict(attrs).get("class") or "").split()
        if tag == "nav":
            if not self.toc_nav and "md-nav--secondary" in classes:
                # Material prints the table of contents twice, in the navigation and in its own
                # sidebar, which comes last: keep that one
                self.page.toc = []
            if self.toc_nav or "md-nav--secondary" in classes:
                self.toc_nav += 1
        if tag == "a" and self.toc_nav and "md-nav__link" in classes:
            self.toc_link = []
        if tag == "article":
            self.in_article += 1
        if not self.in_article:
            return
        if tag in HEADINGS:
            self.heading = (tag, [])
        elif tag == "a" and "headerlink" in classes:
            self.in_headerlink = True
        elif tag in ("ol", "ul"):
            info = ListInfo(tag, depth=len(self.open_lists))
            self.open_lists.append(info)
            self.page.lists.append(info)
        elif tag == "li" and self.open_lists:
            self.open_lists[-1].items += 1
        elif tag == "table":
            self.rows.append(0)
        elif tag == "tbody":
            self.in_tbody = True
        elif tag == "tr" and self.in_tbody and self.rows:
            self.rows[-1] += 1

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag == self.hidden[-1]:
                self.hidden.pop()
            return
        if tag == "nav" and self.toc_nav:
            self.toc_nav -= 1
        if tag == "a" and self.toc_link is not None:
            self.page.toc.append(" ".join("".join(self.toc_link).split()))
            self.toc_link = None
        if not self.in_article:
            return
        if tag == "article":
            self.in_article -= 1
        elif tag in HEADINGS and self.heading:
            self.page.headings.append((self.heading[0], " ".join("".join(self.heading[1]).split())))
            self.heading = None
        elif tag == "a" and self.in_headerlink:
            self.in_headerlink = False
        elif tag in ("ol", "ul") and self.open_lists:
            self.open_lists.pop()
        elif tag == "tbody":
            self.in_tbody = False
        elif tag == "table" and self.rows:
            self.page.table_rows.append(self.rows.pop())

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.toc_link is not None:
            self.toc_link.append(data)
        if not self.in_article:
            return
        self.text.append(data)
        if self.heading and not self.in_headerlink:
            self.heading[1].append(data)


def read(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    reader.page.article_text = "".join(reader.text)
    return reader.page


def text_of(fragment: str) -> str:
    """The text of an HTML fragment as a browser shows it: tags dropped, references decoded."""
    reader = _Reader()
    reader.in_article = 1
    reader.feed(fragment)
    reader.close()
    return " ".join("".join(reader.text).split())
