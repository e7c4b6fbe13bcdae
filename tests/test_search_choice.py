"""`briefing build` chooses its search by the size of the archive: the theme's one-file index up to
SEARCH_AUTO_LIMIT briefings, a chunked Pagefind index above, when Pagefind is installed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from generator.engine import run as engine

from .conftest import copy_project, run

needs_pagefind = pytest.mark.skipif(importlib.util.find_spec("pagefind") is None,
                                    reason="pagefind is not installed (pip install '.[pagefind]')")


def test_auto_is_the_theme_index_up_to_the_limit_and_pagefind_above(monkeypatch):
    limit = engine.SEARCH_AUTO_LIMIT
    assert engine.choose_search("auto", limit) == ("builtin", None)
    assert engine.choose_search("builtin", limit + 1) == ("builtin", None)
    assert engine.choose_search("pagefind", 1) == ("pagefind", None)
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pagefind" else object())
    search, note = engine.choose_search("auto", limit + 1)
    assert search == "builtin"
    assert note is not None and note.startswith(f"note: {limit + 1} briefings, more than {limit}")
    assert "pip install '.[pagefind]'" in note


@needs_pagefind
def test_a_build_above_the_limit_makes_a_pagefind_index_by_itself(tmp_path: Path, monkeypatch):
    root = copy_project(tmp_path / "p")
    monkeypatch.setattr(engine, "SEARCH_AUTO_LIMIT", 0)  # the fixture's one briefing is above it
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    site = root / "site"
    assert not (site / "search/search_index.json").exists()
    entry = json.loads((site / "pagefind/all/pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) > 20
    # and back under the limit, the theme's own index again
    monkeypatch.setattr(engine, "SEARCH_AUTO_LIMIT", 1)
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert (site / "search/search_index.json").is_file() and not (site / "pagefind").exists()
