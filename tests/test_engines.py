"""The second engine (Zensical) and the Pagefind search option, each with a real build."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml

from generator.engine.run import PAGEFIND_SCRIPT, derive_config

from .conftest import BRIEFING_ID, ROOT, copy_project, run

needs_zensical = pytest.mark.skipif(importlib.util.find_spec("zensical") is None,
                                    reason="zensical is not installed (pip install '.[zensical]')")
needs_pagefind = pytest.mark.skipif(importlib.util.find_spec("pagefind") is None,
                                    reason="pagefind is not installed (pip install '.[pagefind]')")


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()
                  if p.name.startswith(".site-") or p.name.endswith(".yml") and p.name != "mkdocs.yml")


@needs_zensical
def test_zensical_builds_the_same_markdown_into_a_searchable_site(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    result = run(root, "build", "--strict", "--engine", "zensical")
    assert result.exit_code == 0, result.output
    page = (root / f"site/briefings/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<figure class="quote" id="q-', page)) == 13
    assert 'href="../../actors/dmitry-peskov/"' in page
    assert (root / "site/actors/iran-air/index.html").is_file()
    index = json.loads((root / "site/search.json").read_text(encoding="utf-8"))
    text = json.dumps(index, ensure_ascii=False)
    assert "Peskov" in text and f"briefings/{BRIEFING_ID}/" in text
    for html in (root / "site").rglob("*.html"):
        assert not re.search(r'(src|href)="(https?:)?//(?!www\.w3\.org)', html.read_text("utf-8")), html
    assert _leftovers(root) == []


@needs_zensical
def test_a_failed_zensical_build_keeps_the_last_good_site(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    assert run(root, "build", "--engine", "zensical").exit_code == 0
    before = (root / "site/index.html").read_bytes()
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: Briefing\n", ""),
                      encoding="utf-8")
    result = run(root, "build", "--engine", "zensical")
    assert result.exit_code == 1
    assert "site/ left as it was" in result.output
    assert (root / "site/index.html").read_bytes() == before
    assert _leftovers(root) == []


@needs_pagefind
def test_pagefind_replaces_the_one_file_index(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    result = run(root, "build", "--strict", "--search", "pagefind")
    assert result.exit_code == 0, result.output
    site = root / "site"
    assert not (site / "search/search_index.json").exists()
    entry = json.loads((site / "pagefind/all/pagefind-entry.json").read_text(encoding="utf-8"))
    # the briefing and every actor page: registers and source pages stay out, as with builtin
    actor_pages = len(list((site / "actors").glob("*/index.html")))
    assert actor_pages > 20
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 1 + actor_pages
    page = (site / f"briefings/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")
    assert "assets/pagefind-search.js" in page
    assert (site / "assets/pagefind-search.js").is_file()
    assert (site / "pagefind/all/pagefind-ui.js").is_file()
    assert _leftovers(root) == []


def test_derived_config_changes_only_what_it_must():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text += "\nmarkdown_extensions_extra: !ENV [HOME, x]\n"
    derived = derive_config(text, ".site-7", pagefind=True)
    class loader(yaml.SafeLoader):  # noqa: N801
        pass

    loader.add_constructor("!ENV", lambda loader, node: "env")
    loader.add_multi_constructor("tag:yaml.org,2002:python/name:",
                                 lambda loader, suffix, node: f"python:{suffix}")
    data = yaml.load(derived, Loader=loader)
    original = yaml.load(text, Loader=loader)
    assert data["site_dir"] == ".site-7"
    assert data["plugins"] == []
    assert data["extra_javascript"] == [*original.get("extra_javascript", []), PAGEFIND_SCRIPT]
    assert data["markdown_extensions"] == original["markdown_extensions"]
    assert data["nav"] == yaml.load(text, Loader=loader)["nav"]
    assert "!ENV [HOME, x]" in derived
    plain = yaml.load(derive_config(text, ".site-7", pagefind=False), Loader=loader)
    assert plain["plugins"] == ["search"]
    assert plain["extra_javascript"] == original.get("extra_javascript")
