"""The theme's page frame as valid HTML (generator/engine/theme.py): the toggles lose the
autocomplete attribute HTML does not allow on checkboxes, in a theme folder that lives only for
the build, and nothing else of the theme changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.engine import theme
from generator.engine.run import ENGINES, derive_config

from .conftest import ROOT, copy_project, run

TOGGLE = re.compile(r'<input class="md-toggle"[^>]*>')


@pytest.mark.parametrize("engine", ENGINES)
def test_the_installed_frame_loses_only_the_toggles_autocomplete(engine: str):
    base = theme.theme_base(engine)
    if base is None:
        pytest.skip(f"the theme {engine} renders with is not installed")
    text = base.read_text(encoding="utf-8")
    toggles = [t for t in TOGGLE.findall(text) if "autocomplete" in t]
    assert len(toggles) == 2, toggles  # the drawer and the search
    fixed = theme.valid_frame(text)
    assert not [t for t in TOGGLE.findall(fixed) if "autocomplete" in t]
    assert fixed.replace(" ", "") == text.replace(' autocomplete="off"', "", 2).replace(" ", "")
    assert 'autocomplete="off"' in theme.valid_frame('<input type="text" autocomplete="off">')


def test_built_pages_have_valid_toggles_and_no_theme_folder_is_left(built_site: Path):
    page = (built_site / "site/index.html").read_text(encoding="utf-8")
    toggles = [t for t in TOGGLE.findall(page) if "data-md-toggle" in t]
    assert len(toggles) == 2 and not [t for t in toggles if "autocomplete" in t], toggles
    # the page clears them instead, before Material reads them
    assert 'querySelectorAll("input.md-toggle[data-md-toggle]")' in page
    assert not list(built_site.glob(".site-theme-*")) and not list(built_site.glob(".briefing-*.yml"))


def test_a_project_frame_of_its_own_is_left_alone(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    overrides = root / "site_templates/overrides"
    own = (theme.theme_base("mkdocs") or Path()).read_text(encoding="utf-8").replace(
        "<body ", '<body data-own-frame="yes" ', 1)
    (overrides / "base.html").write_text(own, encoding="utf-8")
    assert theme.frame_folder(root, {"name": "material", "custom_dir": "site_templates/overrides"},
                              "mkdocs", root) is None
    assert run(root, "build", "--strict").exit_code == 0
    page = (root / "site/index.html").read_text(encoding="utf-8")
    assert 'data-own-frame="yes"' in page and 'id="__drawer" autocomplete="off"' in page


def test_another_theme_gets_no_frame(tmp_path: Path):
    assert theme.frame_folder(tmp_path, "readthedocs", "mkdocs", tmp_path) is None
    assert not list(tmp_path.iterdir())


def test_the_derived_config_points_the_theme_at_the_frame_and_keeps_the_rest():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(derive_config(text.replace("!!python/name:", "").replace(
        "pymdownx.superfences.fence_code_format", "fence"), "out", pagefind=False,
        custom_dir=".site-theme-x"))
    original = yaml.safe_load(text.replace("!!python/name:", ""))
    assert data["theme"] == {**original["theme"], "custom_dir": ".site-theme-x"}
    assert data["site_dir"] == "out" and data["plugins"] == original["plugins"]
