"""The Pagefind index in parts: a page's part follows from its path, a rebuild after an edit
indexes again only the parts of the pages it changed and takes the others from the last site, and
the index it makes is the one a full build makes, to the byte."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

from bench.run import edit_summary
from generator import pipeline
from generator.engine import search_parts, shards

from .conftest import BRIEFING_YAML, run
from .test_republish import add_briefing
from .test_sharded_build import _tree, four  # noqa: F401 - the built project, a fixture

needs_pagefind = pytest.mark.skipif(importlib.util.find_spec("pagefind") is None,
                                    reason="pagefind is not installed (pip install '.[pagefind]')")
KEPT = "the rest kept from the last site"


def test_a_pages_part_is_its_briefings_month_or_a_hash_of_its_name_in_a_cut_group(
        tmp_path: Path, monkeypatch):
    assert search_parts.part_of("briefings/2024-09-10-iran-missiles/index.html") == (
        "briefings-2024-09")
    assert search_parts.part_of("briefings/notes/index.html") == "briefings-n"
    assert search_parts.part_of("actors/dmitry-peskov/index.html") == "actors"
    # the same hash in every process: a page keeps its part from build to build
    assert [search_parts.bucket(f"actors/{name}/index.html", 8)
            for name in ("iran", "x", "dmitry-peskov")] == [2, 3, 1]
    assert [search_parts.parts_for(n) for n in (0, 128, 129, 256, 257, 13500)] == [1, 1, 2, 2,
                                                                                    4, 128]
    for page in ("briefings/2024-09-10-a", "briefings/2024-10-01-b", "actors/iran", "actors/x",
                 "actors/index.html", "tags/iran"):
        (tmp_path / page).mkdir(parents=True, exist_ok=True)
        if not page.endswith(".html"):
            (tmp_path / page / "index.html").write_text("<article>a</article>", encoding="utf-8")
    # a small site is one part; a larger one in parts, registers and section lists left out
    assert search_parts.pages(tmp_path) == {"all": [
        "actors/iran/index.html", "actors/x/index.html", "briefings/2024-09-10-a/index.html",
        "briefings/2024-10-01-b/index.html"]}
    monkeypatch.setattr(search_parts, "ONE_PART_UP_TO", 3)
    assert search_parts.pages(tmp_path) == {
        "actors": ["actors/iran/index.html", "actors/x/index.html"],
        "briefings-2024-09": ["briefings/2024-09-10-a/index.html"],
        "briefings-2024-10": ["briefings/2024-10-01-b/index.html"]}
    # a group of more pages than a part holds is cut, by each page's hash
    monkeypatch.setattr(search_parts, "PART_PAGES", 1)
    assert search_parts.pages(tmp_path) == {
        "actors-0": ["actors/iran/index.html"], "actors-1": ["actors/x/index.html"],
        "briefings-2024-09": ["briefings/2024-09-10-a/index.html"],
        "briefings-2024-10": ["briefings/2024-10-01-b/index.html"]}


def _inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino
            for p in folder.rglob("*") if p.is_file()}


@needs_pagefind
def test_an_edit_indexes_again_only_the_parts_of_its_pages(four: Path,  # noqa: F811
                                                           tmp_path: Path, monkeypatch):
    monkeypatch.setattr(search_parts, "ONE_PART_UP_TO", 0)  # the four briefings in parts
    monkeypatch.setattr(search_parts, "PART_PAGES", 4)  # the actors' pages in several
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    built = run(root, "build", "--strict", "--search", "pagefind")
    assert built.exit_code == 0, built.output
    site = root / "site"
    manifest = json.loads((site / search_parts.MANIFEST).read_text(encoding="utf-8"))
    parts = manifest["parts"]
    assert len([p for p in parts if p.startswith("briefings-")]) >= 2 and len(parts) > 5, parts
    before_pages = search_parts.pages(site)
    before_bytes = {page: (site / page).read_bytes() for found in before_pages.values()
                    for page in found}
    # hard links keep the last site's files alive, to tell files kept from files written anew
    held = tmp_path / "held"
    shutil.copytree(site / "pagefind", held, copy_function=os.link)
    before_index = _tree(held)
    before_inodes = _inodes(held)

    edit_summary(root / BRIEFING_YAML, "Edited.")
    rebuilt = run(root, "build", "--strict", "--search", "pagefind")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert KEPT in rebuilt.output
    after_pages = search_parts.pages(site)
    assert after_pages == before_pages
    touched = {part for part, found in after_pages.items()
               if any((site / page).read_bytes() != before_bytes[page] for page in found)}
    assert "briefings-2024-09" in touched and len(touched) < len(parts) // 2, touched
    after_inodes = _inodes(site / "pagefind")
    rewritten = {rel.split("/", 1)[0] for rel, ino in after_inodes.items()
                 if "/" in rel and before_inodes.get(rel) != ino}
    assert rewritten == touched
    # the last site's index was never written into
    assert _tree(held) == before_index
    republished = _tree(site / "pagefind")
    assert republished != before_index

    # a fresh full build of the same content makes the same index, to the byte
    shutil.rmtree(site)
    shutil.rmtree(root / ".briefing-cache")
    fresh = run(root, "build", "--strict", "--search", "pagefind")
    assert fresh.exit_code == 0 and KEPT not in fresh.output, fresh.output
    full = _tree(site / "pagefind")
    assert sorted(full) == sorted(republished)
    assert [rel for rel in full if full[rel] != republished[rel]] == []


def _found(site: Path) -> set[str]:
    """The addresses of every page the Pagefind index of site/ can find, from its fragments."""
    return {json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
            for path in (site / "pagefind").rglob("*.pf_fragment")}


@needs_pagefind
def test_a_briefing_added_is_found_and_one_removed_is_not_as_after_a_fresh_build(
        four: Path, tmp_path: Path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(search_parts, "ONE_PART_UP_TO", 0)
    monkeypatch.setattr(pipeline, "REPUBLISH_SHARE", 1.0)  # a third of the small project changes
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    assert run(root, "build", "--strict", "--search", "pagefind").exit_code == 0
    new_id = add_briefing(root)
    for step in ("added", "removed"):
        if step == "removed":
            (root / "content" / "briefings" / f"{new_id}.yaml").unlink()
            (root / "seeds" / "again_103_us-sanctions-russia-notpetya.txt").unlink()
        rebuilt = run(root, "build", "--strict", "--search", "pagefind")
        assert rebuilt.exit_code == 0 and KEPT in rebuilt.output, rebuilt.output
        found = [url for url in _found(root / "site") if url.endswith(f"/briefings/{new_id}/")]
        assert bool(found) == (step == "added"), found
        # a fresh full build of the same content makes the same index, to the byte
        again = tmp_path / step
        shutil.copytree(root, again, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
        fresh = run(again, "build", "--strict", "--search", "pagefind")
        assert fresh.exit_code == 0 and KEPT not in fresh.output, fresh.output
        full, republished = _tree(again / "site" / "pagefind"), _tree(root / "site" / "pagefind")
        assert sorted(full) == sorted(republished)
        assert [rel for rel in full if full[rel] != republished[rel]] == []


def _page(site: Path, page: str, words: str) -> None:
    path = site / page / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # a fresh file, never written through a link to the last site
    path.write_text(f'<!DOCTYPE html><html lang="en"><head><title>{page}</title></head><body>'
                    f"<article><h1>{page}</h1><p>{words}</p></article></body></html>",
                    encoding="utf-8")


@needs_pagefind
def test_a_part_is_taken_from_the_last_site_only_with_the_same_pages_in_the_same_place(
        tmp_path: Path, monkeypatch):
    monkeypatch.setattr(search_parts, "ONE_PART_UP_TO", 0)
    monkeypatch.setattr(search_parts, "PART_PAGES", 1)  # two actors, two parts
    arguments = ["--root-selector", "article"]
    old = tmp_path / "old"
    for page, words in (("actors/iran", "Tehran"), ("actors/russia", "Moscow"),
                        ("briefings/2024-09-10-a", "missiles"), ("briefings/2024-10-01-b", "oil")):
        _page(old, page, words)
    ok, output, indexed = search_parts.index(old, None, arguments, tmp_path, os.environ)
    assert ok, output
    assert indexed == ["actors-0", "actors-1", "briefings-2024-09", "briefings-2024-10"]
    assert search_parts.pages(old)["actors-1"] == ["actors/russia/index.html"]
    new = tmp_path / "new"
    shards.link_tree(old, new, lambda rel: rel.startswith("pagefind/"))
    shutil.rmtree(new / "pagefind")
    _page(new, "actors/russia", "Kremlin")  # other words
    shutil.copyfile(old / "briefings/2024-10-01-b/index.html", tmp_path / "copy.html")
    os.replace(tmp_path / "copy.html", new / "briefings/2024-10-01-b/index.html")  # same bytes
    held = _tree(old)
    ok, output, indexed = search_parts.index(new, old, arguments, tmp_path, os.environ)
    assert ok, output
    # the part of the page changed alone; the others are kept, one by its linked page, one by
    # its page's bytes
    assert indexed == ["actors-1"]
    assert _tree(old) == held
    for rel, ino in _inodes(old / "pagefind").items():
        if rel != "parts.json" and not rel.startswith("actors-1/"):
            assert (new / "pagefind" / rel).stat().st_ino == ino
    _fresh_index_is_the_same(tmp_path, new, arguments, 4)

    # a third actor: the actors' group is cut in four; actors-0, in the first place, which alone
    # keeps Pagefind's script, and actors-2 hold other pages and are made anew; actors-1 holds
    # the same page as before and is kept
    newer = tmp_path / "newer"
    shards.link_tree(new, newer, lambda rel: rel.startswith("pagefind/"))
    shutil.rmtree(newer / "pagefind")
    _page(newer, "actors/china", "Beijing")
    ok, output, indexed = search_parts.index(newer, new, arguments, tmp_path, os.environ)
    assert ok, output
    assert indexed == ["actors-0", "actors-2"]
    assert search_parts.pages(newer)["actors-0"] == ["actors/china/index.html"]
    assert not (newer / "pagefind/actors-1/pagefind.js").exists()
    assert (newer / "pagefind/actors-0/pagefind.js").is_file()
    _fresh_index_is_the_same(tmp_path, newer, arguments, 5)
    # a site indexed with other settings gives no part
    _, _, indexed = search_parts.index(tmp_path / "fresh", newer,
                                       [*arguments, "--exclude-selectors", "h1"], tmp_path,
                                       os.environ)
    assert len(indexed) == 5


def _fresh_index_is_the_same(tmp_path: Path, site: Path, arguments: list[str],
                             parts: int) -> None:
    """A full index of `site` made anew is the one it has, to the byte."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    shards.link_tree(site, fresh, lambda rel: rel.startswith("pagefind/"))
    shutil.rmtree(fresh / "pagefind")
    ok, output, indexed = search_parts.index(fresh, None, arguments, tmp_path, os.environ)
    assert ok and len(indexed) == parts, output
    assert _tree(fresh / "pagefind") == _tree(site / "pagefind")
