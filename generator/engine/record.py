"""Whether the site engine can be skipped: docs/ and site/ are exactly what the last clean build
left, and nothing else the engine reads has changed since.

What the engine reads is docs/, mkdocs.yml (with the environment variables its !ENV tags name),
the theme's overrides (and the rest of site_templates/), the installed engine and theme, and the
options (engine, search, --strict); what it wrote is site/. The record of a clean build keeps a
digest of the settings, templates and options, and the size and modification time of every file
in docs/ (as the engine found it) and in site/ (as the engine left it), like the generation record
(`pages/fingerprint.py`) does for docs/.
A file touched, added or removed on either side, or any other change, runs the engine again. The
engine's warnings are kept with the record and reported again, as the build they stand for would.

The record stands in for a whole engine run, so it is signed like every cache (`signing`): a
record written by hand or with another key, or one that git tracks, is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import signing
from ..files import manifest as manifest  # the record's reading, named here too
from . import privacy
from .run import Scanned, SiteConfig, _load_config, shown_site
from .shards import MARKDOWN, link_words, linking, warned

FILE = "site.json"
FORMAT = 1
# whose version shapes site/
_PACKAGES = ("mkdocs", "properdocs", "mkdocs-material", "zensical", "pagefind")


@dataclass
class Record:
    warnings: list[str]
    remote: list[privacy.Remote]
    files: int
    size: int


def settings_key(config: SiteConfig, templates: Path, engine: str, search: str,
                 strict: bool) -> str:
    """The SHA-256 of what the engine reads besides docs/: mkdocs.yml, the templates and the
    theme's custom folder (by content), the installed engine and theme, and the options."""
    digest = hashlib.sha256(json.dumps(
        [FORMAT, signing.CODE_VERSION, engine, search, strict, sys.executable,
         [_version(name) for name in _PACKAGES]]).encode())
    try:
        text = config.config_file.read_bytes()
    except OSError:
        text = b"\0no config"
    digest.update(text)
    # `!ENV NAME` (or `!ENV [NAME, default]`) puts the environment into the settings: the
    # engine's, which lacks the cache key
    environment = signing.engine_environment()
    for tag in re.findall(rb"!ENV\s*(\[[^\]]*\]|\S+)", text):
        for name in re.findall(rb"[A-Za-z_][A-Za-z0-9_]*", tag):
            value = environment.get(name.decode("ascii"))
            digest.update(b"\0env\0" + name + b"\0" + (b"-" if value is None
                                                        else b"=" + value.encode("utf-8", "replace")))
    root = config.config_file.parent
    folders = [templates]
    doc, _ = _load_config(config.config_file, config.config_file.name)
    theme = doc.data.get("theme") if isinstance(doc.data, dict) else None
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        folders.append(root / theme["custom_dir"])
    for folder in folders:
        digest.update(f"\0{folder}".encode())
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file():
                data_bytes = path.read_bytes()
                digest.update(f"\0{path.relative_to(folder).as_posix()}\0{len(data_bytes)}\0"
                              .encode())
                digest.update(data_bytes)
    return digest.hexdigest()


