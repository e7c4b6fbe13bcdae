"""The fast article normalization and part search must agree with the plain definitions, and a
failing quote costs time linear in its article."""

from __future__ import annotations

import random
import re
import time

from generator.verify import matching

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def _normalize_reference(text: str) -> tuple[str, list[int]]:
    """Character by character: a run of white space and invisible characters becomes one line
    break if it holds one, else one space if it holds white space, else nothing; it stands at
    the run's first character. (For text in NFC.)"""
    out, index = [], []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and (text[j].isspace() or text[j] in INVISIBLE):
            j += 1
        if j == i:
            out.append(text[i].translate(matching._QUOTES))
            index.append(i)
            i += 1
            continue
        run = text[i:j]
        if len(f"x{run}x".splitlines()) > 1:
            out.append("\n")
            index.append(i)
        elif any(ch.isspace() for ch in run):
            out.append(" ")
            index.append(i)
        i = j
    return "".join(out), index


W = r"[\w\u0300-\u036f]"  # a letter, digit, underscore or combining mark, for these alphabets


def _find_reference(text: str, part: str, start: int) -> tuple[int, int] | None:
    """Whole words: no word character next to the part, nor one behind an apostrophe or hyphen."""
    left = rf"(?<!{W})(?<!{W}['-])" if re.match(W, part[0]) else ""
    right = rf"(?!{W})(?!['-]{W})" if re.match(W, part[-1]) else ""
    for m in re.compile("(?=(" + left + re.escape(part) + right + "))").finditer(text, start):
        span = m.span(1)
        if not any(_number_edge(text, i) for i in span):
            return span
    return None


def _number_edge(text: str, i: int) -> bool:
    """Inside a number: a digit, a separator and a digit across the edge, or a sign that no word
    precedes before a digit."""
    sep, sign = r"[.,'’\u066b\u066c\u2009\u202f]", r"[-+\u2212]"
    return bool(re.fullmatch(rf"\d{sep}\d", text[i - 1:i + 2]) if i >= 1 else False) \
        or bool(re.fullmatch(rf"\d{sep}\d", text[i - 2:i + 1]) if i >= 2 else False) \
        or bool(0 < i < len(text) and re.fullmatch(sign, text[i - 1]) and text[i].isdigit()
                and (i < 2 or not re.match(W, text[i - 2])))


ALPHABET = ["a", "b", "ab", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u202f", "\u2007",
            "\u2028", "“", "”", "’", '"', "_", "é", ".", "1", "-", "\u2011", *INVISIBLE]


def test_normalize_maps_every_character_like_the_reference():
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        fast = matching.normalize(text)
        expected, index = _normalize_reference(text)
        assert fast.text == expected, repr(text)
        assert [fast.offset(i) for i in range(len(fast.text))] == index, repr(text)


COMPOSING = ["e", "a", "n", "g", " ", "\u0301", "\u0327", "\u0303", "\u0308", "\u00ad", "\u200b",
             "\u1100", "\u1161", "\u11a8", "\u0b47", "\u0b3e", "\u00e9", "\n", "-", "’"]


def test_every_word_maps_back_to_original_characters_that_normalize_to_it():
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(COMPOSING) for _ in range(rng.randint(0, 25)))
        fast = matching.normalize(text)
        for m in re.finditer(r"\S+", fast.text):
            start, end = fast.original_span(*m.span())
            assert matching.normalize(text[start:end]).text == m.group(), (repr(text), m.span())


def test_text_is_compared_in_nfc():
    decomposed = "“The cafe\u0301 in Sa\u0303o Tome\u0301 is closed”"
    article = matching.normalize(decomposed)
    found = matching.find(article, "caf\u00e9 in S\u00e3o Tom\u00e9")
    assert isinstance(found, matching.Match)
    start, end = found.span
    assert decomposed[start:end] == "cafe\u0301 in Sa\u0303o Tome\u0301"


def test_find_part_agrees_with_the_word_bounded_pattern():
    rng = random.Random(12)
    letters = ["a", "b", " ", '"', "_", "é", "1", "ab ", "'", "-", "\u0301", "."]
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(25))
        part = "".join(rng.choice(["a", "b", " ", "'", "-", "\u0301"])
                       for _ in range(rng.randint(1, 3)))
        start = rng.randint(0, 5)
        assert matching._find_part(text, part, start) == _find_reference(text, part, start), \
            (text, part, start)


def _megabyte_article(rng: random.Random) -> tuple[str, list[str], int]:
    """About 1 MB of quoted paragraphs, one of them a 7,000-character statement: the article, the
    statement's words, and its line."""
    vocabulary = ["".join(rng.choice("abcdefghiklmnoprstuvwy") for _ in range(rng.randint(2, 9)))
                  for _ in range(5000)]
    paragraphs: list[str] = []
    size = 0
    statement: list[str] = []
    line = 0
    while size < 1_000_000:
        if not statement and size > 500_000:
            while len(" ".join(statement)) < 7000:
                statement.append(rng.choice(vocabulary))
            words, line = statement, len(paragraphs) + 1
        else:
            words = [rng.choice(vocabulary) for _ in range(rng.randint(40, 120))]
        paragraphs.append(f"“{' '.join(words)},” she said.")
        size += len(paragraphs[-1]) + 1
    return "\n".join(paragraphs), statement, line


def test_a_long_failing_quote_against_a_megabyte_article_takes_linear_time():
    text, statement, line = _megabyte_article(random.Random(7))
    words = statement[:]
    words[40] = "CHANGED"
    del words[400]
    quote = " ".join(words)[:5000].rsplit(" ", 1)[0]
    started = time.process_time()
    found = matching.find(matching.normalize(text), quote)
    elapsed = time.process_time() - started
    assert len(text) > 1_000_000 and len(quote) > 4900
    assert isinstance(found, matching.Miss)
    # the whole article once, not the article for every character of the quote (minutes)
    assert elapsed < 5, f"{elapsed:.2f} s"
    assert found.line == line
    assert found.closest.startswith(" ".join(statement[:40]))
    assert found.differences[:2] == [
        f"the quote has 'CHANGED' where the article has '{statement[40]}'",
        f"the quote leaves out '{statement[400]}' (mark an omission with '…')"]


def test_thousands_of_invented_quotations_cost_a_bounded_number_of_passes():
    import time

    article = matching.normalize("\n".join(
        f"Paragraph {i} says “the talks in round {i} went on” and more." for i in range(4000)))
    started = time.process_time()
    misses = [matching.find(article, f"xqzw{i} vvvr{i}") for i in range(400)]
    took = time.process_time() - started
    assert all(isinstance(m, matching.Miss) for m in misses)
    assert sum(1 for m in misses if "first 50 such misses" in m.differences[0]) == 350
    assert took < 5, took  # was one pass over the article for each: about 0.25 s apiece
