"""Build stage: the only module that knows the site engine. Builds into a temporary folder and
swaps it in only on success, so a failed build leaves the last good site in place."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .. import files, signing
from .. import settings as settings_module
from ..content import yaml_source
from ..problems import Problem, problem, shown_path, sort_problems
from ..settings import SiteSettings
from . import privacy, search_parts, shards, theme

ENGINES = ("mkdocs", "properdocs", "zensical")
SHARD_HOOKS = Path(__file__).with_name("shard_hooks.py")  # loaded by MkDocs, by its path
REPORT_VARIABLE = "BRIEFING_SHARD_REPORT"  # where it leaves its findings
# ProperDocs is the maintained fork of MkDocs 1.x: the same command line, the same mkdocs.yml, the
# same plugins and theme. It runs in a process of its own, where it answers imports of `mkdocs.*`
# itself (properdocs.replacement); so it can sit beside MkDocs in one environment.
MKDOCS_LIKE = ("mkdocs", "properdocs")
SEARCHES = ("builtin", "pagefind")
# `--search auto` (the default) keeps the theme's one-file index up to this many briefings and
# makes a chunked Pagefind index above it. The one-file index, which a reader's browser fetches
# and indexes whole before the first result, grows by 20 to 30 kB a briefing like the real ones
# (7 kB a synthetic one): about 3 MB at 100, where the first result takes about a second in
# Chromium; at 8.9 MB (300 briefings) it takes 3 to 4 s. See PERFORMANCE.md.
SEARCH_AUTO_LIMIT = 100


def choose_search(requested: str, briefings: int) -> tuple[str, str | None]:
    """The search a build makes, and a note when `auto` wanted Pagefind but it is not installed."""
    if requested != "auto" or briefings <= SEARCH_AUTO_LIMIT:
        return ("builtin" if requested == "auto" else requested), None
    if importlib.util.find_spec("pagefind") is None:
        return "builtin", (
            f"note: {briefings} briefings, more than {SEARCH_AUTO_LIMIT}: readers would get "
            "results sooner from a chunked index; pip install '.[pagefind]' and build again "
            "(--search builtin keeps the one-file index and this note away)")
    return "pagefind", None


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may carry !!python/name and !ENV tags; we only read plain settings."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class SiteConfig:
    config_file: Path
    docs_dir: Path
    site_dir: Path
    site_name: str
    settings: SiteSettings = field(default_factory=SiteSettings)
    problems: tuple[Problem, ...] = ()  # what is wrong with the generator's settings


def read_config(root: Path, config_file: str = "mkdocs.yml") -> SiteConfig:
    path = root / config_file
    doc, problems = _load_config(path, config_file)
    data = doc.data
    settings, setting_problems = settings_module.from_config(data, config_file, doc)
    problems += setting_problems
    docs_dir = root / str(data.get("docs_dir", "docs"))
    site_dir = root / str(data.get("site_dir", "site"))
    if not problems:
        problems += _outside(root, doc, config_file, docs_dir, site_dir)
    return SiteConfig(
        config_file=path,
        docs_dir=docs_dir,
        site_dir=site_dir,
        site_name=str(data.get("site_name", "Briefing")),
        settings=settings,
        problems=tuple(sort_problems(problems)),
    )


def _outside(root: Path, doc: yaml_source.Document, name: str, docs_dir: Path, site_dir: Path
             ) -> list[Problem]:
    """docs/ and site/ are emptied and rewritten by every build: each must be a folder inside
    the project, reached without leaving it through a symlink, or a build would delete or
    overwrite files elsewhere on the machine."""
    home = root.resolve()
    problems = []
    for key, folder in (("docs_dir", docs_dir), ("site_dir", site_dir)):
        real = folder.resolve()
        if real != home and real.is_relative_to(home):
            continue
        given = str(doc.data.get(key, folder.name))
        where = "the project folder itself" if real == home else "outside the project"
        link = _first_link(root, given) if _lexically_inside(given) else None
        at = doc.where((key,)) if key in doc.data else (1, 1)
        if link is None:
            problems.append(problem(name, *at, key,
                                    f"'{given}' is {where} ({real}): builds delete and rewrite "
                                    "this folder, so use one inside the project, like "
                                    f"'{'docs' if key == 'docs_dir' else 'site'}'"))
        else:
            problems.append(problem(name, *at, key,
                                    f"{link} is a symlink to {real}, {where}: builds delete and "
                                    "rewrite this folder, so it must lie inside the project; "
                                    "replace the symlink with a plain folder"))
    return problems


def _lexically_inside(given: str) -> bool:
    """Whether a relative path names a folder below its start without resolving anything."""
    if Path(given).is_absolute():
        return False
    depth = 0
    for part in Path(given).parts:
        depth += -1 if part == ".." else 0 if part == "." else 1
        if depth < 0:
            return False
    return depth > 0


def _first_link(root: Path, given: str) -> str | None:
    """The first component of `given` (under root) that is a symlink, as written."""
    at = root
    for i, part in enumerate(Path(given).parts):
        at = at / part
        if at.is_symlink():
            return Path(*Path(given).parts[:i + 1]).as_posix()
    return None


def _load_config(path: Path, name: str) -> tuple[yaml_source.Document, list[Problem]]:
    """The settings in mkdocs.yml with the place of each, or what is wrong with the file, read as
    content is read: a duplicate key is refused, not silently overwritten."""
    empty = yaml_source.Document(data={}, positions={(): (1, 1)})
    try:
        with path.open("rb") as f:
            yaml_source.check_size(os.fstat(f.fileno()).st_size)
            doc = yaml_source.parse(f.read())
    except FileNotFoundError:
        return empty, [problem(name, 1, 1, "", f"not found in {path.parent}: run briefing in the "
                                               "project folder, or give --root")]
    except OSError as exc:
        return empty, [problem(name, 1, 1, "", f"cannot be read ({exc})")]
    except yaml_source.YamlError as exc:
        return empty, [problem(name, exc.line, exc.col, "", exc.message)]
    # a value under an application's tag (!ENV, !!python/name:…), !!binary or !!set is MkDocs' to read
    for loc in sorted(doc.tagged, key=len, reverse=True):
        if loc:
            _at(doc.data, loc[:-1])[loc[-1]] = None
        else:
            doc.data = None
    if doc.data is None:
        doc.data = {}
    if not isinstance(doc.data, dict):
        return empty, [problem(name, 1, 1, "", "expected settings (key: value lines), found "
                                               f"{yaml_source.found(doc.data)}")]
    return doc, []


def _at(data: Any, loc: tuple) -> Any:
    for part in loc:
        data = data[part]
    return data


def not_installed(engine: str) -> str:
    """What to install for an engine that is missing (MkDocs is a dependency; the others are
    extras), or '' when it is there."""
    if importlib.util.find_spec(engine) is not None:
        return ""
    return (f"{engine} is not installed: pip install 'briefing[{engine}]' (in a checkout: "
            f"pip install -e '.[{engine}]')")


@dataclass
class EngineResult:
    ok: bool
    output: str
    warnings: list[str]
    # what the built pages load from other hosts; under --strict any of it refuses the site
    remote: list[privacy.Remote] = field(default_factory=list)
    # with verify: what differs between the sharded build and a single one (then ok is False)
    differences: list[str] = field(default_factory=list)
    republished: int = 0  # pages rendered anew into the last site, when only pages changed
    # every file of the site swapped in: [size, modification time in ns] (record.manifest), as
    # the engine's processes recorded them; None: not known without reading the site
    files: dict[str, list[int]] | None = None


@dataclass
class Scanned:
    """What the engine's processes found in the files they wrote, by path below the site: the
    third-party resources each loads (privacy.scan_folder), and each one's size and modification
    time (record.manifest)."""

    remote: dict[str, list[str]]
    files: dict[str, list[int]]

    def joined(self, other: Scanned) -> None:
        """The other's files added where this has none of the name, as shards are joined."""
        for rel, urls in other.remote.items():
            if rel not in self.files:
                self.remote[rel] = urls
        for rel, seen in other.files.items():
            self.files.setdefault(rel, seen)

    def restat(self, site: Path, names: Iterable[str]) -> None:
        """The files of `names` as they are now in `site` (written after the engine ran)."""
        for rel in names:
            try:
                st = os.lstat(site / rel)
            except OSError:
                self.files.pop(rel, None)
                continue
            self.files[rel] = [st.st_size, st.st_mtime_ns]

    def without(self, drop: Callable[[str], bool]) -> Scanned:
        return Scanned({rel: urls for rel, urls in self.remote.items() if not drop(rel)},
                       {rel: seen for rel, seen in self.files.items() if not drop(rel)})


