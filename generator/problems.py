"""Problems found in content: collected as values, reported together, never raised one by one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
