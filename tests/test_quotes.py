"""Quotes are proven against their article: typography may differ, words may not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import verify
from generator.content import load
from generator.verify import matching

from .conftest import BRIEFING_YAML, FIXTURE, run
from .content_edits import SEED, briefing, replace_on_line, reported, set_line

B = BRIEFING_YAML
WARNED = ("    text: We’ve warned Tehran publicly, we’ve warned Tehran privately, that taking this "
          "step would be a dangerous escalation,")


def test_one_changed_word_fails_and_shows_the_articles_words(project: Path):
    replace_on_line(briefing(project), 122, "these missiles", "those missiles")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:122:11:", "quotes[1].text:",
                    "quote 'blinken-shipments-received' is not in 000_71c8a87dcccb59d2.txt",
                    "The article says (line 2): 'Russia has now received shipments of these "
                    "missiles'", "the quote has 'those' where the article has 'these'"), \
        result.output


def test_a_left_out_word_is_named(project: Path):
    replace_on_line(briefing(project), 122, "has now received", "has received")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:122:11:", "the quote leaves out 'now' (mark an omission with "
                                            "'…')"), result.output


@pytest.mark.parametrize("text", [
    "We’ve warned Tehran publicly … a dangerous escalation,",
    "We’ve warned Tehran publicly ... that taking this step … escalation",
])
def test_ellipsis_parts_in_order_match(project: Path, text: str):
    set_line(briefing(project), 116, WARNED, f"    text: {text}")
    result = run(project, "check")
    assert result.exit_code == 0, result.output


def test_ellipsis_parts_out_of_order_fail(project: Path):
    set_line(briefing(project), 116, WARNED,
             "    text: that taking this step would be a dangerous escalation … We’ve warned "
             "Tehran publicly")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:116:11:", "quote 'blinken-warned-tehran' is not in",
                    "'We've warned Tehran publicly' occurs in the article, but not after 'that "
                    "taking this step would be a dangerous escalation'",
                    "must come in the article's order"), result.output


def test_the_articles_own_characters_are_shown(project: Path):
    replace_on_line(briefing(project), 116, "Tehran publicly", "Tehran openly")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:116:11:", "The article says (line 2): 'We’ve warned Tehran "
                    "publicly, we’ve warned", "the quote has 'openly,' where the article has "
                    "'publicly,'"), result.output


@pytest.mark.parametrize("text", [
    # straight apostrophes where the article has curly ones
    "We've warned Tehran publicly, we've warned Tehran privately, that taking this step would "
    "be a dangerous escalation,",
    # runs of white space, and the closing comma left out
    "'We’ve   warned Tehran publicly,  we’ve warned\tTehran privately, that taking this step "
    "would be a dangerous escalation'",
    # wrapped in straight double quotes, closing comma inside them
    "'\"We’ve warned Tehran publicly, we’ve warned Tehran privately, that taking this step "
    "would be a dangerous escalation,\"'",
])
def test_typography_does_not_matter(project: Path, text: str):
    set_line(briefing(project), 116, WARNED, f"    text: {text}")
    result = run(project, "check")
    assert result.exit_code == 0, result.output


def test_one_word_fragment_matches_only_a_whole_word(project: Path):
    # the article has “hundreds”: 'hundred' sits inside it, but is not a word of the article
    set_line(briefing(project), 128, "    text: hundreds", "    text: hundred")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:128:11:", "quote 'treasury-hundreds' is not in",
                    "the article has 'hundreds'"), result.output


@pytest.mark.parametrize("article, quote, found", [
    ("He said “a dangerous  \t escalation,” today.", "a dangerous escalation,",
     "a dangerous  \t escalation"),
    ("He said \"a dangerous escalation\" today.", "“a dangerous escalation”", "a dangerous escalation"),
    ("“Iran’s program”", "Iran's program", "Iran’s program"),
    ("“a hundred missiles”", "hundred", "hundred"),
    ("hundreds of missiles, a “hundred” more", "hundred", "hundred"),
    # invisible characters and no-break spaces, in the article or in the quote
    ("“The \u00adIsraeli-Palestinian talks”", "Israeli-Palestinian talks",
     "Israeli-Palestinian talks"),
    ("“The Israeli-Palestinian\u00a0talks”", "Isra\u00adeli-\u200bPalestinian\u202ftalks",
     "Israeli-Palestinian\u00a0talks"),
    ("“a dangerous\u2007escalation\ufeff”", "a\u00a0dangerous escalation", "a dangerous\u2007escalation"),
    ("“un\u00adlawful”", "unlawful", "un\u00adlawful"),
])
def test_matching_allows_typography(article: str, quote: str, found: str):
    result = matching.find(matching.normalize(article), quote)
    assert isinstance(result, matching.Match)
    start, end = result.span
    assert article[start:end] == found


@pytest.mark.parametrize("article, quote", [
    ("“hundreds of missiles”", "hundred"),
    ("“the unwarned”", "warned"),
    ("“first second”", "second … first"),
    ("“Russia has received”", "Russia has now received"),
    ("He said “a dangerous\n   escalation,” today.", "a dangerous escalation"),
])
def test_matching_refuses_other_words(article: str, quote: str):
    assert isinstance(matching.find(matching.normalize(article), quote), matching.Miss)


def test_each_quote_keeps_its_span_in_the_seed():
    root = FIXTURE
    project = load.Project(root)
    verified = verify.verify(project, load.load(project))
    [item] = verified.briefings
    seed = (root / SEED).read_text(encoding="utf-8")
    assert len(item.spans) == len(item.briefing.quotes) == 13
    (start, end), = item.spans["blinken-shipments-received"]
    assert seed[start:end] == "Russia has now received shipments of these missiles"
    (start, end), = item.spans["treasury-hundreds"]
    assert seed[start - 1:end + 1] == "“hundreds”"


def test_the_source_page_marks_each_quote(built_site: Path):
    page = (built_site / "site/sources/2024-09-10-iran-missiles-to-russia/index.html").read_text(
        encoding="utf-8")
    # the passage, with the article's words that give it to Blinken over it
    assert re.search(r'<mark id="src-blinken-shipments-received" class="quote-source" '
                     r'title="Attributed: [^"<>]*Blinken said[^"<>]*">Russia has now received '
                     r"shipments of these missiles</mark>", page), page


@pytest.mark.parametrize("omitted", [3, 300])  # a short gap is read on the spot, a long one looked up
def test_an_ellipsis_never_leaves_out_a_negation(omitted: int):
    filler = " ".join(f"w{i}" for i in range(omitted))
    article = matching.normalize(f"“We will {filler} not {filler} sign it,” she said.")
    found = matching.find(article, "We will … sign it")
    assert isinstance(found, matching.Miss) and found.reason == matching.NEGATION
    assert found.differences == ["the words it leaves out at '…' hold the negation 'not'"]
    kept = matching.find(article, f"We will … not {filler} sign it")
    assert isinstance(kept, matching.Match)
