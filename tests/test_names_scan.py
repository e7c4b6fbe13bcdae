"""The registry's names found in an article: filed by first word, found as one alternation of every
name would find them (longest first, whole words, 'the' optional in case), in time that does not
grow with the registry at every word."""

from __future__ import annotations

import re
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article import names
from generator.content.model import Actor

HERE = Path(__file__).parent


def _alternation(registry: names.Registry, text: str) -> list[tuple[int, int, str]]:
    alternatives = "|".join(names._form_pattern(f) for f in registry.ordered) or r"(?!x)x"
    pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])")
    folded = text.translate(names._APOSTROPHES)
    return [(m.start(), m.end(), registry.forms[names._key(" ".join(m.group(0).split()))])
            for m in pattern.finditer(folded)]


def _found(registry: names.Registry, text: str) -> list[tuple[int, int, str]]:
    # where the forms are written, before a surname alone is settled by the names around it
    return [(start, end, registry.forms[form])
            for start, end, form in registry.found(text.translate(names._APOSTROPHES))]


ACTORS = [
    Actor(id="kremlin", name="The Kremlin", kind="organization"),
    Actor(id="united-states", name="United States", kind="state", aliases=["U.S.", "the U.S."]),
    Actor(id="us-treasury", name="U.S. Treasury Department", kind="organization",
          aliases=["the Treasury"]),
    Actor(id="bill-de-blasio", name="Bill de Blasio", kind="person"),
    Actor(id="iran", name="Iran", kind="state", aliases=["Iran’s government"]),
    Actor(id="iran-air", name="Iran Air", kind="organization"),
    Actor(id="o-brien", name="Conan O'Brien", kind="person"),
]
WORDS = ["The", "the", "Kremlin", "United", "States", "U.S.", "Treasury", "Department", "Bill",
         "de", "Blasio", "Iran", "Iran’s", "Iran's", "government", "Air", "Conan", "O'Brien",
         "Brien", "said", ",", ".", "“", "”", "'", "\n", "  ", "-"]


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_the_names_found_are_those_one_alternation_finds(words: list[str]):
    registry = names.Registry(ACTORS)
    text = " ".join(words)
    assert _found(registry, text) == _alternation(registry, text)


def test_real_articles_read_alike():
    registry = names.Registry(ACTORS)
    for article in sorted((HERE / "draft_real").glob("*.txt"))[:40]:
        text = article.read_text(encoding="utf-8")
        assert _found(registry, text) == _alternation(registry, text), article.name


def test_a_name_broken_over_a_line_is_found_as_written():
    registry = names.Registry(ACTORS)
    text = "Mayor Bill de\nBlasio said the Treasury  and the U.S. agreed."
    assert _found(registry, text) == [(6, 20, "bill-de-blasio"), (26, 38, "us-treasury"),
                                      (44, 52, "united-states")]


def test_names_in_a_long_article_are_read_in_time_that_grows_with_it_alone():
    # every capitalized word was compared with every registry name found before it: half a
    # minute for these 360,000 characters, and four times that for twice as many
    registry = names.Registry([Actor(id="antony-blinken", name="Antony Blinken", kind="person",
                                     aliases=["Blinken"])])
    text = "Blinken met Mara Quell in Velmora on Monday. " * 8000
    started = time.process_time()
    found = names.find_names(text, text, registry)
    elapsed = time.process_time() - started
    assert sum(m.key == "antony-blinken" for m in found.mentions) == 8000
    assert elapsed < 10, f"{elapsed:.2f} s"


def test_a_surname_beside_a_headlines_capitals_or_another_name_is_still_the_persons():
    # a surname alone is whom the article names in full with it (`Registry._settled`); neither a
    # headline's capitals nor a registry name beside it make a full name of someone else's
    registry = names.Registry([Actor(id="george-w-bush", name="George W. Bush", kind="person"),
                               Actor(id="white-house", name="White House", kind="organization")])
    text = ("Bush Vetoes War Funding Bill\n\nPresident George W. Bush spoke on Monday. Critics of "
            "the Bush White House said it failed. Bush said he disagreed.\n")
    assert [(text[m.start:m.end], m.key) for m in registry.scan(text)] == [
        ("Bush", "george-w-bush"), ("George W. Bush", "george-w-bush"), ("Bush", "george-w-bush"),
        ("White House", "white-house"), ("Bush", "george-w-bush")]