# what is written into the site after its pages are rendered: read again by the parent
_REMADE = (shards.SEARCH_INDEX, shards.SITEMAP, shards.SITEMAP + ".gz")


def default_jobs(pages: int) -> int:
    """The shards a build renders in when `--jobs` is not given: a process per core, while each
    has enough pages to pay for its start (a few seconds of loading the engine and theme)."""
    return max(1, min(os.cpu_count() or 1, pages // SHARD_MIN_PAGES))


# below this many pages a shard costs more in starting the engine than it saves (PERFORMANCE.md)
SHARD_MIN_PAGES = 200


def run_engine(config: SiteConfig, strict: bool, engine: str = "mkdocs",
               search: str = "builtin", jobs: int | None = None,
               verify: bool = False, changed: Sequence[str] | None = None,
               last: Scanned | None = None, removed: Sequence[str] = ()) -> EngineResult:
    """Build config.site_dir atomically with the given engine (one of ENGINES), searched by
    the theme's own index (builtin) or by a Pagefind index made after the build (pagefind).
    MkDocs and ProperDocs render the pages in `jobs` shards at once (engine/shards.py; None: a
    shard per core for a large site); Zensical renders them in one run. With `verify` the pages
    are rendered both in shards (at least two) and in one run, and the site is refused, with what
    differs, unless the two are the same to the byte. With `changed` (the files of docs/ that
    changed or came since the build that made site/, and the pages linking to those that came
    or went, nothing else having changed) and `removed` (those that went) only those pages are
    rendered, and the new site is the last one with them replaced and the removed ones' outputs
    left out (`shards.republish`); `last` is what the build that made site/ found in it, whose
    findings stand for the files kept. With `verify` too, the site so made is the one compared
    with a single build.

    The pages are scanned for third-party resources by the engine's processes, each over the
    files it wrote (shard_hooks.py); only Zensical's site is read again here."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    if search not in SEARCHES:
        raise ValueError(f"unknown search {search!r}")
    missing = not_installed(engine)
    if missing:
        return EngineResult(False, missing, [])
    # a link at site/ (one that stays inside the project: read_config refuses the others) says
    # where the site goes: the new one is swapped in there, and the link stays a link
    site = config.site_dir.resolve() if config.site_dir.is_symlink() else config.site_dir
    root = config.config_file.parent
    # fresh folders of their own: a name known in advance could be a link planted to elsewhere
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent))
    own = (yaml.load(config.config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)
           or {}).get("exclude_docs")
    if (changed is not None and (changed or removed) and engine in MKDOCS_LIKE and site.is_dir()
            and _extensible(own) and last is not None):
        ok, output, warnings, scanned = _republish(config, strict, engine, search, tmp, site,
                                                   changed, last, removed)
        republished = len(changed)
    else:
        republished = 0
        ok, output, warnings, scanned = rendered(config, strict, engine, search, tmp,
                                               max(2, jobs or default_jobs(0)) if verify else jobs)
    if ok and verify:
        single = Path(tempfile.mkdtemp(prefix=".site-single-", dir=site.parent))
        try:
            ok, output, warnings = render(config, strict, engine, search, single, 1)
            differences = shards.differences(single, tmp) if ok else []
        finally:
            shutil.rmtree(single, ignore_errors=True)
        if differences:
            shutil.rmtree(tmp, ignore_errors=True)
            return EngineResult(False, output, warnings, differences=differences)
    if ok and search == "pagefind":
        ok, output = pagefind_index(root, tmp, output, site if republished else None)
    found: dict[str, list[int]] | None = None
    if ok and scanned is not None:
        if search == "pagefind":
            scanned = _with_pagefind(scanned, tmp)
        found = scanned.files
    elif ok:  # no hook ran (Zensical): the site is read here
        scanned = Scanned(privacy.scan_folder(tmp), {})
    remote = privacy.listed(scanned.remote, shown_site(config)) if ok and scanned else []
    if not ok or (strict and remote):
        shutil.rmtree(tmp, ignore_errors=True)
        return EngineResult(False, output, warnings, remote)
    _swap(tmp, site)
    return EngineResult(True, output, warnings, remote, republished=republished, files=found)


def shown_site(config: SiteConfig) -> str:
    """site/ as messages name it: the folder the site is swapped into."""
    site = config.site_dir.resolve() if config.site_dir.is_symlink() else config.site_dir
    return shown_path(site, config.config_file.parent)


def _with_pagefind(scanned: Scanned, site: Path) -> Scanned:
    """The findings with Pagefind's folder, written after the engine, read here."""
    out = scanned.without(lambda rel: rel.split("/", 1)[0] == "pagefind")
    folder = site / "pagefind"
    out.remote.update({f"pagefind/{rel}": urls
                       for rel, urls in privacy.scan_folder(folder).items()})
    out.files.update({f"pagefind/{rel}": seen for rel, seen in files.manifest(folder).items()})
    return out


def pagefind_index(root: Path, site: Path, output: str,
                   old: Path | None = None) -> tuple[bool, str]:
    """A Pagefind index of the built site in `site`, in parts (engine/search_parts.py), those of
    pages unchanged since the last site `old` taken from it: whether it was made, and the
    output."""
    ok, more, _ = search_parts.index(site, old, ["--root-selector", "article",
                                                 *_pagefind_excludes()], root, _engine_env())
    return ok, (output + "\n" + more).strip()


def _swap(tmp: Path, site: Path) -> None:
    """The folder tmp in the place of site, whatever was there gone."""
    old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=site.parent))
    if site.exists():
        site.replace(old)  # onto the empty folder just made: nothing else can stand there
    tmp.rename(site)
    shutil.rmtree(old, ignore_errors=True)


