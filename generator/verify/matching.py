"""Finding a quote in its article, allowing for typography and nothing else.

Allowed: runs of white space, straight vs curly quotes and apostrophes, no-break spaces, invisible
characters (soft hyphens, zero-width characters), composed vs decomposed accents (text is compared
in NFC), a closing comma or period, and an ellipsis that stands for words left out.

Refused, because each changes what the article says or who says it:
- part of a word: a word goes on across apostrophes, hyphens and combining marks, so "We can" is
  not in "We can’t", nor "lethal aid" in "non-lethal aid";
- the article's own words: a quote stands between the article's quotation marks, unless it says
  it reproduces a passage the article gives without them (`unmarked`);
- an ellipsis that joins words of two quotations or two paragraphs, or leaves out a negation;
- a quote that runs across a paragraph break (each line of a seed is a paragraph);
- a quote whose surrounding words change what it says (`meaning.fault`).
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from ..article import quotation_marks
from ..article.text import LINE_BREAK
from ..problems import visible
from . import meaning
from .meaning import is_negation, negation_kind

# every quotation mark made straight: one that may be an apostrophe ', any other " (a word goes on
# across ', so 'said『we' must not read as one word); and the apostrophes and hyphens that are no
# quotation marks
_QUOTES = str.maketrans({**{m: "'" if m in quotation_marks.APOSTROPHES else '"'
                            for m in quotation_marks.MARKS},
                         "′": "'", "ʼ": "'", "´": "'", "`": "'", "\u2010": "-", "\u2011": "-"})
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters
# a single " " needs no work: matching only longer runs, other spaces and invisibles keeps the
# loop below to the places that change
_GAP = re.compile(rf"[\s{_INVISIBLE}]{{2,}}|[^\S ]|[{_INVISIBLE}]")
_LINE_BREAK = re.compile(LINE_BREAK)
_SPACES = re.compile(r"[ \t]+")
_BREAK_AND_MARK = re.compile("\n[\"']?")
_ELLIPSIS = re.compile(r"\s*[\[(]?(?:…|\.\.\.)[\])]?\s*")
_EDGE = " \"'"
_TRAILING = ",.;:"
_JOINERS = "'-"  # inside a word, these do not end it: can't, non-lethal

# Characters of combining class 0 that NFC still joins to the character before them (Hangul
# vowels and finals, some Indic and Tibetan vowel signs; from the Unicode composition data), so a
# run of text may not be composed on its own in front of them.
_COMPOSES_BACKWARDS = frozenset(
    [chr(c) for c in (0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5,
                      0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x0F73, 0x0F75, 0x0F81, 0x0FB5,
                      0x0FB7, 0x102E, 0x1B35, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA,
                      0x114BD, 0x115AF, 0x11930)]
    + [chr(c) for c in range(0x1161, 0x1176)] + [chr(c) for c in range(0x11A8, 0x11C3)])

_WORDS = meaning.WORDS
_SHORT_GAP = 400


def _joins_previous(ch: str) -> bool:
    return unicodedata.combining(ch) != 0 or ch in _COMPOSES_BACKWARDS


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M"


@dataclass(frozen=True)
class _Shifts:
    """Offsets of one text in another from which it was made by shortening or lengthening some
    places: from at[k] on, add shift[k]. One bisect per lookup and one entry per place that
    changed, not one per character: articles are long and there are many of them."""

    at: list[int] = field(default_factory=list)
    shift: list[int] = field(default_factory=list)

    def __call__(self, i: int) -> int:
        k = bisect.bisect_right(self.at, i)
        return i + (self.shift[k - 1] if k else 0)

    def mark(self, i: int, shift: int) -> None:
        """From offset i on (i never smaller than the last mark), add `shift`."""
        if (self.shift[-1] if self.shift else 0) == shift:
            return
        if self.at and self.at[-1] == i:
            self.shift[-1] = shift
        else:
            self.at.append(i)
            self.shift.append(shift)


@dataclass(frozen=True)
class Normalized:
    """An article in NFC with quotes and apostrophes made straight, invisible characters dropped,
    and each run of white space made one space, or one line break where it holds one (each line
    is a paragraph, and no quote may cross one).

    `offset` and `original_span` map offsets in `text` back to the original's characters."""

    text: str
    original: str
    marks: str = field(repr=False)  # `text` before the quotes were made straight, same offsets
    _to_composed: _Shifts = field(repr=False)
    _to_original: _Shifts = field(repr=False)

    def offset(self, i: int) -> int:
        """Offset in the original of normalized character i."""
        return self._to_original(self._to_composed(i))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        start, stop = self.offset(start), self.offset(end - 1) + 1
        # a character composed in NFC takes the marks that followed it in the original along
        while stop < len(self.original) and _joins_previous(self.original[stop]):
            stop += 1
        return start, stop

    def line(self, i: int) -> int:
        """Line of the original where normalized character i stands."""
        at = self.offset(i) if i < len(self.text) else len(self.original)
        return bisect.bisect_right(self._line_breaks, at - 1) + 1

    @cached_property
    def vocabulary(self) -> list[str]:
        return sorted(set(self.tokens[1]))

    @cached_property
    def closest_left(self) -> list[int]:
        """How many more misses may look for their closest passage (a list, to count down)."""
        return [CLOSEST_LIMIT]

    @cached_property
    def retries_left(self) -> list[int]:
        """How many more times a search may start again after a negation it would leave out."""
        return [RETRY_LIMIT]

    @cached_property
    def folded(self) -> str:
        return self.text.casefold()

    def holds(self, phrase: str) -> bool:
        """Whether the article has the phrase (a mention of an actor) in it, whatever its case and
        the typography a quote may differ in: 'Vladimir Putin' is in 'Vladi\u00admir\u00a0Putin'."""
        return normalize(phrase).text.casefold() in self.folded

    @cached_property
    def _line_breaks(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.original)]

    def words_of(self, start: int, end: int) -> str:
        """The original's characters of text[start:end] for a message: runs of white space made
        one space, and a paragraph break ' ¶ '."""
        if end <= start:
            return ""
        # only spaces and tabs: a no-break space is one of the things a message must show
        return " ¶ ".join(_SPACES.sub(" ", line).strip(" \t") for line in
                          self.original[slice(*self.original_span(start, end))].splitlines())

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in re.finditer("\n", self.text):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, len(self.text)))
        return out

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """What stands between the article's quotation marks, outermost pairs only, in order."""
        spans: list[tuple[int, int]] = []
        for start, end in self.paragraphs:
            spans.extend(quotation_marks.spans(self.marks, start, end))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:  # a quote within a quote belongs to the outer one
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    @cached_property
    def paragraph_spans(self) -> Spans:
        return Spans.of(self.paragraphs)

    @cached_property
    def quotation_spans(self) -> Spans:
        return Spans.of(self.quotations)

    @cached_property
    def runs(self) -> dict[str, list[int]]:
        """Where each run of word characters (`\\w+`) starts, made once: a part is looked for
        at the places of its rarest run, so that many quotes do not each read the article."""
        out: dict[str, list[int]] = {}
        for m in _RUN.finditer(self.text):
            out.setdefault(m.group(), []).append(m.start())
        return out

    @cached_property
    def joined(self) -> tuple[str, _Shifts]:
        """`text` with each paragraph break made a space, together with the quotation mark that
        may open the next paragraph to continue a quotation: to tell a quote that runs across a
        break. The shifts map its offsets to `text`'s."""
        return _rewrite(self.text, _BREAK_AND_MARK, lambda _: " ")

    @cached_property
    def negations(self) -> list[tuple[int, int]]:
        return [m.span() for m in _WORDS.finditer(self.text) if is_negation(m.group())]

    @cached_property
    def tokens(self) -> tuple[list[tuple[int, int]], list[str]]:
        """Every run of non-space characters, and its key (letters and digits, case folded)."""
        spans = [m.span() for m in re.finditer(r"\S+", self.text)]
        return spans, [_key(token) for token in self.text.split()]


