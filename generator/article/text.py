"""An article's layout for drafting: paragraphs, the quotations in them, and sentences.

Every position is a character offset into the article as read, so that a quote's span points at the
very characters between its quotation marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import quotation_marks

OPEN_CURLY, CLOSE_CURLY = "“", "”"
_CLOSING, _OPENING = quotation_marks.IN_CLOSING, quotation_marks.IN_OPENING
_OPENING_DOUBLE = quotation_marks.char_class(quotation_marks.OPENING & quotation_marks.DOUBLE)
_SENTENCE_END = re.compile(rf"[.?!][{_CLOSING})\]]*\s+(?=[{_OPENING}(\[]?[A-Z0-9])")
# … and before a quotation, whose words are masked out: '… on Monday. “xx xxxx'
_SENTENCE_OR_QUOTE = re.compile(
    rf"[.?!][{_CLOSING})\]]*\s+(?=[{_OPENING}(\[]?[A-Z0-9]|[{_OPENING_DOUBLE}][x\s])")
# abbreviations after which a full stop does not end a sentence
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Prof|St|Jr|Sr|No|Jan|Feb|Mar|Apr"
    r"|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|Inc|Corp|Ltd|Co"
    # ranks and civil titles before a name: 'Navy Cmdr. Tim Hawkins', 'Det. Supt. Ann Lee'
    r"|Maj|Brig|Cmdr|Cdr|Cpl|Pvt|Pfc|Spc|Ens|Rev|Amb|Hon|Supt|Insp|Det|Msgr|Atty|Sens|Reps)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$")


# What ends a line of an article: what str.splitlines() splits on, so that the quote matcher and
# the drafting rules see the same paragraphs
_OTHER_BREAKS = "\v\f\x1c-\x1e\x85\u2028\u2029"
LINE_BREAK = f"[\n\r{_OTHER_BREAKS}]"
# each becomes a newline; a carriage return before one is that line's trailing space
_OTHER_BREAK = re.compile(f"\r(?!\n)|[{_OTHER_BREAKS}]")
_BYTE_ORDER_MARK = "\ufeff"


def as_read(text: str) -> str:
    """The article as the rules read it, every line break a newline: articles saved on old Macs
    end lines in a carriage return alone, word processors in U+2029 PARAGRAPH SEPARATOR. One
    character stands for one, so that an offset into it is one into the text as read, and a
    quote's span stays right. A byte-order mark that opens the file is no character of the
    article: it reads as a space, lest the first word be read as part of it."""
    read = _OTHER_BREAK.sub("\n", text)
    return " " + read[1:] if read.startswith(_BYTE_ORDER_MARK) else read


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


def find_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    """Every quotation, as `quotation_marks` reads the marks: in double marks of any style, or in
    single ones in an article that quotes in nothing else (single marks are otherwise its scare
    quotes and headlines' quotations). A quotation within one, of five words or more on its line,
    is a nested quote; a shorter one is the speaker's own scare quote (‘irregularities,’), part
    of their words.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    double quotation mark, as news writing does for a long quote; otherwise it ends with its
    paragraph.
    """
    read = [quotation_marks.read(text, p.start, p.end) for p in paras]
    double = any(q.double and not q.depth for found in read for q in found)
    quotes: list[Quote] = []
    inner: list[Quote] = []
    q: quotation_marks.Quotation
    pending: Quote | None = None  # left open at the end of the previous paragraph
    for p_index, para in enumerate(paras):
        found = read[p_index]
        if pending is not None:
            if text[para.start] in quotation_marks.DOUBLE and text[para.start] in \
                    quotation_marks.OPENING:
                found = quotation_marks.read(text, para.start, para.end, continues=text[para.start])
            else:
                quotes.append(pending)
                pending = None
        for q in found:
            if q.depth:
                if q.closed and len(text[q.start:q.end].split()) >= 5:
                    inner.append(Quote(q.start, q.end, q.open_at, q.close_at, p_index, p_index,
                                       nested=True))
                continue
            if q.double != double or not (q.closed or q.double):
                continue
            if pending is not None and q.open_at == para.start:
                quote, pending = pending, None
                quote.end, quote.close_at, quote.last_paragraph = q.end, q.close_at, p_index
                quote.closed = q.closed
            else:
                quote = Quote(q.start, q.end, q.open_at, q.close_at, p_index, p_index, q.closed)
            if quote.closed or q.attributed:
                quotes.append(quote)
            else:
                pending = quote
    if pending is not None:
        quotes.append(pending)
    quotes = [q for q in quotes if text[q.start:q.end].strip()]
    for quote in quotes:
        quote.fragment = _is_fragment(text, paras[quote.paragraph], quote)
    held = [n for n in inner if any(o.start <= n.open_at and n.end <= o.end for o in
                                    _around(quotes, n))]
    return sorted([*quotes, *held], key=lambda q: (q.open_at, -q.end))


def _around(quotes: list[Quote], inner: Quote) -> list[Quote]:
    """The quote that may hold `inner`: the last to open before it (quotes do not overlap)."""
    k = bisect.bisect_right(quotes, inner.open_at, key=lambda q: q.open_at) - 1
    return quotes[k:k + 1] if k >= 0 else []


def is_title(text: str, q: Quote) -> bool:
    """A name in quotation marks, not words anyone said: 'the statue “Charging Bull.”', the group
    “The Science Girl”: a few words mid-sentence, each capitalized."""
    words = text[q.start:q.end].rstrip(".,").split()
    return q.fragment and 0 < len(words) <= 5 and all(
        w[0].isupper() or w.lower() in ("of", "the", "and", "a", "an", "in", "on", "for")
        for w in words) and words[0][0].isupper()


# words in quotation marks that no one is given as saying: a name some give a thing ('what some
# call “the deal of the century”') and speech imagined ('as if to say “…”'); 'the so-called
# “emergency fund”' stays a quote, whose speaker the article may give elsewhere
_NOT_SAID = re.compile(
    r"(?:\bwhat\s+(?:some|many|others|critics|observers|opponents|supporters|people|analysts"
    r"|commentators|detractors|skeptics|sceptics|activists)\s+(?:have\s+)?(?:call(?:ed)?|dub(?:bed)?"
    r"|term(?:ed)?|describe[ds]?\s+as|label(?:l?ed)?)"
    r"|\bwhat\s+(?:has|have|had)\s+been\s+(?:called|dubbed|termed|described\s+as|labell?ed)"
    r"|\bwhat\s+(?:is|was|are|were)\s+(?:often\s+|widely\s+|now\s+)?(?:called|dubbed|termed"
    r"|known\s+as|described\s+as)"
    r"|\bas\s+(?:if|though)\s+to\s+say,?)\s*$", re.IGNORECASE)


def is_not_said(text: str, q: Quote) -> bool:
    """Words in quotation marks that no one is given as saying: a name some give a thing ('what
    some call “the deal of the century”') or speech imagined ('as if to say “…”')."""
    return bool(_NOT_SAID.search(text[max(0, q.open_at - 60):q.open_at]))


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
            if ABBREVIATION.search(masked_text[position:cut + 1]):
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
