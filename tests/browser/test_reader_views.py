"""Relationships and search on a site of four briefings, in Chromium: an actor's own diagram, the
relationships overview narrowed by kind and actor, a person's name finding what they said, and
axe-core on each of those pages."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.engine import search_parts
from generator.pages import registers

from ..conftest import run
from ..reader_site import IRAN, build_four_briefings
from .conftest import Site
from .test_reader_site import _type_search

SKRIPAL = "2018-08-09-russia-condemns-skripal-sanctions"

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def four(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = build_four_briefings(tmp_path_factory.mktemp("four") / "project")
    served = Site(root / "site")
    yield served
    served.close()


def _open(browser: Any, site: Site, path: str, scheme: str = "light") -> tuple[Any, Any, list]:
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site.url(path))
    return context, page, errors


def _drawn_diagrams(page: Any, within: str = "article") -> list[dict[str, float]]:
    """The size of each diagram in `within` once Mermaid has drawn them all: Material swaps each
    <pre class="mermaid"> for a <div> holding the drawing in a closed shadow root. A diagram is
    drawn when it comes into view, so each is scrolled to, as a reader would."""
    page.evaluate("""async (selector) => {
        for (const pre of document.querySelectorAll(selector)) {
            pre.scrollIntoView();
            await new Promise(done => setTimeout(done, 300));
        }
    }""", f"{within} pre.mermaid")
    page.wait_for_function(
        f"() => document.querySelectorAll('{within} div.mermaid').length > 0 &&"
        f" !document.querySelector('{within} pre.mermaid')", timeout=20000)
    page.wait_for_timeout(300)
    return page.eval_on_selector_all(
        f"{within} div.mermaid",
        "ds => ds.map(d => ({width: d.getBoundingClientRect().width,"
        " height: d.getBoundingClientRect().height}))")


def _visible_rows(page: Any) -> list[list[str]]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.register tbody tr')].filter(r => !r.hidden)
                .map(r => [...r.cells].map(c => c.textContent.trim()))""")


def test_actor_page_draws_the_actors_own_relationships(browser: Any, four: Site,
                                                       artifacts: Path):
    context, page, errors = _open(browser, four, "actors/jeff-seldin/")
    source = page.evaluate("""() => fetch(location.href).then(r => r.text()).then(t =>
        new DOMParser().parseFromString(t, 'text/html').querySelector('pre.mermaid').textContent)""")
    # Russia barred Jeff Seldin: his one relationship, and no one else's
    assert [line.strip() for line in source.splitlines()[1:]] == [
        'a_russia["Russia"]', 'a_jeff_seldin["Jeff Seldin"]',
        'a_russia -.->|"sanctions: Entry ban"| a_jeff_seldin']
    (drawn,) = _drawn_diagrams(page)
    assert drawn["width"] > 200 and drawn["height"] > 30
    rows = page.locator("h2#relationships ~ .md-typeset__scrollwrap table tbody tr")
    assert rows.count() == 1
    assert rows.first.inner_text().split("\t")[:3] == ["Russia", "sanctions", "Jeff Seldin"]
    context.close()
    context, page, errors = _open(browser, four, "actors/russia/")
    (drawn,) = _drawn_diagrams(page)
    assert drawn["height"] > 200  # eight relationships around Russia
    page.locator("h2#relationships").scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "actor-relationships.png", full_page=True)
    assert errors == []
    context.close()


def test_relationships_overview_narrows_to_one_kind_then_one_actor(browser: Any, four: Site,
                                                                  artifacts: Path):
    context, page, errors = _open(browser, four, "relations/")
    page.screenshot(path=artifacts / "relations-overview.png", full_page=True)
    # the count of sanctions in 2024 opens that year's page narrowed to sanctions
    row = page.locator("tr", has=page.locator("td", has_text="sanctions"))
    row.get_by_role("link", name="9").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path.endswith("/relations/2024/")
    assert parse_qs(urlsplit(page.url).query) == {"kind": ["sanctions"]}
    page.locator(".register-count", has_text="9 of 16 relationships shown").wait_for()
    rows = _visible_rows(page)
    assert len(rows) == 9 and {r[1] for r in rows} == {"sanctions"}
    assert page.get_by_label("Relationship", exact=True).input_value() == "sanctions"
    # then one actor, on either side of the relationship; the address follows
    page.get_by_label("Actor", exact=True).select_option("Iran Air")
    rows = _visible_rows(page)
    assert len(rows) == 4 and all(r[2] == "Iran Air" and r[1] == "sanctions" for r in rows)
    assert parse_qs(urlsplit(page.url).query) == {"kind": ["sanctions"], "actor": ["Iran Air"]}
    page.get_by_label("Relationship", exact=True).select_option("")
    assert len(_visible_rows(page)) == 4  # Iran Air only faces sanctions
    page.get_by_label("Actor", exact=True).select_option("Iran")
    assert {r[1] for r in _visible_rows(page)} == {"sanctions", "supplies", "trains", "accuses"}
    # the diagrams of that year: one per kind, each drawn
    assert [d["height"] > 30 for d in _drawn_diagrams(page)] == [True] * 4
    page.screenshot(path=artifacts / "relations-2024-narrowed.png", full_page=True)
    assert errors == []
    context.close()


