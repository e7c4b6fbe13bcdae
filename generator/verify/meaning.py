"""What a quote means beside what its article means: words the article says may still be quoted
so that they say something else.

A quote is a span of the article's words; these rules read the words around the span, within the
quotation (or, for an `unmarked` quote, the paragraph) it stands in, and refuse a quote that
reads as a statement the article does not make:

- an ellipsis that leaves out a negation, a reversal, a quantifier or comparison, or a qualifier
  (`negation_kind`), or that joins the start of one sentence to the end of another;
- a quote that starts after a negating frame of its own clause ('There is no evidence that',
  'It is false that', 'I never said that'): counted, so that 'There is no doubt that' and 'I
  cannot deny that' still affirm;
- a quote that starts right after a quantifier or qualifier ('fewer than', 'the alleged');
- a quote whose sentence the same quotation then rebuts ('— that is a lie', '? Not true');
- a quote cut from a question without its question mark;
- a quote that leaves out a condition: cut from the end of a sentence that begins 'If …', after
  'if' or 'unless', or before 'unless they stop';
- a quote of words the speaker reports as someone else's ('Kirby claims …', 'According to …').

Every rule reads a bounded stretch of text around the quote (`_REACH`), so a quote costs the same
however long its article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from itertools import pairwise

NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "none", "nothing", "nobody",
                       "nowhere", "cannot", "without", "deny", "denies", "denied", "denying",
                       "false", "untrue", "unlikely", "impossible", "hardly", "barely",
                       "scarcely", "no-one"})
# 'in-depth', 'no-fly' and 'in-person' negate nothing; 'non-lethal' and 'un-American' do
_NEGATING_PREFIXES = ("non-", "un-", "dis-", "not-")

# Words whose leaving out at an ellipsis changes what a statement says, though they negate
# nothing: "We back the sanctions. We reject the sanctions on food" quoted as "We back the
# sanctions … on food", "fewer than ten" as "… ten", "the alleged spy" as "the … spy".
CHANGERS = {
    "reversal": frozenset({"reject", "rejects", "rejected", "rejecting", "oppose", "opposes",
                           "opposed", "opposing", "refuse", "refuses", "refused", "refusing"}),
    "quantifier": frozenset({"fewer", "less", "least", "only", "than", "almost", "nearly"}),
    "qualifier": frozenset({"former", "alleged", "allegedly", "reportedly", "purported",
                            "purportedly", "supposedly", "so-called"}),
}

WORDS = re.compile(r"\w+(?:['-]\w+)*")
_REACH = 400  # characters read on each side of a quote: a clause or a sentence, bounded


def negation_kind(word: str) -> str | None:
    """What leaving out this word (a run of letters, apostrophes and hyphens) would take from a
    statement: 'not', 'can't', 'non-lethal' its negation; 'reject' its reversal; 'fewer' its
    quantifier; 'alleged' its qualifier; None when nothing."""
    w = word.casefold()
    if w in NEGATIONS or w.endswith("n't") or w.startswith(_NEGATING_PREFIXES):
        return "negation"
    return next((kind for kind, words in CHANGERS.items() if w in words), None)


def is_negation(word: str) -> bool:
    """Does leaving out this word change what a statement says (`negation_kind`)?"""
    return negation_kind(word) is not None


# A frame before a quote turns it round when it holds an odd number of negations: 'I never said
# that', 'There is no evidence that', 'Nobody believes that'; 'There is no doubt that' and 'I
# cannot deny that' hold two and affirm. Words that negate a clause wherever they stand count
# anywhere in it; words that as often negate a thing ('false information is nothing more than
# “a lie”', 'no fuel') count only before the 'that' or the verb of belief that opens the quote.
_STRONG_NEGATORS = frozenset({"not", "never", "cannot", "nor", "neither", "deny", "denies",
                              "denied", "denying"})
_WEAK_NEGATORS = ((NEGATIONS - _STRONG_NEGATORS) | CHANGERS["reversal"]
                  | {"doubt", "doubts", "doubted", "doubtful", "lie", "lies", "nonsense", "myth"})
_FRAME_LINKS = frozenset({"that", "whether", "believe", "believes", "believed", "think", "thinks",
                          "thought", "say", "says", "said", "claim", "claims", "claimed", "show",
                          "shows", "showed", "prove", "proves", "proved", "suggest", "suggests",
                          "suggested", "know", "knows", "knew"})
# pairs that negate nothing: 'not only … but', 'no choice but', 'nothing but', 'no longer'
_NOT_NEGATING = frozenset({("not", "only"), ("not", "just"), ("no", "choice"), ("nothing", "but"),
                           ("no", "matter"), ("not", "least"), ("no", "less"), ("no", "fewer"),
                           ("no", "longer"), ("not", "yet"), ("no", "sooner")})


def negates_what_follows(word: str) -> bool:
    """Does this word turn round a clause wherever it stands in it ('not', 'never', 'can't')?"""
    w = word.casefold()
    return w in _STRONG_NEGATORS or w.endswith("n't")


def frame_negations(words: list[str]) -> list[int]:
    """The places of the words that negate what follows them in a frame (the words of a clause
    before a quote, case folded)."""
    out: list[int] = []
    linked = False  # does a 'that' or verb of belief follow?
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if i + 1 < len(words) and (w, words[i + 1]) in _NOT_NEGATING:
            continue
        if negates_what_follows(w) or linked and w in _WEAK_NEGATORS:
            out.append(i)
        linked = linked or w in _FRAME_LINKS
    return out[::-1]


# Where the clause a quote begins in starts: punctuation, or a word that starts a clause of its
# own ('We did not want war but Iran sent missiles' quotes “Iran sent missiles” rightly).
_CLAUSE_END = re.compile(r"[.!?;:,—–()\[\]\"]|(?<!\w)(?:but|yet|so|while|whereas|although|"
                         r"though|because)(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"')\]]|$)")

# Words before a number that say how it stands: 'fewer than 10', 'over 10,000', 'up to 5'.
_NUMBER_MODIFIERS = frozenset({"over", "under", "about", "around", "approximately", "roughly",
                               "some", "just", "up", "to", "more", "most", "below", "above",
                               "barely", "maximum", "minimum", "exceeding", "nearly", "almost"})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "dozen", "dozens", "half", "quarter", "third", "few", "several", "many"})
