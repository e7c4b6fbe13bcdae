"""The article on its source page: in full, or, where it may not be republished, excerpts only.

Either way each quoted passage is marked and anchored (`<mark id="src-QUOTE-ID">`), so that the
quote's "in the article" link lands on it. Everything else is escaped Markdown.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from typing import Any

from ..content.safe_text import MdSafe, md_escape

# Words of context kept on each side of a quoted passage in excerpt mode.
CONTEXT_WORDS = 12

Mark = tuple[int, int, str]  # start, end, anchor


def marks(item: Any) -> list[Mark]:
    found: list[Mark] = []
    for quote_id, spans in item.spans.items():
        for n, (start, end) in enumerate(spans, 1):
            found.append((start, end, f"src-{quote_id}" + (f"-{n}" if n > 1 else "")))
    return sorted(found)


def titles(item: Any) -> dict[str, str]:
    """Anchor -> the article's own words that give the quote its speaker, where they confirm it:
    shown over the passage, so that the source page too says why the site names that speaker."""
    out: dict[str, str] = {}
    for quote_id, spans in item.spans.items():
        verdict = item.speakers.get(quote_id)
        if verdict is None or verdict.verdict != "confirmed" or not verdict.words:
            continue
        for n in range(1, len(spans) + 1):
            out[f"src-{quote_id}" + (f"-{n}" if n > 1 else "")] = f"Attributed: {verdict.words}"
    return out


def _starting_in(all_marks: list[Mark], starts: list[int], lo: int, hi: int) -> list[Mark]:
    """The marks that start in text[lo:hi], found by bisection: a line reads its own marks, not
    every mark of the article (an article with 40,000 quotes has as many lines)."""
    return all_marks[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def paragraphs(item: Any) -> list[MdSafe]:
    """The whole article, one Markdown paragraph per line, quoted passages marked."""
    text: str = item.seed_text
    all_marks = marks(item)
    starts = [start for start, _, _ in all_marks]
    said = titles(item)
    out: list[MdSafe] = []
    for line in _lines(text):
        # a quoted passage never runs across a line, so the line's marks are those starting in it
        for start, end in _pieces(text, *line, _starting_in(all_marks, starts, *line)):
            paragraph = _marked(text, start, end, all_marks, starts, said).strip()
            if paragraph:
                out.append(MdSafe(paragraph))
    return out


# Longest paragraph a source page shows. Python-Markdown's inline pass takes time that grows
# faster than a paragraph's length (a 400,000-character line: 13 s against 1 s for 100,000), and
# an article pasted as one line would be one such paragraph: longer lines are shown in pieces.
PIECE = 2_000
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _pieces(text: str, start: int, end: int, all_marks: list[Mark]) -> list[tuple[int, int]]:
    """A line as paragraphs of at most about PIECE characters, cut after a sentence where there
    is one, else at a space, never inside a quoted passage (its mark must stay whole)."""
    if end - start <= PIECE:
        return [(start, end)]
    inside = [(s, e) for s, e, _ in all_marks if s < end and e > start]
    starts = [s for s, _ in inside]
    # the furthest end of the marks up to each: a cut is inside a mark when one that starts
    # before it ends after it, found by one bisection instead of a look at every mark
    reach = list(itertools.accumulate((e for _, e in inside), max))

    def in_mark(at: int) -> bool:
        k = bisect.bisect_left(starts, at) - 1
        return k >= 0 and reach[k] > at

    def last_free(pattern: re.Pattern[str], lo: int, hi: int) -> int | None:
        for m in reversed(list(pattern.finditer(text, lo, hi))):
            if not in_mark(m.end()):
                return m.end()
        return None

    pieces, lo = [], start
    while end - lo > PIECE:
        floor, limit = lo + PIECE // 4, lo + PIECE
        cut = last_free(_SENTENCE_END, floor, limit) or last_free(_SPACE, floor, limit)
        if cut is None:  # one long word, or a quoted passage: cut at the limit, or after it
            cut = next((e for s, e in inside if s < limit < e), limit)
        pieces.append((lo, cut))
        lo = cut
    pieces.append((lo, end))
    return pieces


def excerpts(item: Any, context_words: int = CONTEXT_WORDS) -> list[MdSafe]:
    """Only the quoted passages, each with a few words around it, never across a paragraph.

    Passages close enough to share their context become one excerpt; an excerpt that does not
    reach the edge of its paragraph is marked with '…' on that side.
    """
    text: str = item.seed_text
    all_marks = marks(item)
    starts = [start for start, _, _ in all_marks]
    said = titles(item)
    out: list[MdSafe] = []
    for line_start, line_end in _lines(text):
        inside = _starting_in(all_marks, starts, line_start, line_end)
        windows: list[list[int]] = []
        for start, end, _ in inside:
            lo = _back_words(text, start, line_start, context_words)
            hi = _forward_words(text, min(end, line_end), line_end, context_words)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            body = _marked(text, lo, hi, all_marks, starts, said).strip()
            if not body:
                continue
            before = "… " if text[line_start:lo].strip() else ""
            after = " …" if text[hi:line_end].strip() else ""
            out.append(MdSafe(before + body + after))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """Paragraphs are lines ended by a line feed; never str.splitlines(), which also ends one at
    U+2028, U+0085 and others that Markdown reads as text."""
    spans, offset = [], 0
    for line in text.split("\n"):
        end = offset + len(line)
        spans.append((offset, min(end + 1, len(text))))
        offset = end + 1
    return spans


# Characters read first around a passage for its words of context, widened until they hold them:
# a line may be a whole article with thousands of passages, and each reads its neighbourhood only.
_NEAR = 256


def _back_words(text: str, start: int, floor: int, n: int) -> int:
    width = _NEAR
    while True:
        lo = max(floor, start - width)
        words = list(_WORD.finditer(text, lo, start))
        # the first word read may be cut at `lo`; the n-th from the end is whole when it is not it
        if len(words) > n or lo == floor:
            return words[-n].start() if len(words) >= n else floor
        width *= 4


def _forward_words(text: str, end: int, ceiling: int, n: int) -> int:
    # a quote's closing mark or punctuation sticks to it and is not counted as a word
    count = n + 1 if not text[end:end + 1].isspace() else n
    width = _NEAR
    while True:
        hi = min(ceiling, end + width)
        words = list(_WORD.finditer(text, end, hi))
        if len(words) > count or hi == ceiling:
            return words[min(count, len(words)) - 1].end() if words else end
        width *= 4


_WORD = re.compile(r"\S+")


def _marked(text: str, lo: int, hi: int, all_marks: list[Mark], starts: list[int],
            said: dict[str, str]) -> str:
    pieces: list[str] = []
    cursor = lo
    for start, end, anchor in _starting_in(all_marks, starts, lo, hi):
        pieces.append(_escape_keep_space(text[cursor:start]))
        title = f' title="{html.escape(said[anchor], quote=True)}"' if anchor in said else ""
        pieces.append(f'<mark id="{anchor}" class="quote-source"{title}>'
                      f'{_escape_keep_space(text[start:end])}</mark>')
        cursor = max(cursor, end)
    if cursor < hi:
        pieces.append(_escape_keep_space(text[cursor:hi]))
    return "".join(pieces)


def _escape_keep_space(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        return " " if text else ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return lead + md_escape(stripped) + trail