_NOT_KEY = re.compile(r"[\W_]+")
_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class Spans:
    """An article's paragraphs or quotations in order, with their starts to bisect: made once
    per article, not once per quote."""

    spans: list[tuple[int, int]]
    starts: list[int]

    @staticmethod
    def of(spans: list[tuple[int, int]]) -> Spans:
        return Spans(spans, [lo for lo, _ in spans])

    def holding(self, span: tuple[int, int]) -> int | None:
        """The index of the span that holds `span`, if one does."""
        k = bisect.bisect_right(self.starts, span[0]) - 1
        return k if k >= 0 and span[1] <= self.spans[k][1] else None


def _key(token: str) -> str:
    return _NOT_KEY.sub("", token).casefold()


def normalize(text: str) -> Normalized:
    composed, to_original = _compose(text)
    marks, to_composed = _rewrite(composed, _GAP, _gap)
    return Normalized(marks.translate(_QUOTES), text, marks, to_composed, to_original)


def _gap(run: str) -> str:
    if _LINE_BREAK.search(run):
        return "\n"
    return " " if any(ch.isspace() for ch in run) else ""


def _rewrite(text: str, pattern: re.Pattern[str], replace: Callable[[str], str]
             ) -> tuple[str, _Shifts]:
    """The text with every match of the pattern replaced by at most one character, which stands
    for the match's first; and the shifts from the new text's offsets to the old's."""
    shifts = _Shifts()
    pieces: list[str] = []
    cursor = length = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        replacement = replace(m.group())
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        length += start - cursor + len(replacement)
        shifts.mark(length, end - length)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), shifts


