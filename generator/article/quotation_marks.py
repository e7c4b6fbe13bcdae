"""Quotation marks: which characters are ones, which open or close a quotation where they stand,
which are apostrophes, and how they pair. Drafting reads an article's quotations with it, `check`
reads an article's quotations and a summary's prose with it: one reading, so that what drafting
quotes `check` finds quoted, and a summary's prose is held to the quotations an article has.

The styles read (the table `_PAIRS` states them once): English “…” and ‘…’, straight "…" and '…',
German „…“ and ‚…‘ (and »…« / ›…‹), Polish and Dutch „…”, French and Russian «…» (« … » with
spaces too), Swedish and Finnish ”…” and ’…’ (and »…»), CJK 「…」 and 『…』, full-width ＂…＂,
and ‹…›, ❝…❞, ″…″, 〝…〞 and ‟…”. Single marks nest in double ones and double in single.

Which characters are quotation marks comes from Unicode (its Quotation_Mark property, read from
ICU), with the few that the property leaves out although people quote with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import icu  # type: ignore[import-untyped]  # PyICU has no type information

# opening mark -> the marks that close it (its own pair first), double marks then single ones
_PAIRS = {
    "“": "”",  # English
    "„": "“”",  # German „…“; Polish, Dutch „…”
    "«": "»",  # French, Russian
    "»": "«»",  # German »…«; Swedish, Danish »…»
    "”": "”",  # Swedish, Finnish
    "‟": "”",
    '"': '"', "＂": "＂", "″": "″",  # straight, full-width, a double prime typed for one
    "〝": "〞〟", "❝": "❞",
    "「": "」", "｢": "｣", "﹁": "﹂",  # CJK: corner brackets are the outer level
    # single
    "‘": "’", "‚": "‘’", "‹": "›", "›": "‹›", "’": "’", "‛": "’",
    "'": "'", "＇": "＇", "❛": "❜",
    "『": "』", "﹃": "﹄",
}
_SINGLE = frozenset("‘’‚‛‹›'＇❛❜『』﹃﹄")
# Used as quotation marks though Unicode's property leaves them out: the double prime typed for a
# straight mark, and the quotation mark ornaments of the Dingbats block.
_ALSO = "″❝❞❛❜"
# A quotation mark that no style read here pairs: it quotes nothing.
_UNPAIRED = frozenset("⹂")

MARKS = frozenset(icu.UnicodeSet("[:Quotation_Mark:]")) | frozenset(_ALSO)
OPENING = frozenset(_PAIRS)
CLOSING = frozenset("".join(_PAIRS.values()))
DOUBLE = MARKS - _SINGLE
# Marks that close in one style and open in another, or close themselves: only what stands
# around one tells which it is (`"Yes" he said`, `»Ja«`, `« Oui »`).
_BY_CONTEXT = frozenset(m for m in OPENING & CLOSING if m in _PAIRS[m] or m in "»›")
# Single marks that are apostrophes too: Iran’s, the countries’, rock ’n’ roll, ’90s.
APOSTROPHES = frozenset("’'＇‘‛")
# words elided at their start: 'let ’em go', 'rock ’n’ roll'
_ELIDED = ("em", "til", "tis", "twas", "cause", "bout", "n")



def char_class(marks: frozenset[str]) -> str:
    """The marks for a regular expression's [...]: the rules of news writing that look past a
    quotation mark ('said.” Then', '“…,” Blinken said') read every style's."""
    return re.escape("".join(sorted(marks)))


IN_DOUBLE = char_class(DOUBLE)
IN_OPENING = char_class(OPENING)
IN_CLOSING = char_class(CLOSING)
_ANY = re.compile(f"[{char_class(MARKS)}]")
_OPENS_AFTER = "([{/:—–-"  # what may stand before a mark that opens
_CLOSES_BEFORE = ",.;:!?)]}/—–-…"  # what may stand after a mark that closes
MAX_DEPTH = 8  # quotations within quotations: more are not read, so a run of marks costs little


@dataclass(frozen=True)
class Quotation:
    """A passage between quotation marks."""

    open_at: int  # the opening mark
    end: int  # the closing mark, or the end of the text read when none closes it
    closed: bool
    depth: int  # 0 for an outermost quotation
    double: bool  # opened by a double mark (the outer level of CJK corner brackets counts)
    matched: bool = True  # closed by a mark its opening mark pairs with, or left open
    # left open, but ended where its words are attributed (`“… resisted the police, the minister
    # said.`): `end` is the comma before the attribution, and the quotation goes on nowhere
    attributed: bool = False

    @property
    def start(self) -> int:
        return self.open_at + 1

    @property
    def close_at(self) -> int:
        """Just after the closing mark (the end of the text read when none closes it)."""
        return self.end + 1 if self.closed else self.end


