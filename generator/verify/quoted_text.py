"""Quotation marks in a summary's own prose: whatever it puts between them, its article must say.

A key point that writes Google says “there is absolutely nothing wrong anywhere” claims those are
the article's words; they are held to the rule of quotes (`matching.find`). Only double marks count
(“…”, "…", «…», „…“): a single ’ is far more often an apostrophe (Iran’s, the countries’) than a
closing mark, and guessing would raise false alarms.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..content import safe_text
from ..content.load import Located
from ..content.model import Briefing
from ..problems import Problem, field_path, problem, visible
from . import matching

_SHOWN = 300  # characters of a passage a message shows

# opening mark -> the marks that close it
# (English “…”, French «…», German „…“ and »…«, Swedish ”…”, full-width ＂…＂, straight "…")
_PAIRS = {"“": "”", "‟": "”", "«": "»", "»": "«", "„": "“”", "”": "”", "＂": "＂", '"': '"'}
MARKS = "".join(_PAIRS)  # every mark that opens a quotation in a summary's prose


@dataclass(frozen=True)
class Quoted:
    mark: str  # the opening quotation mark
    start: int  # offset of the opening mark in the text searched
    words: str  # what stands between the marks


def free_text(b: Briefing) -> Iterator[tuple[tuple, str, bool]]:
    """Every free-text field of a briefing: (field path, value, holds inline Markdown)."""
    yield ("title",), b.title, False
    yield ("bottom_line",), b.bottom_line, True
    for i, point in enumerate(b.key_points):
        yield ("key_points", i), point, True
    for i, a in enumerate(b.actors):
        if a.role:
            yield ("actors", i, "role"), a.role, False
    for i, q in enumerate(b.quotes):
        if q.context:
            yield ("quotes", i, "context"), q.context, True
    for i, s in enumerate(b.sanctions):
        yield ("sanctions", i, "measure"), s.measure, True
        yield ("sanctions", i, "reason"), s.reason, True
    for i, c in enumerate(b.claims):
        yield ("claims", i, "claim"), c.claim, True
        if c.note:
            yield ("claims", i, "note"), c.note, True
    for i, e in enumerate(b.events):
        yield ("events", i, "what"), e.what, True
        if e.as_reported:
            yield ("events", i, "as_reported"), e.as_reported, False
    for i, question in enumerate(b.questions):
        yield ("questions", i, "question"), question.question, True
        yield ("questions", i, "why_it_matters"), question.why_it_matters, True
        for j, watch in enumerate(question.watch):
            yield ("questions", i, "watch", j), watch, True
    for i, answer in enumerate(b.answers):
        yield ("answers", i, "answer"), answer.answer, True
    for i, r in enumerate(b.relations):
        if r.what:
            yield ("relations", i, "what"), r.what, False


def quoted(text: str) -> list[Quoted]:
    """The passages of a text between double quotation marks. A mark never closed quotes nothing;
    marks inside a quotation (nested or of another kind) belong to it."""
    out: list[Quoted] = []
    unclosed: set[str] = set()  # no closing mark of these after here: never search again
    i = 0
    while i < len(text):
        closers = _PAIRS.get(text[i])
        if closers is None or closers in unclosed:
            i += 1
            continue
        end = _closing(text, i + 1, closers)
        if end < 0:
            unclosed.add(closers)
            i += 1
            continue
        words = text[i + 1:end].strip()
        if words:
            out.append(Quoted(text[i], i, words))
        i = end + 1
    return out


def _closing(text: str, start: int, closers: str) -> int:
    """Offset of the first closing mark from `start`, or -1. A straight mark right before a letter
    or a digit does not close: it opens a word."""
    for k in range(start, len(text)):
        if text[k] in closers and not (closers == '"' and k + 1 < len(text) and text[k + 1].isalnum()):
            return k
    return -1


def check(project_root: Path, located: Located, article: matching.Normalized) -> Iterator[Problem]:
    """An error for every passage in quotation marks that the article does not say."""
    b: Briefing = located.value
    source: list[str] | None = None  # the summary's lines, read only to place a problem
    for loc, value, markdown in free_text(b):
        if "&" not in value and not any(mark in value for mark in _PAIRS):
            continue  # nothing quoted: no need to read the Markdown ('&ldquo;' would be a mark)
        text = safe_text.plain(value) if markdown else value
        for passage in quoted(text):
            found = matching.find(article, passage.words)
            if isinstance(found, matching.Match):
                continue
            if source is None:
                source = _lines(project_root / located.path)
            line, col = located.where(*loc)
            col = _mark_column(source, line, col, value, text, passage)
            yield problem(located.path, line, col, field_path(loc), _message(b, passage, found))


def _message(b: Briefing, passage: Quoted, found: matching.Miss) -> str:
    said = visible(f"{passage.mark}{passage.words}{_PAIRS[passage.mark][-1]}", _SHOWN)
    closest = visible(found.closest, _SHOWN)
    if found.reason == matching.UNMARKED:
        return (f"the words in quotation marks {said} are the article's own words, not a "
                f"quotation (line {found.line}: '{closest}'): drop the quotation marks, or quote "
                "what the article puts in quotation marks")
    head = f"the words in quotation marks {said} are not in {b.source.seed}"
    detail = "; ".join(found.differences)
    if found.closest:
        head += f": the article says (line {found.line}): '{closest}'" + (
            f". {detail}" if detail else "")
    elif detail:
        head += f": {detail}"
    return head + ". Quote the article's own words, or drop the quotation marks"


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return []


def _mark_column(lines: list[str], line: int, col: int, value: str, text: str,
                 passage: Quoted) -> int:
    """The column of the opening mark when the value's first line, plain or quoted, holds the
    value as it is up to that mark; else the column where the value starts."""
    if not 0 < line <= len(lines):
        return col
    raw = lines[line - 1][col - 1:]
    start = col
    if raw[:1] in ("'", '"') and not value.startswith(raw[:1]):
        start, raw = col + 1, raw[1:]
    # Markdown may differ between the value and its plain words, quotation marks do not: the
    # passage's mark is the n-th of its kind in both
    nth = text.count(passage.mark, 0, passage.start)
    at = -1
    for _ in range(nth + 1):
        at = value.find(passage.mark, at + 1)
        if at < 0:
            return col
    return start + at if raw.startswith(value[:at + 1]) else col
