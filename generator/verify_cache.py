"""What the verify stage found for each briefing, kept between runs.

Checking a briefing means matching every quote against its article, the costly part of a run. Its
result depends on the summary's bytes, the seed's bytes, the actor registry, --strict and the
generator's own code, and on nothing else: the key is the SHA-256 of all of them, so any change to
one re-verifies, and a run after editing one summary re-verifies that one alone.

The cache is one JSON file in .briefing-cache/ (git-ignored). A missing, unreadable or foreign file
is an empty cache; entries that a run did not use are dropped when it saves.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import Problem

FORMAT = 1
FILE = "verify.json"


def _code_version() -> str:
    """Every module of the generator: a change in any of them may change what verify reports."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


CODE_VERSION = _code_version()


@dataclass
class Entry:
    problems: list[Problem]
    spans: dict[str, list[tuple[int, int]]] | None  # None: the briefing did not verify


@dataclass
class VerifyCache:
    folder: Path | None
    entries: dict[str, Entry] = field(default_factory=dict)
    used: dict[str, Entry] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    @classmethod
    def open(cls, folder: Path | None) -> VerifyCache:
        cache = cls(folder)
        if folder is None:
            return cache
        try:
            data = json.loads((folder / FILE).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return cache
            cache.entries = {key: _entry(value) for key, value in data["entries"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            cache.entries = {}
        return cache

    def get(self, key: str) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.hits += 1
        self.used[key] = entry
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.used[key] = entry

    def save(self) -> None:
        if self.folder is None or (not self.misses and len(self.used) == len(self.entries)):
            return
        data = {"format": FORMAT, "entries": {key: _plain(e) for key, e in sorted(self.used.items())}}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f"{FILE}.{os.getpid()}.tmp"
            tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                           encoding="utf-8")
            tmp.replace(self.folder / FILE)
        except OSError:
            pass  # a cache that cannot be written costs time on the next run, nothing else


def key(*parts: str) -> str:
    digest = hashlib.sha256(CODE_VERSION.encode())
    for part in parts:
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def _plain(entry: Entry) -> dict[str, Any]:
    return {"problems": [[p.path, p.line, p.col, p.field, p.message, p.severity]
                         for p in entry.problems],
            "spans": entry.spans}


def _entry(value: dict[str, Any]) -> Entry:
    spans = value["spans"]
    return Entry(
        problems=[Problem(str(a), int(b), int(c), str(d), str(e), str(f))
                  for a, b, c, d, e, f in value["problems"]],
        spans=None if spans is None else {str(q): [(int(s), int(e)) for s, e in found]
                                          for q, found in spans.items()},
    )