def shard_digest(key: str, docs_dir: Path) -> str:
    """What a shard of a distributed build was made from: the settings key and the bytes of every
    file of docs/, by path, so that shards made elsewhere from the same commit agree."""
    digest = hashlib.sha256(key.encode())
    for top, dirs, names in os.walk(docs_dir):
        dirs.sort()
        for name in sorted(names):
            path = Path(top, name)
            data = path.read_bytes()
            digest.update(f"\0{path.relative_to(docs_dir).as_posix()}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def _last(cache_dir: Path, key: str, config: SiteConfig) -> dict[str, Any] | None:
    """The last clean build's record, if it was made with these settings for this site/."""
    payload = signing.read_signed(cache_dir / FILE)
    if payload is None:
        return None
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("key") != key or not config.site_dir.is_dir():
        return None
    return data if data.get("site") == str(config.site_dir.resolve()) else None


def unchanged(cache_dir: Path, key: str, config: SiteConfig) -> Record | None:
    """The last clean build's record if docs/, site/ and the settings are as it left them."""
    data = _last(cache_dir, key, config)
    if data is None:
        return None
    try:
        if manifest(config.docs_dir) != data["docs"]:
            return None
        site = manifest(config.site_dir)
        if site != data["outputs"]:
            return None
        return Record([str(w) for w in data["warnings"]],
                      [privacy.Remote(str(f), str(u)) for f, u in data["remote"]],
                      len(site), sum(size for size, _ in site.values()))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


@dataclass
class Changed:
    """What changed since the last clean build when only pages did."""

    pages: list[str]  # the files of docs/ to render anew: changed, added, or linking to either
    total: int  # the Markdown files of docs/
    warnings: list[str]  # the last build's warnings
    last: Scanned  # what the last build found in site/: stands for the files it keeps
    removed: list[str] = field(default_factory=list)  # the files of docs/ no longer there

    def warnings_with(self, new: list[str]) -> list[str]:
        """The warnings a whole build would give: the last build's about the pages kept (a
        warning names its page), then the new ones about the pages rendered anew."""
        gone = [f"'{page}'" for page in [*self.pages, *self.removed]]
        kept = [w for w in self.warnings if not any(name in w for name in gone)]
        return list(dict.fromkeys([*kept, *new]))


def changed_pages(cache_dir: Path, key: str, config: SiteConfig,
                  docs: dict[str, list[int]]) -> Changed | None:
    """The pages that changed since the last clean build, when nothing else the engine reads did:
    the same settings, templates, engine and options (key) and site/ as that build left it; else
    None. Files added to docs/ or removed from it are in that count too, with every kept page whose
    links may reach one of them (shards.linking: one reading of the kept pages' Markdown), since
    a page meets the set of files only through its links."""
    data = _last(cache_dir, key, config)
    if data is None:
        return None
    try:
        last = data["docs"]
        changed = [rel for rel, seen in docs.items() if seen != last.get(rel)]
        removed = [rel for rel in last if rel not in docs]
        # docs/'s other files are copied as they are, unless the configuration renders them
        doc, _ = _load_config(config.config_file, config.config_file.name)
        if doc.data.get("extra_templates") and not all(rel.endswith(MARKDOWN)
                                                       for rel in [*changed, *removed]):
            return None
        added = [rel for rel in changed if rel not in last]
        if (added or removed) and not _fixed_navigation(doc.data, [*added, *removed]):
            return None
        outputs = manifest(config.site_dir)
        if outputs != data["outputs"]:
            return None
        pages = changed
        if added or removed:
            # a kept page meets the set of files only through its links: those that resolve
            # to a file that came or went, and those that resolve to nothing (their warnings
            # guess at other files)
            if link_words([*added, *removed]) is None:
                return None
            rendered = set(changed)
            kept = [rel for rel in docs if rel.endswith(MARKDOWN) and rel not in rendered]
            broken = warned([str(w) for w in data["warnings"]])
            pages = [*changed, *(rel for rel in kept if rel in broken)]
            pages += linking(config.docs_dir, [rel for rel in kept if rel not in broken],
                             [*added, *removed])
        shown = shown_site(config) + "/"
        remote: dict[str, list[str]] = {}
        for file, url in data["remote"]:
            remote.setdefault(str(file).removeprefix(shown), []).append(str(url))
        return Changed(pages, sum(1 for rel in docs if rel.endswith(MARKDOWN)),
                       [str(w) for w in data["warnings"]], Scanned(remote, outputs), removed)
    except (ValueError, KeyError, TypeError, AttributeError, OSError):
        return None


def _fixed_navigation(settings: dict[str, Any], files: list[str]) -> bool:
    """Whether adding or removing `files` leaves every kept page's frame as it was: the
    navigation is written in the settings and names none of them (without a `nav` MkDocs makes
    it from every file, and a `nav` entry of a file that comes or goes changes in every page),
    and no warning lists the pages left out of it."""
    nav = settings.get("nav")
    validation = settings.get("validation") or {}
    under = validation.get("nav") if isinstance(validation, dict) else None
    omitted = [level.get("omitted_files") for level in (validation, under)
               if isinstance(level, dict)]
    if not isinstance(nav, list) or any(o not in (None, "info", "debug") for o in omitted):
        return False
    named = set()
    stack: list[object] = [nav]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            named.add(item.lstrip("/"))
    return not named & set(files)


def save(cache_dir: Path, key: str, config: SiteConfig, docs: dict[str, list[int]],
         warnings: list[str], remote: list[privacy.Remote],
         site: dict[str, list[int]] | None = None) -> Record:
    """Record a clean build: docs as the engine read them, site/ as it is now (`site`: as the
    engine's processes recorded the files they wrote, else read here)."""
    site = manifest(config.site_dir) if site is None else site
    data: dict[str, Any] = {"key": key, "site": str(config.site_dir.resolve()), "docs": docs,
                            "outputs": site, "warnings": warnings,
                            "remote": [[r.file, r.url] for r in remote]}
    signing.write_signed(cache_dir / FILE, json.dumps(data, separators=(",", ":")).encode())
    return Record(warnings, remote, len(site), sum(size for size, _ in site.values()))


def forget(cache_dir: Path) -> None:
    with contextlib.suppress(OSError):  # .briefing-cache/ not a folder: there is no record
        (cache_dir / FILE).unlink(missing_ok=True)
