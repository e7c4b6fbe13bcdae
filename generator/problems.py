"""Problems found in content: collected as values, reported together, never raised one by one."""

from __future__ import annotations

import traceback
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import look_alike


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    field: str
    message: str
    severity: str = "error"  # "error", "warning" (an error with --strict) or "note" (information)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        field = f" {self.field}:" if self.field else ""
        label = "" if self.severity == "error" else f" {self.severity}:"
        return f"{where}:{label}{field} {self.message}"


def problem(path: str | Path, line: int, col: int, field: str, message: str,
            severity: str = "error") -> Problem:
    return Problem(str(path), line, col, field, message, severity)


def counted(n: int, word: str) -> str:
    """'1 error', '2 errors': how a count of problems is said, in the terminal and in the page."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems))


def field_path(loc: tuple[str | int, ...]) -> str:
    """('quotes', 3, 'speaker') -> 'quotes[3].speaker'"""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def code_point(char: str) -> str:
    """A character as its code point, for text that must not print it raw: ⟨U+2028⟩."""
    return f"⟨U+{ord(char):04X}⟩"


def visible(text: str, limit: int | None = None) -> str:
    """Text for a message, with what a reader cannot see or cannot tell apart written as its code
    point: invisible and control characters and every space but ' ' (⟨U+00AD⟩, ⟨U+200B⟩,
    ⟨U+00A0⟩, ⟨U+000A⟩), and the letters of another script inside a word that UTS #39 finds
    mixed (⟨U+0430⟩ in 'Tehrаn', ⟨U+0585⟩ in 'Bօb'), so that the difference a message reports
    can be seen. Text longer than `limit` keeps its beginning and end, joined by ' […] ', so one
    line stays readable."""
    if limit is not None and len(text) > limit:
        head, tail = text[:limit * 2 // 3].rsplit(" ", 1)[0], text[-(limit // 3):]
        tail = tail.split(" ", 1)[-1] if " " in tail else tail
        return f"{visible(head)} […] {visible(tail)}"
    if text.isascii() and text.isprintable():
        return text
    foreign: set[int] = set()
    for m in look_alike.WORD.finditer(text):
        if not m.group().isascii():
            foreign.update(m.start() + i for i in look_alike.foreign_letters(m.group()))
    return "".join(code_point(ch) if i in foreign or _hidden(ch) else ch
                   for i, ch in enumerate(text))


def _hidden(ch: str) -> bool:
    return ch != " " and (unicodedata.category(ch)[0] in "CZ"
                          or look_alike.INVISIBLE.match(ch) is not None)


def raised_at(exc: BaseException, folders: list[Path]) -> tuple[Path, int] | None:
    """The file and line in one of `folders` where an exception arose: the template Jinja names,
    else the deepest frame of the traceback in those folders (Jinja puts templates' lines in it)."""
    homes = [f.resolve() for f in folders]
    filename, lineno = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if isinstance(filename, str) and isinstance(lineno, int):
        return Path(filename), lineno
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename).resolve()
        if any(path.is_relative_to(home) for home in homes) and frame.lineno is not None:
            return path, frame.lineno
    return None


def shown_path(path: Path, root: Path) -> str:
    """A path as the user knows it: relative to the project when inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