_CONDITIONS = frozenset({"if", "unless", "whether", "provided", "providing", "assuming",
                         "supposing", "lest"})
_CONDITION_AFTER = re.compile(r"[\s,]*(if|unless|provided|providing|assuming|until|except|"
                              r"as long as|so long as|only if|on condition)(?!\w)", re.IGNORECASE)
_CONDITION_OPENS = re.compile(r"\s*(?:\"|')?\s*(if|unless|should|provided|assuming|supposing)"
                              r"(?!\w)", re.IGNORECASE)
# A sentence that answers the one before it: '— that is a lie', '? Not true', ', but that is
# false'. Only where the answer ends its clause: 'It was wrong to do so' answers nothing.
_REBUTTAL = re.compile(
    r"[\s\"',.;:?!—–-]*(?:(?:but|and)\s+)?"
    r"(?:none of (?:this|that|it) is true|nothing could be further from the truth|"
    r"(?:(?:that|this|it|which|all (?:of )?(?:this|that)|the claim|such claims|these claims)"
    r"\s*(?:is|was|are|were|'s|has been|have been)\s+)?"
    r"(?:(?:simply|just|completely|totally|absolutely|utterly|all|pure|an?|outright)\s+)*"
    r"(?:not true|untrue|false|lies?|falsehoods?|nonsense|rubbish|fake|baseless|groundless|"
    r"fabrication|fabricated|fiction|not the case|not so|myth|propaganda|incorrect))"
    r"(?=\s*(?:[.?!;,—–\"']|$))",
    re.IGNORECASE)
# Someone else's words the speaker reports: 'Kirby claims …', 'They say …'.
_REPORTING = frozenset({"say", "says", "said", "claim", "claims", "claimed", "allege", "alleges",
                        "alleged", "assert", "asserts", "asserted", "insist", "insists",
                        "insisted", "argue", "argues", "argued", "contend", "contends",
                        "contended", "suggest", "suggests", "suggested", "report", "reports",
                        "reported", "believe", "believes", "believed", "think", "thinks",
                        "thought", "tell", "tells", "told", "accuse", "accuses", "accused",
                        "reportedly", "allegedly"})
_FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i'd", "we'd", "i'm", "we're", "i'll",
                           "we'll", "me", "us", "my", "our"})
# 'According to Kirby, …': a source named before a comma ('according to the stage at which'
# names none)
_ACCORDING = re.compile(r"(?<!\w)according to [^,.;:!?]{1,80},", re.IGNORECASE)
# what stands before a noun ('the claims of'), or an infinitive ('no choice but to say that')
_NOT_A_SUBJECT = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                            "its", "their", "our", "my", "your", "such", "to"})
_ALSO_NOUNS = frozenset({"claim", "claims", "report", "reports", "thought", "believe", "say"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "someone", "somebody", "people", "others",
                       "many", "some", "critics", "officials"})
_TOLD = frozenset({"me", "us", "him", "her", "them", "you", "reporters", "journalists"})
_INTERROGATIVES = frozenset({"is", "are", "was", "were", "do", "does", "did", "can", "could",
                             "will", "would", "should", "has", "have", "had", "what", "why", "how",
                             "who", "whom", "whose", "where", "when", "which", "isn't", "aren't",
                             "don't", "doesn't", "didn't", "won't", "wouldn't", "shouldn't"})


