"""A quote may not start or end inside a number: '$4.5 billion' quoted as '$4', '10,000' as
'10' or '-30 degrees' as '30 degrees' says another number, though each is a span of the article.
The message shows the article's whole number."""

from __future__ import annotations

import pytest

from generator.verify import matching

ARTICLE = matching.normalize(
    "“The missiles cost $4.5 billion, and Russia received 10,000 of them,” Blinken said.\n\n"
    "“It was -30 degrees at night, and 1 234,5 tonnes were lost,” the mayor said.\n\n"
    "“We spent ٣٫٥ million and 2'500 francs in 2024, 300 days after the vote,” she said.\n")


@pytest.mark.parametrize("quote, article_has", [
    ("The missiles cost $4", "$4.5"),
    ("The missiles cost $4.", "$4.5"),
    ("5 billion", "$4.5"),
    ("Russia received 10", "10,000"),
    ("000 of them", "10,000"),
    ("It was -30 degrees … 1 234", "234,5"),
    ("30 degrees at night", "-30"),
    ("We spent ٣", "٣٫٥"),
    ("500 francs", "2'500"),
    # a part after an ellipsis too; the closest passage is then looked for part by part
    ("The missiles cost … 10", ""),
])
def test_a_quote_cut_inside_a_number_is_refused_with_the_whole_number(quote: str,
                                                                        article_has: str):
    found = matching.find(ARTICLE, quote)
    assert isinstance(found, matching.Miss), quote
    assert article_has in found.closest or any(article_has in d for d in found.differences), (
        found)


@pytest.mark.parametrize("quote", [
    "The missiles cost $4.5 billion",
    "Russia received 10,000 of them",
    "The missiles cost $4.5 billion … Russia received 10,000 of them",
    "It was -30 degrees at night",
    "1 234,5 tonnes were lost",
    "We spent ٣٫٥ million and 2'500 francs in 2024",
    "in 2024, 300 days after the vote",
    "300 days after the vote",
])
def test_whole_numbers_and_numbers_beside_punctuation_pass(quote: str):
    assert isinstance(matching.find(ARTICLE, quote), matching.Match), quote