def _compose(text: str) -> tuple[str, _Shifts]:
    """The text in NFC, with the offsets of its characters in the original. Only paragraphs that
    are not in NFC already are taken apart, cluster by cluster."""
    shifts = _Shifts()
    if unicodedata.is_normalized("NFC", text):
        return text, shifts
    pieces: list[str] = []
    n = j = 0  # length of the composed text so far, offset in the original
    for paragraph in text.splitlines(keepends=True):
        if unicodedata.is_normalized("NFC", paragraph):
            pieces.append(paragraph)
            n += len(paragraph)
            j += len(paragraph)
            continue
        for cluster in _clusters(paragraph):
            composed = unicodedata.normalize("NFC", cluster)
            if composed != cluster:
                # the composed characters map to the cluster's in turn, the surplus to its last:
                # a word may begin inside a cluster when marks sit on a space
                for t in range(len(composed)):
                    shifts.mark(n + t, j + min(t, len(cluster) - 1) - (n + t))
                shifts.mark(n + len(composed), j + len(cluster) - n - len(composed))
            pieces.append(composed)
            n += len(composed)
            j += len(cluster)
    return "".join(pieces), shifts


def _clusters(text: str) -> list[str]:
    """Runs that NFC composes independently: a character and whatever joins it."""
    out: list[str] = []
    start = 0
    for i in range(1, len(text)):
        if not _joins_previous(text[i]):
            out.append(text[start:i])
            start = i
    out.append(text[start:])
    return out


# --- finding a quote ------------------------------------------------------------------------------

def quote_parts(quote: str) -> list[str]:
    """The pieces of a quote that must appear in the article, in order."""
    text = normalize(quote).text.replace("\n", " ").strip()
    parts = []
    for piece in _ELLIPSIS.split(text):
        piece = piece.strip(_EDGE).rstrip(_TRAILING).strip(_EDGE)
        if piece:
            parts.append(piece)
    return parts


@dataclass(frozen=True)
class Match:
    spans: list[tuple[int, int]]  # in the original article's characters
    # the quotation the quote stands in (between the marks), or the paragraph of an unmarked one
    within: tuple[int, int] | None = None

    @property
    def span(self) -> tuple[int, int]:
        return self.spans[0][0], self.spans[-1][1]


# Why a quote is not in its article, for the message.
EMPTY = "empty"  # no words at all: '—', '…'
ABSENT = "absent"  # a part is not in the article: `closest` and `differences` say what is
ORDER = "order"  # the parts are in the article, not in the quote's order
ACROSS_BREAK = "across-break"  # a part runs across a paragraph break
PARAGRAPHS = "paragraphs"  # the parts come from different paragraphs
NEGATION = "negation"  # an ellipsis leaves out a negation
MEANING = "meaning"  # the words around the quote change what it says (`meaning.fault`)
QUOTATIONS = "quotations"  # the parts come from different quotations of one paragraph
UNMARKED = "unmarked"  # the words are the article's own, not in its quotation marks


