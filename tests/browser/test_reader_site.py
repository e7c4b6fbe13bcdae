"""The site as a reader meets it, in Chromium: search, quote permalinks and copy links, printing,
accessibility (axe-core) in both colour schemes, no third-party requests, no script injection."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from ..conftest import BRIEFING_ID, BRIEFING_YAML, FIXTURE
from ..extra_content import HOSTILE_ID, add_hostile_briefing
from .conftest import Site, build_and_serve

pytestmark = pytest.mark.browser

BRIEFING = f"briefings/{BRIEFING_ID}/"
PAGES = {  # the five page kinds axe-core checks, and the source page
    "home": "",
    "briefing": BRIEFING,
    "actor": "actors/dmitry-peskov/",
    "sanctions": "sanctions/",
    "timeline": "timeline/",
    "source": f"sources/{BRIEFING_ID}/",
}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


def _quotes() -> list[dict[str, Any]]:
    return yaml.safe_load((FIXTURE / BRIEFING_YAML).read_text(encoding="utf-8"))["quotes"]


def _open(browser: Any, site: Site, path: str = "", scheme: str = "light",
          viewport: dict[str, int] = DESKTOP) -> tuple[Any, Any]:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto(site.url(path))
    return context, page


# --- search --------------------------------------------------------------------------------------

def _type_search(page: Any, query: str) -> None:
    """Type into Material's search box as a reader does, and wait for the results."""
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type(query, delay=20)
    page.wait_for_function(
        "() => /matching document/.test("
        "document.querySelector('.md-search-result__meta')?.textContent || '')",
        timeout=15000)


def _search(page: Any, query: str) -> list[str]:
    """The result pages of a search, best first."""
    _type_search(page, query)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link", "links => links.map(a => a.href)")
    pages: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path.lstrip("/")
        if path not in pages:
            pages.append(path)
    return pages


def test_typing_a_speakers_name_finds_the_briefing(browser: Any, site: Site, artifacts: Path):
    context, page = _open(browser, site)
    results = _search(page, "Dmitry Peskov")
    page.screenshot(path=artifacts / "search-dmitry-peskov.png")
    assert BRIEFING in results
    assert results[0] in (BRIEFING, "actors/dmitry-peskov/")
    context.close()


@pytest.mark.parametrize(("query", "first"), [
    ("Peskov", {BRIEFING, "actors/dmitry-peskov/"}),
    ("Iran Air", {BRIEFING, "actors/iran-air/"}),
    ("ATACMS", {BRIEFING}),
    ("vile propaganda", {BRIEFING, "actors/iran-foreign-ministry/"}),
])
def test_search_ranks_the_briefing_or_the_right_actor_first(browser: Any, site: Site, query: str,
                                                          first: set[str]):
    context, page = _open(browser, site)
    results = _search(page, query)
    print(f"search {query!r}: {results[:4]}")
    assert results and results[0] in first, results
    assert BRIEFING in results[:3], results
    # boilerplate pages are not in the index
    assert not [r for r in results if r.startswith("sources/") or r in ("", "tags/")], results
    context.close()


# --- citable quotes ------------------------------------------------------------------------------

def test_quote_permalink_opens_with_the_quote_in_view(browser: Any, site: Site, artifacts: Path):
    quote = next(q for q in _quotes() if q["id"] == "peskov-developing-dialogue")
    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        context, page = _open(browser, site, f"{BRIEFING}#q-{quote['id']}", viewport=viewport)
        figure = page.locator(f"figure#q-{quote['id']}")
        assert quote["text"][:40] in figure.inner_text()
        page.wait_for_timeout(300)
        box = figure.locator("blockquote").bounding_box()
        header = page.locator(".md-header").bounding_box()
        assert box is not None and header is not None
        assert box["y"] >= header["height"] - 1, "the quote hides under the header"
        assert box["y"] + min(box["height"], 40) <= viewport["height"], "the quote is not in view"
        assert page.evaluate("document.querySelector(':target').id") == f"q-{quote['id']}"
        page.screenshot(path=artifacts / f"quote-permalink-{name}.png")
        context.close()


def test_quote_links_to_its_place_in_the_source(browser: Any, site: Site):
    context, page = _open(browser, site, BRIEFING)
    page.locator("figure#q-peskov-not-every-time figcaption a", has_text="In the article").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"sources/{BRIEFING_ID}/#src-peskov-not-every-time")
    mark = page.locator("mark#src-peskov-not-every-time")
    assert mark.inner_text().startswith("Not every time information")
    assert mark.is_visible() and mark.bounding_box()["y"] < DESKTOP["height"]
    context.close()


