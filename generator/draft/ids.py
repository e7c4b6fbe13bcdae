"""Ids made from words: a briefing's from its lead, and unique ones within a list."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..article.names import slugify


def unique(base: str, used: set[str], tried: dict[str, int] | None = None) -> str:
    """An id within its list made from words, numbered when the words repeat; recorded as used.
    `tried` keeps the last number given to each base, so that a thousand quotes of the same
    words do not each count up from 2."""
    base = base[:70].strip("-")
    n = tried.get(base, 2) if tried is not None else 2
    candidate = base if n == 2 else f"{base}-{n}"
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    if tried is not None:
        tried[base] = n
    return candidate




def briefing_id(published: date, lead: str, seed: str) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", lead) if w.lower() not in _STOP][:6]
    slug = slugify(" ".join(words)) if words else slugify(Path(seed).stem)
    return f"{published.isoformat()}-{slug}"[:80].strip("-")


_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "has", "have", "had", "is", "are", "was",
         "were", "for", "with", "that", "by", "at", "its", "it", "as", "from"}