@dataclass(frozen=True)
class Miss:
    part: str
    closest: str  # the article's words where the quote comes closest (original characters)
    line: int  # line of the article where that passage is
    differences: list[str]  # for the reader, with invisible characters shown (problems.visible)
    reason: str = ABSENT
    # where the quote's words are when they are there but may not be quoted so (original chars)
    spans: list[tuple[int, int]] = field(default_factory=list)
    fix: str = ""  # how to quote the words faithfully, where the words are there


def find(article: Normalized, quote: str, unmarked: bool = False) -> Match | Miss:
    """The quote in the article: between one pair of its quotation marks, or, if `unmarked`,
    within one paragraph."""
    parts = quote_parts(quote)
    if not any(_word(ch) for part in parts for ch in part):
        return Miss(quote, "", 0, ["the quote has no words"], EMPTY)
    hits = _places(article, parts, unmarked, 1)
    return hits[0] if hits else _diagnose(article, parts, unmarked)


def places(article: Normalized, quote: str, unmarked: bool = False, most: int = 20
           ) -> list[Match]:
    """Every place, up to `most`, where `find` would find the quote, in the article's order: a
    phrase quoted twice ('will continue') may be the words of a different speaker at each."""
    parts = quote_parts(quote)
    if not any(_word(ch) for part in parts for ch in part):
        return []
    return _places(article, parts, unmarked, most)


def _places(article: Normalized, parts: list[str], unmarked: bool, most: int) -> list[Match]:
    containers = article.paragraph_spans if unmarked else article.quotation_spans
    out: list[Match] = []
    position = 0
    while len(out) < most:
        hit = _search(article, parts, containers, gaps=True, position=position)
        if hit is None:
            break
        spans, container = hit
        out.append(Match([article.original_span(*s) for s in spans],
                         article.original_span(*container)))
        position = spans[0][0] + 1
    return out


def _search(article: Normalized, parts: list[str], within: Spans, gaps: bool,
            meaning_of: bool = True, position: int = 0
            ) -> tuple[list[tuple[int, int]], tuple[int, int]] | None:
    """The first place from `position` where the parts stand in order within one container, and
    with `gaps`, no negation left out between them. Each part's search only moves forward
    (`_Finder`), so the work stays linear in the article however many times the first part
    occurs."""
    containers, starts = within.spans, within.starts
    if not containers:
        return None
    finders = [_Finder(article, part) for part in parts]
    while True:
        first = finders[0].next(position)
        if first is None:
            return None
        k = bisect.bisect_right(starts, first[0]) - 1
        if k < 0 or first[1] > containers[k][1]:  # not inside a container: go to the next one
            if k + 1 >= len(starts):
                return None
            position = starts[k + 1]
            continue
        hi = containers[k][1]
        spans = [first]
        for finder in finders[1:]:
            hit = finder.next(spans[-1][1])
            if hit is None or hit[1] > hi:
                position = hi  # a later start within this container finds nothing either
                break
            negation = _negation(article, spans[-1][1], hit[0], last=True) if gaps else None
            if negation is not None:
                if not _retry(article):
                    return None
                position = first[0] + 1
                if len(spans) == 1:
                    # the first part must end past this negation, or it stays in the gap
                    position = max(position, negation[0] - len(parts[0]) + 1)
                break
            spans.append(hit)
        else:
            if meaning_of and gaps and meaning.fault(article.text, spans, containers[k],
                                                     within is article.quotation_spans):
                if not _retry(article):
                    return None
                position = first[0] + 1
                continue
            return spans, containers[k]


# Starts again after a negation, per article: each costs up to a read of the words around the
# quote, and an article made of negations between the words of a quote ('a not a not … b' and
# 'a … b') would start again at every one of them. A normal article needs a handful.
RETRY_LIMIT = 2_000


def _gave_up(article: Normalized) -> list[str]:
    if article.retries_left[0] >= 0:
        return []
    return [f"later places were not tried: the search starts again after a negation "
            f"{RETRY_LIMIT} times in an article"]


