"""Sharded builds: the pages of docs/ rendered by several engine processes at once, joined into
the one site a single process would make.

A page's HTML depends on its own Markdown, the set of files, the navigation and the theme, never
on another page's HTML. So each shard is a stock MkDocs (or ProperDocs) run over the same
configuration in which `exclude_docs` leaves out the other shards' pages: the excluded pages stay
in the engine's file set (a link to one is still resolved, not reported as missing) but are not
rendered. A shard is named by a few gitignore patterns, by folder and leading characters of the
name, never by a list of its pages, which the engine would match against every file.

What a single build makes from all pages at once is made again from the shards' parts: the
search index (Material's search/search_index.json: each page's entries in the order the engine
reads pages) and the sitemap (sitemap.xml and its gzip copy, with the same header and time).
Everything else a shard writes besides its pages (the theme's assets, docs/'s other files, 404.html)
is the same in every shard and is kept once.

What a shard cannot see: an anchor (`page#part`) on a page another shard renders is not checked
by the engine, since that page's headings are not read in the shard.
"""

from __future__ import annotations

import gzip
import json
import os
import posixpath
import re
import shutil
import struct
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

# the extensions MkDocs reads as pages (mkdocs.utils.markdown_extensions)
MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
SEARCH_INDEX = "search/search_index.json"
SITEMAP = "sitemap.xml"
# MkDocs leaves these out of every build whatever exclude_docs says; a shard's re-included names
# must not bring them back
_DEFAULT_EXCLUDED = (".*", "/templates/")
# a shard is a few dozen of these units at most: a unit is split by its next character only
# while it holds more than this share of a shard
_UNITS_PER_SHARD = 8
_PLAIN = re.compile(r"[A-Za-z0-9_.\-/]")
_CLASSABLE = re.compile(r"[A-Za-z0-9_]")


class ShardError(Exception):
    """The shards' outputs cannot be joined into the site a single build makes."""


def _sort_key(name: str) -> tuple[bool, str]:
    # MkDocs' own order (structure/files.py): index and README first in their folder
    return os.path.splitext(name)[0] not in ("index", "README"), name


def pages(docs_dir: Path) -> list[str]:
    """The Markdown files of docs_dir, as MkDocs names them, in the order it reads them."""
    found: list[str] = []
    for top, dirs, names in os.walk(docs_dir, followlinks=True):
        dirs.sort()
        rel = os.path.relpath(top, docs_dir)
        for name in sorted(names, key=_sort_key):
            if name.endswith(MARKDOWN):
                found.append(os.path.normpath(os.path.join(rel, name)).replace(os.sep, "/"))
    return found


def walk_key(src: str) -> list[tuple[int, object]]:
    """The place of src in the order `pages` reads docs/ (a folder's files, then its folders),
    so that a page no longer in docs/ can be put back where the last build read it."""
    *folders, name = src.split("/")
    return [*((1, folder) for folder in folders), (0, _sort_key(name))]


def link_words(targets: Sequence[str]) -> set[str] | None:
    """What the text of every link that MkDocs resolves to one of `targets` (files of docs/)
    holds: the target's name. None where no such word tells the links (an index or README page,
    named by the links of a whole folder).

    MkDocs resolves a link (structure/pages.py, path_to_url) by joining its percent-decoded path
    to the linking page's folder and normalising it, and looks the result up among the files. The
    last component of a result that names a file comes from the link's own text (a component
    that comes from the page's own path names a folder holding that page, never a file), so a
    link that resolves to a target holds the target's name. A link that resolves to nothing is
    left as written, whatever the files; only the guess its warning offers (`x/index.md`, `x.md`
    for `x.html`) reads the other files, and such a page is named in the last build's warnings
    (`warned`)."""
    words = set()
    for src in targets:
        name = src.rsplit("/", 1)[-1]
        if os.path.splitext(name)[0] in ("index", "README"):
            return None
        words.add(name)
    return words


_WARNED = re.compile(r"Doc file '([^']+)' contains")


