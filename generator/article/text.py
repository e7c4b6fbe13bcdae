"""An article's layout for drafting: paragraphs, the quotations in them, and sentences.

Every position is a character offset into the article as read, so that a quote's span points at the
very characters between its quotation marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "“", "”", '"'
_SENTENCE_END = re.compile(r"[.?!][”\"’')\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")
# … and before a quotation, whose words are masked out: '… on Monday. “xx xxxx'
_SENTENCE_OR_QUOTE = re.compile(r"[.?!][”\"’')\]]*\s+(?=[“\"‘(\[]?[A-Z0-9]|[“\"][x\s])")
# abbreviations after which a full stop does not end a sentence
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Prof|St|Jr|Sr|No|Jan|Feb|Mar|Apr"
    r"|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|Inc|Corp|Ltd|Co)|\b[A-Z](?:\.[A-Z])*)\.$")


@dataclass
class Paragraph:
    start: int
    end: int
    text: str  # article[start:end]


@dataclass
class Quote:
    start: int  # first character after the opening quotation mark
    end: int  # the closing quotation mark (exclusive end of the words)
    open_at: int  # the opening quotation mark
    close_at: int  # just after the closing mark (== end when the quote was never closed)
    paragraph: int  # index of the paragraph where it opens
    last_paragraph: int  # index of the paragraph where it ends
    closed: bool = True
    fragment: bool = False
    nested: bool = False  # inside another quotation, in single marks

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    quotes: list[int] = field(default_factory=list)  # indexes into the article's quotes


def paragraphs(text: str) -> list[Paragraph]:
    """Blank lines separate paragraphs when the article has any (hard-wrapped text); otherwise
    every line is a paragraph, as in articles saved from the web."""
    splitter = re.compile(r"\n[ \t\r\f\v]*\n\s*") if re.search(r"\n[ \t\r]*\n", text) else re.compile(
        r"\n\s*")
    out: list[Paragraph] = []
    position = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[position:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if chunk.strip():
            out.append(Paragraph(position + lead, position + trail, chunk[lead:trail]))
        if m:
            position = m.end()
    return out


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-/‘'“:"


def find_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    """Every passage between double quotation marks, curly or straight.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    quotation mark, as news writing does for a long quote; otherwise it ends with its paragraph.
    Quotation marks of the other kind inside a quote are nested quotes and belong to it.
    """
    quotes: list[Quote] = []
    current: dict | None = None
    for p_index, para in enumerate(paras):
        i = para.start
        if current is not None:
            # the previous paragraph left a quote open and this one opens with a quotation mark
            i += 1
        while i < para.end:
            ch = text[i]
            if current is None:
                if ch == OPEN_CURLY or (ch == STRAIGHT and _opens_straight(text, i)):
                    current = {"mark": ch, "open_at": i, "start": i + 1, "paragraph": p_index,
                               "depth": 1}
            elif current["mark"] == OPEN_CURLY:
                if ch == OPEN_CURLY:
                    current["depth"] += 1
                elif ch == CLOSE_CURLY:
                    current["depth"] -= 1
                    if current["depth"] == 0:
                        quotes.append(_close(current, i, p_index))
                        current = None
                elif ch == STRAIGHT and current["depth"] == 1:
                    # “…" closed by a straight mark, as pasted text has it; a straight mark that
                    # opens ('said "no"') begins a quotation inside, which its pair closes
                    if _opens_straight(text, i) and not current.get("inner"):
                        current["inner"] = True
                    elif current.get("inner"):
                        current["inner"] = False
                    elif _closes(text, i):
                        quotes.append(_close(current, i, p_index))
                        current = None
            elif ch == OPEN_CURLY:
                current["depth"] += 1
            elif ch == CLOSE_CURLY and current["depth"] > 1:
                current["depth"] -= 1
            elif ch in (STRAIGHT, CLOSE_CURLY):
                # a straight mark closed by a curly one is a typing slip that editors make
                quotes.append(_close(current, i, p_index))
                current = None
            i += 1
        if current is not None:
            following = paras[p_index + 1] if p_index + 1 < len(paras) else None
            if following is not None and text[following.start] in (OPEN_CURLY, STRAIGHT):
                continue
            quote = _close(current, para.end, p_index)
            quote.close_at, quote.closed = para.end, False
            quotes.append(quote)
            current = None
    quotes = [q for q in quotes if text[q.start:q.end].strip()]
    for q in quotes:
        q.fragment = _is_fragment(text, paras[q.paragraph], q)
    inner = [n for q in quotes for n in _nested(text, q)]
    return sorted([*quotes, *inner], key=lambda q: (q.open_at, -q.end))


# where a quotation in single marks may open and where it may close; each is found once, and the
# two are paired by one walk: a pattern that looks from every opening mark for its close would
# read the rest of the line again for each one, minutes on a line of marks that never close
_INNER_OPEN = re.compile(r"(?<![^\s“\"(—–])[‘'](?=[A-Za-z0-9])")
_INNER_CLOSE = re.compile(r"(?<=[\w.,!?…])[’'](?=[\s”\",.;:!?)—–]|$)")


def _nested(text: str, q: Quote) -> list[Quote]:
    """Quotations inside a quotation, in single marks: `“My first thought was, ‘Oh, my God …’”`.
    A mark inside a word is an apostrophe ('don't', 'Sahai's'), never one of these; a word or two
    in single marks is the speaker's own scare quote (‘irregularities,’), part of their words.

    Each opening mark pairs with the first closing mark after it on the same line, and the next
    quotation starts after that close."""
    out = []
    closes = [m.start() for m in _INNER_CLOSE.finditer(text, q.start, q.end)]
    c = 0
    line_end = -1  # the first line break after the opening mark in hand
    after = q.start  # where the previous quotation in single marks closed
    for m in _INNER_OPEN.finditer(text, q.start, q.end):
        open_at = m.start()
        if open_at < after:
            continue
        while c < len(closes) and closes[c] < open_at + 2:
            c += 1
        if c == len(closes):
            break
        if line_end <= open_at:
            line_end = text.find("\n", open_at + 1, q.end)
            line_end = q.end if line_end < 0 else line_end
        close_at = closes[c]
        if close_at > line_end:
            continue
        after = close_at + 1
        if len(text[open_at + 1:close_at].split()) < 5:
            continue
        out.append(Quote(open_at + 1, close_at, open_at, close_at + 1, q.paragraph, q.paragraph,
                         nested=True))
    return out


def _closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not text[i - 1].isspace() and (after.isspace() or after in ",.;:!?)—–")


def _close(current: dict, at: int, p_index: int) -> Quote:
    return Quote(current["start"], at, current["open_at"], at + 1, current["paragraph"], p_index)


def is_title(text: str, q: Quote) -> bool:
    """A name in quotation marks, not words anyone said: 'the statue “Charging Bull.”', the group
    “The Science Girl”: a few words mid-sentence, each capitalized."""
    words = text[q.start:q.end].rstrip(".,").split()
    return q.fragment and 0 < len(words) <= 5 and all(
        w[0].isupper() or w.lower() in ("of", "the", "and", "a", "an", "in", "on", "for")
        for w in words) and words[0][0].isupper()


def _is_fragment(text: str, para: Paragraph, q: Quote) -> bool:
    """A word or phrase quoted inside the writer's own sentence, rather than quoted speech that
    stands on its own: it opens mid-sentence, not after a colon, comma or 'that'."""
    # the words just before it, not the whole paragraph: a paragraph may hold thousands of quotes
    end = q.open_at
    while end > para.start and text[end - 1].isspace():
        end -= 1
    if end == para.start or text[end - 1] in ".?!:,;—–”\"":
        return False
    # longer than the longest verb below by two, so that \b sees the character before it
    before = text[max(para.start, end - 8):end]
    return not re.search(r"\b(?:that|saying|said|says|asked|added|wrote)$", before, re.IGNORECASE)


def masked(text: str, quotes: list[Quote]) -> str:
    """The article with the words of every quote blanked out (same length), keeping a final
    . ? or ! so that sentence ends still show: rules about the writer's own sentences then never
    read words that a speaker said."""
    chars = list(text)
    for q in quotes:
        if q.nested:
            continue  # blanked with the quotation that holds it
        last = q.end - 1
        keep_last = q.end > q.start and text[last] in ".?!"
        for i in range(q.start, q.end):
            if (keep_last and i == last) or text[i] == "\n":
                continue
            chars[i] = "x" if text[i] not in (OPEN_CURLY, CLOSE_CURLY) else text[i]
    return "".join(chars)


def sentences(masked_text: str, paras: list[Paragraph], quotes: list[Quote],
              before_quotes: bool = False) -> list[Sentence]:
    """The sentences of the writer's text. A quotation opening after a full stop is part of the
    sentence before unless `before_quotes`: the speaker rules read `Blinken said. “…”` as one
    sentence, so that an attribution reaches the quotation after it; a summary's sentences
    (lead, events, candidates) end there."""
    ends = _SENTENCE_OR_QUOTE if before_quotes else _SENTENCE_END
    out: list[Sentence] = []
    for p_index, para in enumerate(paras):
        position = para.start
        body = masked_text[para.start:para.end]
        for m in ends.finditer(body):
            cut = para.start + m.start()
            if _ABBREVIATIONS.search(masked_text[position:cut + 1]):
                continue
            out.append(Sentence(position, para.start + m.end(), p_index))
            position = para.start + m.end()
        if position < para.end:
            out.append(Sentence(position, para.end, p_index))
    # a quote spanning paragraphs belongs to the sentence where it opens
    for q_index, q in enumerate(quotes):
        k = bisect.bisect_right(out, q.open_at, key=_start) - 1
        if k >= 0 and q.open_at < out[k].end:
            out[k].quotes.append(q_index)
    return out


def _start(s: Sentence) -> int:
    return s.start


def sentence_at(sents: list[Sentence], position: int) -> int:
    """The index of the sentence holding `position`, else of the last: sentences are in order and
    do not overlap, so a bisection finds it (an article may have thousands of them)."""
    k = bisect.bisect_right(sents, position, key=_start) - 1
    return k if k >= 0 and position < sents[k].end else len(sents) - 1