SHARD_FILE = ".briefing-shard.json"  # in a shard's folder: what it was built from


def shard_folder(config: SiteConfig, index: int, count: int) -> Path:
    """Where `build --shard I/K` puts shard I: a folder beside site/, inside the project."""
    site = config.site_dir.resolve() if config.site_dir.is_symlink() else config.site_dir
    return site.parent / f"{site.name}-shard-{index}-of-{count}"


def build_shard(config: SiteConfig, strict: bool, engine: str, search: str, index: int,
                count: int, digest: str) -> tuple[EngineResult, Path]:
    """Shard `index` (from 1) of `count` rendered into its folder (shard_folder), with a record of
    the inputs' digest, for `assemble` to join with the others."""
    folder = shard_folder(config, index, count)
    if engine not in MKDOCS_LIKE:
        return EngineResult(False, f"{engine} builds in one process: --shard needs MkDocs or "
                                   "ProperDocs", []), folder
    missing = not_installed(engine)
    if missing:
        return EngineResult(False, missing, []), folder
    data = yaml.load(config.config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    if not _extensible(data.get("exclude_docs")):
        return EngineResult(False, "exclude_docs in mkdocs.yml is not a text of gitignore lines: "
                                   "the site cannot be built in shards", []), folder
    all_pages = shards.pages(config.docs_dir)
    parts = shards.split(all_pages, count)
    if len(parts) != count or not 1 <= index <= count:
        return EngineResult(False, f"the site's {len(all_pages)} pages make {len(parts)} shards: "
                                   f"give --shard I/{len(parts)} with I from 1 to {len(parts)}",
                            []), folder
    root = config.config_file.parent
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=folder.parent))
    ok, output, warnings, scanned = rendered(config, strict, engine, search, tmp, 1,
                                           only=parts[index - 1])
    if ok and scanned is None:
        scanned = Scanned(privacy.scan_folder(tmp), {})
    remote = privacy.listed(scanned.remote, shown_path(folder, root)) if ok and scanned else []
    if not ok or (strict and remote):
        shutil.rmtree(tmp, ignore_errors=True)
        return EngineResult(False, output, warnings, remote), folder
    (tmp / SHARD_FILE).write_text(json.dumps({
        "format": 1, "digest": digest, "shard": index, "of": count, "search": search,
        "directory_urls": data.get("use_directory_urls") is not False, "pages": all_pages,
        "warnings": warnings}), encoding="utf-8")
    _swap(tmp, folder)
    return EngineResult(True, output, warnings, remote), folder


