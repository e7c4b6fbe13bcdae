"""The preview's note, as a reader of `briefing serve` sees it in Chromium: it hides neither the
header's search nor the table of contents, and a click puts it away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.engine import serve as preview

from ..conftest import BRIEFING_ID
from ..test_serve import _serving, _status, _wait_for
from .test_reader_site import _type_search

pytestmark = pytest.mark.browser


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def test_the_preview_note_hides_no_control_and_a_click_puts_it_away(project: Path,
                                                                     browser: Any):
    with _serving(project) as (base, _proc):
        url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(url, "Bottom line", 60)
        assert _status(base, lambda s: s.get("note"))["note"] == preview.NOTE
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        try:
            page.goto(url)
            note = page.locator("#briefing-serve-note")
            note.wait_for(timeout=15_000)
            box = note.bounding_box()
            assert box is not None
            for control in (".md-header", ".md-search", ".md-sidebar--secondary .md-nav__title"):
                other = page.locator(control).first.bounding_box()
                assert other is not None and not _overlap(box, other), control
            note.click()
            assert page.locator("#briefing-serve-note").count() == 0
        finally:
            page.close()


@pytest.mark.parametrize("viewport", [{"width": 1200, "height": 900}, {"width": 390, "height": 844}],
                         ids=["desktop", "phone"])
def test_the_preview_note_never_covers_the_open_search(project: Path, browser: Any,
                                                       viewport: dict[str, int]):
    with _serving(project) as (base, _proc):
        url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(url, "Bottom line", 60)
        page = browser.new_page(viewport=viewport)
        try:
            page.goto(url)
            page.locator("#briefing-serve-note").wait_for(timeout=15_000)
            if viewport["width"] < 960:  # the header's magnifier opens the search on a phone
                page.locator("label.md-header__button[for='__search']").click()
            _type_search(page, "Iran")
            note = page.locator("#briefing-serve-note")
            if note.is_visible():
                box = note.bounding_box()
                for control in (".md-search__form", ".md-search__output"):
                    other = page.locator(control).first.bounding_box()
                    assert other is not None and not _overlap(box, other), control
            # closing the search brings the note back
            page.keyboard.press("Escape")
            page.wait_for_function("() => !document.getElementById('__search').checked")
            assert note.is_visible()
        finally:
            page.close()
