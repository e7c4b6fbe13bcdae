"""What a quote means beside what its article means: words the article says may still be quoted
so that they say something else.

A quote is a span of the article's words; these rules read the words around the span, within the
quotation (or, for an `unmarked` quote, the paragraph) it stands in, and refuse a quote that
reads as a statement the article does not make:

- an ellipsis that leaves out a negation, a reversal, a quantifier or comparison, or a qualifier
  (`negation_kind`), or that joins the start of one sentence to the end of another;
- a quote that starts after a negating frame of its own clause ('There is no evidence that',
  'It is false that', 'I never said that', 'Iran has not yet'): counted, so that 'There is no
  doubt that' and 'I cannot deny that' still affirm, and only where the negation bears on the
  quote ('We will never accept “the annexation of Crimea”' quotes a thing, rightly);
- a quote that starts right after a quantifier, qualifier or hedge ('fewer than', 'none of',
  'the alleged', 'may have');
- a quote that ends where its sentence goes on to say what it is not (', not by journalists,
  but by local police', ', but not on food');
- a quote whose sentence the same quotation then rebuts ('— that is a lie', '? Not true') or
  gives to another ('…, critics warn');
- a quote cut from a question without its question mark;
- a quote that leaves out a condition: cut from the end of a sentence that begins 'If …', after
  'if' or 'unless', or before 'unless they stop';
- a quote of words the speaker reports as someone else's ('Kirby claims …', 'According to …',
  'There are reports that …').

The word lists are English; a period of an abbreviation ('U.S.', 'Mr.') ends no sentence.

Every rule reads a bounded stretch of text around the quote (`_REACH`), so a quote costs the same
however long its article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..article.text import ABBREVIATION

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
                            "purportedly", "supposedly", "so-called", "self-proclaimed",
                            "self-styled", "would-be", "acting", "suspected", "presumed",
                            "apparent", "apparently"}),
    "exception": frozenset({"except", "excluding", "besides", "apart"}),
    # lower case only: 'May' is a month
    "hedge": frozenset({"might", "may", "could", "perhaps", "possibly", "probably", "maybe"}),
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
    if word in CHANGERS["hedge"]:
        return "hedge"
    return next((kind for kind, words in CHANGERS.items() if w in words and kind != "hedge"),
                None)


def is_negation(word: str) -> bool:
    """Does leaving out this word change what a statement says (`negation_kind`)?"""
    return negation_kind(word) is not None


# A frame before a quote turns it round when it holds an odd number of negations that bear on
# the quote: 'I never said that', 'There is no evidence that', 'Iran has not yet', 'Nobody
# believes that'; 'There is no doubt that' and 'I cannot deny that' hold two and affirm. A
# negation bears on the quote when only auxiliaries stand between them ('did not', 'is unlikely
# to have', 'refused to', 'none of') or when a 'that' or a verb or noun of saying and knowing
# follows it ('no evidence that', 'do not think'). 'We will never accept “the annexation of
# Crimea”' quotes a thing the clause names, not a statement it denies.
_FRAME_NEGATORS = (NEGATIONS | CHANGERS["reversal"]
                   | {"doubt", "doubts", "doubted", "doubtful", "lie", "nonsense", "myth",
                      "fail", "fails", "failed", "dispute", "disputes", "disputed", "wrong",
                      "naive", "mistaken", "lying", "absurd"})
# words that negate a statement only through a 'that' or word of saying after them: 'It is wrong
# to say that', 'We reject the claim that'; before a thing they name it ('We oppose “the
# annexation”', 'the wrong man')
_ONLY_LINKED = CHANGERS["reversal"] | {"wrong", "naive", "mistaken", "lying", "absurd", "lie",
                                       "nonsense", "myth"}
# 'that' after these opens what they say; after a noun it is a relative ('a regime that shells')
_THAT_AFTER = frozenset({"is", "was", "are", "were", "be", "true", "false", "clear", "likely",
                         "unlikely", "possible", "impossible", "certain", "sure", "obvious",
                         "evident", "fact", "lie", "doubt", "secret", "news", "untrue", "idea",
                         "claim", "claims", "view", "notion", "suggestion", "suggestions"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "any", "our",
                          "their", "its", "his", "her", "my", "your", "some"})
_FRAME_LINKS = frozenset({
    "that", "whether", "believe", "believes", "believed", "think", "thinks", "thought", "say",
    "says", "said", "claim", "claims", "claimed", "show", "shows", "showed", "shown", "prove",
    "proves", "proved", "proven", "suggest", "suggests", "suggested", "know", "knows", "knew",
    "evidence", "proof", "sign", "signs", "indication", "indications", "suggestion",
    "suggestions", "reports"})
# what may stand between a negation and the words it negates: auxiliaries, adverbs of time and
# degree, and the verbs that take what follows as their own ('do not want to escalate')
_BETWEEN = frozenset({
    "be", "been", "being", "have", "has", "had", "to", "yet", "ever", "even", "actually",
    "really", "always", "longer", "so", "far", "much", "any", "of", "at", "all", "get", "got",
    "simply", "just", "quite", "want", "wants", "wanted", "intend", "intends", "intended", "plan",
    "plans", "planned", "need", "needs", "needed", "try", "tries", "tried", "seek", "seeks",
    "sought", "wish", "wishes", "expect", "expects", "expected", "going", "able", "allowed",
    "permitted", "prepared", "ready", "willing", "from"})
# turns of phrase whose negation affirms, or negates nothing the quote says
_AFFIRMING = re.compile(
    r"\b(?:no (?:secret|coincidence|surprise|accident|question|wonder|matter|choice but|less|"
    r"fewer|sooner|exaggeration|hesitation)|not (?:a|any|an) (?:secret|exaggeration|surprise)|"
    r"not news|(?:little|no longer any|without|no) doubt|"
    r"beyond (?:a |any )?(?:reasonable |shadow of a )?(?:doubt|dispute|question)|"
    r"hard to deny|not\b[^.;:]{0,40}?\buntil|(?:never|not|n't) (?:forget|forgotten|forgot)|"
    r"(?:not|n't) hesitate|(?:not|n't) \w+ (?:this )?enough|not the only one|"
    r"nothing (?:can change the fact|but)|not (?:surprised|surprising|only|just|least)|"
    r"no one should be surprised|stopped denying|no longer deny|never has it been)\b",
    re.IGNORECASE)


def negates_what_follows(word: str) -> bool:
    """Could this word turn round a statement that follows it ('not', 'never', 'can't', 'no',
    'doubt')? Whether it does depends on the words between (`frame_negations`)."""
    w = word.casefold()
    return w in _FRAME_NEGATORS or w.endswith("n't")


def frame_negations(words: Sequence[str], quote_words: Sequence[str] = ()) -> list[int]:
    """The places of the words that negate what follows them in a frame (the words of a clause
    before a quote, case folded), given the quote's first words (a quote that opens 'that
    Iran …' keeps the frame's link)."""
    out: list[int] = []
    linked = any(_links(quote_words, k, words) for k in range(min(2, len(quote_words))))
    adjacent = True  # only auxiliaries between this word and the quote
    thing = bool(quote_words) and quote_words[0] in _DETERMINERS  # 'the weapons we need'
    neither = "neither" in words
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        follows = words[i + 1] if i + 1 < len(words) else (quote_words[0] if quote_words else "")
        by_adjacency = adjacent and not (w in _ONLY_LINKED and (follows != "to" or thing))
        if (negates_what_follows(w) or w == "yet" and follows == "to") and (
                by_adjacency or linked) and not (neither and w == "nor"):
            out.append(i)
        linked = linked or _links(words, i, words[:i])
        adjacent = adjacent and w in _BETWEEN and not (thing and w in _MAIN_VERBS)
    return out[::-1]


_MAIN_VERBS = frozenset({"have", "has", "had", "get", "got"})  # 'have not got “the weapons”'


def _links(words: Sequence[str], i: int, before: Sequence[str]) -> bool:
    """Does words[i] open what the frame says: a verb or noun of saying and knowing, or a 'that'
    after one, after 'is' or after a word that judges what follows ('false that')?"""
    w = words[i]
    if w != "that":
        return w in _FRAME_LINKS
    prior = words[i - 1] if i > 0 else (before[-1] if before else "")
    return not prior or prior in _FRAME_LINKS or prior in _THAT_AFTER or negates_what_follows(
        prior)


# Where the clause a quote begins in starts: punctuation, or a word that starts a clause of its
# own ('We did not want war but Iran sent missiles' quotes “Iran sent missiles” rightly).
_CLAUSE_END = re.compile(r"[.!?;:,—–()\[\]\"]|(?<!\w)(?:but|while|whereas|although|though|"
                         r"because|and that|or that)(?![\w-])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"')\]]|$)")


def _ends(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The pattern's matches in text[lo:hi], but for the period of an abbreviation ('the U.S.
    sent', 'Mr. Trump', 'No. 10'), which ends nothing."""
    for m in pattern.finditer(text, lo, hi):
        if m.group() == "." and ABBREVIATION.search(text, max(lo, m.start() - 12), m.end()):
            continue
        yield m