def assemble(config: SiteConfig, folders: Sequence[Path]) -> tuple[list[Problem], EngineResult]:
    """The shards in `folders` (each made by build_shard, all of one build) joined into site/,
    swapped in as a build's site is; shards of other inputs, or not every shard once, are refused
    and site/ is left as it was."""
    root = config.config_file.parent
    problems: list[Problem] = []
    found: dict[int, tuple[Path, dict[str, Any]]] = {}
    for folder in folders:
        where = shown_path(folder / SHARD_FILE, root)
        try:
            meta = json.loads((folder / SHARD_FILE).read_text(encoding="utf-8"))
            number, digest = int(meta["shard"]), str(meta["digest"])
            int(meta["of"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            problems.append(problem(where, 1, 1, "", f"not a shard made by `briefing build "
                                                     f"--shard I/K` ({exc})"))
            continue
        first = next(iter(found.values()), None)
        if first is not None and (digest, meta["of"]) != (first[1]["digest"], first[1]["of"]):
            problems.append(problem(where, 1, 1, "digest",
                                    f"shard {number} was built from other inputs than "
                                    f"{shown_path(first[0], root)} (or into another number of "
                                    "shards): build every shard from the same commit"))
        elif number in found:
            problems.append(problem(where, 1, 1, "shard", f"shard {number} is given twice"))
        else:
            found[number] = (folder, meta)
    count = int(next(iter(found.values()))[1]["of"]) if found else 0
    missing = sorted(set(range(1, count + 1)) - set(found))
    if missing and not problems:
        problems.append(problem(shown_path(folders[0], root), 1, 1, "",
                                f"shard(s) {', '.join(map(str, missing))} of {count} missing: "
                                "give every shard's folder"))
    if problems or not found:
        return sort_problems(problems), EngineResult(False, "", [])
    meta = found[1][1]
    all_pages = [str(p) for p in meta["pages"]]
    parts = shards.split(all_pages, count)
    site = config.site_dir.resolve() if config.site_dir.is_symlink() else config.site_dir
    outs = [Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent)) for _ in range(count)]
    try:
        for n, out in enumerate(outs):
            # linked, not moved: the shards' folders stay as they are
            shards.link_tree(found[n + 1][0], out, lambda rel: rel == SHARD_FILE)
        shards.assemble(outs[0], outs[1:], parts, all_pages, bool(meta["directory_urls"]))
    except (shards.ShardError, OSError, ValueError, KeyError) as exc:
        for out in outs:
            shutil.rmtree(out, ignore_errors=True)
        return [], EngineResult(False, f"ERROR - the shards could not be joined: {exc}", [])
    output = ""
    ok = (outs[0] / "index.html").is_file()
    if ok and meta.get("search") == "pagefind":
        ok, output = pagefind_index(root, outs[0], output)
    if not ok:
        shutil.rmtree(outs[0], ignore_errors=True)
        return [], EngineResult(False, output or "ERROR - the joined site has no index.html", [])
    _swap(outs[0], site)
    warnings = list(dict.fromkeys(str(w) for _, (_, m) in sorted(found.items())
                                  for w in m.get("warnings", [])))
    return [], EngineResult(True, output, warnings)


