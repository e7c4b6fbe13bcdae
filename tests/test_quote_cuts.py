"""Quotes cut where the cut changes what the article said, though each is a span of it.

A quote may not start or end inside a number: '$4.5 billion' quoted as '$4', '10,000' as '10',
'23:00' as '23' or '-30 degrees' as '30 degrees' says another number; the message shows the
article's whole number. An ellipsis may not leave out a reversal, a quantifier or comparison, or a
qualifier, as it may not leave out a negation, and a quote may not end where its sentence goes on
to say what it is not."""

from __future__ import annotations

import pytest

from generator.verify import matching

NUMBERS = matching.normalize(
    "“The missiles cost $4.5 billion, and Russia received 10,000 of them,” Blinken said.\n\n"
    "“It was -30 degrees at night, and 1 234,5 tonnes were lost,” the mayor said.\n\n"
    "“We spent ٣٫٥ million and 2'500 francs in 2024, 300 days after the vote,” she said.\n\n"
    # Sputnik, 2020-08-11: a time and a score, each cut at its colon
    "\"Today, August 10, at about 23:00, during riots in Minsk on Pritytsky Avenue, the crowd was "
    "building barricades to block the traffic.\n\n"
    "“The match ended 3:1, and 1:30 later the fans left,” he said.\n")


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
    ("Today, August 10, at about 23", "23:00"),
    ("00, during riots in Minsk", "23:00"),
    ("The match ended 3", "3:1"),
    ("30 later the fans left", "1:30"),
    # a part after an ellipsis too; the closest passage is then looked for part by part
    ("The missiles cost … 10", ""),
])
def test_a_quote_cut_inside_a_number_is_refused_with_the_whole_number(quote: str,
                                                                        article_has: str):
    found = matching.find(NUMBERS, quote)
    assert isinstance(found, matching.Miss), quote
    assert article_has in found.closest or any(article_has in d for d in found.differences), (
        found)

CHANGES = matching.normalize(
    "“We back the sanctions on Iran. We reject the sanctions on food,” she said.\n\n"
    "“Fewer than ten ships left port, and only two reached Odesa,” he said.\n\n"
    "“The alleged spy was a former officer who reportedly fled,” the court said.\n\n"
    "“We oppose any deal that gives more than half the port away,” they said.\n")


@pytest.mark.parametrize("quote, kind, word", [
    ("We back the sanctions … on food", "reversal", "reject"),
    ("Fewer … ten ships left port", "quantifier", "than"),
    ("ships left port, and … two reached Odesa", "quantifier", "only"),
    ("The … spy was a former officer", "qualifier", "alleged"),
    ("The alleged spy was a … officer", "qualifier", "former"),
    ("a former officer who … fled", "qualifier", "reportedly"),
    ("We … any deal that gives more than half the port away", "reversal", "oppose"),
    ("any deal that gives more … half the port away", "quantifier", "than"),
])
def test_an_ellipsis_over_what_changes_a_statement_is_refused(quote: str, kind: str, word: str):
    found = matching.find(CHANGES, quote)
    assert isinstance(found, matching.Miss), quote
    assert found.reason == matching.NEGATION
    assert f"hold the {kind} '{word}'" in found.differences[0], found


@pytest.mark.parametrize("article, quote", [
    (NUMBERS, "The missiles cost $4.5 billion"),
    (NUMBERS, "Russia received 10,000 of them"),
    (NUMBERS, "The missiles cost $4.5 billion … Russia received 10,000 of them"),
    (NUMBERS, "It was -30 degrees at night"),
    (NUMBERS, "1 234,5 tonnes were lost"),
    (NUMBERS, "We spent ٣٫٥ million and 2'500 francs in 2024"),
    (NUMBERS, "in 2024, 300 days after the vote"),
    (NUMBERS, "300 days after the vote"),
    (NUMBERS, "Today, August 10, at about 23:00, during riots in Minsk"),
    (NUMBERS, "The match ended 3:1"),
    (CHANGES, "We back the sanctions on Iran. … We reject the sanctions on food"),
    (CHANGES, "We back the sanctions … on Iran"),
    (CHANGES, "Fewer than ten ships left port, and only two … reached Odesa"),
    (CHANGES, "The alleged spy … a former officer who reportedly fled"),
    (CHANGES, "We oppose any deal that gives … more than half the port away"),
])
def test_whole_numbers_and_an_ellipsis_that_keeps_what_changes_them_pass(
        article: matching.Normalized, quote: str):
    assert isinstance(matching.find(article, quote), matching.Match), quote


def test_a_quotation_within_a_quotation_is_framed_by_the_words_before_it():
    """‘World’ quoted inside a sentence that negates something else is that quotation's words:
    the words before an opening mark frame it as the article shows, and turn nothing round."""
    article = matching.normalize(
        "“Being infamous abroad is not a good farewell for the President of the ‘World’,” she "
        "wrote.\n“They do not think it was the ‘best deal’ ever,” he said.\n")
    assert isinstance(matching.find(article, "World"), matching.Match)
    assert isinstance(matching.find(article, "best deal"), matching.Match)
    assert isinstance(matching.find(article, "it was the ‘best deal’ ever"), matching.Miss)


# IBTimes, 2015-08-11: the statement of the Huffington Post on its reporter's charge
CHARGED = matching.normalize(
    "The Huffington Post released a statement to respond to charges against Reilly. \"A crime "
    "was committed at the McDonald's, not by journalists, but by local police who assaulted both "
    "Ryan and Wesley Lowery of The Washington Post during violent arrests,\" Ryan Grim, "
    "Washington bureau chief and Sam Stein, senior politics editor, wrote.\n")


@pytest.mark.parametrize("quote", ["A crime was committed at the McDonald's",
                                   "A crime was committed at the McDonald's,"])
def test_a_quote_that_ends_before_what_its_sentence_says_it_is_not_is_refused(quote: str):
    found = matching.find(CHARGED, quote)
    assert isinstance(found, matching.Miss), quote
    assert found.reason == matching.MEANING
    assert found.differences == [
        "the quotation goes on to qualify it: 'not by journalists, but by local police who "
        "assaulted both Ryan and Wesley Lowery of The Washington Post during violent arrests'"]


@pytest.mark.parametrize("quote", [
    "A crime was committed at the McDonald's, not by journalists, but by local police",
    "local police who assaulted both Ryan and Wesley Lowery",
])
def test_a_quote_with_what_its_sentence_says_it_is_not_passes(quote: str):
    assert isinstance(matching.find(CHARGED, quote), matching.Match), quote


def test_every_place_of_a_phrase_quoted_more_than_once_is_found_in_order():
    """'will continue' in Rasmussen's quotation, then in Gillard's, then quoted alone: the speaker
    check judges each place, where `find` gives the first."""
    text = ("\"NATO allies will continue their mission,\" he said.\n\"The mission will continue,\" "
            "she added, saying al-Qaeda \"will continue\". NATO will continue, he wrote.\n")
    article = matching.normalize(text)
    found = matching.places(article, "will continue")
    assert [text[m.span[0]:m.span[1]] for m in found] == ["will continue"] * 3
    assert [m.span for m in found] == sorted(m.span for m in found)
    first = matching.find(article, "will continue")
    assert isinstance(first, matching.Match) and first.span == found[0].span
    assert text[found[2].within[0]:found[2].within[1]].strip("\"") == "will continue"
    assert matching.places(article, "will continue", most=2) == found[:2]
    assert matching.places(article, "…") == []
