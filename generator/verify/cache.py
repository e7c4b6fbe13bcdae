"""What the verify stage found for each briefing, kept between runs.

Checking a briefing means matching every quote against its article and reading who the article
says spoke each one, the costly part of a run. What is kept (the problems found, each quote's
spans, and the verdict on its speaker with the article's words that the pages show) depends on
the summary's bytes, the seed's bytes, what those checks read of the actor registry
(`attribution.Reads`), --strict and the generator's own code, and on nothing else: the key is the
SHA-256 of all of them, so any change to one re-verifies, and a run after editing one summary, or
an actor no other briefing reads, re-verifies that one alone. References to actors are checked on
every run, outside the cache.

Finding that key costs a reading of the article's words and the registry's names for each briefing,
and the references to actors are checked beside it: at 10,000 briefings, seconds on every run. So
each briefing also has a shortcut, keyed by its summary's and seed's bytes, the whole registry
and --strict (finer than the key, so never wrong where the key is right), that gives the key and
the reference problems found with that registry: a run that changed no actor file reads neither
again. It is used only when every actor file loaded.

The cache is one JSON file in .briefing-cache/ (git-ignored). A missing, unreadable or foreign file
is an empty cache; entries that a run did not use are dropped when it saves.

A cached verdict stands in for matching every quote, so a forged one would publish a quote that
its article does not contain. Each entry therefore carries an HMAC made with a key that lives
outside the project (`signing.secret`): an entry written by hand, by another machine or committed by
someone else fails the check and its briefing is verified afresh. A cache file that git tracks is
ignored whole, because anyone with push access wrote it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import files
from ..problems import Problem
from ..signing import CODE_VERSION, KEY_VARIABLE, _key_file, secret, sign, tracked_by_git
from .attribution import Verdict

__all__ = ["CODE_VERSION", "KEY_VARIABLE", "secret", "sign", "tracked_by_git"]

FORMAT = 4
FILE = "verify.json"


@dataclass
class Entry:
    problems: list[Problem]
    spans: dict[str, list[tuple[int, int]]] | None  # None: the briefing did not verify
    speakers: dict[str, Verdict] = field(default_factory=dict)  # quote id -> verdict


@dataclass
class Shortcut:
    key: str  # the entry's key, as Reads would give it
    refs: list[Problem]  # the reference problems found with the same registry


@dataclass
class VerifyCache:
    folder: Path | None
    entries: dict[str, Entry] = field(default_factory=dict)
    used: dict[str, Entry] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0
    notes: list[Problem] = field(default_factory=list)  # said once per run, not per entry
    secret: bytes | None = None
    forged: bool = False  # some entries failed authentication: rewrite the file without them
    shortcuts: dict[str, Shortcut] = field(default_factory=dict)
    used_shortcuts: dict[str, Shortcut] = field(default_factory=dict)
    new_shortcuts: int = 0
    # each entry and shortcut as read, with its HMAC, once authenticated: what an edit's save
    # writes again for every briefing it did not change, unsigned and signed anew before
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)
    stored_shortcuts: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def open(cls, folder: Path | None) -> VerifyCache:
        cache = cls(folder)
        if folder is None:
            return cache
        cache.secret = secret()
        path = folder / FILE
        if cache.secret is None:
            cache.folder = None  # nothing to authenticate with: neither trust nor write
            cache.notes.append(_note(folder, f"no cache key: set {KEY_VARIABLE} or make "
                                             f"{_key_file()} writable; every briefing is verified"))
            return cache
        if path.is_file() and tracked_by_git(path):
            cache.folder = None
            cache.notes.append(_note(folder, "tracked by git, so anyone could have written it: "
                                             "ignored, every briefing is verified; untrack it "
                                             f"with 'git rm --cached {path.name}'"))
            return cache
        try:
            data = json.loads(files.read_own(path))
            if data.get("format") != FORMAT:
                return cache
            forged = 0
            for key, value in data["entries"].items():
                if hmac.compare_digest(str(value.get("mac", "")), cache._mac(key, value)):
                    cache.entries[key] = _entry(value)
                    cache.stored[key] = value
                else:
                    forged += 1
            for key, value in data["shortcuts"].items():
                if hmac.compare_digest(str(value.get("mac", "")),
                                       shortcut_mac(cache.secret, key, value)):
                    cache.shortcuts[key] = Shortcut(str(value["key"]),
                                                    _problems(value["refs"]))
                    cache.stored_shortcuts[key] = value
                else:  # its entry is still reached by its key, found anew; told all the same
                    forged += 1
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            cache.entries, cache.shortcuts, cache.stored, cache.stored_shortcuts = {}, {}, {}, {}
            return cache
        if forged:
            cache.forged = True
            cache.notes.append(_note(folder, f"{forged} {'entry' if forged == 1 else 'entries'} "
                                             "failed authentication (edited, or written with "
                                             "another cache key): verified afresh"))
        return cache

    def _mac(self, key: str, value: dict[str, Any]) -> str:
        assert self.secret is not None
        return entry_mac(self.secret, key, value)

    def get(self, key: str, as_written: Callable[[Entry], bool]) -> Entry | None:
        """The entry for key, if there is one and it passes `as_written`."""
        entry = self.entries.get(key)
        if entry is None or not as_written(entry):
            self.misses += 1
            return None
        self.hits += 1
        self.used[key] = entry
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.used[key] = entry

    def shortcut(self, quick: str, as_written: Callable[[Entry], bool]
                 ) -> tuple[Shortcut, Entry] | None:
        """The shortcut for `quick` and the entry it leads to, if both are there and the entry
        passes `as_written` (a hit then); else None, counting nothing: the key is found anew."""
        found = self.shortcuts.get(quick)
        entry = None if found is None else self.entries.get(found.key)
        if found is None or entry is None or not as_written(entry):
            return None
        self.hits += 1
        self.used[found.key] = entry
        self.used_shortcuts[quick] = found
        return found, entry

    def put_shortcut(self, quick: str, found: Shortcut) -> None:
        if self.shortcuts.get(quick) != found:
            self.new_shortcuts += 1
        self.used_shortcuts[quick] = found

    def save(self) -> None:
        if self.folder is None or (not self.misses and not self.forged and not self.new_shortcuts
                                   and len(self.used) == len(self.entries)
                                   and len(self.used_shortcuts) == len(self.shortcuts)):
            return
        assert self.secret is not None
        entries = {}
        for key, e in sorted(self.used.items()):
            if e is self.entries.get(key) and key in self.stored:  # as read, and authenticated
                entries[key] = self.stored[key]
                continue
            value = _plain(e)
            value["mac"] = self._mac(key, value)
            entries[key] = value
        shortcuts = {}
        for key, found in sorted(self.used_shortcuts.items()):
            if found is self.shortcuts.get(key) and key in self.stored_shortcuts:
                shortcuts[key] = self.stored_shortcuts[key]
                continue
            value = {"key": found.key, "refs": _plain_problems(found.refs)}
            value["mac"] = shortcut_mac(self.secret, key, value)
            shortcuts[key] = value
        data = {"format": FORMAT, "entries": entries, "shortcuts": shortcuts}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            files.write_atomic(self.folder / FILE, json.dumps(
                data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written costs time on the next run, nothing else


def entry_mac(secret_key: bytes, key: str, value: dict[str, Any]) -> str:
    """The HMAC of one stored entry: its key, problems, spans and speakers."""
    return sign(secret_key, key, json.dumps([value["problems"], value["spans"], value["speakers"]],
                                            ensure_ascii=False, separators=(",", ":")))


def shortcut_mac(secret_key: bytes, key: str, value: dict[str, Any]) -> str:
    """The HMAC of one stored shortcut: its key, the entry's key and the reference problems."""
    return sign(secret_key, "shortcut\0" + key, json.dumps(
        [value["key"], value["refs"]], ensure_ascii=False, separators=(",", ":")))


