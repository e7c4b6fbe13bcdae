"""Writing the page plan into docs/: one page rendered at a time, and only the pages that need it.

A page is rendered unless its input digest equals the one recorded for its file by the last run
and the file still has the size and modification time recorded then. The record is kept in the
cache folder, not in docs/, so that two builds of the same content give the same docs/; a record
made for another docs/ folder is ignored. A rendered page is written only if its bytes differ
from the file's. Pages go first into a staging folder and are moved into place once the whole
plan has been rendered: a template that fails half-way leaves docs/ as it was. Files listed in our
manifest that have no page now are removed; nothing else in the folder (or outside it) is touched.

docs/ is the generator's alone, since the engine publishes every file in it: before a run writes,
`strays` lists what in it the generator did not write (a link, which would publish whatever it
leads to, a FIFO or device, a file its manifest does not list), and the run refuses them.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import files, parallel
from ..problems import visible
from .plan import Page
from .render import MANIFEST

PAGES_RECORD = "pages.json"  # {"docs": folder, "pages": {path: [input digest, size, mtime_ns]}}
STAGING = ".briefing-staging-"  # + the process id and a random part; a dot folder: MkDocs
# leaves it out of the site


class Refused(Exception):
    """The plan cannot be written as it is (a page through a link that leaves the docs folder, two
    pages at one path): nothing was written."""


@dataclass
class WriteReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rendered: list[str] = field(default_factory=list)  # paths, in plan order
    render_seconds: float = 0.0  # of the time writing took, the part spent rendering

    @property
    def files(self) -> int:
        return self.written + self.unchanged


def _read_json(path: Path) -> object:
    try:
        return json.loads(files.read_own(path))
    except (OSError, ValueError):
        return None


def _stat(path: Path) -> list[int] | None:
    """Size and modification time of the plain file at `path`; None for anything else, which is
    then replaced, never read."""
    try:
        st = path.lstat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns] if stat.S_ISREG(st.st_mode) else None


def _listed(out_dir: Path) -> set[str] | None:
    """The files our manifest in `out_dir` lists, those the last run wrote; None without one."""
    names = _read_json(out_dir / MANIFEST)
    return {p for p in names if isinstance(p, str)} if isinstance(names, list) else None


def strays(out_dir: Path, kept: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """What in `out_dir` the generator did not write, each as (path below out_dir, what is wrong
    and what to do): links and anything but plain files and folders, anywhere; plain files that
    the manifest does not list, outside our own folders (the staging folders, the manifest's
    temporaries, and the folders named in `kept`, another stage's)."""
    found: list[tuple[str, str]] = []
    if not out_dir.is_dir():
        return found
    ours = _listed(out_dir)
    unlisted = 0  # plain files where there is no manifest to list them
    folders: list[tuple[str, bool]] = [("", False)]  # (path below out_dir, inside one of ours)
    while folders:
        folder, own = folders.pop()
        try:
            with os.scandir(out_dir / folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            found.append((folder.rstrip("/") or ".", f"cannot be read ({exc.strerror}): give it "
                                                     "back its permissions, or remove it"))
            continue
        for entry in entries:
            rel = f"{folder}{entry.name}"
            if entry.is_symlink():
                found.append((rel, f"is a link to {visible(os.readlink(entry.path))}: the site "
                                   "would publish what it leads to; remove it (docs/ is "
                                   "generated: it can be deleted and built again)"))
            elif entry.is_dir(follow_symlinks=False):
                folders.append((f"{rel}/", own or (not folder and (
                    entry.name.startswith(STAGING) or entry.name in kept))))
            elif not entry.is_file(follow_symlinks=False):
                found.append((rel, "is neither a file nor a folder (a FIFO, socket or "
                                   "device): remove it"))
            elif own or rel == MANIFEST or (not folder and rel.startswith(f".{MANIFEST}.")
                                            and rel.endswith(".tmp")):
                continue
            elif ours is None:
                unlisted += 1
            elif rel not in ours:
                found.append((rel, "was not written by briefing, and the site would publish "
                                   "it: docs/ holds the generated pages alone; move it out "
                                   "(pages come from content/, files from "
                                   "site_templates/assets/)"))
    if unlisted and not any(rel == MANIFEST for rel, _ in found):
        found.append((MANIFEST, f"is missing or unreadable, so {unlisted} files in docs/ cannot "
                                "be told from files put there by hand: delete docs/ and build "
                                "again (docs/ is generated)"))
    return sorted(found)


def write(pages: Iterable[Page], out_dir: Path, cache_dir: Path | None = None,
          on_progress: Callable[[int], None] | None = None) -> WriteReport:
    """Render and write the plan's pages; with `cache_dir`, skip the pages recorded there as
    unchanged, and record this run's."""
    report = WriteReport()
    made = not out_dir.exists()  # taken away again if this run writes nothing into it
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        return _write(pages, out_dir, cache_dir, on_progress, report)
    except BaseException:
        if made:
            with contextlib.suppress(OSError):
                out_dir.rmdir()  # only when empty: nothing half-written is left, nor a new folder
        raise


def _write(pages: Iterable[Page], out_dir: Path, cache_dir: Path | None,
           on_progress: Callable[[int], None] | None, report: WriteReport) -> WriteReport:
    root = out_dir.resolve()
    previous = _listed(out_dir) or set()
    last = _last_record(cache_dir, root)
    _remove_stale_staging(out_dir)
    # its own, made anew: another run may write the same docs/, and a name known in advance could
    # be a link planted to elsewhere
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{os.getpid()}-", dir=out_dir))
    record: dict[str, list] = {}
    paths: set[str] = set()
    staged: list[tuple[str, str]] = []  # (path, digest)
    try:
        todo: list[tuple[Page, list[int] | None]] = []  # pages to render, with their file's stat
        inside: dict[str, bool] = {}  # a folder of docs/ -> whether it leads nowhere else
        for n, page in enumerate(pages, 1):
            if on_progress and n % 500 == 0:
                on_progress(n)
            target = out_dir / page.path
            # the page itself may be a link (it is replaced, not written through); its folder not.
            # Thousands of pages share a few folders: each folder is resolved once
            folder = page.path.rpartition("/")[0]
            if folder not in inside:
                where = target.parent.resolve()
                inside[folder] = where == root or root in where.parents
            if not inside[folder]:
                raise Refused(f"{page.path}: its folder in {out_dir.name}/ is a link that "
                              "leads outside it: remove the link")
            if page.path in paths:  # the second would replace the first, or fail half-way
                raise Refused(f"{page.path}: two pages of the plan are written there: a bug in "
                              "briefing, please report it")
            paths.add(page.path)
            on_disk = _stat(target)
            if on_disk is not None and last.get(page.path) == [page.digest, *on_disk]:
                record[page.path] = [page.digest, *on_disk]
                report.unchanged += 1
                continue
            todo.append((page, on_disk))
        started = time.perf_counter()
        rendered = _rendered([p for p, _ in todo])
        for page, on_disk in todo:
            data = next(rendered)  # not zip(): its reused tuple would keep the last page alive
            report.rendered.append(page.path)
            target = out_dir / page.path
            if on_disk is not None and on_disk[0] == len(data) and _read(target) == data:
                record[page.path] = [page.digest, *on_disk]
                report.unchanged += 1
            else:
                held = staging / page.path
                held.parent.mkdir(parents=True, exist_ok=True)
                held.write_bytes(data)
                staged.append((page.path, page.digest))
            del data  # let this page go before the next is rendered
        report.render_seconds = time.perf_counter() - started
        for path, digest in staged:
            target = out_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / path, target)
            record[path] = [digest, *(_stat(target) or [-1, -1])]
            report.written += 1
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for rel in sorted(previous - paths):
        target = out_dir / rel
        if root in target.resolve().parents and _stat(target) is not None:
            target.unlink()
            report.removed += 1
            _prune_empty(target.parent, root)
    _replace_if_changed(out_dir / MANIFEST,
                        (json.dumps(sorted(paths), indent=0) + "\n").encode("utf-8"))
    if cache_dir is not None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            _replace_if_changed(cache_dir / PAGES_RECORD, json.dumps(
                {"docs": str(root), "pages": record}, sort_keys=True,
                separators=(",", ":")).encode("utf-8"))
        except OSError:
            pass  # without a record the next run renders every page
    return report


# Pages rendered by forked workers only when there are this many: forking costs more than a few.
PARALLEL_FROM = 200


def _rendered(todo: list[Page]) -> Iterator[bytes]:
    """The pages' bytes, in order; rendering is independent per page (`parallel`)."""
    return parallel.mapped(lambda index: todo[index].render(), len(todo), PARALLEL_FROM)


def _remove_stale_staging(out_dir: Path) -> None:
    """Staging folders of runs that were killed before they could remove them."""
    for folder in out_dir.glob(f"{STAGING}*"):
        pid = folder.name.removeprefix(STAGING).partition("-")[0]
        if pid.isdigit() and (int(pid) == os.getpid() or not _running(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, though not ours to signal
    return True


def _last_record(cache_dir: Path | None, docs: Path) -> dict[str, object]:
    """The last run's page record, if it was made for this docs/ folder."""
    data = _read_json(cache_dir / PAGES_RECORD) if cache_dir is not None else None
    if not isinstance(data, dict) or data.get("docs") != str(docs):
        return {}
    pages = data.get("pages")
    return pages if isinstance(pages, dict) else {}


def _read(path: Path) -> bytes | None:
    try:
        return files.read_own(path)
    except OSError:
        return None


def _replace_if_changed(path: Path, data: bytes) -> None:
    if _read(path) != data:
        files.write_atomic(path, data)


def _prune_empty(folder: Path, root: Path) -> None:
    while folder.resolve() != root and root in folder.resolve().parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