def test_copy_link_button_copies_the_permalink(browser: Any, site: Site):
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base.rstrip("/"))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site.url(BRIEFING + "?utm=x"))
    buttons = page.get_by_role("button", name="Copy link to this quote")
    assert buttons.count() == len(_quotes())
    button = page.locator("figure#q-kirby-dozens").get_by_role("button",
                                                               name="Copy link to this quote")
    button.click()
    status = page.locator("figure#q-kirby-dozens [role=status]")
    status.filter(has_text="Link copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == site.url(BRIEFING + "#q-kirby-dozens")
    assert errors == []
    context.close()


def test_copy_link_without_a_clipboard_shows_the_address(browser: Any, site: Site):
    context = browser.new_context(viewport=DESKTOP)
    # a browser that offers no clipboard at all, and refuses the old copy command
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined});"
                            "document.execCommand = () => false;")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site.url(BRIEFING))
    page.locator("figure#q-kirby-dozens .quote-copy").click()
    field = page.locator("figure#q-kirby-dozens [role=status] input")
    field.wait_for()
    assert field.input_value() == site.url(BRIEFING + "#q-kirby-dozens")
    assert page.evaluate("document.activeElement === document.querySelector("
                         "'figure#q-kirby-dozens [role=status] input')")
    assert errors == []
    context.close()


def test_keyboard_reaches_search_quote_links_and_copy_buttons(browser: Any, site: Site):
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base.rstrip("/"))
    page = context.new_page()
    page.goto(site.url(BRIEFING))
    seen: list[str] = []
    for _ in range(250):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(
            "(() => { const e = document.activeElement;"
            " return e.tagName + '.' + (e.className || '') + ':' + (e.textContent || '').trim()"
            ".slice(0, 30); })()"))
        if seen[-1].startswith("BUTTON.quote-copy"):
            break
    assert seen[0].startswith("A.md-skip"), seen[:3]
    assert any(s.startswith("INPUT.md-search__input") for s in seen)
    assert any(s.startswith("A.md-tabs__link") for s in seen)
    # a quote's permalink, then its copy button, then its place in the article
    assert seen[-2].startswith("A.quote-permalink") and seen[-2].endswith(":Permalink")
    assert seen[-1].startswith("BUTTON.quote-copy"), "no copy button reached by keyboard"
    # the focused button is visibly outlined
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    page.keyboard.press("Enter")
    page.locator(".quote-copy__status", has_text="Link copied").wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('quote-source-link')")
    assert page.evaluate("document.activeElement.textContent") == "In the article"
    context.close()


# --- print ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_briefing_prints_cleanly(browser: Any, site: Site, artifacts: Path, paper: str):
    from pypdf import PdfReader

    context, page = _open(browser, site, BRIEFING, scheme="dark")
    pdf = page.pdf(format=paper, print_background=True)
    (artifacts / f"briefing-{paper.lower()}.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == {"A4": (596, 843), "Letter": (612, 792)}[paper]
    text = "\n".join(p.extract_text() for p in reader.pages)
    squeezed = re.sub(r"\s+", "", text)
    assert "Iran sends ballistic missiles to Russia" in text
    for quote in _quotes():  # every quote, word for word
        assert re.sub(r"\s+", "", quote["text"]) in squeezed, quote["id"]
    for chrome in ("Search", "Copy link", "Table of contents", "Back to top", "Skip to content",
                   "Permalink"):
        assert chrome not in text, chrome
    assert "·Inthearticle" not in squeezed  # nor the separator it leaves
    assert "HomeBriefingsActorsSanctions" not in squeezed  # no navigation tabs
    # source links are followed by their address
    source = site.url(f"sources/{BRIEFING_ID}/")
    assert f"Sourcetext<{source}>" in squeezed
    assert f"Inthearticle<{source}#src-peskov-not-every-time>" in squeezed

    page.emulate_media(media="print")
    styles = page.evaluate("""() => ({
        header: getComputedStyle(document.querySelector('.md-header')).display,
        sidebar: getComputedStyle(document.querySelector('.md-sidebar--secondary')).display,
        footer: getComputedStyle(document.querySelector('.md-footer')).display,
        quote: getComputedStyle(document.querySelector('figure.quote')).breakInside,
        row: getComputedStyle(document.querySelector('.md-typeset table tr')).breakInside,
        tableOverflow: getComputedStyle(document.querySelector('.md-typeset__table')).overflow,
        background: getComputedStyle(document.body).backgroundColor,
    })""")
    assert styles["header"] == styles["sidebar"] == styles["footer"] == "none"
    assert styles["quote"] == styles["row"] == "avoid"
    assert styles["tableOverflow"] == "visible"
    assert styles["background"] == "rgb(255, 255, 255)"  # ink on white, even from dark mode
    page.set_viewport_size({"width": 794, "height": 1123})
    page.screenshot(path=artifacts / f"briefing-print-{paper.lower()}.png", full_page=True)
    context.close()


# --- accessibility and appearance ----------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(browser: Any, site: Site, axe_source: str,
                                                    artifacts: Path, scheme: str):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    found: dict[str, list[str]] = {}
    for name, path in [*PAGES.items(), ("search results", "")]:
        page.goto(site.url(path))
        expected = {"light": "default", "dark": "slate"}[scheme]
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        if name == "search results":
            _search(page, "Peskov")
            # colours are measured once the results have faded in
            page.wait_for_function("document.getAnimations().length === 0")
            page.wait_for_timeout(400)
        page.add_script_tag(content=axe_source)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        found[name] = bad
        print(f"axe {scheme} {name}: {len(bad)} serious/critical, "
              f"{len(result['violations'])} violations in all")
    (artifacts / f"axe-{scheme}.json").write_text(json.dumps(found, indent=2), encoding="utf-8")
    assert found == {name: [] for name in found}
    context.close()


