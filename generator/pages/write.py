"""Writing the page plan into docs/: one page rendered at a time, and only the pages that need it.

A page is rendered unless its input digest equals the one recorded for its file by the last run
and the file still has the size and modification time recorded then. The record is kept in the
cache folder, not in docs/, so that two builds of the same content give the same docs/; a record
made for another docs/ folder is ignored. A rendered page is written only if its bytes differ
from the file's. Pages go first into a staging folder and are moved into place once the whole
plan has been rendered: a template that fails half-way leaves docs/ as it was. Files listed in our
manifest that have no page now are removed; nothing else in the folder (or outside it) is touched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import files, parallel
from .plan import Page
from .render import MANIFEST

PAGES_RECORD = "pages.json"  # {"docs": folder, "pages": {path: [input digest, size, mtime_ns]}}
STAGING = ".briefing-staging-"  # + the process id and a random part; a dot folder: MkDocs
# leaves it out of the site


class OutsideDocs(Exception):
    """A page would be written through a link that leaves the docs folder."""


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
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def write(pages: Iterable[Page], out_dir: Path, cache_dir: Path | None = None,
          on_progress: Callable[[int], None] | None = None) -> WriteReport:
    """Render and write the plan's pages; with `cache_dir`, skip the pages recorded there as
    unchanged, and record this run's."""
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    root = out_dir.resolve()
    previous = _read_json(out_dir / MANIFEST)
    previous = {p for p in previous if isinstance(p, str)} if isinstance(previous, list) else set()
    last = _last_record(cache_dir, root)
    _remove_stale_staging(out_dir)
    # its own, made anew: another run may write the same docs/, and a name known in advance could
    # be a link planted to elsewhere
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{os.getpid()}-", dir=out_dir))
    record: dict[str, list] = {}
    paths: list[str] = []
    staged: list[tuple[str, str]] = []  # (path, digest)
    try:
        todo: list[tuple[Page, list[int] | None]] = []  # pages to render, with their file's stat
        for n, page in enumerate(pages, 1):
            if on_progress and n % 500 == 0:
                on_progress(n)
            target = out_dir / page.path
            # the page itself may be a link (it is replaced, not written through); its folder not
            if root != target.parent.resolve() and root not in target.parent.resolve().parents:
                raise OutsideDocs(f"{page.path}: its folder in {out_dir.name}/ is a link that "
                                  "leads outside it: remove the link")
            paths.append(page.path)
            on_disk = _stat(target)
            if on_disk is not None and last.get(page.path) == [page.digest, *on_disk]:
                record[page.path] = [page.digest, *on_disk]
                report.unchanged += 1
                continue
            todo.append((page, on_disk))
        started = time.perf_counter()
        for (page, on_disk), data in zip(todo, _rendered([p for p, _ in todo]), strict=True):
            report.rendered.append(page.path)
            target = out_dir / page.path
            if on_disk is not None and on_disk[0] == len(data) and target.read_bytes() == data:
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
    for rel in sorted(previous - set(paths)):
        target = out_dir / rel
        if root in target.resolve().parents and target.is_file():
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


def _replace_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    files.write_atomic(path, data)


def _prune_empty(folder: Path, root: Path) -> None:
    while folder.resolve() != root and root in folder.resolve().parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
