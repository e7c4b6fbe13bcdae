"""The theme's page frame as valid HTML: a theme folder of its own for each build.

Material's base.html (and Zensical's, made from it) marks the drawer and search toggles, two
checkboxes, `autocomplete="off"`, so that a browser does not bring an open drawer back after Back or
a reload. HTML allows that attribute on text-like inputs only, so every page of the site fails the
Nu HTML Checker twice. The toggles are in no block a template can override, and a copy of base.html
in site_templates/overrides would pin the theme's hashed asset names (each release renames them)
and would not fit the other engine's theme. So each build hands the engine a folder made of the
project's overrides (theme.custom_dir) and the installed theme's own base.html with that attribute
taken off the toggles; main.html clears the toggles when a page is shown instead.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .. import files

# the theme whose base.html each engine renders pages with: (package, templates folder)
_THEMES = {"mkdocs": ("material", "templates"), "properdocs": ("material", "templates"),
           "zensical": ("zensical", "templates")}
_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?)\s+autocomplete="off"')


def theme_base(engine: str) -> Path | None:
    """The installed theme's base.html for `engine`, or None if it is not installed."""
    if engine not in _THEMES:
        return None
    package, folder = _THEMES[engine]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / folder / "base.html"
    return path if path.is_file() else None


def valid_frame(text: str) -> str:
    """base.html without autocomplete on its toggle checkboxes."""
    return _TOGGLE.sub(r"\1", text)


def frame_folder(root: Path, theme: Any, engine: str, parent: Path) -> Path | None:
    """A fresh folder under `parent` holding the overrides of `theme` (mkdocs.yml's theme setting)
    and the theme's base.html made valid; None where there is nothing to change: another theme
    than Material, a project base.html of its own, or a base.html with no such toggles."""
    settings = theme if isinstance(theme, dict) else {"name": theme}
    # Zensical renders with its own theme whatever the name; MkDocs and ProperDocs with the named one
    if engine != "zensical" and settings.get("name") != "material":
        return None
    custom = settings.get("custom_dir")
    overrides = root / custom if isinstance(custom, str) else None
    if overrides is not None and (overrides / "base.html").exists():
        return None
    base = theme_base(engine)
    if base is None:
        return None
    text = base.read_text(encoding="utf-8")
    fixed = valid_frame(text)
    if fixed == text:
        return None
    folder = Path(tempfile.mkdtemp(prefix=".site-theme-", dir=parent))
    if overrides is not None and overrides.is_dir():
        # symlinks are copied as links: a link in the overrides reads what it read before
        shutil.copytree(overrides, folder, symlinks=True, dirs_exist_ok=True)
    files.write_atomic(folder / "base.html", fixed.encode("utf-8"))
    return folder