def _retry(article: Normalized) -> bool:
    article.retries_left[0] -= 1
    return article.retries_left[0] >= 0


def _negation(article: Normalized, start: int, end: int, last: bool = False
              ) -> tuple[int, int] | None:
    """The first (or `last`) negation in text[start:end], a gap between two parts of a quote. A
    short gap is read on the spot; the article's list of negations, made once, answers long ones,
    so that many long gaps do not read the article many times."""
    if end - start <= _SHORT_GAP:
        found = None
        for m in _WORDS.finditer(article.text, start, end):
            if is_negation(m.group()):
                found = m.span()
                if not last:
                    break
        return found
    negations = article.negations
    k = bisect.bisect_left(negations, (start, start))
    if k < len(negations) and negations[k][1] <= end:
        if last:
            j = bisect.bisect_right(negations, (end, end)) - 1
            return negations[j] if negations[j][1] <= end else negations[j - 1]
        return negations[k]
    return None


class _Finder:
    """Whole-word occurrences of one part, asked for at positions that only grow. The answer for
    a position stays good for every position up to it, so a search is never repeated.

    Each run of word characters in the part is a whole run of the article where the part stands
    (its edges are the part's, or whole-word edges), so only the places of the part's rarest run
    are tried: a quote costs the occurrences of its rarest word, not a read of the article."""

    def __init__(self, article: Normalized, part: str) -> None:
        self.text, self.part = article.text, part
        self.asked = -1
        self.hit: tuple[int, int] | None = None
        runs = [(article.runs.get(m.group(), []), m.start()) for m in _RUN.finditer(part)]
        self.places, self.lead = min(runs, key=lambda run: len(run[0])) if runs else ([], -1)

    def next(self, start: int) -> tuple[int, int] | None:
        if self.asked < 0 or start < self.asked or (self.hit is not None and start > self.hit[0]):
            self.asked, self.hit = start, self._find(start)
        return self.hit

    def _find(self, start: int) -> tuple[int, int] | None:
        if self.lead < 0:  # no word characters: read the article
            return _find_part(self.text, self.part, start)
        for k in range(bisect.bisect_left(self.places, start + self.lead), len(self.places)):
            at = self.places[k] - self.lead
            if self.text.startswith(self.part, at) and _whole(self.text, self.part, at):
                return at, at + len(self.part)
        return None


def _find_part(text: str, part: str, start: int) -> tuple[int, int] | None:
    """The first place from `start` where the part stands as whole words. str.find, not a regular
    expression: each quote would be a new pattern."""
    at = text.find(part, start)
    while at >= 0:
        if _whole(text, part, at):
            return at, at + len(part)
        at = text.find(part, at + 1)
    return None


def _whole(text: str, part: str, at: int) -> bool:
    """Does the part, found at `at`, stand there as whole words, and whole numbers?"""
    end = at + len(part)
    return not (_word(part[0]) and at > 0 and _goes_on(text, at - 1, -1)) \
        and not (_word(part[-1]) and end < len(text) and _goes_on(text, end, 1)) \
        and not _in_number(text, at) and not _in_number(text, end)


# Inside a number these do not end it: "$4.5 billion" quoted as "$4", or "10,000" as "10", says
# another number. Decimal and group separators of the world's conventions (Arabic ones and the
# narrow spaces of French and SI included), a range's dash, a fraction's slash ('40–50',
# '24/7') and the colon of a time, ratio or score ('23:00' quoted as '23', '3:1' as '3'); a sign
# before digits is the number's own.
_NUMBER_SEPARATORS = ".,'’\u066b\u066c\u2009\u202f–/:"
_SIGNS = "-+\u2212"


def _in_number(text: str, i: int) -> bool:
    """Does a quote edge between text[i - 1] and text[i] fall inside a number: a digit beside a
    separator followed by a digit, or a sign before digits that no word precedes ('-30 degrees'
    quoted as '30 degrees')?"""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if before.isdigit() and after in _NUMBER_SEPARATORS:
        return i + 1 < len(text) and text[i + 1].isdigit()
    if before in _NUMBER_SEPARATORS and after.isdigit():
        return i >= 2 and text[i - 2].isdigit()
    if before in _SIGNS and after.isdigit():
        return i < 2 or not _word(text[i - 2])
    return False


