"""Properties of the rules of meaning over generated sentences of each shape: the faithful quote
passes and the quote that drops what turns it round is refused, whatever the words around."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.verify import matching


# words that are none of the rules' words: a clause of them asserts, asks and reports nothing
def _clause(k: int) -> st.SearchStrategy[str]:
    """A clause of words of its own (k: which clause), so that no two clauses share a word."""
    return st.lists(st.integers(0, 10_000).map(lambda n: f"v{k}x{n}"), min_size=2, max_size=8,
                    unique=True).map(" ".join)


a_clause, b_clause, c_clause, d_clause = (_clause(k) for k in range(4))
NEGATING = ["There is no evidence that", "It is false that", "Nobody believes that",
            "I never said that", "We deny that", "It is a lie that", "We do not think",
            "There is no doubt that it is untrue that"]
AFFIRMING = ["There is no doubt that", "I cannot deny that", "We know that",
             "It is not false that", "We have no choice but to say that"]
REBUTTALS = [" — that is a lie", "? Not true", ". That is false", ", but that is not true",
             ". None of this is true", " — which is simply untrue"]
REPORTED = ["Kirby claims", "They say", "The Americans allege that", "According to Kirby,",
            "He told us"]
OWN = ["I said", "We believe", "I have always said that"]


def _article(*sentences: str) -> matching.Normalized:
    return matching.normalize("\n".join(f"“{s}{'' if s.endswith('?') else ','}” Rocha said."
                                        for s in sentences))


def _passes(article: matching.Normalized, quote: str) -> bool:
    return isinstance(matching.find(article, quote), matching.Match)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NEGATING), st.sampled_from(AFFIRMING), a_clause, b_clause)
def test_a_negating_frame_turns_the_quote_round_an_affirming_one_does_not(
        negating: str, affirming: str, a: str, b: str):
    article = _article(f"{negating} {a}", f"{affirming} {b}")
    assert _passes(article, f"{negating} {a}")
    assert not _passes(article, a)
    assert _passes(article, b)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(REBUTTALS), a_clause)
def test_a_rebuttal_after_the_quote_must_come_with_it(rebuttal: str, a: str):
    article = _article(f"{a}{rebuttal}")
    assert _passes(article, f"{a}{rebuttal}")
    assert not _passes(article, a)


@settings(max_examples=100, deadline=None)
@given(a_clause, b_clause)
def test_a_question_stays_a_question(a: str, b: str):
    article = _article(f"Is it true that {a}?", f"Do you think {b}?")
    assert _passes(article, f"Is it true that {a}?")
    assert _passes(article, f"{a}?")
    for quote in (a, f"{a}.", b):
        assert not _passes(article, quote)


@settings(max_examples=100, deadline=None)
@given(a_clause, b_clause, c_clause, d_clause)
def test_a_condition_is_quoted_with_what_it_conditions(a: str, b: str, c: str, d: str):
    article = _article(f"If {a}, {b}", f"{c} unless {d}")
    assert _passes(article, f"If {a}, {b}")
    assert _passes(article, f"{c} unless {d}")
    assert _passes(article, f"If {a}")
    for quote in (a, b, c):
        assert not _passes(article, quote)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(REPORTED), st.sampled_from(OWN), a_clause, b_clause)
def test_words_the_speaker_reports_as_anothers_keep_whose_they_are(
        reported: str, own: str, a: str, b: str):
    article = _article(f"{reported} {a}", f"{own} {b}")
    assert _passes(article, f"{reported} {a}")
    assert not _passes(article, a)
    assert _passes(article, b)


@settings(max_examples=150, deadline=None)
@given(a_clause, st.integers(1, 999), st.integers(0, 99), st.sampled_from([".", ","]),
       st.sampled_from(["Fewer than", "More than", "Only", "Nearly", "Over", "At least"]))
def test_a_number_is_quoted_whole_and_with_what_says_how_many(a: str, whole: int, part: int,
                                                              separator: str, modifier: str):
    number = f"{whole}{separator}{part:02d}"
    article = _article(f"{a} {number} v-units", f"{modifier} {whole} v-ships left")
    assert _passes(article, f"{a} {number} v-units")
    assert not _passes(article, f"{a} {whole}")
    assert _passes(article, f"{modifier} {whole} v-ships left")
    assert not _passes(article, f"{whole} v-ships left")


@settings(max_examples=100, deadline=None)
@given(a_clause, b_clause, c_clause, d_clause)
def test_an_ellipsis_keeps_sentences_whole(a: str, b: str, c: str, d: str):
    article = _article(f"{a} {b}. {c} {d}")
    assert _passes(article, f"{a} {b}. … {c} {d}")
    assert _passes(article, f"{a} … {b}")
    assert not _passes(article, f"{a} … {d}")
