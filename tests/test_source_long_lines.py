"""An article pasted as one long line is shown in pieces, so the engine's time stays linear."""

from __future__ import annotations

import random
import re
import resource
from pathlib import Path

from generator.pages import source_text

from .conftest import copy_project, run
from .extra_content import add_briefing

QUOTE = "We will not accept this deal, whatever the price,"


def _one_line_article(n: int) -> str:
    rng = random.Random(7)
    words = ["the", "*minister*", "said_that", "[talks]", "would", "(resume)", "on", "`Monday`",
             "and", "officials", "added", "that", "3.5%", "of", "sanctions", "remain", "in", "place"]
    text, middle = "", False
    while len(text) < n:
        text += " ".join(rng.choices(words, k=rng.randint(5, 30))) + ". "
        if not middle and len(text) > n // 2:
            text += f"“{QUOTE}” Peskov said. "
            middle = True
    return "Headline\n" + text + "\n"


def test_pieces_cover_the_line_and_never_cut_a_quoted_passage():
    text = _one_line_article(60_000)
    start, end = text.index("\n") + 1, len(text) - 1
    at = text.index(QUOTE)
    marks = [(at, at + len(QUOTE), "src-q")]
    pieces = source_text._pieces(text, start, end, marks)
    assert pieces[0][0] == start and pieces[-1][1] == end
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(hi - lo <= source_text.PIECE for lo, hi in pieces)
    assert not [cut for _, cut in pieces if at < cut < at + len(QUOTE)]
    # cut after a sentence wherever there is one
    assert all(re.search(r"[.!?][”]?\s+$", text[lo:hi]) for lo, hi in pieces[:-1])


def test_a_short_line_is_one_piece():
    assert source_text._pieces("a b c", 0, 5, []) == [(0, 5)]


def _cpu_seconds() -> float:
    """CPU time of this process and of those it ran (the engine): what the build costs, whatever
    else the machine is running."""
    own, ran = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ran.ru_utime + ran.ru_stime


def test_a_400_kb_one_line_article_builds_in_seconds(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    add_briefing(root, "950_long.txt", _one_line_article(400_000), {
        "id": "2024-09-12-one-long-line", "title": "An article on one line",
        "source": {"outlet": "Test Wire", "published": "2024-09-12"},
        "bottom_line": "It is long.", "key_points": ["It is one line."],
        "quotes": [{"id": "not-accept", "speaker": "dmitry-peskov", "text": QUOTE}]})
    started = _cpu_seconds()
    result = run(root, "build", "--strict")
    took = _cpu_seconds() - started
    assert result.exit_code == 0, result.output
    page = (root / "site/sources/2024-09-12-one-long-line/index.html").read_text(encoding="utf-8")
    assert page.count("<p>") > 200
    marked = re.search(r'<mark[^>]*id="src-not-accept"[^>]*>(.*?)</mark>', page, re.S)
    assert marked and marked.group(1) == QUOTE.rstrip(",")  # the closing comma is typography
    # CPU time, the engine's included: 11 s shown whole as one paragraph, 2 s in pieces
    assert took < 6, took
