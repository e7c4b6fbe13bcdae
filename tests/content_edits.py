"""Editing a copy of the shipped content line by line, and proving that output folders stayed put.

Edits name the line and the text they expect on it, so that a test fails loudly, instead of
testing something else, when the shipped content moves.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import yaml
from click.testing import Result

from .conftest import BRIEFING_YAML, copy_project, run

SEED = "seeds/000_71c8a87dcccb59d2.txt"


def replace_on_line(path: Path, line: int, old: str, new: str) -> None:
    lines = path.read_bytes().split(b"\n")
    assert old.encode() in lines[line - 1], f"{path.name}:{line} is {lines[line - 1]!r}"
    lines[line - 1] = lines[line - 1].replace(old.encode(), new.encode(), 1)
    path.write_bytes(b"\n".join(lines))


def set_line(path: Path, line: int, old: str, new: str) -> None:
    """Replace line `line` (which must read `old`) with `new`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[line - 1] == old, f"{path.name}:{line} is {lines[line - 1]!r}"
    lines[line - 1] = new
    path.write_text("\n".join(lines), encoding="utf-8")


def insert_after(path: Path, line: int, text: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line:line] = text.split("\n")
    path.write_text("\n".join(lines), encoding="utf-8")


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under `folder` with its content hash and mtime: equal snapshots
    mean nothing was written, removed, or even touched."""
    state: dict[str, tuple[str, int]] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
            state[path.relative_to(folder).as_posix()] = (digest, st.st_mtime_ns)
    return state


def outputs(root: Path) -> dict[str, dict[str, tuple[str, int]]]:
    return {"site": snapshot(root / "site"), "docs": snapshot(root / "docs")}


def copy_built(source: Path, dest: Path) -> Path:
    """A copy of a built project, docs/ and site/ included, mtimes kept."""
    shutil.copytree(source, dest, symlinks=True)
    return dest


def build_project(dest: Path) -> Path:
    root = copy_project(dest)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert (root / "site/index.html").is_file()
    return root


def briefing(root: Path) -> Path:
    return root / BRIEFING_YAML


def output_lines(result: Result) -> list[str]:
    return result.output.splitlines()


def reported(result: Result, where: str, *words: str) -> bool:
    """Is there a line starting with `where` (file:line:col:) that holds all `words`?"""
    return any(line.startswith(where) and all(w in line for w in words)
               for line in output_lines(result))


class _TextDates(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's, when installed
    """YAML as the content model reads it: a date stays the text it is written as."""


_TextDates.add_constructor("tag:yaml.org,2002:timestamp",
                           lambda loader, node: loader.construct_scalar(node))


def load_yaml(text: str) -> Any:
    """A content file's values, dates as written: what the content model validates."""
    return yaml.load(text, Loader=_TextDates)  # noqa: S506 - a SafeLoader


def compose_yaml(text: str) -> yaml.Node:
    """A content file's node tree, each node with the position it starts at."""
    return yaml.compose(text, Loader=_TextDates)  # noqa: S506 - a SafeLoader