def _first_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    return next(_ends(pattern, text, lo, hi), None)

# Words before a number that say how it stands: 'fewer than 10', 'over 10,000', 'up to 5'.
_NUMBER_MODIFIERS = frozenset({"over", "under", "about", "around", "approximately", "roughly",
                               "some", "just", "up", "to", "more", "most", "below", "above",
                               "barely", "maximum", "minimum", "exceeding", "nearly", "almost"})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "dozen", "dozens", "half", "quarter", "third", "few", "several", "many"})
_CONDITIONS = frozenset({"if", "unless", "whether", "assuming", "supposing", "lest"})
# a condition the sentence goes on with: 'We will strike unless they stop', '— if Iran complies',
# 'should Iran attack'; not 'if a modest one' or 'if only barely', which concede
_CONDITION_AFTER = re.compile(
    r"[\s,—–-]*(if(?! (?:a|an|only|any|not|at all|ever)\b)|unless|provided that|providing that|"
    r"assuming|except if|as long as|so long as|only if|on condition|in the event|in case|"
    r"should(?= (?:[A-Z]\w*|they|we|he|she|it|you)\b))(?!\w)")
# a sentence that opens with its condition: 'If Iran sends missiles, we will respond', 'Were Iran
# to comply, …'; not 'If you look at the data, …' or 'If anything, …', which condition nothing
_CONDITION_OPENS = re.compile(
    r"\s*(?:\"|')?\s*(if(?! (?:you (?:look|ask|consider)|anything|I may|so|not)\b)|unless|should|"
    r"provided that|assuming|supposing|suppose|were|had|only if|in the event|in case)(?!\w)",
    re.IGNORECASE)
