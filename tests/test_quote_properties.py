"""Properties of quote matching over generated articles: words taken from inside the article's
quotation marks always verify, whatever their typography; a quote with a negation taken out never
does."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.verify import matching, meaning

# words as articles write them: apostrophes, hyphens, soft hyphens, decomposed accents
WORDS = ["we", "can’t", "accept", "non-lethal", "un\u00adlawful", "cafe\u0301", "São", "Tehran",
         "deal", "it’s", "well-known", "aid", "x", "1990s", "Israeli-Palestinian",
         "\u00adIsraeli", "no", "not", "never", "l’Union", "naïve", "e\u0301te\u0301"]
SPACES = [" ", " ", " ", "\u00a0", " \u200b", "  ", "\u202f"]
NEGATIONS = ["not", "never", "no", "can’t", "won’t", "nothing", "without", "non-lethal"]


def _typed(words: list[str]) -> str:
    """The words as an analyst types them: plain spaces, no invisible characters, straight
    apostrophes."""
    return " ".join(words).replace("\u00ad", "").replace("’", "'")


@st.composite
def quoted_article(draw: st.DrawFn, words: Callable[[st.DrawFn, int], list[str]]):
    """Paragraphs of narration and quotations: the article, and the words of one quotation."""
    paragraphs = []
    quotations = []
    for n in range(draw(st.integers(1, 4))):
        before = "She said"
        quoted = words(draw, n)
        seps = [draw(st.sampled_from(SPACES)) for _ in quoted]
        body = "".join(w + (s if i + 1 < len(quoted) else "")
                       for i, (w, s) in enumerate(zip(quoted, seps, strict=True)))
        paragraph = f"{before} “{body},” and left."
        quotations.append(quoted)
        paragraphs.append(paragraph)
    k = draw(st.integers(0, len(quotations) - 1))
    return "\n".join(paragraphs), quotations[k]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_words_from_inside_the_quotation_marks_always_verify(data: st.DataObject):
    article, quoted = data.draw(quoted_article(
        lambda draw, _: draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))))
    i = data.draw(st.integers(0, len(quoted) - 1))
    j = data.draw(st.integers(i + 1, len(quoted)))
    quote = _typed(quoted[i:j])
    if data.draw(st.booleans()) and j - i > 2:  # leave out a middle word that negates nothing
        middle = data.draw(st.integers(i + 1, j - 2))
        if not meaning.is_negation(matching.normalize(quoted[middle]).text):
            quote = f"{_typed(quoted[i:middle])} … {_typed(quoted[middle + 1:j])}"
    normalized = matching.normalize(article)
    found = matching.find(normalized, quote)
    if _negated_before(quoted[:i]):
        return  # 'we can’t “accept this deal”' drops the negation (unless the words recur)
    assert isinstance(found, matching.Match), (article, quote, found)
    for start, end in found.spans:  # the article's own characters, typography aside
        assert matching.normalize(article[start:end]).text in matching.normalize(quote).text


def _negated_before(words: list[str]) -> bool:
    """Do the quotation's words before a quote (one clause: no commas here) negate it? An odd
    number of negations does: 'I do not deny that' affirms."""
    folded = [matching.normalize(w).text.casefold() for w in words]
    return len(meaning.frame_negations(folded)) % 2 == 1


def _distinct_words(draw: st.DrawFn, paragraph: int) -> list[str]:
    """Words of their own (v105, v106, ...) with negations among them: once a negation is taken
    out, the words around it stand next to each other nowhere in the article."""
    n = draw(st.integers(2, 12))
    gaps = draw(st.sets(st.integers(1, n - 1), min_size=1, max_size=3))
    words: list[str] = []
    for i in range(n):
        if i in gaps:  # never two negations in a row: taking one out would leave the other
            words.append(draw(st.sampled_from(NEGATIONS)))
        words.append(f"v{paragraph * 100 + i}")
    return words


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_taking_a_negation_out_of_a_quote_never_verifies(data: st.DataObject):
    article, quoted = data.draw(quoted_article(_distinct_words))
    inner = [k for k in range(1, len(quoted) - 1) if quoted[k] in NEGATIONS]
    if not inner:
        return
    k = data.draw(st.sampled_from(inner))
    i = data.draw(st.integers(0, k - 1))
    j = data.draw(st.integers(k + 2, len(quoted)))
    whole = _typed(quoted[i:j])
    found = matching.find(matching.normalize(article), whole)
    assert isinstance(found, matching.Miss if _negated_before(quoted[:i]) else matching.Match)
    for quote in (_typed(quoted[i:k] + quoted[k + 1:j]),
                  f"{_typed(quoted[i:k])} … {_typed(quoted[k + 1:j])}"):
        found = matching.find(matching.normalize(article), quote)
        assert isinstance(found, matching.Miss), (article, quote)
