"""The Pagefind index in parts: one Pagefind bundle per group of pages, which the search script
(site_templates/assets/pagefind-search.js) loads together, the first as Pagefind's own instance
and the others through `mergeIndex`.

A page's part follows from its path and the size of its group (`pages`), above a size: briefing
pages are grouped by the month their id starts with, actor pages all in one group, and a group of
more than PART_PAGES pages is cut into a power of two of parts by a stable hash of the page's name
(`bucket`), as few as keep each part at about PART_PAGES or fewer. So an edited summary or a new
briefing touches the parts of the pages it changed, each at most about a hundred pages whatever
the archive's size (a new briefing changes the pages of the twenty-odd actors it names, which a part per first
character spread over most of the index), and a page-by-page rebuild indexes only those parts
again; every other part is linked from the last site, never written through. A group's parts are
cut anew only when its size passes a power of two of PART_PAGES: then its pages are indexed again
once. Each part is
Pagefind run on a folder holding that part's pages alone (hard links, at their paths in the site,
so their addresses are the same), and its bundle depends on those pages' bytes alone: a part
indexed anew and one taken from the last site are the same to the byte, as Pagefind writes the
same bundle from the same pages (its output is deterministic: the same pages, the same files).

Pagefind writes into every bundle its script, its WebAssembly and its interfaces, the same for
every bundle of a version (about 640 kB); the first part keeps them, the others keep only their
index (what `mergeIndex` reads), so the first part's bundle differs from the one it would be in
another place, and a part moving to or from the first place is indexed again.

pagefind/parts.json lists the parts in order, with the Pagefind version and settings that made
them: a rebuild takes no part from a site whose list differs in those.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import shards

FOLDER = "pagefind"
MANIFEST = f"{FOLDER}/parts.json"
# the pages indexed, as the theme's own search has them: briefings and actors, not registers
SECTIONS = ("briefings", "actors")
GLOB = "{" + ",".join(SECTIONS) + "}/*/index.html"
# what `mergeIndex` reads of a bundle; the rest of a bundle is Pagefind's own code
_INDEX_FILES = re.compile(r"pagefind-entry\.json|pagefind\.[^/]*\.pf_meta|(index|fragment|filter)/.*")
# Up to this many pages the index is one part: indexing them all again after an edit takes a few
# seconds, and a reader's first search fetches one entry, not one per part (PERFORMANCE.md). Past
# it every part is made anew once, as every page leaves the one part.
ONE_PART_UP_TO = 1000
# Pages in a part, on average at most, where a group is cut (`bucket`): a part is indexed again
# whole when one of its pages changes (a tenth of a second and 3 to 4 ms a page), and a new
# briefing changes some twenty-five actors' pages, each in a part of its own once the actors
# number a few thousand; but a reader's first search fetches each part's entry, metadata and
# chunks (in Chromium about 14 ms a part on top of 0.6 s), so parts are not made smaller than
# this (PERFORMANCE.md, "A new briefing at 1,000, what it renders and indexes").
PART_PAGES = 128
ALL = "all"
_MONTH = re.compile(r"\d{4}-\d{2}")
_PLAIN = re.compile(r"[a-z0-9]")


def part_of(page: str) -> str:
    """The group of the page at `page` (`briefings/<id>/index.html` or `actors/<id>/index.html`):
    a briefing's by the year and month its id begins with (a briefing is made in its month and
    rarely edited after it), every actor's the same (a summary names actors all over the
    alphabet, so no grouping by name keeps a new briefing's actors together)."""
    section, name = page.split("/")[:2]
    if section == "briefings" and _MONTH.match(name):
        return f"{section}-{name[:7]}"
    if section == "actors":
        return section
    first = name[:1].lower()
    return f"{section}-{first if _PLAIN.fullmatch(first) else '_'}"


def bucket(page: str, count: int) -> int:
    """Which of `count` parts of its group holds the page: a hash of its name (CRC-32, the same
    in every process and on every machine), so a page keeps its part while the group's count
    stays."""
    return zlib.crc32(page.split("/")[1].encode("utf-8")) % count


def parts_for(size: int) -> int:
    """The parts a group of `size` pages is cut into: the least power of two that leaves at most
    PART_PAGES in a part on average."""
    count = 1
    while size > count * PART_PAGES:
        count *= 2
    return count