# A sentence that answers the one before it: '— that is a lie', '? Not true', ', but that is
# false'. Only where the answer ends its clause: 'It was wrong to do so' answers nothing.
_REBUTTAL = re.compile(
    r"[\s\"',.;:?!—–-]*(?:(?:but|and)\s+)?"
    r"(?:none of (?:this|that|it) is true|nothing could be further from the truth|"
    r"(?:this|that|it) (?:never happened|did not happen|didn't happen)|"
    r"(?:(?:that|this|it|which|all (?:of )?(?:this|that)|the claim|such claims|these claims)\s*)?"
    r"(?:(?:is|was|are|were|'s|has been|have been)\s+)?"
    r"(?:(?:simply|just|completely|totally|absolutely|utterly|all|pure|an?|outright|complete|"
    r"total|utter|absolute|sheer)\s+)*"
    r"(?:not true|untrue|false|lies?|falsehoods?|nonsense|rubbish|fake|baseless|groundless|"
    r"fabrication|fabricated|fiction|not the case|not so|myth|propaganda|incorrect|not correct|"
    r"disinformation|absurd|mistaken))"
    r"(?=\s*(?:[.?!;,—–\"']|$))(?!,\s*(?:\w+\s+){0,3}(?:say|says|said|claim|claims)\b)",
    re.IGNORECASE)
