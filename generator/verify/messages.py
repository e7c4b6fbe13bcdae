"""The words of the verify stage's messages: a close name to suggest, and why a quote does
not match its article."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ..problems import visible
from . import matching


def suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


SHOWN = 300  # characters of a quote or passage a message shows


def quote_message(quote_id: str, text: str, seed: str, found: matching.Miss) -> str:
    """Why a quote is not in its article, with the article's own words to compare."""
    part, words = visible(found.part, SHOWN), visible(found.closest, SHOWN)
    detail = "; ".join(found.differences)
    if found.reason == matching.EMPTY:
        return (f"quote '{quote_id}' is not in {seed}: the quote has no words "
                f"('{visible(text, SHOWN)}'): "
                "quote the words the article puts in quotation marks")
    if found.reason == matching.UNMARKED:
        return (f"quote '{quote_id}' is the article's own words, not in quotation marks "
                f"(line {found.line}: '{words}'): quote only what the article puts in quotation "
                "marks, or set 'unmarked: true' if it reproduces a statement")
    if found.reason == matching.QUOTATIONS:
        return (f"quote '{quote_id}' joins words of different quotations with '…'. The article "
                f"says (line {found.line}): '{words}'. An ellipsis may only leave out words within "
                "one quotation: make the parts separate quotes")
    if found.reason == matching.PARAGRAPHS:
        return (f"quote '{quote_id}' joins words of different paragraphs with '…': {detail}. An "
                "ellipsis may only leave out words within one quotation: make the parts "
                "separate quotes")
    if found.reason == matching.NEGATION:
        return (f"quote '{quote_id}' changes what the article says: {detail}. The article says "
                f"(line {found.line}): '{words}'. Quote those words, or end the quote before them")
    if found.reason == matching.MEANING:
        return (f"quote '{quote_id}' changes what the article says: {detail}. The article says "
                f"(line {found.line}): '{words}'. {found.fix[:1].upper()}{found.fix[1:]}")
    if found.reason == matching.ACROSS_BREAK:
        return (f"quote '{quote_id}' is not in {seed}: {detail}: '{words}'. Quote each paragraph "
                "as a quote of its own")
    if found.reason == matching.ORDER:
        return f"quote '{quote_id}' is not in {seed}: {detail}"
    if found.closest:
        return (f"quote '{quote_id}' is not in {seed}: '{part}'. The article says "
                f"(line {found.line}): '{words}'. {detail}")
    return f"quote '{quote_id}' is not in {seed}: '{part}': {found.differences[0]}"