def warned(warnings: Sequence[str]) -> set[str]:
    """The pages a build's warnings say hold a link (or a link to an anchor) that resolves to
    nothing."""
    return {found[1] for found in map(_WARNED.search, warnings) if found}


# a file of docs/ whose path is made of these alone is found by its links' text as written
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_.\-/]+")
_PLAIN_CHAR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/")
# what may stand right before a link's path (Markdown's `](`, `<`, `]: `, an attribute's quote)
# or right after it (its end, a title, an anchor or a query): characters that no decoding of a
# link makes or takes away, and that no plain path holds
_BEFORE = frozenset("(<\"'[]=> \t\n\r")
_AFTER = frozenset(")>\"'#? \t\n\r|]")


def linking(docs_dir: Path, candidates: Sequence[str], targets: Sequence[str]) -> list[str]:
    """The pages among `candidates` a link of which may resolve to one of `targets` (files of
    docs/ named by link_words): every such page, and maybe a few more. One reading of each page,
    as bytes, searched for each target's name (link_words) in its text as written, or where it
    has a percent sign or a backslash, in its text decoded as MkDocs decodes a link (Markdown's
    backslash escapes dropped, then percent-decoded), so that no spelling of a link escapes it.

    A page whose every mention of a target's name is a plain path (`2024-4.md`, `claims/2024-4.md`)
    that resolves from the page's folder to another file is left out: the registers name their
    parts alike (claims/2024-4.md and relations/2024-4.md), and a part that came is linked by its
    own register's pages alone. A mention is left out only where that holds whatever the link
    around it: the path before the name runs back to a character no plain path holds and no
    decoding makes or removes, and has no `..` (were that character part of the link, the folder
    holding it would stay in the link's target, which a plain target has not), and it does not
    start at `/` (MkDocs may read it from docs/); anything else keeps the page."""
    by_name: dict[bytes, set[str]] = {}
    for src in targets:
        by_name.setdefault(src.rsplit("/", 1)[-1].encode("utf-8"), set()).add(src)
    found = []
    for src in candidates:
        data = (docs_dir / src).read_bytes()
        if b"%" in data or b"\\" in data:
            data = unquote(data.decode("utf-8", "replace").replace("\\", "")).encode("utf-8")
        folder = posixpath.dirname(src)
        if any(_may_link(data, name, folder, srcs) for name, srcs in by_name.items()):
            found.append(src)
    return found


def _may_link(data: bytes, name: bytes, folder: str, targets: set[str]) -> bool:
    """Whether a mention of `name` in `data`, the text of a page in `folder`, may be a link that
    resolves to one of `targets` (linking's rule)."""
    if not all(_PLAIN_PATH.fullmatch(target) for target in targets):
        return name in data
    at = data.find(name)
    while at >= 0:
        end = at + len(name)
        after = chr(data[end]) if end < len(data) else "\n"
        start = at
        while start > 0 and chr(data[start - 1]) in _PLAIN_CHAR:
            start -= 1
        before = chr(data[start - 1]) if start > 0 else "\n"
        path = data[start:end].decode("ascii")
        if at == start or data[at - 1:at] == b"/":  # the name is a whole part of the path
            if after not in _AFTER or before not in _BEFORE or path.startswith("/") \
                    or ".." in path.split("/"):
                if after not in _PLAIN_CHAR or after == "/":
                    return True  # a path that may go on, or may start earlier: kept
            elif posixpath.normpath(posixpath.join(folder, path)) in targets:
                return True
        at = data.find(name, at + 1)
    return False


def page_url(src: str, directory_urls: bool) -> str:
    """The address MkDocs gives the page made from src (a Page's `url`)."""
    dest = page_dest(src, directory_urls)
    folder, file_name = dest.rsplit("/", 1) if "/" in dest else ("", dest)
    url = (folder or ".") + "/" if directory_urls and file_name == "index.html" else dest
    url = quote(url)
    return "" if url in (".", "./") else url