# The words after a quote that say what it is not: ', not by journalists, but by the police',
# '— but not on food'. Not the turns that add rather than take away: ', not only …', ', not
# least …', ', not to mention …', ', not surprisingly, …', and ', and not peace' after
# 'dedicated to violence', which says again what the quote said. Nor a bare ', not …' that
# only restates by its opposite ('Iran is guilty, not innocent', 'on Tuesday, not before
# Monday', 'the port — not the city'): the words turn what was quoted only with a 'but' before
# the 'not', or one after it that says what holds instead.
_QUALIFIED_AFTER = re.compile(
    r"\s*([,—–]|\s-)?\s*(?:(?P<turn>but|yet|though)\s+)?"
    r"(?P<not>(?:not|never)(?!\s+(?:least|to mention|surprisingly|unexpectedly|that)\b)\b)",
    re.IGNORECASE)
# what holds instead, after the 'not': ', not by journalists, but by local police'
_INSTEAD = re.compile(r"[,—–]\s*but\b", re.IGNORECASE)
# a 'not only …' that adds to the quote rather than takes away: ', not only to Donetsk but to
# Luhansk'; ', but not just yet' takes away
_ADDS = re.compile(r"\s+(?:only|just|merely|simply)\b(?=.*\b(?:but|also|as well)\b)",
                   re.IGNORECASE | re.DOTALL)
# a bare 'not' that holds the quote back in time rather than says it again by its opposite:
# ', not just yet', ', not until the vote', ', not a single day before the vote'
_NOT_YET = re.compile(r"\s+(?:(?:just|quite)\s+)?(?:yet|until|unless)\b"
                      r"|\s+(?:a\s+single|one)\s+(?:day|week|month|year|hour|minute)\s+"
                      r"(?:before|after|earlier|later|sooner)\b", re.IGNORECASE)
# a clause of its own after the 'not', with its own verb, says a new thing rather than what
# the quote is not: ', but not a single truck arrived'; ', but not a single day before the
# vote' has none. The verb is looked for only up to what holds instead or a relative pronoun:
# in ', not by journalists, but by local police who assaulted …' the verbs are the police's
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could"
                       r"|should|may|might|must|came|went|got|[a-z]{2,}ed)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
# Someone else's words the speaker reports: 'Kirby claims …', 'They say …'.
_REPORTING = frozenset({"say", "says", "said", "claim", "claims", "claimed", "claiming",
                        "saying", "alleging", "allege", "alleges",
                        "alleged", "assert", "asserts", "asserted", "insist", "insists",
                        "insisted", "argue", "argues", "argued", "contend", "contends",
                        "contended", "suggest", "suggests", "suggested", "report", "reports",
                        "reported", "believe", "believes", "believed", "think", "thinks",
                        "thought", "tell", "tells", "told", "accuse", "accuses", "accused",
                        "reportedly", "allegedly"})
_FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i'd", "we'd", "i'm", "we're", "i'll",
                           "we'll", "me", "us", "my", "our"})
# 'According to Kirby, …', 'Per Kirby, …': a source named before a comma ('according to the
# stage at which' names none; 'according to our estimates' is the speaker's own)
_ACCORDING = re.compile(r"(?<!\w)(?:[Aa]ccording to|[Pp]er(?= [A-Z])) (?!(?:our|my)\b)"
                        r"[^,.;:!?]{1,80},")
# 'There are reports that …', 'Claims that … are baseless', 'Allegedly, …'
_HEARSAY = re.compile(r"\b(?:(?:reports|claims|allegations|rumou?rs|suggestions|accusations) "
                      r"that|allegedly|reportedly|purportedly|supposedly)\b", re.IGNORECASE)
# … and words given to another after the quote: 'The plan will fail, critics warn, …'
_SAID_AFTER = re.compile(
    r"\s*[,—–]\s*(?:or so\s+)?(?:(according to\s+[^,;:!?]{2,60})|((?:[\w'.-]+\s+){1,4}?)"
    r"(?:says|say|said|claims|claim|claimed|warns|warn|warned|argues|argue|argued|insists|insist|"
    r"insisted|alleges|allege|alleged)\b)", re.IGNORECASE)
_NOT_SAYERS = frozenset({"and", "so", "once", "if", "when", "then", "but", "or", "to"})
# what stands before a noun ('the claims of'), or an infinitive ('no choice but to say that')
_NOT_A_SUBJECT = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                            "its", "their", "our", "my", "your", "such", "to"})
_ALSO_NOUNS = frozenset({"claim", "claims", "report", "reports", "thought", "believe", "say"})
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})  # 'were told to'
_QUANTITIES = frozenset({"none", "few", "some", "most", "many", "several", "half", "handful",
                         "each", "any", "all", "one", "two", "three", "four", "five", "six",
                         "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
                         "millions"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "someone", "somebody", "people", "others",
                       "many", "some", "critics", "officials"})