def is_double(mark: str) -> bool:
    return mark in DOUBLE


def closers(mark: str) -> str:
    """The marks that close a quotation this mark opens; the first is its own pair."""
    return _PAIRS.get(mark, "")


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _apostrophe(text: str, i: int, start: int, end: int, last_close: int = -1) -> bool:
    """A mark inside a word (Iran’s, can't), before a decade or a year ('90s, ’07) or an elided
    word (’em, rock ’n’ roll). Before other numbers it opens a quotation that a later mark
    closes: ‘40 people died,’ the official said."""
    ch = text[i]
    if ch not in APOSTROPHES:
        return False
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if _word(before) and _word(after):
        return True
    if not _word(before) and after.isdigit():
        year = re.match(r"\d\d(?:s\b|(?![\w,.]\d))", text[i + 1:min(end, i + 5)])
        return year is not None and (year.group().endswith("s") or i >= last_close)
    if not _word(before):
        word = re.match(r"[A-Za-z]+", text[i + 1:min(end, i + 7)])
        if word and word.group().lower() in _ELIDED and (
                word.group().lower() != "n" or text[i + 2:i + 3] in APOSTROPHES):
            return True
    # the second mark of ’n’
    return before in "nN" and i - 2 >= start and text[i - 2] in APOSTROPHES


