"""The shipped site's layout on a phone, in Chromium: tables read row by row without scrolling
sideways, a register's filter keeps each label with its control, and a page title leaves no empty
line under it."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import BRIEFING_ID
from .conftest import Site

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
TABLES = {  # pages with a table of three columns or more, and the column names of its first
    "sanctions register": ("sanctions/2024/", ["Date", "Imposed by", "On", "Measure", "Reason",
                                               "Briefing"]),
    "relationships register": ("relations/2024/", ["From", "Relationship", "To",
                                                   "Reported in, and what each said"]),
    "briefing": (f"briefings/{BRIEFING_ID}/", ["Actor", "Role in this article", "Named as"]),
}


def _open(browser: Any, site: Site, path: str, viewport: dict[str, int]) -> tuple[Any, Any]:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(site.url(path))
    page.wait_for_load_state("load")
    return context, page


_TABLE = """(names) => {
    const table = [...document.querySelectorAll('article table')].find(t =>
        [...t.tHead.rows[0].cells].map(c => c.textContent.trim()).join('|') === names.join('|'));
    const wrap = table.closest('.md-typeset__scrollwrap') || table.parentElement;
    const cells = [...table.tBodies[0].rows[0].cells];
    return {
        sideways: wrap.scrollWidth - wrap.clientWidth,
        right: Math.max(...cells.map(c => c.getBoundingClientRect().right)),
        tops: cells.map(c => Math.round(c.getBoundingClientRect().top)),
        labels: cells.map(c => getComputedStyle(c, '::before').content),
        role: table.getAttribute('role'),
        head: getComputedStyle(table.tHead.rows[0], '::before').content,
    };
}"""


@pytest.mark.parametrize("kind", list(TABLES))
def test_a_table_reads_row_by_row_on_a_phone_without_scrolling_sideways(browser: Any, site: Site,
                                                                         kind: str):
    path, names = TABLES[kind]
    context, page = _open(browser, site, path, PHONE)
    try:
        table = page.evaluate(_TABLE, names)
    finally:
        context.close()
    assert table["sideways"] <= 0, f"{kind}: the table scrolls {table['sideways']}px sideways"
    assert table["right"] <= PHONE["width"], table
    # each cell stands under the last, named after its column, and the table is still a table
    assert table["tops"] == sorted(set(table["tops"])), table
    assert table["labels"] == [f'"{name}"' for name in names]
    assert table["role"] == "table"
    # a register's header row stays, as a line of sort buttons that says what it is for
    assert table["head"] == ('"Sort by"' if "register" in kind else "none")


def test_a_table_keeps_its_columns_on_a_wide_screen(browser: Any, site: Site):
    path, names = TABLES["sanctions register"]
    context, page = _open(browser, site, path, DESKTOP)
    try:
        table = page.evaluate(_TABLE, names)
    finally:
        context.close()
    assert len(set(table["tops"])) == 1, table
    assert set(table["labels"]) == {"none"}


def test_a_register_filter_keeps_each_label_beside_or_above_its_control(browser: Any, site: Site):
    context, page = _open(browser, site, "relations/2024/", PHONE)
    try:
        pairs = page.evaluate("""() => [...document.querySelectorAll('.register-filter label')]
            .map(l => [l.textContent, l.getBoundingClientRect().toJSON(),
                       l.control.getBoundingClientRect().toJSON()])""")
    finally:
        context.close()
    assert len(pairs) == 3  # the field, and the actor and relationship menus
    for text, label, control in pairs:
        beside = control["left"] >= label["right"] - 1 and control["top"] < label["bottom"]
        above = abs(control["left"] - label["left"]) < 2 and control["top"] >= label["bottom"] - 1
        assert beside or above, f"{text!r} at {label}, its control at {control}"
        assert control["right"] <= PHONE["width"], f"{text!r}: its control runs off the screen"


@pytest.mark.parametrize("path", ["sanctions/2024/", f"briefings/{BRIEFING_ID}/"])
def test_a_page_title_leaves_no_empty_line_under_it_on_a_phone(browser: Any, site: Site,
                                                               path: str):
    context, page = _open(browser, site, path, PHONE)
    try:
        gap = page.evaluate("""() => {
            const h1 = document.querySelector('article h1');
            const words = document.createRange();
            words.selectNodeContents(h1.firstChild);
            const lines = [...words.getClientRects()];
            return {box: h1.getBoundingClientRect().bottom,
                    words: Math.max(...lines.map(r => r.bottom)),
                    line: parseFloat(getComputedStyle(h1).lineHeight)};
        }""")
    finally:
        context.close()
    assert gap["box"] - gap["words"] < gap["line"] / 2, gap