def _note(folder: Path, message: str) -> Problem:
    return Problem(f"{folder.name}/{FILE}", 1, 1, "", message, "note")


def key(*parts: str) -> str:
    digest = hashlib.sha256(CODE_VERSION.encode())
    for part in parts:
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def _plain_problems(problems: list[Problem]) -> list[list[Any]]:
    return [[p.path, p.line, p.col, p.field, p.message, p.severity] for p in problems]


def _problems(plain: list[list[Any]]) -> list[Problem]:
    return [Problem(str(a), int(b), int(c), str(d), str(e), str(f)) for a, b, c, d, e, f in plain]


def _plain(entry: Entry) -> dict[str, Any]:
    return {"problems": _plain_problems(entry.problems),
            "spans": entry.spans,
            "speakers": {q: [v.verdict, v.words, v.actor, v.name, v.at, v.why]
                         for q, v in entry.speakers.items()}}


def _entry(value: dict[str, Any]) -> Entry:
    spans = value["spans"]
    return Entry(
        problems=_problems(value["problems"]),
        spans=None if spans is None else {str(q): [(int(s), int(e)) for s, e in found]
                                          for q, found in spans.items()},
        speakers={str(q): Verdict(str(verdict), str(words), None if actor is None else str(actor),
                                  str(name), int(at), str(why))
                  for q, (verdict, words, actor, name, at, why) in value["speakers"].items()},
    )
