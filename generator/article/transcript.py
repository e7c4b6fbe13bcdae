"""The turns of a transcript: a press conference's record or an interview in question-and-answer
form gives each speaker's words after their name and a colon (`Wang Wenbin: Since China and
Italy signed …`, `Q: …` / `A: …`), with no quotation marks and no verb of saying."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .text import Paragraph

# a label opening a line: `Q:`, `A:` or a name of up to four capitalized words (`Wang Wenbin:`,
# `Bloomberg:`, `AFP:`), then the words. A label in capitals alone is a dateline (`LONDON:`) unless
# its line asks a question, and a line's own words (`Note: …`) do not recur, so a label counts
# only where such lines recur.
_NAME = r"(Q|A|[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,3}):[ \t]+(?=\S)"
_LABEL = re.compile(r"[ \t]*" + _NAME)
# a second turn on one line, after the sentence that ends the one before: `Q: Is it over? KIRBY: …`
_LATER_LABEL = re.compile(r"(?<=[.?!])[ \t]+" + _NAME)
# a title before a speaker's name, as transcripts write it: `MR. KIRBY:`, `Secretary Blinken:`
_TITLE = re.compile(r"(?:(?:mr|mrs|ms|miss|dr|adm|admiral|gen|general|secretary|sec|ambassador"
                    r"|amb|senator|sen|rep|gov|governor|president|minister|spokesperson"
                    r"|spokesman|spokeswoman|rear|col|colonel|capt|captain)\.?[ \t]+)+",
                    re.IGNORECASE)
QUESTION = "Q"
ANSWER = "A"


@dataclass
class Turn:
    label: str  # as the line writes it: a name, `Q` or `A`
    label_start: int
    start: int  # the first of the words after the label
    end: int  # the end of the line's paragraph
    paragraph: int


def turns(text: str, paras: list[Paragraph], capitals: bool = False) -> list[Turn]:
    """The lines that open with a label and a colon, where the article is a transcript: two
    labels or more, one of them on two lines or more (an article with a single `Note:` line, or
    every line a different one, is prose). With `capitals`, a label in capitals that opens two
    lines or more is a speaker's too (`KIRBY:`, `MR. KIRBY:`: a dateline opens one), and a
    speaker's label after a sentence of the same line opens a turn of its own."""
    found: list[Turn] = []
    shouting: list[Turn] = []
    for i, p in enumerate(paras):
        m = _LABEL.match(text, p.start, p.end)
        if m is None:
            continue
        turn = Turn(m.group(1), m.start(1), m.end(), p.end, i)
        if (not m.group(1).isupper() or m.group(1) in (QUESTION, ANSWER)
                or "?" in text[m.end():p.end]):
            found.append(turn)
        elif capitals:
            shouting.append(turn)
    if capitals:
        again = Counter(t.label for t in shouting)
        found = sorted(found + [t for t in shouting if again[t.label] > 1],
                       key=lambda t: t.label_start)
    counts = Counter(t.label for t in found)
    if len(counts) < 2 or max(counts.values(), default=0) < 2:
        return []
    if capitals:
        later = [Turn(m.group(1), m.start(1), m.end(), paras[t.paragraph].end, t.paragraph)
                 for t in found
                 for m in _LATER_LABEL.finditer(text, t.start, paras[t.paragraph].end)
                 if m.group(1) in counts and m.group(1) not in (QUESTION, ANSWER)]
        found = sorted(found + later, key=lambda t: t.label_start)
    return found


def speaker_name(label: str) -> str:
    """The name a speaker's label gives, without the title before it: `MR. KIRBY` is `KIRBY`."""
    return label[len(m.group(0)):] if (m := _TITLE.match(label)) and m.end() < len(label) \
        else label
