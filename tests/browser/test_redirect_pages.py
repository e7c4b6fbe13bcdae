"""The old address of a renamed actor or briefing, opened in Chromium, lands on the new page; a
quote's permalink at the old address lands on the quote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..conftest import BRIEFING_ID, run
from .conftest import Site, build_and_serve

pytestmark = pytest.mark.browser

NEW_BRIEFING = "iran-missiles-to-russia"


@pytest.fixture(scope="module")
def renamed_site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    def rename(root: Path) -> None:
        for old, new in (("john-kirby", "kirby"), (BRIEFING_ID, NEW_BRIEFING)):
            result = run(root, "rename", old, new)
            assert result.exit_code == 0, result.output

    _, site = build_and_serve(tmp_path_factory.mktemp("renamed"), rename)
    yield site
    site.close()


def _land(browser: Any, site: Site, path: str, scripts: bool = True) -> Any:
    context = browser.new_context(java_script_enabled=scripts)
    page = context.new_page()
    page.goto(site.url(path))
    page.wait_for_url(lambda url: path.split("#")[0] not in url, timeout=10000)
    page.wait_for_load_state("load")
    return context, page


def test_an_old_actor_address_lands_on_the_new_page(browser: Any, renamed_site: Site):
    context, page = _land(browser, renamed_site, "actors/john-kirby/")
    assert page.url == renamed_site.url("actors/kirby/")
    assert page.locator("h1").inner_text().rstrip("¶") == "John Kirby"
    context.close()


def test_without_scripts_the_refresh_alone_lands_on_the_new_page(browser: Any,
                                                                  renamed_site: Site):
    context, page = _land(browser, renamed_site, f"briefings/{BRIEFING_ID}/", scripts=False)
    assert page.url == renamed_site.url(f"briefings/{NEW_BRIEFING}/")
    assert page.locator("#q-kirby-dozens").count() == 1
    context.close()


@pytest.mark.parametrize("section", ["briefings", "sources"])
def test_an_old_briefing_address_keeps_the_quote_anchor(browser: Any, renamed_site: Site,
                                                         section: str):
    anchor = "q-kirby-dozens" if section == "briefings" else "src-kirby-dozens"
    context, page = _land(browser, renamed_site, f"{section}/{BRIEFING_ID}/#{anchor}")
    assert page.url == renamed_site.url(f"{section}/{NEW_BRIEFING}/#{anchor}")
    assert page.locator(f"#{anchor}").count() == 1
    context.close()