def test_screenshots_of_the_main_pages(browser: Any, site: Site, artifacts: Path):
    """Saved for a person to look at; each must at least fit a phone's width."""
    for scheme in ("light", "dark"):
        for width, viewport in (("desktop", DESKTOP), ("375", PHONE)):
            context = browser.new_context(viewport=viewport, color_scheme=scheme)
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(site.url(path))
                page.screenshot(path=artifacts / f"{name}-{scheme}-{width}.png", full_page=True)
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth")
                assert overflow <= 0, f"{name} is wider than a {viewport['width']} px screen"
            context.close()


# --- nothing leaves the machine, nothing from content runs ---------------------------------------

def test_no_request_leaves_127_0_0_1(browser: Any, site: Site):
    context = browser.new_context(viewport=DESKTOP)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    for path in PAGES.values():
        page.goto(site.url(path))
        page.wait_for_load_state("networkidle")
    _search(page, "Peskov")
    page.goto(site.url("briefings/"))
    page.wait_for_load_state("networkidle")
    offenders = [u for u in requests
                 if urlsplit(u).scheme not in ("data", "blob", "about")
                 and urlsplit(u).hostname != "127.0.0.1"]
    assert len(requests) > 10
    assert offenders == []
    context.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory):
    root, served = build_and_serve(tmp_path_factory.mktemp("hostile"), add_hostile_briefing)
    yield served
    served.close()


_INJECTED = """() => ({
    onerror: document.querySelectorAll('[onerror]').length,
    imgX: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
    scripts: [...document.scripts].filter(s => s.type !== 'application/ld+json'
        && /alert\\(/.test(s.textContent)).length,
    ld: [...document.querySelectorAll('script[type="application/ld+json"]')]
        .map(s => s.textContent),
})"""


def test_script_injection_in_content_stays_text(browser: Any, hostile_site: Site,
                                                artifacts: Path):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in (f"briefings/{HOSTILE_ID}/", f"sources/{HOSTILE_ID}/", "actors/dmitry-peskov/",
                 "", "briefings/", "tags/"):
        page.goto(hostile_site.url(path))
        page.wait_for_load_state("networkidle")
        found = page.evaluate(_INJECTED)
        assert (found["onerror"], found["imgX"], found["scripts"]) == (0, 0, 0), path
        for block in found["ld"]:
            json.loads(block)
        if path == f"briefings/{HOSTILE_ID}/":
            page.screenshot(path=artifacts / "hostile-briefing.png", full_page=True)
            # the words are on the page, as words
            assert "<script>alert(1)</script> is not our policy" in page.inner_text("article")
            assert len(found["ld"]) == 1
            data = json.loads(found["ld"][0])
            assert data["hasPart"][0]["text"] == "<script>alert(1)</script> is not our policy,"
            page.locator(".quote-copy").first.click()  # the copy link copes with it too
    # search results show the words too, and run nothing
    page.goto(hostile_site.url())
    results = _search(page, "policy")
    assert f"briefings/{HOSTILE_ID}/" in results
    found = page.evaluate(_INJECTED)
    assert (found["onerror"], found["imgX"], found["scripts"]) == (0, 0, 0)
    page.screenshot(path=artifacts / "hostile-search.png")
    page.wait_for_timeout(300)
    assert dialogs == []
    context.close()


# --- the diagram script ----------------------------------------------------------------------------

def test_the_briefing_diagram_loads_mermaid_only_when_scrolled_to(browser: Any, site: Site,
                                                                    artifacts: Path):
    context = browser.new_context(viewport=PHONE)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(site.url(BRIEFING))
    page.wait_for_load_state("networkidle")
    assert not [u for u in requests if "mermaid" in u], "Mermaid loaded before it was needed"
    assert page.locator("pre.mermaid").count() == 1  # the diagram waits, undrawn
    page.locator("#relationships").scroll_into_view_if_needed()
    page.wait_for_selector("div.mermaid", timeout=30000)
    assert page.locator("pre.mermaid").count() == 0
    assert [u for u in requests if "mermaid" in u] == [site.url("assets/vendor/mermaid/mermaid.min.js")]
    assert not [u for u in requests if not u.startswith((site.base, "data:"))], requests
    page.locator("div.mermaid").scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "briefing-diagram-phone.png")
    # a page without a diagram has neither Mermaid nor its stand-in
    requests.clear()
    page.goto(site.url(PAGES["actor"]))
    page.wait_for_load_state("networkidle")
    assert not [u for u in requests if "mermaid" in u or "diagrams.js" in u], requests
    context.close()