@pytest.mark.parametrize("given", ["iran", "IRAN", "Iran"])
def test_relationships_year_narrows_to_an_actor_given_by_id_or_name(browser: Any, four: Site,
                                                                    given: str):
    context, page, errors = _open(browser, four, f"relations/2024/?actor={given}")
    page.locator(".register-count", has_text="relationships shown").wait_for()
    assert page.get_by_label("Actor", exact=True).input_value() == "Iran"
    rows = _visible_rows(page)
    assert rows and all("Iran" in (r[0], r[2]) for r in rows)
    assert page.locator(".register-unknown").count() == 0
    assert errors == []
    context.close()


def test_relationships_year_says_when_the_address_names_no_actor_of_the_page(browser: Any,
                                                                              four: Site):
    context, page, errors = _open(browser, four, "relations/2024/?actor=atlantis")
    note = page.locator(".register-unknown")
    note.wait_for()
    assert note.inner_text() == ("No actor “atlantis” on this page: every one of its "
                                 "relationships is shown.")
    assert page.get_by_label("Actor", exact=True).input_value() == ""
    assert len(_visible_rows(page)) == 16
    assert errors == []
    context.close()


def _search(page: Any, query: str) -> Any:
    _type_search(page, query)
    return page.locator(".md-search-result")


def test_a_persons_name_finds_their_page_and_what_they_said(browser: Any, four: Site,
                                                           artifacts: Path):
    context, page, errors = _open(browser, four, "")
    results = _search(page, "Dmitry Peskov")
    page.screenshot(path=artifacts / "search-person.png")
    items = page.eval_on_selector_all(
        ".md-search-result__item", "items => items.map(i => ({"
        "href: i.querySelector('a').href, text: i.innerText.replace(/\\s+/g, ' ')}))")
    pages = [urlsplit(i["href"]).path.strip("/") for i in items]
    assert pages[0] in ("actors/dmitry-peskov", f"briefings/{IRAN}")
    assert "actors/dmitry-peskov" in pages and f"briefings/{IRAN}" in pages
    # the briefing's result shows the quote itself, with its speaker, in one passage
    shown = " ".join(i["text"] for i in items)
    assert ("“Not every time information of this kind corresponds to reality,” — Dmitry Peskov"
            in shown), shown
    assert results.count() == 1
    context.close()
    # a heading every briefing has is no result on its own
    context, page, errors = _open(browser, four, "")
    _search(page, "Open questions")
    titles = page.eval_on_selector_all(".md-search-result__article h1, "
                                       ".md-search-result__article h2",
                                       "hs => hs.map(h => h.textContent.trim())")
    assert "Open questions" not in titles and "Claims and denials" not in titles
    assert errors == []
    context.close()


@pytest.mark.parametrize("query", ["Iran Air sanctions", '"Iran Air sanctions"'])
def test_words_typed_together_find_the_parts_that_hold_them_all(browser: Any, four: Site,
                                                                query: str):
    context, page, errors = _open(browser, four, "")
    _search(page, query)
    page.wait_for_timeout(300)
    # no result marks as missing a word of the query: each holds them all
    assert page.locator(".md-search-result__terms").count() == 0
    hrefs = page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                      "links => links.map(a => new URL(a.href).pathname)")
    assert hrefs and "/actors/iran-air/" in hrefs
    for href in hrefs:
        text = " ".join(page.evaluate("u => fetch(u).then(r => r.text())", href).split())
        assert "Iran Air" in text and "sanctions" in text.lower(), href
    # words no part holds together still find the parts holding some of them
    context.close()
    context, page, errors = _open(browser, four, "")
    _search(page, "Iran zeppelin")
    assert page.locator(".md-search-result__item").count() > 0
    assert errors == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_the_reader_views(browser: Any, four: Site, axe_source: str,
                                                    artifacts: Path, scheme: str):
    found: dict[str, list[str]] = {}
    for path in ("briefings/", f"briefings/{IRAN}/", "actors/russia/", "relations/",
                 "relations/2024/?kind=sanctions", "timeline/2024/"):
        context, page, _ = _open(browser, four, path, scheme)
        page.wait_for_load_state("networkidle")
        page.add_script_tag(content=axe_source)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        found[path] = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
                       for v in result["violations"]]
        context.close()
    (artifacts / f"axe-reader-views-{scheme}.json").write_text(json.dumps(found, indent=2),
                                                               encoding="utf-8")
    assert found == {path: [] for path in found}