def _engine_env() -> dict[str, str]:
    # the banners Material and ProperDocs print when run as `mkdocs` are not build warnings
    return dict(signing.engine_environment(), NO_MKDOCS_2_WARNING="1",
                DISABLE_MKDOCS_2_WARNING="true", PYTHONUNBUFFERED="1")


def _extensible(own_exclusion: object) -> bool:
    """Whether the project's exclude_docs is of the form (gitignore lines) that a shard's
    exclusion extends."""
    return own_exclusion is None or isinstance(own_exclusion, str)


def _republish(config: SiteConfig, strict: bool, engine: str, search: str, out: Path,
               old: Path, changed: Sequence[str], last: Scanned, removed: Sequence[str] = ()
               ) -> tuple[bool, str, list[str], Scanned | None]:
    """The last site `old` with the pages of `changed` rendered anew and the outputs of `removed`
    left out, into the empty folder `out`, and what is found in it: the last findings for the
    files kept, the new ones for the pages rendered anew."""
    part = Path(tempfile.mkdtemp(prefix=".site-part-", dir=out.parent))
    scanned = None
    try:
        ok, output, warnings, new = rendered(config, strict, engine, search, part, 1,
                                           only=shards.only(changed))
        if ok:
            data = yaml.load(config.config_file.read_text(encoding="utf-8"),
                             Loader=_TolerantLoader) or {}
            directory_urls = data.get("use_directory_urls") is not False
            try:
                shards.republish(out, old, part, changed, shards.pages(config.docs_dir),
                                 directory_urls, removed)
            except (shards.ShardError, OSError, ValueError, KeyError) as exc:
                ok, output = False, f"{output}\nERROR - the pages could not be republished: {exc}"
            if ok and new is not None:
                dests, gone = ({shards.page_dest(src, directory_urls)
                                if src.endswith(shards.MARKDOWN) else src for src in files}
                               for files in (changed, removed))
                scanned = last.without(lambda rel: rel in dests or rel in gone or rel in _REMADE
                                       or rel.split("/", 1)[0] == "pagefind")
                scanned.remote.update({rel: urls for rel, urls in new.remote.items()
                                       if rel in dests})
                scanned.restat(out, [*sorted(dests), *_REMADE])
    finally:
        shutil.rmtree(part, ignore_errors=True)
    return ok and (out / "index.html").is_file(), output, warnings, scanned