def _goes_on(text: str, i: int, step: int) -> bool:
    """Does the word next to text[i] go on there? It does across an apostrophe or hyphen
    followed by more of the word (can’t, non-lethal) and across combining marks."""
    if _word(text[i]):
        return True
    j = i + step
    return text[i] in _JOINERS and 0 <= j < len(text) and _word(text[j])


# --- saying why a quote is not there ------------------------------------------------------------

def _diagnose(article: Normalized, parts: list[str], unmarked: bool) -> Miss:
    text = article.text
    if not unmarked:
        hit = _search(article, parts, article.paragraph_spans, gaps=True, meaning_of=False)
        if hit is not None:
            spans, _ = hit
            holders = {article.quotation_spans.holding(s) for s in spans}
            if len(holders) > 1 or None in holders:  # in one quotation, the loop below says why
                reason = UNMARKED if None in holders else QUOTATIONS
                return _found_but(article, parts[0], spans, reason, [])
    containers = article.paragraph_spans if unmarked else article.quotation_spans
    for where in (containers, article.paragraph_spans):
        hit = _search(article, parts, where, gaps=False)
        if hit is None:
            continue
        spans, container = hit
        for (_, end), (start, _) in pairwise(spans):
            negation = _negation(article, end, start)
            if negation is not None:
                word = visible(article.words_of(*negation))
                kind = negation_kind(article.text[negation[0]:negation[1]])
                return _found_but(article, parts[0], spans, NEGATION, [
                    f"the words it leaves out at '…' hold the {kind} '{word}'",
                    *_gave_up(article)])
        wrong = meaning.fault(text, spans, container, where is article.quotation_spans)
        if wrong is not None:
            return _found_but(article, parts[0], [wrong.span], MEANING,
                              [wrong.why, *_gave_up(article)], wrong.fix)
    hit = _search(article, parts, Spans.of([(0, len(text))]), gaps=False)
    if hit is not None:
        spans, _ = hit
        for a, b in pairwise(spans):
            if article.line(a[0]) != article.line(b[0]):
                return _found_but(article, parts[0], spans, PARAGRAPHS, [
                    f"'{visible(article.words_of(*a))}' (line {article.line(a[0])}) and "
                    f"'{visible(article.words_of(*b))}' (line {article.line(b[0])}) are in "
                    "different paragraphs"])
    position = 0
    previous = ""
    for part in parts:
        found = _find_part(text, part, position)
        if found is None:
            if previous and _find_part(text, part, 0) is not None:
                return Miss(part, "", 0, [
                    f"'{visible(part)}' occurs in the article, but not after '{visible(previous)}': "
                    "the parts of a quote around '…' must come in the article's order"], ORDER)
            joined, shifts = article.joined
            across = _find_part(joined, part, 0)
            if across is not None:
                across = shifts(across[0]), shifts(across[1] - 1) + 1
                return _found_but(article, part, [across], ACROSS_BREAK, [
                    f"'{visible(part)}' runs across a paragraph break of the article (lines "
                    f"{article.line(across[0])}–{article.line(across[1] - 1)})"])
            return _closest(article, part)
        previous = part
        position = found[1]
    raise AssertionError("every part is in the article in order, so the search above finds it")


def _found_but(article: Normalized, part: str, spans: list[tuple[int, int]], reason: str,
               differences: list[str], fix: str = "") -> Miss:
    """A Miss for words that are in the article but may not be quoted so: shows them whole, up
    to a length no message shows more of (the parts may lie a whole article apart)."""
    start, end = spans[0][0], spans[-1][1]
    return Miss(part, article.words_of(start, min(end, start + _PASSAGE_KEPT)), article.line(start),
                differences, reason, [article.original_span(*s) for s in spans], fix)


_PASSAGE_KEPT = 2_000


# Misses of one article that are shown its closest passage, one pass over the article each: a
# summary with thousands of invented quotations must not cost thousands of passes.
CLOSEST_LIMIT = 50