@dataclass(frozen=True)
class Fault:
    """Why a quote, though the article's words, says something else."""

    kind: str  # negation, reversal, quantifier, qualifier, frame, rebuttal, question, ...
    why: str  # what the quote leaves out, in the article's words
    fix: str  # how to quote it faithfully
    span: tuple[int, int]  # the article's words the message shows: the quote and what it drops


def gap_fault(text: str, before: tuple[int, int], after: tuple[int, int]) -> Fault | None:
    """An ellipsis between two parts of a quote that joins the start of one sentence to the end
    of another: 'We back the sanctions on Iran. Others want them on food' quoted as 'We back the
    sanctions … on food'. Parts that end and begin sentences keep each sentence whole."""
    gap_start, gap_end = before[1], after[0]
    # a long gap is read at its two ends: a sentence boundary further in joins sentences that
    # are far apart, which the ellipsis shows
    half = min(gap_end - gap_start, _REACH // 2)
    head = list(_SENTENCE_END.finditer(text, gap_start, gap_start + half))
    tail = list(_SENTENCE_END.finditer(text, gap_end - half, gap_end))
    if not head or not tail:
        return None
    ends_sentence = not any(ch.isalnum() for ch in text[gap_start:head[0].start()])
    begins_sentence = not any(ch.isalnum() for ch in text[tail[-1].end():gap_end])
    if ends_sentence or begins_sentence:
        return None
    return Fault("sentences", "the words it leaves out at '…' end one sentence and begin "
                 "another, so the quote joins the start of one to the end of the other",
                 "quote each sentence as the article says it, or end the first part where its "
                 "sentence ends", (before[0], after[1]))


def fault(text: str, spans: list[tuple[int, int]], container: tuple[int, int]) -> Fault | None:
    """Why the quote at `spans` (parts in order, within `container`, the quotation or paragraph
    it stands in) says other than the article, or None."""
    start, end = spans[0][0], spans[-1][1]
    lo, hi = max(container[0], start - _REACH), min(container[1], end + _REACH)
    for (_, a_end), (b_start, b_end) in pairwise(spans):
        found = gap_fault(text, (start, a_end), (b_start, b_end))
        if found is not None:
            return found
    return (_lead(text, lo, start, end) or _condition_after(text, start, end, hi)
            or _rebuttal(text, start, end, hi) or _question(text, lo, start, end, hi))


def _clause_start(text: str, lo: int, start: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _sentence_start(text: str, lo: int, start: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _lead(text: str, lo: int, start: int, end: int) -> Fault | None:
    """What the words before the quote, in its clause and sentence, do to it. A quote that
    opens a quotation within the quotation (‘World’, “guarantee”) is that quotation's words: the
    words before it frame it, as the article shows."""
    before = text[lo:start].rstrip()
    if before.endswith(("'", '"')) and (len(before) < 2 or not before[-2].isalnum()):
        return None
    clause = _clause_start(text, lo, start)
    words = list(WORDS.finditer(text, clause, start))
    folded = [m.group().casefold() for m in words]
    dropped = (clause + len(text[clause:start]) - len(text[clause:start].lstrip()), end)
    shown = visible_words(text, dropped[0], start)
    negators = frame_negations(folded)
    if len(negators) % 2:
        word = words[negators[0]].group()
        return Fault("frame", f"it leaves out the words before it in the article's clause, "
                     f"'{shown}', which hold the {negation_kind(word) or 'negation'} '{word}'",
                     "quote from the start of the clause, or choose words the clause does not "
                     "negate", dropped)
    if folded:
        last = folded[-1]
        kind = negation_kind(last)
        number = _counts(text, start, end)
        if kind == "qualifier" or last == "only" or number and (
                kind == "quantifier" or last in _NUMBER_MODIFIERS):
            what = "quantifier" if number or kind == "quantifier" else "qualifier"
            return Fault(what, f"it starts after the {what} '{words[-1].group()}' "
                         f"('{shown}')", "start the quote with the words that say how many, "
                         "how much or which", dropped)
        if last in _CONDITIONS:
            return Fault("condition", f"it leaves out the condition it stands in, "
                         f"'{words[-1].group()}'", "quote the condition with it", dropped)
    sentence = _sentence_start(text, lo, start)
    opening = _CONDITION_OPENS.match(text, sentence)
    if opening and opening.end() <= start and "," in text[opening.end():start]:
        condition = visible_words(text, opening.start(1), start).rstrip(" ,")
        return Fault("condition", f"it is cut from the end of a sentence that begins with a "
                     f"condition, '{condition}'", "quote the sentence from its condition on",
                     (opening.start(1), end))
    reported = _reported(text, sentence, start, words, folded)
    if reported is not None:
        at, said = reported
        return Fault("reported", f"the article's words before it, '{said}', make it someone "
                     "else's words that the speaker reports",
                     "quote from those words on, so that the reader sees whose claim it is",
                     (at, end))
    return None


def _counts(text: str, start: int, end: int) -> bool:
    """Does the quote open with a number ('ten ships', 'a hundred', '4.5%')? Only then do 'than',
    'fewer' or 'over' before it say how many: 'nothing more than “a lie”' quotes rightly."""
    first = [m.group().casefold() for m in itertools.islice(WORDS.finditer(text, start, end), 2)]
    if not first:
        return False
    if first[0] in ("a", "an") and len(first) > 1:
        first = first[1:]
    return first[0][0].isdigit() or first[0] in _NUMBER_WORDS


def _reported(text: str, sentence: int, start: int, words: list[re.Match[str]],
              folded: list[str]) -> tuple[int, str] | None:
    """Where the words that make what follows another's claim begin ('Kirby claims', 'According
    to Kirby'), and those words; None when there are none or they are the speaker's own ('I
    said', 'we believe')."""
    according = next((m for m in _ACCORDING.finditer(text, sentence, start)
                      if not text[m.end():start].strip(" \"'")), None)
    if according is not None:
        return according.start(), visible_words(text, according.start(), according.end() - 1)
    # the verb that opens the quote: 'Kirby claims …', 'They say that …'; a noun ('the claims
    # of', 'the said officials') or the speaker's own verb ('I said', 'we believe') is none
    verb = len(folded) - 1
    if verb >= 0 and folded[verb] == "that":
        verb -= 1
    if verb >= 0 and folded[verb] in _TOLD:  # 'He told us …'
        verb -= 1
    if verb < 1 or folded[verb] not in _REPORTING or folded[verb - 1] in _NOT_A_SUBJECT:
        return None
    if any(f in _FIRST_PERSON for f in folded[:verb]):
        return None
    subject = words[verb - 1].group()
    if folded[verb] in _ALSO_NOUNS and not (subject[0].isupper() or subject.casefold() in _PRONOUNS):
        return None  # 'based on unsubstantiated claims': a noun, no one's claim
    return words[0].start(), visible_words(text, words[0].start(), words[-1].end())


def _condition_after(text: str, start: int, end: int, hi: int) -> Fault | None:
    m = _CONDITION_AFTER.match(text, end, hi)
    if m is None:
        return None
    stop = _SENTENCE_END.search(text, m.end(), hi)
    cut = stop.start() if stop else hi
    condition = visible_words(text, m.start(1), cut).rstrip(" ,;:—–")
    return Fault("condition", f"it ends before the condition the article's sentence goes on "
                 f"with, '{condition}'",
                 "quote the sentence with its condition", (start, cut))


def _question(text: str, lo: int, start: int, end: int, hi: int) -> Fault | None:
    """A quote cut from a question that leaves its question mark behind reads as a statement: a
    quote that ends in the clause the question mark closes, or in a clause that opens as a
    question ('Is this a propaganda move, is this a plot?'). The statements before 'so why
    not?' are no question."""
    if end > 0 and text[end - 1] == "?":
        return None
    stop = _SENTENCE_END.search(text, end, hi)
    if stop is None or stop.group() != "?":
        return None
    clause_end = _CLAUSE_END.search(text, end, stop.end())
    asks = clause_end is not None and clause_end.start() == stop.start()
    if not asks:
        opens = WORDS.search(text, _clause_start(text, lo, end), end)
        asks = opens is not None and opens.group().casefold() in _INTERROGATIVES
    if not asks:
        return None
    sentence = _sentence_start(text, lo, start)
    sentence += len(text[sentence:start]) - len(text[sentence:start].lstrip(" \"'"))
    return Fault("question", f"the article asks it as a question: "
                 f"'{visible_words(text, sentence, stop.end())}'",
                 "quote it up to its question mark, so that it stays a question",
                 (sentence, stop.end()))


def _rebuttal(text: str, start: int, end: int, hi: int) -> Fault | None:
    """The same quotation goes on to call the quote's sentence false, in the same sentence ('—
    that is a lie') or in the next ('That is a lie.')."""
    stop = _SENTENCE_END.search(text, end, hi)
    for at in (end, stop.end() if stop is not None else hi):
        m = _REBUTTAL.match(text, at, hi)
        if m is not None:
            words = m.group().strip(" \"',.;:?!—–-")
            return Fault("rebuttal", f"the quotation goes on to rebut it: '{words}'",
                         "quote what the speaker asserts, or the rebuttal with it",
                         (start, m.end()))
    return None


def visible_words(text: str, start: int, end: int) -> str:
    """The words of text[start:end] on one line, for a message."""
    return " ".join(text[start:end].split())
