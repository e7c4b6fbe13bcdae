"""When only pages changed, `briefing build` renders those pages alone and makes the new site from
the last one, never writing into it; the result is the site a fresh build makes, to the byte.
Anything that may change every page (the configuration, the theme, the templates) builds it all."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bench.run import edit_summary

from .conftest import BRIEFING_YAML, run
from .test_sharded_build import _tree, four  # noqa: F401 - the built project, a fixture

KEPT = "the rest kept from the last site"


def _fresh_copy(four: Path, dest: Path) -> Path:  # noqa: F811
    shutil.copytree(four, dest, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    built = run(dest, "build", "--strict")
    assert built.exit_code == 0 and KEPT not in built.output, built.output
    return dest


def _hold(site: Path, side: Path) -> dict[str, int]:
    """A hard link in `side` to every file of site/, so that the files outlive its removal:
    their inode numbers, by path."""
    held = {}
    for path in site.rglob("*"):
        if path.is_file():
            rel = path.relative_to(site).as_posix()
            (side / rel).parent.mkdir(parents=True, exist_ok=True)
            os.link(path, side / rel)
            held[rel] = path.stat().st_ino
    return held


def test_an_edited_summary_republishes_its_pages_into_a_new_site(four: Path,  # noqa: F811
                                                                 tmp_path: Path):
    root = _fresh_copy(four, tmp_path / "project")
    before = _tree(root / "site")
    held = _hold(root / "site", tmp_path / "held")
    edit_summary(root / BRIEFING_YAML, "Edited.")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert KEPT in result.output
    # the last site was never written into: every file of it still holds its bytes
    assert _tree(tmp_path / "held") == before
    after = {p.relative_to(root / "site").as_posix(): p.stat().st_ino
             for p in (root / "site").rglob("*.html")}
    kept = [rel for rel, ino in after.items() if held.get(rel) == ino]
    assert "briefings/2024-09-10-iran-missiles-to-russia/index.html" not in kept
    assert len(kept) > len(after) // 2
    republished = _tree(root / "site")
    assert republished["sitemap.xml"].count(b"<url>") > 50
    # a fresh build of the same docs/ makes the same site
    shutil.rmtree(root / "site")
    shutil.rmtree(root / ".briefing-cache")
    fresh = run(root, "build", "--strict", "--jobs", "1")
    assert fresh.exit_code == 0, fresh.output
    full = _tree(root / "site")
    assert [f for f in sorted(full.keys() | republished.keys())
            if full.get(f) != republished.get(f)] == []


@pytest.mark.parametrize("change", ["theme", "config"])
def test_a_change_to_the_theme_or_configuration_builds_every_page(four: Path,  # noqa: F811
                                                                  tmp_path: Path, change: str):
    root = _fresh_copy(four, tmp_path / "project")
    held = _hold(root / "site", tmp_path / "held")
    if change == "theme":
        main = root / "site_templates" / "overrides" / "main.html"
        main.write_text(main.read_text(encoding="utf-8") + "\n{#- a comment -#}\n",
                        encoding="utf-8")
    else:
        config = root / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + "\n# a comment\n",
                          encoding="utf-8")
    edit_summary(root / BRIEFING_YAML, "Edited.")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert KEPT not in result.output
    after = [p for p in (root / "site").rglob("*.html")]
    assert after and not [p for p in after
                          if held.get(p.relative_to(root / "site").as_posix()) == p.stat().st_ino]