def pages(site: Path) -> dict[str, list[str]]:
    """The indexed pages of `site` (matching GLOB) by part, the parts and their pages sorted: one
    part, ALL, for a site of at most ONE_PART_UP_TO of them; else each group (`part_of`) as one
    part, or cut into `parts_for` its size, named by the group and the part's number."""
    found: dict[str, list[str]] = {}
    for section in SECTIONS:
        try:
            entries = list(os.scandir(site / section))
        except OSError:
            continue
        for entry in entries:
            page = f"{section}/{entry.name}/index.html"
            if entry.is_dir() and (site / page).is_file():
                found.setdefault(part_of(page), []).append(page)
    if sum(map(len, found.values())) <= ONE_PART_UP_TO:
        return {ALL: sorted(page for part in found.values() for page in part)} if found else {}
    parts: dict[str, list[str]] = {}
    for group, members in found.items():
        count = parts_for(len(members))
        width = len(str(count - 1))
        for page in members:
            name = group if count == 1 else f"{group}-{bucket(page, count):0{width}d}"
            parts.setdefault(name, []).append(page)
    return {part: sorted(parts[part]) for part in sorted(parts)}


def version() -> str:
    try:
        return importlib.metadata.version("pagefind")
    except importlib.metadata.PackageNotFoundError:
        return ""


def index(site: Path, old: Path | None, arguments: Sequence[str], cwd: Path,
          env: Mapping[str, str]) -> tuple[bool, str, list[str]]:
    """The Pagefind index of `site` in parts, under site/pagefind: whether it was made, Pagefind's
    output, and the parts indexed (the others linked from `old`, the last site, where its part
    holds the same pages with the same bytes). `arguments` are Pagefind's settings."""
    parts = pages(site)
    names = list(parts)
    manifest = {"format": 1, "pagefind": version(), "arguments": list(arguments), "parts": names}
    taken = _reusable(site, old, parts, manifest) if old is not None else set()
    todo = [name for name in names if name not in taken]
    command = [*_pagefind(), *arguments]
    with ThreadPoolExecutor(max(1, min(len(todo), os.cpu_count() or 1))) as pool:
        runs = list(pool.map(
            lambda name: _index_part(site, name, parts[name], name == names[0], command, cwd,
                                     env), todo))
    (site / FOLDER).mkdir(exist_ok=True)
    for name in sorted(taken):
        assert old is not None
        shards.link_tree(old / FOLDER / name, site / FOLDER / name, lambda rel: False)
    (site / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    lines = [line for _, out in runs for line in out.splitlines() if line.strip()]
    ok = all(done for done, _ in runs) and (
        not names or (site / FOLDER / names[0] / "pagefind.js").is_file())
    return ok, "\n".join(dict.fromkeys(lines)), todo


def _pagefind() -> list[str]:
    """Pagefind's binary, found as `python -m pagefind` finds it: started once per part, the
    Python in front of it would cost more than indexing a small part."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        found = None
    else:
        found = get_executable()
    # -P: `-m` would put the working folder, the project, first on the module path
    return [str(found)] if found is not None else [sys.executable, "-P", "-m", "pagefind"]


def _reusable(site: Path, old: Path, parts: Mapping[str, list[str]],
              manifest: Mapping[str, object]) -> set[str]:
    """The parts whose bundle in `old` is the one indexing them anew would make."""
    try:
        last = json.loads((old / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(last, dict) or any(last.get(key) != manifest[key]
                                         for key in ("format", "pagefind", "arguments")):
        return set()
    last_names = last.get("parts") or []
    names = list(parts)
    before = pages(old)
    taken = set()
    for name, found in parts.items():
        first = name == names[0]
        if (before.get(name) == found and (last_names[:1] == [name]) == first
                and (old / FOLDER / name / "pagefind-entry.json").is_file()
                and all(_same(site / page, old / page) for page in found)):
            taken.add(name)
    return taken


def _same(new: Path, last: Path) -> bool:
    # a republished site links the pages it did not render from the last one: the same file
    try:
        if os.path.samefile(new, last):
            return True
        if new.stat().st_size != last.stat().st_size:
            return False
        return new.read_bytes() == last.read_bytes()
    except OSError:
        return False


def _index_part(site: Path, name: str, found: Sequence[str], first: bool,
                command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> tuple[bool, str]:
    """Pagefind run on the part's pages alone, its bundle written to site/pagefind/NAME."""
    alone = Path(tempfile.mkdtemp(prefix=".site-pagefind-", dir=site.parent))
    out = site / FOLDER / name
    try:
        for page in found:
            (alone / page).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site / page, alone / page)
            except OSError:  # a file system without hard links
                shutil.copyfile(site / page, alone / page)
        # Pagefind runs in `cwd`, where a path relative to here would not lead to the pages
        run = subprocess.run([*command, "--site", str(alone.absolute()), "--output-path",
                              str(out.absolute()), "--quiet"], cwd=cwd, env=dict(env),
                             capture_output=True, text=True)
    finally:
        shutil.rmtree(alone, ignore_errors=True)
    ok = run.returncode == 0 and (out / "pagefind-entry.json").is_file()
    if ok and not first:
        for path in sorted(out.rglob("*"), reverse=True):
            rel = path.relative_to(out).as_posix()
            if path.is_file() and not _INDEX_FILES.fullmatch(rel):
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return ok, run.stdout + run.stderr