def page_dest(src: str, directory_urls: bool) -> str:
    """The file MkDocs writes the page made from src to, below site_dir."""
    parent, name = src.rsplit("/", 1) if "/" in src else ("", src)
    stem = os.path.splitext(name)[0]
    stem = "index" if stem == "README" else stem
    if not directory_urls or stem != "index":
        dest = f"{parent}/{stem}.html" if parent else f"{stem}.html"
        if directory_urls:
            dest = f"{parent}/{stem}/index.html" if parent else f"{stem}/index.html"
    else:
        dest = f"{parent}/index.html" if parent else "index.html"
    return dest


@dataclass(frozen=True)
class _Unit:
    folder: str  # "" for docs/ itself
    ext: str
    prefix: str  # the leading characters of the names' stems
    exact: bool  # the one page whose stem is the prefix itself
    count: int


@dataclass(frozen=True)
class Shard:
    index: int
    pages: tuple[str, ...]
    patterns: tuple[str, ...]  # gitignore patterns re-including its pages


def _units(folder: str, ext: str, stems: list[str], prefix: str, limit: int) -> list[_Unit]:
    """The stems (sorted, all starting with prefix) as units of at most `limit` pages where the
    names allow, split by their next character."""
    if len(stems) <= limit:
        return [_Unit(folder, ext, prefix, False, len(stems))]
    out: list[_Unit] = []
    depth = len(prefix)
    start = 0
    if stems[0] == prefix:
        out.append(_Unit(folder, ext, prefix, True, 1))
        start = 1
    while start < len(stems):
        char = stems[start][depth]
        end = start
        while end < len(stems) and stems[end][depth] == char:
            end += 1
        out.extend(_units(folder, ext, stems[start:end], prefix + char, limit))
        start = end
    return out


def _escape(text: str) -> str:
    return "".join(c if _PLAIN.fullmatch(c) else "\\" + c for c in text)


def _patterns(units: Sequence[_Unit]) -> list[str]:
    """Re-include patterns for units: siblings differing in their last character share one."""
    out: list[str] = []
    i = 0
    while i < len(units):
        unit = units[i]
        where = f"/{_escape(unit.folder)}/" if unit.folder else "/"
        if unit.exact:
            out.append(f"!{where}{_escape(unit.prefix)}{_escape(unit.ext)}")
            i += 1
            continue
        if not unit.prefix or not _CLASSABLE.fullmatch(unit.prefix[-1]):
            out.append(f"!{where}{_escape(unit.prefix)}*{_escape(unit.ext)}")
            i += 1
            continue
        parent, chars = unit.prefix[:-1], [unit.prefix[-1]]
        j = i + 1
        while j < len(units):
            other = units[j]
            if (other.exact or (other.folder, other.ext) != (unit.folder, unit.ext)
                    or other.prefix[:-1] != parent or len(other.prefix) != len(unit.prefix)
                    or not _CLASSABLE.fullmatch(other.prefix[-1])):
                break
            chars.append(other.prefix[-1])
            j += 1
        body = chars[0] if len(chars) == 1 else "[" + "".join(chars) + "]"
        out.append(f"!{where}{_escape(parent)}{body}*{_escape(unit.ext)}")
        i = j
    return out


