"""Quotation marks in a summary's own prose: whatever it puts between them, its article must say.

A key point that writes Google says “there is absolutely nothing wrong anywhere” claims those are
the article's words; they are held to the rule of quotes (`matching.find`). The marks are read as
an article's are (`article.quotation_marks`): every style, double and single marks, apostrophes
(Iran’s, the countries’) left alone. A quotation whose marks do not pair (`“…"`, `"…”`, `“…“`) is
read, and refused: the summary's own text can be fixed, an article's cannot.

The fields read are those the content model marks as the writer's own words (`OwnWords`). A
registry description or role is tied to no one article: words it quotes must stand in quotation
marks in an article of a briefing that lists the actor.

An editor's note about the article (`OwnWords(mentions=True)`: `speaker_checked`) writes the
article's words in quotation marks to name them, not to quote anyone: `'He' is Blinken: …` names
the article's `he warned`. Such words must be the article's, in its quotation marks or not; the
case of their first letter may differ, as the start of a sentence sets it on either side. Words
the article does not hold are refused as in any other field.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..article import quotation_marks
from ..content import safe_text
from ..content.load import Located
from ..content.model import Actor, Briefing, own_words
from ..problems import Problem, field_path, problem, visible
from . import matching

_SHOWN = 300  # characters of a passage a message shows


@dataclass(frozen=True)
class Quoted:
    mark: str  # the opening quotation mark
    start: int  # offset of the opening mark in the text searched
    words: str  # what stands between the marks
    closer: str = ""  # the closing mark
    matched: bool = True  # the closing mark pairs with the opening one

    @property
    def pair(self) -> str:
        """The opening mark's own closing mark."""
        return quotation_marks.closers(self.mark)[:1]


def quoted(text: str) -> list[Quoted]:
    """The outermost passages of a text between quotation marks that close. A mark never closed
    quotes nothing; marks inside a quotation (nested or of another kind) belong to it."""
    out: list[Quoted] = []
    for q in quotation_marks.read(text):
        if q.depth or not q.closed:
            continue
        words = text[q.start:q.end].strip()
        if words:
            out.append(Quoted(text[q.open_at], q.open_at, words, text[q.end], q.matched))
    return out


def _marked(value: str) -> bool:
    # '&ldquo;' in Markdown would be a mark
    return "&" in value or any(ch in quotation_marks.MARKS for ch in value)


def check(project_root: Path, located: Located, article: matching.Normalized) -> Iterator[Problem]:
    """An error for every passage in quotation marks that the article does not say."""
    b: Briefing = located.value
    source: list[str] | None = None  # the summary's lines, read only to place a problem
    for loc, value, mark in own_words(b):
        if not _marked(value):
            continue  # nothing quoted: no need to read the Markdown
        text = safe_text.plain(value) if mark.markdown else value
        for passage in quoted(text):
            if mark.mentions and passage.matched and _mentioned(article, passage.words):
                continue
            found = matching.find(article, passage.words)
            if passage.matched and isinstance(found, matching.Match):
                continue
            if source is None:
                source = _lines(project_root / located.path)
            line, col = located.where(*loc)
            col = _mark_column(source, line, col, value, text, passage)
            if not passage.matched:
                yield problem(located.path, line, col, field_path(loc), _unpaired(passage))
            if not isinstance(found, matching.Match):
                yield problem(located.path, line, col, field_path(loc),
                              _message(b.source.seed, passage, found))


def _mentioned(article: matching.Normalized, words: str) -> bool:
    """Whether a note's words in quotation marks are the article's own, as whole words within a
    paragraph, quoted by the article or not: a note names them and gives them to no one, so what
    they would mean as a quotation is no matter. The first letter may differ in case alone."""
    first = words[:1]
    for form in dict.fromkeys((words, first.swapcase() + words[1:])):
        found = matching.find(article, form, unmarked=True)
        if isinstance(found, matching.Match) or found.reason == matching.MEANING:
            return True
    return False


def _unpaired(passage: Quoted) -> str:
    said = visible(f"{passage.mark}{passage.words}{passage.closer}", _SHOWN)
    return (f"the quotation marks of {said} do not pair: '{passage.mark}' opens it and "
            f"'{passage.closer}' closes it; use matching marks: "
            f"{visible(passage.mark + passage.words + passage.pair, _SHOWN)}")


def check_actor(project_root: Path, located: Located, articles: Iterable[matching.Normalized]
                ) -> Iterator[Problem]:
    """An error for every passage in quotation marks in a registry actor's own words that no
    article of a briefing listing the actor puts in quotation marks (or whose marks do not
    pair). `articles` is read only when the actor's text quotes something."""
    actor: Actor = located.value
    read: list[matching.Normalized] | None = None
    source: list[str] | None = None  # the registry file's lines, read only to place a problem
    for loc, value, mark in own_words(actor):
        if not _marked(value):
            continue
        text = safe_text.plain(value) if mark.markdown else value
        for passage in quoted(text):
            if read is None:
                read = list(articles)
                source = _lines(project_root / located.path)
            line, col = located.where(*loc)
            col = _mark_column(source or [], line, col, value, text, passage)
            if not passage.matched:
                yield problem(located.path, line, col, field_path(loc), _unpaired(passage))
            if not any(isinstance(matching.find(article, passage.words), matching.Match)
                       for article in read):
                said = visible(f"{passage.mark}{passage.words}{passage.closer}", _SHOWN)
                where = ("no briefing lists this actor" if not read else
                         "the article of the one briefing listing this actor does not quote them"
                         if len(read) == 1 else f"none of the {len(read)} articles of the "
                         "briefings listing this actor quotes them")
                yield problem(located.path, line, col, field_path(loc),
                              f"the words in quotation marks {said} are nobody's quoted words "
                              f"here: {where}. Drop the quotation marks, or quote what such an "
                              "article puts in quotation marks")


def _message(seed: str, passage: Quoted, found: matching.Miss) -> str:
    said = visible(f"{passage.mark}{passage.words}{passage.closer}", _SHOWN)
    closest = visible(found.closest, _SHOWN)
    if found.reason == matching.UNMARKED:
        return (f"the words in quotation marks {said} are the article's own words, not a "
                f"quotation (line {found.line}: '{closest}'): drop the quotation marks, or quote "
                "what the article puts in quotation marks")
    head = f"the words in quotation marks {said} are not in {seed}"
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
