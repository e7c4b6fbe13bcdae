"""Writing the files the generator owns, so that no link planted in the project leads a write
elsewhere: a checkout can hold a link under any name, `git add -f` puts one anywhere.

Each write goes to a new temporary file beside its target, created exclusively (an existing name,
link or not, is never opened), then renamed over the target: a rename replaces a link, it never
writes through one. What the generator reads back of its own files (docs/, the cache) is read only
where the name itself is a plain file (`read_own`): a link there could lead the read to a secret,
and a FIFO or a device could hold the run forever.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)


def inside(path: Path, root: Path) -> bool:
    """Is the place `path` really leads to `root` or below it?"""
    real, top = path.resolve(), root.resolve()
    return real == top or top in real.parents


def read_own(path: Path) -> bytes:
    """The bytes of the plain file named `path`; OSError when the name is a link, a folder, a
    FIFO or a device (none of which the generator writes), or is missing."""
    # O_NONBLOCK: opening a FIFO would otherwise wait for a writer before fstat could say what it is
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a plain file", str(path))
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    finally:
        os.close(fd)


def own_folder(path: Path) -> None:
    """`path` made a plain folder of the generator's, so that what is written into it stays there:
    a link (or a file) at its name is removed first, never followed; its parent must exist."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        path.unlink()
        st = None
    if st is None:
        path.mkdir()


@contextmanager
def _temporary(path: Path, data: bytes) -> Iterator[Path]:
    """`data` in a new file beside `path`, with the mode `path` has; gone after the block unless
    the block renamed it."""
    try:
        mode = path.lstat().st_mode & 0o777 if not path.is_symlink() else 0o666 & ~_UMASK
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temporary, mode)
        yield temporary
    finally:
        with suppress(FileNotFoundError):
            temporary.unlink()


@contextmanager
def staged(path: Path, data: bytes) -> Iterator[Path]:
    """`data` in a new file beside `path`, renamed over `path` when the block ends without an
    exception (a check of the staged file may raise to keep the old one)."""
    with _temporary(path, data) as temporary:
        yield temporary
        os.replace(temporary, path)


def write_atomic(path: Path, data: bytes) -> None:
    with staged(path, data):
        pass


def replace_all(changes: dict[Path, bytes | None]) -> None:
    """Write (bytes) or remove (None) several files as one change: every new file is staged beside
    its target before any target changes, then all are renamed into place, removals last; should
    a step fail, the files already changed get their old bytes back, and the error is raised."""
    before = {path: path.read_bytes() if path.is_file() else None for path in changes}
    done: list[Path] = []
    with ExitStack() as stack:
        temporaries = {path: stack.enter_context(_temporary(path, data))
                       for path, data in changes.items() if data is not None}
        try:
            for path, temporary in temporaries.items():
                os.replace(temporary, path)
                done.append(path)
            for path, data in changes.items():
                if data is None:
                    path.unlink()
                    done.append(path)
        except OSError:
            for path in reversed(done):
                old = before[path]
                with suppress(OSError):
                    if old is None:
                        path.unlink()
                    else:
                        write_atomic(path, old)
            raise


def manifest(folder: Path) -> dict[str, list[int]]:
    """Every file below folder, by relative path: [size, modification time in ns], the record
    by which a later run tells that a file was touched (site/, docs/)."""
    found: dict[str, list[int]] = {}
    base = len(str(folder)) + 1
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            path = os.path.join(top, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            found[path[base:]] = [st.st_size, st.st_mtime_ns]
    return found