def split(all_pages: Sequence[str], jobs: int) -> list[Shard]:
    """The pages in at most `jobs` shards of about equal size, none empty."""
    if not all_pages:
        return []
    target = -(-len(all_pages) // jobs)
    limit = max(1, target // _UNITS_PER_SHARD)
    by_folder: dict[tuple[str, str], list[str]] = {}
    for src in all_pages:
        folder, name = src.rsplit("/", 1) if "/" in src else ("", src)
        stem, ext = os.path.splitext(name)
        by_folder.setdefault((folder, ext), []).append(stem)
    members: list[list[_Unit]] = [[] for _ in range(jobs)]
    done = 0
    for (folder, ext), stems in by_folder.items():
        for unit in _units(folder, ext, sorted(stems), "", limit):
            # by where the unit's middle falls, so each shard gets its share
            members[min(jobs - 1, (2 * done + unit.count) * jobs // (2 * len(all_pages)))].append(
                unit)
            done += unit.count
    shards: list[Shard] = []
    for units in members:
        if units:
            shards.append(Shard(len(shards), (), tuple(_patterns(units))))
    # each page's shard, by the units' patterns' own rule: the pages as MkDocs names them
    found: list[list[str]] = [[] for _ in shards]
    unit_of = {(u.folder, u.ext, u.prefix, u.exact): n
               for n, units in enumerate(m for m in members if m) for u in units}
    for src in all_pages:
        folder, name = src.rsplit("/", 1) if "/" in src else ("", src)
        stem, ext = os.path.splitext(name)
        found[_shard_of(unit_of, folder, ext, stem)].append(src)
    return [Shard(s.index, tuple(found[s.index]), s.patterns) for s in shards]


def _shard_of(unit_of: dict[tuple[str, str, str, bool], int], folder: str, ext: str,
              stem: str) -> int:
    if (folder, ext, stem, True) in unit_of:
        return unit_of[(folder, ext, stem, True)]
    for depth in range(len(stem), -1, -1):
        hit = unit_of.get((folder, ext, stem[:depth], False))
        if hit is not None:
            return hit
    raise ShardError(f"no shard holds {folder}/{stem}{ext}")


def only(changed: Sequence[str]) -> Shard:
    """A shard of a handful of pages, each re-included by its own name (docs/'s other files are
    in every build)."""
    patterns = []
    for src in changed:
        if not src.endswith(MARKDOWN):
            continue
        folder, name = src.rsplit("/", 1) if "/" in src else ("", src)
        patterns.append(f"!/{_escape(folder)}/{_escape(name)}" if folder else f"!/{_escape(name)}")
    return Shard(0, tuple(changed), tuple(patterns))


def exclusion(shard: Shard, own: str | None) -> str:
    """The exclude_docs of a shard's configuration: every page but its own, then what MkDocs
    always leaves out, then the project's own exclude_docs, which keeps the last word."""
    lines = [f"*{ext}" for ext in MARKDOWN] + list(shard.patterns) + list(_DEFAULT_EXCLUDED)
    return "\n".join(lines) + "\n" + (own.rstrip("\n") + "\n" if own else "")


def assemble(site: Path, parts: Sequence[Path], shards: Sequence[Shard],
             all_pages: Sequence[str], directory_urls: bool) -> None:
    """Join the shards' outputs into `site`, which holds the first shard's output: the other
    shards' files are moved in (a file already there, the same in every shard, is kept), and the
    search index and sitemap are made anew from every shard's."""
    outputs = [site, *parts]
    order = {page_url(src, directory_urls): n for n, src in enumerate(all_pages)}
    if (site / SEARCH_INDEX).is_file():
        _write(site / SEARCH_INDEX, merged_search([p / SEARCH_INDEX for p in outputs], order))
    if (site / SITEMAP).is_file():
        texts = [(o / SITEMAP).read_text(encoding="utf-8") for o in outputs]
        entries = [e for o, shard, text in zip(outputs, shards, texts, strict=True)
                   for e in _sitemap_entries(o, text, shard.pages, directory_urls)]
        position = {src: n for n, src in enumerate(all_pages)}
        entries.sort(key=lambda e: position[e[0]])
        _write_sitemap(site, texts, [chunk for _, chunk in entries], max(
            _gzip_time(o) for o in outputs), texts[0])
    for part in parts:
        _move_new(part, site)
        shutil.rmtree(part, ignore_errors=True)


def republish(site: Path, old: Path, part: Path, changed: Sequence[str],
              all_pages: Sequence[str], directory_urls: bool,
              removed: Sequence[str] = ()) -> None:
    """The site of `old` with the pages made from `changed` (edited or added) taken from `part`
    (a build of those pages alone) and the outputs of `removed` (files no longer in docs/) left
    out, into the empty folder `site`: every other file of the old site is linked (or copied) in,
    never written through, and the search index and sitemap are made anew from the old ones with
    the changed pages' parts replaced and the removed pages' dropped."""
    statics = {src for src in changed if not src.endswith(MARKDOWN)}  # copied as they are
    position = {src: n for n, src in enumerate(all_pages)}
    # in the engine's order, which its sitemap follows
    changed = sorted((src for src in changed if src not in statics), key=position.__getitem__)
    dests = {page_dest(src, directory_urls) for src in changed} | statics
    gone_pages = [src for src in removed if src.endswith(MARKDOWN)]
    gone = {page_dest(src, directory_urls) if src.endswith(MARKDOWN) else src
            for src in removed}
    # made anew from the last ones and the changed pages' (with no page changed, the last ones)
    remade = {rel for rel in (SEARCH_INDEX, SITEMAP, SITEMAP + ".gz")
              if (changed or gone_pages) and (old / rel).is_file() and (part / rel).is_file()}
    link_tree(old, site, lambda rel: rel in dests or rel in gone or rel in remade
              or rel.split("/", 1)[0] == "pagefind")  # Pagefind indexes the new site anew
    for rel in sorted(gone, reverse=True):
        # a folder left empty by a removed page is not in a fresh build; one holding other
        # files stays with them
        folder = (site / rel).parent
        while folder != site:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent
    order = {page_url(src, directory_urls): n for n, src in enumerate(all_pages)}
    if SEARCH_INDEX in remade:
        _write(site / SEARCH_INDEX, merged_search(
            [old / SEARCH_INDEX, part / SEARCH_INDEX], order,
            {page_url(src, directory_urls) for src in [*changed, *gone_pages]}))
    if SITEMAP in remade:
        texts = [(old / SITEMAP).read_text(encoding="utf-8"),
                 (part / SITEMAP).read_text(encoding="utf-8")]
        new = dict(_sitemap_entries(part, texts[1], changed, directory_urls))
        date = _LASTMOD.search(next(iter(new.values()))) if new else None
        # the last build's pages in its order: the removed ones put back in their place (the
        # added ones, not in the last site, are passed over)
        last_pages = sorted([*all_pages, *gone_pages], key=walk_key) if gone_pages else all_pages
        before = dict(_sitemap_entries(old, texts[0], last_pages, directory_urls))
        chunks = [new.get(src) or _dated(before[src], date[1] if date else None)
                  for src in all_pages if src in new or src in before]
        _write_sitemap(site, texts, chunks, _gzip_time(part), texts[1])
    for dest in sorted(dests):
        if (part / dest).is_file():
            (site / dest).parent.mkdir(parents=True, exist_ok=True)
            os.replace(part / dest, site / dest)


def link_tree(source: Path, target: Path, skip: Callable[[str], bool]) -> None:
    """Every file under source but those `skip` names (by relative path) hard-linked into target
    (copied where the file system has no hard links)."""
    base = len(str(source)) + 1
    for top, dirs, names in os.walk(source):
        dirs.sort()
        rel_top = top[base:]
        (target / rel_top).mkdir(exist_ok=True)
        for name in names:
            rel = f"{rel_top}/{name}" if rel_top else name
            if skip(rel):
                continue
            try:
                os.link(os.path.join(top, name), target / rel, follow_symlinks=False)
            except OSError:  # a file system without hard links
                shutil.copy2(os.path.join(top, name), target / rel, follow_symlinks=False)


def _write(path: Path, data: bytes) -> None:
    # a fresh file: the path may be a hard link to the last site's file, which stays as it was
    path.unlink(missing_ok=True)
    path.write_bytes(data)


def _move_new(source: Path, target: Path) -> None:
    """Every file under source that target lacks, moved there (a whole folder at once when
    target lacks it)."""
    with os.scandir(source) as entries:
        for entry in entries:
            dest = target / entry.name
            if not os.path.lexists(dest):
                os.rename(entry.path, dest)
            elif entry.is_dir(follow_symlinks=False) and dest.is_dir():
                _move_new(Path(entry.path), dest)


def merged_search(paths: Sequence[Path], order: dict[str, int],
                  replaced: Set[str] = frozenset()) -> bytes:
    """Material's search index of every path, its entries grouped by page in the engine's page
    order, as the search plugin writes it; the first index's entries of the pages in `replaced`
    (their addresses) are left out, for the later ones to give, or none where the page is gone."""
    config: object = None
    by_page: list[list[object]] = [[] for _ in range(len(order))]
    for n, path in enumerate(paths):
        if not path.is_file():
            continue
        data = json.loads(path.read_bytes())
        if config is None:
            config = data["config"]
        elif data["config"] != config:
            raise ShardError(f"the parts' search settings differ ({path})")
        for entry in data["docs"]:
            url = str(entry["location"]).split("#", 1)[0]
            at = order.get(url)
            if at is None:
                if n == 0 and url in replaced:  # a page no longer in docs/
                    continue
                raise ShardError(f"search entry of an unknown page: {entry['location']!r}")
            if n > 0 or url not in replaced:
                by_page[at].append(entry)
    docs = [entry for entries in by_page for entry in entries]
    # the search plugin's own call (material/plugins/search/plugin.py)
    return json.dumps({"config": config, "docs": docs}, separators=(",", ":"),
                      default=str).encode("utf-8")


_URL = re.compile(r"\n\s*<url>.*?</url>", re.S)
_LASTMOD = re.compile(r"<lastmod>([^<]*)</lastmod>")


def _sitemap_entries(out: Path, text: str, pages_in_order: Sequence[str],
                     directory_urls: bool) -> list[tuple[str, str]]:
    """The <url> entries of a build's sitemap, each with the page it lists: the entries follow
    the pages the build wrote, in order (every page has one when the site has an address, none
    has one otherwise)."""
    urls = _URL.findall(text)
    if not urls:
        return []
    built = [src for src in pages_in_order if (out / page_dest(src, directory_urls)).is_file()]
    if len(urls) != len(built):
        raise ShardError(f"{out / SITEMAP} lists {len(urls)} pages for {len(built)} built")
    return list(zip(built, urls, strict=True))


def _dated(chunk: str, date: str | None) -> str:
    # MkDocs dates every page of a build with the build's day
    return chunk if date is None else _LASTMOD.sub(f"<lastmod>{date}</lastmod>", chunk)


def _gzip_time(out: Path) -> int:
    gz = out / (SITEMAP + ".gz")
    return struct.unpack("<I", gz.read_bytes()[4:8])[0] if gz.is_file() else 0


def _write_sitemap(site: Path, texts: Sequence[str], chunks: Sequence[str], mtime: int,
                   fallback: str) -> None:
    """sitemap.xml of the entries in the frame every build wrote, and sitemap.xml.gz from it as
    MkDocs writes it; with no entries (a site without an address) the frame alone."""
    frames = {_frame(text) for text in texts}
    if len(frames) != 1:
        raise ShardError("the parts' sitemaps differ in their frame")
    head, tail = frames.pop()
    text = head + "".join(chunks) + tail if chunks else fallback
    _write(site / SITEMAP, text.encode("utf-8"))
    gz = site / (SITEMAP + ".gz")
    gz.unlink(missing_ok=True)
    if mtime:
        # as mkdocs/commands/build.py writes it: the file name in the header, level 9
        with gz.open("wb") as f, gzip.GzipFile(fileobj=f, filename=str(gz), mode="wb",
                                               mtime=mtime) as out_gz:
            out_gz.write(text.encode("utf-8"))


def _frame(text: str) -> tuple[str, str]:
    """The sitemap around its <url> entries."""
    first = _URL.search(text)
    if first is None:
        return text, ""
    last = list(_URL.finditer(text))[-1]
    return text[:first.start()], text[last.end():]


def differences(single: Path, sharded: Path) -> list[str]:
    """What differs between a single build and a sharded one, a line per file: only in one of
    them, or in both with other bytes; in path order."""
    found = []
    for left, right, name in ((single, sharded, "single"), (sharded, single, "sharded")):
        for top, _, names in os.walk(left):
            for file_name in names:
                path = Path(top, file_name)
                rel = path.relative_to(left).as_posix()
                twin = right / rel
                if not twin.is_file():
                    found.append(f"{rel}: only in the {name} build")
                elif left is single and (path.stat().st_size != twin.stat().st_size
                                         or path.read_bytes() != twin.read_bytes()):
                    found.append(f"{rel}: differs")
    return sorted(found)
