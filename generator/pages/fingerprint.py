"""Whether generation can be skipped: nothing it reads has changed since its last clean run, and
nothing it wrote has been touched since.

What generation reads is the bytes of every file in content/, seeds/ and the templates, the site
settings, --strict and the generator's own code: their SHA-256 together is the key. A file is read
and hashed again only when it may have changed: the record keeps each file's digest with its size,
modification time, inode and change time (ctime), and a file whose four are as recorded keeps its
digest unread. The change time is the kernel's own: writing the file or setting its modification
time back sets it to now, so an edit that keeps the size and the modification time is still seen.
A file whose change time was less than a second before the record was made is not trusted by it
(it may change again within the clock's tick, keeping all four): it is read every time. What it wrote is
the files of its manifest in docs/, checked by size and modification time. When both match the
record of the last run without errors, that run's warnings and counts stand for this one.

A record stands in for the whole run, verification included, so it is authenticated like every
cache (`signing`): a record written by hand or with another key, or one
that git tracks, is ignored and the run generates as usual.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import files, signing
from ..problems import Problem
from ..signing import CODE_VERSION
from .render import MANIFEST

FILE = "generation.json"


@dataclass
class Record:
    key: str
    problems: list[Problem]
    counts: dict[str, int]


# a file changed less than this before its digest was taken may change again unseen (ns)
_RACY = 1_000_000_000

Inputs = dict[str, list[Any]]  # name: [size, mtime_ns, ctime_ns, inode, SHA-256 of its bytes]


def inputs_key(root: Path, templates: Path, config: str, strict: bool) -> str:
    return inputs(root, templates, config, strict)[0]


def inputs(root: Path, templates: Path, config: str, strict: bool,
           known: Inputs | None = None) -> tuple[str, Inputs]:
    """The key of what generation reads, and the digests to keep for the next run: a file whose
    size, modification time, inode and change time are as `known` records them is not read."""
    started = time.time_ns()
    known = known or {}
    table: Inputs = {}
    digest = hashlib.sha256(f"{CODE_VERSION}\0{config}\0{strict}".encode())
    inside = root.resolve()
    for folder in (root / "content", root / "seeds", templates):
        if not folder.is_dir():
            digest.update(f"\0no {folder.name}".encode())
            continue
        # below a folder reached through no link, only a link can lead out of the project:
        # rglob enters no linked folder
        linked = folder.resolve() != Path(os.path.abspath(folder))
        for name, at in _entries(root, folder):
            st = os.lstat(at)
            path = Path(at)
            real = path.resolve() if linked or stat.S_ISLNK(st.st_mode) else path
            if real is not path and real != inside and inside not in real.parents:
                # a link leaving the project: the loader refuses it unread, and so do we; where it
                # points still counts, as a change there changes what the loader says
                digest.update(f"\0{name}\0outside\0{real}".encode())
                continue
            if real is not path:
                try:
                    st = os.stat(path)
                except OSError:
                    continue
            if not stat.S_ISREG(st.st_mode):
                continue
            seen = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
            last = known.get(name)
            if last is not None and last[:4] == seen:
                hashed = str(last[4])
            else:
                hashed = hashlib.sha256(path.read_bytes()).hexdigest()
            if st.st_ctime_ns < started - _RACY:
                table[name] = [*seen, hashed]
            digest.update(f"\0{name}\0{hashed}".encode())
    return digest.hexdigest(), table


def _entries(root: Path, folder: Path) -> list[tuple[str, str]]:
    """Every entry below folder (a linked folder listed, not entered), as sorted(rglob("*"))
    gives them: (its name from root, its path), without a Path object for each."""
    start = str(folder)
    prefix = folder.relative_to(root).as_posix()
    base = len(start) + 1
    found = []
    for top, dirs, names in os.walk(start):
        for entry in (*dirs, *names):
            at = os.path.join(top, entry)
            found.append((f"{prefix}/{at[base:].replace(os.sep, '/')}", at))
    found.sort(key=lambda item: item[0].split("/"))
    return found


def known_inputs(cache_dir: Path) -> Inputs:
    """The digests the last clean run recorded, if its record is genuine."""
    try:
        data = json.loads(files.read_own(cache_dir / FILE))
        mac = _signed(data)
        if mac is None or not hmac.compare_digest(str(data.get("mac", "")), mac):
            return {}
        table = data.get("inputs")
        return table if isinstance(table, dict) else {}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def _outputs(docs_dir: Path) -> dict[str, list[int]] | None:
    try:
        names = json.loads(files.read_own(docs_dir / MANIFEST))
        out = {}
        base = str(docs_dir)
        for name in names:
            st = os.lstat(os.path.join(base, name))
            out[name] = [st.st_size, st.st_mtime_ns]
        return out
    except (OSError, ValueError, TypeError):
        return None


def _signed(data: dict[str, Any]) -> str | None:
    secret = signing.secret()
    if secret is None:
        return None
    body = {k: v for k, v in data.items() if k != "mac"}
    return signing.sign(secret, FILE, json.dumps(body, sort_keys=True, separators=(",", ":")))


def unchanged(cache_dir: Path, key: str, docs_dir: Path) -> Record | None:
    """The last clean run's record if neither inputs nor outputs changed since, else None."""
    try:
        data = json.loads(files.read_own(cache_dir / FILE))
        if data.get("key") != key or data.get("docs") != str(docs_dir.resolve()):
            return None
        if _outputs(docs_dir) != data["outputs"]:
            return None
        mac = _signed(data)
        if mac is None or not hmac.compare_digest(str(data.get("mac", "")), mac):
            return None
        if signing.tracked_by_git(cache_dir / FILE):
            return None
        problems = [Problem(*p) for p in data["problems"]]
        return Record(key, problems, {k: int(v) for k, v in data["counts"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(cache_dir: Path, key: str, docs_dir: Path, problems: list[Problem],
         counts: dict[str, int], inputs: Inputs | None = None) -> None:
    outputs = _outputs(docs_dir)
    if outputs is None:
        return
    # what the caches said about themselves is true of this run, not of the ones it stands for
    kept = [p for p in problems if not p.path.startswith(f"{cache_dir.name}/")]
    data: dict[str, Any] = {
        "key": key, "docs": str(docs_dir.resolve()), "outputs": outputs, "counts": counts,
        "problems": [[p.path, p.line, p.col, p.field, p.message, p.severity] for p in kept],
        "inputs": inputs or {}}
    mac = _signed(data)
    if mac is None:
        return
    data["mac"] = mac
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        files.write_atomic(cache_dir / FILE, json.dumps(data, separators=(",", ":")).encode())
    except OSError:
        pass  # without a record the next run generates as usual


def forget(cache_dir: Path) -> None:
    with contextlib.suppress(OSError):  # .briefing-cache/ not a folder: there is no record
        (cache_dir / FILE).unlink(missing_ok=True)