_TOLD = frozenset({"me", "us", "him", "her", "them", "you", "reporters", "journalists"})


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
    head = list(_ends(_SENTENCE_END, text, gap_start, gap_start + half))
    tail = list(_ends(_SENTENCE_END, text, gap_end - half, gap_end))
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


def fault(text: str, spans: list[tuple[int, int]], container: tuple[int, int],
          quotation: bool = True) -> Fault | None:
    """Why the quote at `spans` (parts in order, within `container`, the quotation or, when not
    `quotation`, the paragraph it stands in) says other than the article, or None. Words a
    paragraph's narration gives to someone after the quote ('…, the report said') say whose it
    is, as the speaker check reads them; within a quotation they take it from the speaker."""
    start, end = spans[0][0], spans[-1][1]
    lo, hi = max(container[0], start - _REACH), min(container[1], end + _REACH)
    for (_, a_end), (b_start, b_end) in pairwise(spans):
        found = gap_fault(text, (start, a_end), (b_start, b_end))
        if found is not None:
            return found
    return (_lead(text, lo, start, end) or _condition_after(text, start, end, hi)
            or _qualified_after(text, start, end, hi)
            or _rebuttal(text, start, end, hi, quotation) or _question(text, lo, start, end, hi))


def _clause_start(text: str, lo: int, start: int) -> int:
    ends = [m.end() for m in _ends(_CLAUSE_END, text, lo, start)]
    return ends[-1] if ends else lo


def _sentence_start(text: str, lo: int, start: int) -> int:
    ends = [m.end() for m in _ends(_SENTENCE_END, text, lo, start)]
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
    quote_words = [m.group().casefold() for m in itertools.islice(WORDS.finditer(text, start, end), 2)]
    idioms = [m.span() for m in _AFFIRMING.finditer(text, clause, start)]
    counted = [i for i in frame_negations(folded, quote_words)
               if not any(a <= words[i].start() < b for a, b in idioms)]
    if len(counted) % 2:
        word = words[counted[0]].group()
        return Fault("frame", f"it leaves out the words before it in the article's clause, "
                     f"'{shown}', which hold the {negation_kind(word) or 'negation'} '{word}'",
                     "quote from the start of the clause, or choose words the clause does not "
                     "negate", dropped)
    if folded:
        found = _says_how_many(text, start, end, words, folded)
        if found is not None:
            return Fault(found[0], f"it starts after the {found[0]} '{found[1]}' "
                         f"('{shown}')", "start the quote with the words that say how many, "
                         "how much, which or how sure", dropped)
        if folded[-1] in _CONDITIONS:
            return Fault("condition", f"it leaves out the condition it stands in, "
                         f"'{words[-1].group()}'", "quote the condition with it", dropped)
    sentence = _sentence_start(text, lo, start)
    opening = _CONDITION_OPENS.match(text, sentence)
    if opening and opening.end() <= start:
        # the quote stands in the clause the condition governs: the condition itself, or the
        # clause after its comma ('If Iran sends missiles, we will respond'), not one after that
        comma = text.find(",", opening.end(), start)
        later = comma >= 0 and _first_end(_CLAUSE_END, text, comma + 1, start) is not None
        if not later:
            condition = visible_words(text, opening.start(1), start).rstrip(" ,")
            return Fault("condition", f"it leaves out the condition of the sentence it stands "
                         f"in, '{condition}'", "quote the sentence from its condition on",
                         (opening.start(1), end))
    reported = _reported(text, sentence, start, words, folded)
    if reported is not None:
        at, said = reported
        return Fault("reported", f"the article's words before it, '{said}', make it someone "
                     "else's words that the speaker reports",
                     "quote from those words on, so that the reader sees whose claim it is",
                     (at, end))
    return None


