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
_LABEL = re.compile(r"[ \t]*(Q|A|[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,3}):[ \t]+(?=\S)")
QUESTION = "Q"
ANSWER = "A"


@dataclass
class Turn:
    label: str  # as the line writes it: a name, `Q` or `A`
    label_start: int
    start: int  # the first of the words after the label
    end: int  # the end of the line's paragraph
    paragraph: int


def turns(text: str, paras: list[Paragraph]) -> list[Turn]:
    """The lines that open with a label and a colon, where the article is a transcript: two
    labels or more, one of them on two lines or more (an article with a single `Note:` line, or
    every line a different one, is prose)."""
    found: list[Turn] = []
    for i, p in enumerate(paras):
        m = _LABEL.match(text, p.start, p.end)
        if m and (not m.group(1).isupper() or m.group(1) in (QUESTION, ANSWER)
                  or "?" in text[m.end():p.end]):
            found.append(Turn(m.group(1), m.start(1), m.end(), p.end, i))
    counts = Counter(t.label for t in found)
    if len(counts) < 2 or max(counts.values(), default=0) < 2:
        return []
    return found