def render(config: SiteConfig, strict: bool, engine: str, search: str, out: Path,
           jobs: int | None, only: shards.Shard | None = None) -> tuple[bool, str, list[str]]:
    """The engine's site from docs/ written into the empty folder `out`: whether it succeeded,
    its output and its warnings; with `only`, the pages of that shard alone (and what a build
    writes besides pages). Nothing but `out` and temporary files beside it is written."""
    ok, output, warnings, _ = rendered(config, strict, engine, search, out, jobs, only)
    return ok, output, warnings


def rendered(config: SiteConfig, strict: bool, engine: str, search: str, out: Path,
             jobs: int | None, only: shards.Shard | None = None
             ) -> tuple[bool, str, list[str], Scanned | None]:
    """render's outcome and what the engine's processes found in the files they wrote (None
    where the engine runs no hook: Zensical)."""
    root = config.config_file.parent
    text = config.config_file.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_TolerantLoader) or {}
    # the theme's page frame made valid HTML, in a folder of its own (engine/theme.py)
    frame = theme.frame_folder(root, data.get("theme"), engine, config.site_dir.parent)
    custom_dir = frame.relative_to(root).as_posix() if frame else None
    own_exclusion = data.get("exclude_docs")
    parts: list[shards.Shard] = []
    all_pages: list[str] = []
    if not _extensible(own_exclusion):
        only, jobs = None, 1
    if only is not None:
        parts = [only]
    elif engine in MKDOCS_LIKE and (jobs is None or jobs > 1):
        all_pages = shards.pages(config.docs_dir)
        parts = shards.split(all_pages, default_jobs(len(all_pages)) if jobs is None else jobs)
    outs = [out] + [Path(tempfile.mkdtemp(prefix=".site-shard-", dir=out.parent))
                    for _ in parts[1:]]
    derived: list[Path] = []
    hooked = engine in MKDOCS_LIKE
    reports = [root / f".briefing-{engine}-{os.getpid()}-{n}.json" for n in range(len(outs))]
    try:
        excluding = len(parts) > 1 or only is not None
        if engine == "zensical" or search == "pagefind" or frame is not None or excluding \
                or hooked:
            # Zensical takes no output folder on its command line, Pagefind replaces the theme's
            # search, the frame is another theme folder, a shard leaves out the other shards'
            # pages and the hook scans what MkDocs wrote: each reads a copy of mkdocs.yml with
            # those settings changed, beside the original so that its relative paths still hold.
            for n, dest in enumerate(outs):
                path = root / f".briefing-{engine}-{os.getpid()}-{n}.yml"
                files.write_atomic(path, derive_config(
                    text, Path(os.path.relpath(dest, root)).as_posix(),
                    pagefind=search == "pagefind", custom_dir=custom_dir,
                    exclude=shards.exclusion(parts[n], own_exclusion) if excluding else None,
                    hooks=[str(SHARD_HOOKS)] if hooked else None,
                ).encode("utf-8"))
                derived.append(path)
        configs = derived or [config.config_file]
        with ThreadPoolExecutor(len(outs)) as pool:
            procs = list(pool.map(lambda n: _run_one(root, engine, configs[n], outs[n], strict,
                                                     reports[n] if hooked else None),
                                  range(len(outs))))
        found = [_report(path) for path in reports] if hooked else [None]
    finally:
        for path in [*derived, *reports]:
            path.unlink(missing_ok=True)
        if frame is not None:
            shutil.rmtree(frame, ignore_errors=True)
    output = "\n".join(p.stdout.strip() for p in procs if p.stdout.strip())
    warnings = list(dict.fromkeys(
        line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))))
    ok = all(p.returncode == 0 for p in procs)
    scanned = found[0]
    for more in found[1:]:
        if scanned is None or more is None:
            scanned = None
            break
        scanned.joined(more)  # as the shards' files are joined: the first shard's kept
    if ok and len(parts) > 1:
        try:
            shards.assemble(out, outs[1:], parts, all_pages,
                            data.get("use_directory_urls") is not False)
        except (shards.ShardError, OSError, ValueError, KeyError) as exc:
            ok, output = False, f"{output}\nERROR - the shards could not be joined: {exc}"
        if scanned is not None:
            scanned.restat(out, _REMADE)
    for extra in outs[1:]:
        shutil.rmtree(extra, ignore_errors=True)
    # a build of some pages alone may lack the home page; the site it goes into has it
    return (ok and (only is not None or (out / "index.html").is_file()), output, warnings,
            scanned if ok else None)