def _says_how_many(text: str, start: int, end: int, words: list[re.Match[str]],
                   folded: list[str]) -> tuple[str, str] | None:
    """Does a word before the quote say how many, which or how sure: 'fewer than “ten ships”',
    'none of “the candidates”', 'the alleged “spy”', 'Iran may “have sent”'? Its kind and the
    word, or None."""
    last = folded[-1]
    kind = negation_kind(words[-1].group())
    number = _counts(text, start, end)
    if kind in ("qualifier", "hedge"):
        return kind, words[-1].group()
    # 'Iran may have “sent missiles”': a hedge before the auxiliaries that open the quote
    k = len(folded) - 1
    while k > 0 and folded[k] in _BETWEEN:
        k -= 1
    if k < len(folded) - 1 and negation_kind(words[k].group()) == "hedge":
        return "hedge", words[k].group()
    quantity = ("quantifier", words[-1].group())
    if last == "only" and not (len(folded) > 1 and folded[-2] == "not"):  # 'not only … but'
        return quantity
    if last == "of" and len(folded) > 1 and (
            folded[-2] in _QUANTITIES or folded[-2][0].isdigit()
            and not (len(words) > 2 and words[-3].group()[0].isupper())):  # not 'Article 6 of'
        return "quantifier", words[-2].group()  # 'none of the candidates', 'two of them'
    if last == "as" and folded[-3:-1] in (["as", "many"], ["as", "much"], ["as", "few"]):
        return "quantifier", "as " + words[-2].group() + " as"  # 'as many as 10'
    all_of = _first_word(text, start, end) in ("all", "every", "everyone", "most", "none")
    if (number or all_of) and (kind == "quantifier" or last in _NUMBER_MODIFIERS
                               or last in _NUMBER_WORDS):
        return quantity  # 'fewer than ten', 'over 10,000', 'twenty five', 'almost all'
    if number and last in ("and", "to", "or") and len(folded) > 1 and (
            folded[-2][0].isdigit() or folded[-2] in _NUMBER_WORDS):
        return quantity  # 'between 10 and 40'
    return None


def _first_word(text: str, start: int, end: int) -> str:
    m = WORDS.search(text, start, end)
    return m.group().casefold() if m else ""


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
    to Kirby', 'There are reports that', 'Allegedly,'), and those words; None when there are
    none or they are the speaker's own ('I said', 'we believe', 'according to our estimates')."""
    according = next((m for m in _ACCORDING.finditer(text, sentence, start)
                      if not text[m.end():start].strip(" \"'")), None)
    if according is not None:
        return according.start(), visible_words(text, according.start(), according.end() - 1)
    hearsay = _HEARSAY.search(text, sentence, start)
    if hearsay is not None:
        return hearsay.start(), visible_words(text, hearsay.start(), start).rstrip(" ,")
    # the verb that opens the quote: 'Kirby claims …', 'They say that …', 'Kirby said yesterday
    # that …'; a noun ('the claims of', 'the said officials'), a passive ('were told to') or the
    # speaker's own verb ('I said', 'we believe') is none
    last = len(folded) - 1
    reach = range(last, max(last - 4, 0) - 1, -1) if last >= 0 and folded[last] == "that" else (
        [last - 1, last] if last >= 1 and folded[last] in _TOLD else [last])
    verb = next((i for i in reach if i >= 1 and folded[i] in _REPORTING), None)
    if verb is not None and folded[verb - 1] in _PASSIVE and folded[verb] == "told" and (
            folded[-1] == "that"):  # 'We are told that …': someone told them
        return words[0].start(), visible_words(text, words[0].start(), words[-1].end())
    if verb is None or folded[verb - 1] in _NOT_A_SUBJECT or folded[verb - 1] in _PASSIVE:
        return None
    if any(f in _FIRST_PERSON for f in folded[:verb]):
        return None
    subject = next((w.group() for w in reversed(words[:verb]) if not w.group().endswith("ly")),
                   "")
    if folded[verb] in _ALSO_NOUNS and not (subject[:1].isupper()
                                            or subject.casefold() in _PRONOUNS):
        return None  # 'based on unsubstantiated claims': a noun, no one's claim
    return words[0].start(), visible_words(text, words[0].start(), words[-1].end())