@pytest.fixture(scope="module")
def four_pagefind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    if importlib.util.find_spec("pagefind") is None:
        pytest.skip("pagefind is not installed (pip install '.[pagefind]')")
    root = build_four_briefings(tmp_path_factory.mktemp("fourpf") / "project")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_parts, "ONE_PART_UP_TO", 0)  # its pages in parts, merged by search
        patch.setattr(search_parts, "PART_PAGES", 4)  # its actors' pages cut by their hash too
        built = run(root, "build", "--strict", "--search", "pagefind")
    assert built.exit_code == 0, built.output
    served = Site(root / "site")
    yield served
    served.close()


def test_pagefind_search_looks_and_answers_like_the_themes(browser: Any, four_pagefind: Site,
                                                          axe_source: str, artifacts: Path):
    context, page, errors = _open(browser, four_pagefind, "actors/russia/")
    assert not page.locator("script[src$='search_index.json']").count()
    # the theme's box in the header, with the theme's result markup
    _search(page, "Dmitry Peskov")
    page.locator(".md-search-result__item").first.wait_for()
    page.screenshot(path=artifacts / "search-person-pagefind.png")
    shown = page.inner_text(".md-search-result")
    assert "Dmitry Peskov" in shown
    # Pagefind shows the words around the name: the quote's end, then its speaker
    assert "kind corresponds to reality,” — Dmitry Peskov" in (
        " ".join(shown.split())), shown
    hrefs = page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                      "links => links.map(a => new URL(a.href).pathname)")
    assert "/actors/dmitry-peskov/" in hrefs and f"/briefings/{IRAN}/" in hrefs
    assert page.locator(".md-search-result mark").count() > 0
    # it opens and closes as the theme's does, and passes axe-core
    assert page.evaluate("document.getElementById('__search').checked")
    page.wait_for_function("document.getAnimations().length === 0")
    page.add_script_tag(content=axe_source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [v["id"] for v in result["violations"]] == []
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    assert errors == []
    context.close()


def test_pagefind_ranks_the_pages_holding_the_words_as_a_phrase_first(browser: Any,
                                                                     four_pagefind: Site):
    context, page, errors = _open(browser, four_pagefind, "")
    _search(page, "blatant lie")
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(500)
    hrefs = page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                      "links => links.map(a => new URL(a.href).pathname)")
    holds = []
    for href in hrefs:
        text = " ".join(page.evaluate("u => fetch(u).then(r => r.text())", href).split())
        holds.append("blatant lie" in text)
    # every page that holds the phrase comes before every page that does not
    assert any(holds) and holds == sorted(holds, reverse=True), [*zip(hrefs, holds, strict=True)]
    assert errors == []
    context.close()


def test_pagefind_finds_a_word_of_a_page_in_a_merged_part(browser: Any, four_pagefind: Site):
    # "Novichok" is on one page, the Skripal briefing, whose part is not the one the search box
    # loads Pagefind from: it is found through the parts merged in
    site = four_pagefind.folder
    parts = json.loads((site / search_parts.MANIFEST).read_text(encoding="utf-8"))["parts"]
    where = search_parts.pages(site)
    holding = [page for found in where.values() for page in found
               if "novichok" in (site / page).read_text(encoding="utf-8").lower()]
    assert holding == [f"briefings/{SKRIPAL}/index.html"] and len(parts) > 2
    assert search_parts.part_of(holding[0]) != parts[0]
    context, page, errors = _open(browser, four_pagefind, "actors/russia/")
    _search(page, "Novichok")
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(500)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link:first-child",
        "links => links.map(a => new URL(a.href).pathname)")
    assert hrefs == [f"/briefings/{SKRIPAL}/"]
    assert page.inner_text(".md-search-result__meta") == "1 matching document"
    assert "Novichok" in page.inner_text(".md-search-result mark")
    assert errors == []
    context.close()


@pytest.fixture(scope="module")
def four_paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The four briefings with relationship pages of ten rows: 2024's 16 are two pages."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(registers.ROWS, "relations", 10)
        root = build_four_briefings(tmp_path_factory.mktemp("fourpaged") / "project")
    served = Site(root / "site")
    yield served
    served.close()


def test_a_kind_that_runs_on_to_the_next_page_stays_narrowed_there(browser: Any,
                                                                  four_paged: Site):
    context, page, errors = _open(browser, four_paged, "relations/")
    # supplies start on the second page of 2024: the overview's count opens that one
    row = page.locator("tr", has=page.locator("td", has_text="supplies"))
    assert urlsplit(row.get_by_role("link", name="4").get_attribute("href")).path == "2024-2/"
    page.goto(four_paged.url("relations/2024/?kind=sanctions"))
    page.locator(".register-count", has_text="8 of 10 relationships shown").wait_for()
    page.get_by_role("link", name="2", exact=True).click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path.endswith("/relations/2024-2/")
    page.locator(".register-count", has_text="1 of 6 relationships shown").wait_for()
    assert [r[1] for r in _visible_rows(page)] == ["sanctions"]
    assert errors == []
    context.close()