def _closest(article: Normalized, part: str) -> Miss:
    """The article's passage nearest to the part: the window of as many words as the part that
    shares most words with it (one pass over the article), then a word diff of that window."""
    if article.closest_left[0] <= 0:
        return Miss(part, "", 0, [f"it is not in the article (the closest passage is shown for "
                                  f"the first {CLOSEST_LIMIT} such misses of an article)"])
    article.closest_left[0] -= 1
    spans, keys = article.tokens
    quote_words = part.split()
    quote_keys = [_key(w) for w in quote_words]
    best = _best_window(keys, quote_keys)
    if best is None and len(quote_keys) <= 5:
        # no word in common ('hundred' for 'hundreds'): compare each word with the vocabulary
        near = [(difflib.get_close_matches(k, article.vocabulary, n=1, cutoff=0.6) or [k])[0]
                for k in quote_keys]
        best, quote_keys = _best_window(keys, near), near
    if best is None:
        return Miss(part, "", 0, ["no words of it occur in the article"])
    m = len(quote_keys)
    lo, hi = max(0, best - m), min(len(keys), best + 2 * m)
    blocks = [b for b in difflib.SequenceMatcher(None, quote_keys, keys[lo:hi],
                                                 autojunk=m > _EXACT_DIFF)
              .get_matching_blocks() if b.size]
    first, last = blocks[0], blocks[-1]
    # the article's words facing the part's unmatched first and last words belong to the passage
    j0 = lo + max(0, first.b - first.a)
    j1 = lo + min(hi - lo, last.b + last.size + (m - last.a - last.size))
    start, end = _trimmed(article.text, spans[j0][0], spans[j1 - 1][1])
    passage = article.text[start:end]
    shown = [article.words_of(s, e) for s, e in _token_spans(passage, start)]
    return Miss(part, article.words_of(start, end), article.line(start),
                _word_diff(quote_words, passage.split(), shown))


def _best_window(keys: list[str], quote_keys: list[str]) -> int | None:
    """Start of the first run of len(quote_keys) article words sharing the most words with the
    quote (counted with multiplicity), or None if none shares any."""
    need = Counter(k for k in quote_keys if k)
    if not need:
        return None
    m = len(quote_keys)
    window: Counter[str] = Counter()
    shared = best = 0
    best_start = None
    for i, k in enumerate(keys):
        if k in need:
            window[k] += 1
            shared += window[k] <= need[k]
        if i >= m:
            old = keys[i - m]
            if old in need:
                shared -= window[old] <= need[old]
                window[old] -= 1
        if shared > best:
            best, best_start = shared, max(0, i - m + 1)
    return best_start


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The passage without the quotation marks and closing punctuation a quote leaves out."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE + _TRAILING:
        end -= 1
    return start, end


def _token_spans(passage: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+", passage)]


# Words of a quote up to which the word diff is exact. difflib's exact comparison costs the product
# of the two lengths on repetitive text ('the the the …': 8,000 words took 53 s); above this, its
# own heuristic leaves out words common in the passage, and the message is as useful.
_EXACT_DIFF = 200
_MAX_DIFFERENCES = 5  # a message is one line: the first differences show where to look
_WORDS_SHOWN = 120


def _word_diff(quote: list[str], passage: list[str], shown: list[str]) -> list[str]:
    """The words that differ; the article's words as it writes them (`shown`)."""
    out = []
    changes = [op for op in difflib.SequenceMatcher(None, quote, passage,
                                                    autojunk=len(quote) > _EXACT_DIFF)
               .get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in changes[:_MAX_DIFFERENCES]:
        ours = visible(" ".join(quote[i1:i2]), _WORDS_SHOWN)
        theirs = visible(" ".join(shown[j1:j2]), _WORDS_SHOWN)
        if tag == "replace":
            out.append(f"the quote has '{ours}' where the article has '{theirs}'")
        elif tag == "delete":
            out.append(f"the quote adds '{ours}'")
        else:
            out.append(f"the quote leaves out '{theirs}' (mark an omission with '…')")
    if len(changes) > _MAX_DIFFERENCES:
        out.append(f"and {len(changes) - _MAX_DIFFERENCES} more differences")
    return out or ["the words differ only in punctuation or case"]
