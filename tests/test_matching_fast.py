"""The fast article normalization and part search must agree with the plain definitions."""

from __future__ import annotations

import random
import re

from generator import matching


def _normalize_reference(text: str) -> tuple[str, list[int]]:
    out, index, previous_space = [], [], False
    for i, ch in enumerate(text.translate(matching._QUOTES)):
        if ch.isspace():
            if previous_space:
                continue
            ch, previous_space = " ", True
        else:
            previous_space = False
        out.append(ch)
        index.append(i)
    return "".join(out), index


def _find_reference(text: str, part: str, start: int) -> tuple[int, int] | None:
    first = None
    for m in re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)").finditer(text, start):
        if m.start() > 0 and text[m.start() - 1] == '"':
            return m.start(), m.end()
        if first is None:
            first = (m.start(), m.end())
    return first


ALPHABET = ["a", "b", "ab", " ", "  ", "\n", "\t", "\u00a0", "“", "”", "’", '"', "_", "é", ".", "1"]


def test_normalize_maps_every_character_like_the_reference():
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        fast = matching.normalize(text)
        expected, index = _normalize_reference(text)
        assert fast.text == expected, repr(text)
        assert [fast.offset(i) for i in range(len(fast.text))] == index, repr(text)


def test_find_part_agrees_with_the_word_bounded_pattern():
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(["a", "b", " ", '"', "_", "é", "1", "ab "]) for _ in range(25))
        part = "".join(rng.choice(["a", "b", " "]) for _ in range(rng.randint(1, 3)))
        start = rng.randint(0, 5)
        assert matching._find_part(text, part, start) == _find_reference(text, part, start), \
            (text, part, start)