def _opening_place(text: str, i: int, start: int, end: int) -> bool:
    """A place a mark may open: after a space, bracket, dash or opening mark, and before a word
    or an ellipsis that leaves out the quotation's first words (`"... plied the detective`)."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    elided = text.startswith(("...", "…"), i + 1)
    return (before.isspace() or before in _OPENS_AFTER or before in OPENING) and (
        elided or not (after.isspace() or after in _CLOSES_BEFORE))


def _closing_place(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE or after in MARKS)


@dataclass
class _Open:
    mark: str
    at: int


def read(text: str, start: int = 0, end: int | None = None, continues: str | None = None
         ) -> list[Quotation]:
    """The quotations of text[start:end] (a paragraph), nested ones too, in the order they open.

    A mark closes the innermost quotation it pairs with (any inside it are left open); one that
    could open there instead (a straight mark with a space before and a word after) opens a
    quotation within. A double mark that does not pair with the open double mark (`“…"`, `"…”`,
    `“…“`) still closes it where a closing mark stands, after a word and before a space or
    punctuation: pasted text mixes them. Such a quotation is not `matched`. An apostrophe is no
    mark, nor is a mark that neither closes nor may open where it stands.

    `continues`: the text goes on with a quotation opened before it with this mark, whose first
    character repeats the mark (a quotation running into the next paragraph); the quotation at
    `start` is that one."""
    end = len(text) if end is None else end
    stack: list[_Open] = [_Open(continues, start)] if continues else []
    found: list[Quotation] = []
    # the last single mark in a closing place; and the single marks after which one closes
    # before any opens: a mark after a plural (the countries’ leaders) closes a quotation only
    # when no later one could, and ‘crimes against civilians’ in a speech, and ‘we will respond’
    # has a quotation opened between
    last_close = -1
    closes_later: set[int] = set()
    stray: int | None = None
    singles = [m.start() for m in _ANY.finditer(text, start, end) if m.group() in _SINGLE]
    seen_close = False
    for at in reversed(singles):
        if seen_close:
            closes_later.add(at)
        if _closing_place(text, at, start, end):
            seen_close = True
            last_close = max(last_close, at)
        elif _opening_place(text, at, start, end):
            seen_close = False
    for m in _ANY.finditer(text, start + (1 if continues else 0), end):
        ch, i = m.group(), m.start()
        if ch in _UNPAIRED or _apostrophe(text, i, start, end, last_close):
            continue
        may_open = ch in OPENING and (ch not in _BY_CONTEXT or _opening_place(text, i, start, end))
        closes = _closing(text, i, start, end, stack, may_open, closes_later)
        if closes is not None:
            k, matched = closes
            for depth in range(len(stack) - 1, k, -1):  # left open inside the one closed
                found.append(_quotation(stack[depth], end, depth, None))
            found.append(_quotation(stack[k], i, k, matched))
            del stack[k:]
        elif may_open and len(stack) < MAX_DEPTH:
            stack.append(_Open(ch, i))
        elif ch == '"' and not stack and not (i > start and text[i - 1].isdigit()):  # 12" guns
            # a straight mark in no place to open or close ('said," [Warhol] liked …".'):
            # two such marks of a paragraph pair up, as a typist meant them
            if stray is None:
                stray = i
            else:
                found.append(Quotation(stray, i, True, 0, True))
                stray = None
    # a double quotation left open that runs into the attribution of its words ends before it
    cut = _attribution(text, stack[0].at + 1, end) if stack and stack[0].mark in DOUBLE else None
    for depth in range(len(stack) - 1, -1, -1):
        if cut is not None and stack[depth].at < cut:
            found.append(replace(_quotation(stack[depth], cut, depth, None), attributed=True))
        else:
            found.append(_quotation(stack[depth], end, depth, None))
    found.sort(key=lambda q: q.open_at)
    return found


# The words that end a sentence of a quotation by saying whose it is: ', the minister said.',
# ', Avakov told reporters.', ', said Interior Minister Arsen Avakov.'. A quotation left open
# that runs into them ends before them: the writer forgot the closing mark, and the words are
# the writer's, not the speaker's. Not 'I said' or 'we said': the speaker's own.
_SUBJECT = r"(?!(?:I|we|We)\b)(?:the\s+|[A-Z][\w.'’-]*\s+)(?:[\w.'’-]+\s+){0,4}?"
_SAYING = r"(?:said|says|told\s+(?:reporters|journalists)|added|stated|noted|wrote|stressed)"
_ATTRIBUTION = re.compile(rf",\s+(?:{_SUBJECT}{_SAYING}|(?:he|she|they)\s+{_SAYING}|"
                          rf"{_SAYING}\s+(?:the\s+|[A-Z])[\w\s.'’-]{{0,60}}?)"
                          r"(?:\s+(?:on|in)\s+[\w\s]{1,30}?)?\.(?=\s|$)")


def _attribution(text: str, start: int, end: int) -> int | None:
    """Where, in the open quotation text[start:end], the comma before the attribution that
    ends one of its sentences stands, or None."""
    m = _ATTRIBUTION.search(text, start, end)
    return m.start() if m else None


def _closing(text: str, i: int, start: int, end: int, stack: list[_Open], may_open: bool,
             closes_later: set[int]) -> tuple[int, bool] | None:
    """(the depth of the quotation the mark at i closes, whether it pairs with its opening
    mark), or None."""
    ch = text[i]
    if ch not in CLOSING:
        return None
    plural = ch in APOSTROPHES and i in closes_later and i > start and text[i - 1] in "sS" and (
        i + 2 < end and text[i + 1].isspace() and _word(text[i + 2]))
    for k in range(len(stack) - 1, -1, -1):
        if ch in _PAIRS[stack[k].mark] and not (may_open and _opening_place(text, i, start, end)):
            return None if plural else (k, True)
    if ch in DOUBLE and _closing_place(text, i, start, end):
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].mark in DOUBLE:
                return k, False
    return None


def _quotation(opened: _Open, at: int, depth: int, matched: bool | None) -> Quotation:
    return Quotation(opened.at, at, matched is not None, depth, opened.mark in DOUBLE,
                     matched is not False)


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """What stands between the marks of each quotation of text[start:end] (a paragraph) that
    `check` reads as one: closed, or a double one left open (a quotation that goes on in the next
    paragraph opens it again and closes only in its last). A single mark left open is dropped: it
    is more likely a mark misread than a quotation.

    A paragraph whose first mark is a closing double mark that closes nothing (`…New Year,” he
    wrote.`) begins inside a quotation whose opening mark was lost: it is read from the
    paragraph's start, so that its words are quoted, not the writer's."""
    end = len(text) if end is None else end
    quotations = read(text, start, end)
    found = [(q.start, q.end) for q in quotations if q.closed or q.double]
    first = _ANY.search(text, start, end)
    if first is not None and first.group() in _DOUBLE_CLOSING and first.start() > start and not (
            quotations and quotations[0].open_at <= first.start()) and _closing_place(
            text, first.start(), start, end):
        found.insert(0, (start, first.start()))
    return found


_DOUBLE_CLOSING = CLOSING & DOUBLE