def _condition_after(text: str, start: int, end: int, hi: int) -> Fault | None:
    m = _CONDITION_AFTER.match(text, end, hi)
    if m is None:
        return None
    stop = _first_end(_SENTENCE_END, text, m.end(), hi)
    cut = stop.start() if stop else hi
    condition = visible_words(text, m.start(1), cut).rstrip(" ,;:—–")
    return Fault("condition", f"it ends before the condition the article's sentence goes on "
                 f"with, '{condition}'",
                 "quote the sentence with its condition", (start, cut))


def _qualified_after(text: str, start: int, end: int, hi: int) -> Fault | None:
    """A quote that ends where its sentence goes on to say what it is not: 'A crime was
    committed, not by journalists, but by local police' quoted as 'A crime was committed' leaves
    out who committed it; 'We back the sanctions, but not on food' as 'We back the sanctions'
    says the speaker backs all of them."""
    m = _QUALIFIED_AFTER.match(text, end, hi)
    if m is None or not (m.group(1) or end > start and text[end - 1] in ",—–"):
        return None
    stop = _first_end(_SENTENCE_END, text, m.end(), hi)
    cut = stop.start() if stop else hi
    instead = _INSTEAD.search(text, m.end(), cut)
    if not m.group("turn") and not instead and not _NOT_YET.match(text, m.end(), cut):
        return None
    clause = instead.start() if instead else cut
    relative = _RELATIVE.search(text, m.end(), clause)
    if _ADDS.match(text, m.end(), cut) \
            or _OWN_VERB.search(text, m.end(), relative.start() if relative else clause):
        return None
    words = visible_words(text, m.start("not"), cut).rstrip(" ,;:—–")
    return Fault("qualification", f"the quotation goes on to qualify it: '{words}'",
                 "quote those words with it, so that the reader sees what it says",
                 (start, cut))


def _question(text: str, lo: int, start: int, end: int, hi: int) -> Fault | None:
    """A quote cut from a question that leaves its question mark behind reads as a statement:
    one that runs to the question mark ('Is it true that “the ceasefire has collapsed”?'). A
    thing the question names ('Why do you support “terrorist organizations” …?') is quoted
    rightly."""
    if end > 0 and text[end - 1] == "?":
        return None
    stop = _first_end(_SENTENCE_END, text, end, hi)
    if stop is None or stop.group() != "?" or any(ch.isalnum() for ch in text[end:stop.start()]):
        return None
    sentence = _sentence_start(text, lo, start)
    sentence += len(text[sentence:start]) - len(text[sentence:start].lstrip(" \"'"))
    return Fault("question", f"the article asks it as a question: "
                 f"'{visible_words(text, sentence, stop.end())}'",
                 "quote it up to its question mark, so that it stays a question",
                 (sentence, stop.end()))


def _rebuttal(text: str, start: int, end: int, hi: int, quotation: bool) -> Fault | None:
    """The same quotation goes on to call the quote's sentence false, in the same sentence ('—
    that is a lie', 'is not true') or in the next ('That is a lie.'); or gives its words to
    another ('The plan will fail, critics warn')."""
    stop = _first_end(_SENTENCE_END, text, end, hi)
    for at in (end, stop.end() if stop is not None else hi):
        m = _REBUTTAL.match(text, at, hi)
        if m is not None and m.end() > at:
            words = m.group().strip(" \"',.;:?!—–-")
            return Fault("rebuttal", f"the quotation goes on to rebut it: '{words}'",
                         "quote what the speaker asserts, or the rebuttal with it",
                         (start, m.end()))
    said = _SAID_AFTER.match(text, end, hi) if quotation else None
    subject = (said.group(2) or "").split() if said is not None else []
    if said is not None and (said.group(1) or subject and subject[0].casefold() not in _NOT_SAYERS
                             and subject != ["the"]  # 'the said authority'
                             and not any(w.casefold() in _FIRST_PERSON for w in subject)):
        return Fault("reported", f"the quotation goes on to give it to another: "
                     f"'{visible_words(text, end, said.end()).lstrip(',—– ')}'",
                     "quote those words with it, so that the reader sees whose claim it is",
                     (start, said.end()))
    return None


def visible_words(text: str, start: int, end: int) -> str:
    """The words of text[start:end] on one line, for a message."""
    return " ".join(text[start:end].split())
