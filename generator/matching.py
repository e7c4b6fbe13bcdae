"""Finding a quote in its article, allowing for typography and nothing else.

Allowed: runs of white space, straight vs curly quotes and apostrophes, a closing comma or period,
and an ellipsis that stands for words left out (the parts must then occur in order).
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "\u00a0": " "})
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_EDGE = " \"'"
_TRAILING = ",.;:"


_SPACE_RUN = re.compile(r"\s+")  # \s is str.isspace() for str patterns


@dataclass(frozen=True)
class Normalized:
    """An article with quotes and apostrophes made straight and white space runs made one space.

    Offsets map back to the original through the runs that were shortened (one bisect), not
    through a list with an entry per character: articles are long and there are many of them."""

    text: str
    original: str
    runs: list[int]  # normalized offset just after each shortened run
    removed: list[int]  # characters removed by that run and all runs before it

    def offset(self, i: int) -> int:
        """Offset in the original of normalized character i."""
        k = bisect.bisect_right(self.runs, i)
        return i + (self.removed[k - 1] if k else 0)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offset(start), self.offset(end - 1) + 1


def normalize(text: str) -> Normalized:
    translated = text.translate(_QUOTES)
    pieces: list[str] = []
    runs: list[int] = []
    removed: list[int] = []
    cursor = length = gone = 0
    for m in _SPACE_RUN.finditer(translated):
        start, end = m.span()
        if end - start == 1 and translated[start] == " ":
            continue
        pieces.append(translated[cursor:start])
        pieces.append(" ")
        length += start - cursor + 1
        gone += end - start - 1
        cursor = end
        runs.append(length)
        removed.append(gone)
    pieces.append(translated[cursor:])
    return Normalized("".join(pieces), text, runs, removed)


def quote_parts(quote: str) -> list[str]:
    """The pieces of a quote that must appear in the article, in order."""
    text = normalize(quote).text.strip()
    parts = []
    for piece in _ELLIPSIS.split(text):
        piece = piece.strip(_EDGE).rstrip(_TRAILING).strip(_EDGE)
        if piece:
            parts.append(piece)
    return parts


@dataclass(frozen=True)
class Match:
    spans: list[tuple[int, int]]  # in the original article's characters

    @property
    def span(self) -> tuple[int, int]:
        return self.spans[0][0], self.spans[-1][1]


@dataclass(frozen=True)
class Miss:
    part: str
    closest: str  # the article's words where the quote comes closest
    line: int  # line of the article where that passage is
    differences: list[str]


def find(article: Normalized, quote: str) -> Match | Miss:
    parts = quote_parts(quote)
    if not parts:
        return Miss(quote, "", 0, ["the quote has no words"])
    spans: list[tuple[int, int]] = []
    position = 0
    previous = ""
    for part in parts:
        hit = _find_part(article.text, part, position)
        if hit is None:
            if spans and _find_part(article.text, part, 0) is not None:
                return Miss(part, "", 0, [
                    f"'{part}' occurs in the article, but not after '{previous}': the parts "
                    "of a quote around '…' must come in the article's order"])
            return _closest(article, part, position)
        previous = part
        spans.append(article.original_span(*hit))
        position = hit[1]
    return Match(spans)


def _find_part(text: str, part: str, start: int) -> tuple[int, int] | None:
    """The part as whole words (what (?<!\\w)part(?!\\w) finds), preferring a place where it stands
    in quotation marks. str.find, not a regular expression: each quote would be a new pattern."""
    first = None
    at = text.find(part, start)
    while at >= 0:
        end = at + len(part)
        if not (at > 0 and _word(text[at - 1])) and not (end < len(text) and _word(text[end])):
            # a word quoted inside a paraphrase: prefer the place where it stands in quotation marks
            if at > 0 and text[at - 1] == '"':
                return at, end
            if first is None:
                first = (at, end)
            at = text.find(part, end)  # as finditer: the next match starts after this one
        else:
            at = text.find(part, at + 1)
    return first


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _closest(article: Normalized, part: str, start: int) -> Miss:
    text = article.text
    matcher = difflib.SequenceMatcher(None, text, part, autojunk=False)
    i, j, k = matcher.find_longest_match(0, len(text), 0, len(part))
    if k == 0:
        return Miss(part, "", 0, ["no words of it occur in the article"])
    lo = max(0, i - j)
    hi = min(len(text), lo + len(part))
    # widen to whole words
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    passage = text[lo:hi]
    original_offset = article.offset(lo) if lo < len(text) else 0
    # show the article's own characters (curly quotes and all), compare the normalized ones
    start, end = article.original_span(lo, hi) if hi > lo else (0, 0)
    words = " ".join(article.original[start:end].split())
    return Miss(part, words, _line_of(article, original_offset), _word_diff(part, passage))


def _line_of(article: Normalized, original_offset: int) -> int:
    return article.original.count("\n", 0, original_offset) + 1


def _word_diff(quote: str, passage: str) -> list[str]:
    a, b = quote.split(), passage.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        ours, theirs = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "replace":
            out.append(f"the quote has '{ours}' where the article has '{theirs}'")
        elif tag == "delete":
            out.append(f"the quote adds '{ours}'")
        else:
            out.append(f"the quote leaves out '{theirs}' (mark an omission with '…')")
    return out or ["the words differ only in punctuation or case"]