def _report(path: Path) -> Scanned | None:
    """What a hooked engine process left in its report (shard_hooks.py), or None if nothing."""
    try:
        data = json.loads(path.read_bytes())
        return Scanned({str(rel): [str(u) for u in urls] for rel, urls in data["remote"].items()},
                       {str(rel): [int(seen[0]), int(seen[1])]
                        for rel, seen in data["files"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def _run_one(root: Path, engine: str, config_file: Path, dest: Path, strict: bool,
             report: Path | None = None) -> subprocess.CompletedProcess[str]:
    # -P: `-m` would put the working folder, the project, first on the module path, and a yaml.py
    # or mkdocs.py that anyone adds to it would run as code in the engine
    python = [sys.executable, "-P", "-m"]
    # the engine runs in the project folder, where a path relative to here (given with
    # --root myproject) would not lead to its files
    config_file, dest = config_file.absolute(), dest.absolute()
    if engine in MKDOCS_LIKE:
        cmd = [*python, engine, "build", "--clean", "-f", str(config_file), "-d", str(dest)]
    else:
        cmd = [*python, "zensical", "build", "-f", str(config_file)]
    if strict:
        cmd.append("--strict")
    env = _engine_env()
    if report is not None:  # where the hook leaves what it found (shard_hooks.py)
        env[REPORT_VARIABLE] = str(report.absolute())
    return subprocess.run(cmd, cwd=root, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


# Pages that the theme's search indexes too: briefings and actors, not registers or sources.
PAGEFIND_GLOB = search_parts.GLOB
PAGEFIND_SCRIPT = "assets/pagefind-search.js"
# What the theme's index leaves out too: heading permalinks, the links under each quote, the
# sources of diagrams (their words are in the lists beside them).
PAGEFIND_EXCLUDE = (".headerlink", ".quote-actions", ".diagram")


def _pagefind_excludes() -> list[str]:
    return [arg for selector in PAGEFIND_EXCLUDE for arg in ("--exclude-selectors", selector)]


def derive_config(text: str, site_dir: str, pagefind: bool, scripts: list[str] | None = None,
                  custom_dir: str | None = None, hooks: list[str] | None = None,
                  exclude: str | None = None) -> str:
    """mkdocs.yml with site_dir set and, for Pagefind, the theme's search plugin swapped for the
    script that loads Pagefind's interface; `scripts` are added to extra_javascript, `hooks` to
    the project's own hooks, `custom_dir` replaces the theme's and `exclude` exclude_docs.

    Only the top-level settings that change are rewritten; every other line is kept as written, so
    tags like !ENV or !!python/name in the rest of the file reach the engine untouched."""
    data = yaml.load(text, Loader=_TolerantLoader) or {}
    replace: dict[str, object] = {"site_dir": site_dir}
    if pagefind:
        plugins = data.get("plugins") or []
        if isinstance(plugins, dict):
            plugins = [{name: opts} if opts else name for name, opts in plugins.items()]
        replace["plugins"] = [p for p in plugins
                              if p != "search" and not (isinstance(p, dict) and "search" in p)]
        scripts = [*(scripts or []), PAGEFIND_SCRIPT]
    if custom_dir:
        theme = data.get("theme")
        replace["theme"] = {**(theme if isinstance(theme, dict) else {"name": theme}),
                            "custom_dir": custom_dir}
    if exclude is not None:
        replace["exclude_docs"] = exclude
    if hooks:
        replace["hooks"] = [*(data.get("hooks") or []), *hooks]
    if scripts:
        replace["extra_javascript"] = [*(data.get("extra_javascript") or []), *scripts]
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        top = line[:1] not in ("", " ", "\t", "-", "#")
        if top:
            skipping = line.split(":", 1)[0].strip() in replace
        elif skipping and line[:1] == "#":
            skipping = False
        if not skipping:
            kept.append(line)
    return ("\n".join(kept).rstrip() + "\n\n"
            + yaml.safe_dump(replace, sort_keys=False, allow_unicode=True, default_flow_style=False))


def site_size(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)
