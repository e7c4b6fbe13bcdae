"""Who said it: a quote's speaker against the attribution its article gives, and names that an
actor's entry borrows from another actor.

The article is read with the drafting rules (article.text, article.names, article.speakers). Only an
attribution that names its speaker in the quote's own sentence counts (`“…,” Roe told reporters`,
`Roe said that “…”`, `said Roe.`, or `the foreign minister said` where the briefing gives one of
its actors that role), and only when that name is one registry actor: pronouns, unnamed officials,
spokespeople and quotes carried over from the sentence before stay silent, for a warning that is
wrong would teach people to ignore the right ones.

Cost: only the paragraphs that hold a matched quote are read, each once, and a paragraph longer
than WINDOW characters not at all; the drafting rules are quadratic in what they read, so this
bounds the work per briefing by the article's length times a constant.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import look_alike
from ..article import quotation_marks, states, transcript
from ..article import text as draft_text
from ..article.names import (
    NOT_GIVEN_NAMES,
    ROLE_NOUNS,
    VERBS,
    Mention,
    NameIndex,
    Registry,
    find_names,
    slugify,
)
from ..article.speakers import (
    INVERTIBLE,
    ISSUED_HERE,
    Attribution,
    Frame,
    Speakers,
)
from ..content.load import Located
from ..content.model import Actor, Briefing, Quote, actor_refs, own_words
from ..content.yaml_source import line_starts
from ..problems import Problem, field_path, problem
from . import matching

WINDOW = 4000  # characters of article read at once: real paragraphs are far shorter
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_POSSESSIVE = re.compile(r"[’']s\b")
# a name that owns what follows it, the apostrophe alone after an s: `Thomas' sister`
_OWNER = re.compile(r"\b([A-Z][\w-]*)(?:[’']s\b|(?<=s)[’'](?=\s))")
# what opens a description of someone rather than their name: 'the minister', 'a top aide'
_DESCRIPTION = re.compile(r"(?:the|a|an|this|that|its|his|her|their)\s", re.IGNORECASE)
# 'he said' given to the last named speaker of its paragraph or the one before
_PRONOUN_RULE = re.compile(r"'(?:he|she|it)' is the last named speaker")
# 'he' or 'she' given to a person named before, by any of the rules
_PRONOUN_PERSON = re.compile(r"'(?:he|she)' is the (?:last named speaker|subject of the sentence "
                             r"before|last person named)(?:, paragraphs before)?")
# 'he said' given to the person the sentence before is about
_PRONOUN_SUBJECT = re.compile(r"'(?:he|she)' is the subject of the sentence before")
# someone who speaks for the person named after it: 'a spokesman for', 'an aide to', 'lawyers of'
_ON_BEHALF = re.compile(
    r"\b(?:spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|assistants?|envoys?"
    # 'chief of staff of the Somaliland army General Nuh Ismail Tani' is his title
    r"|representatives?|officials?|lawyers?|attorneys?|deputy|deputies|(?<!chief of )staff|office"
    r"|members?"
    r"|allies|ally|supporters?|opponents?|critics?|friends?|family|relatives?|press secretary)"
    r"\s+(?:for|to|of)\s+(?:[\w.’'-]+\s+){0,5}$", re.IGNORECASE)
# someone's words, between an attribution and the quotation: `Doe dismissed Roe’s claim that “…”`;
# not `described JEM’s “moves toward war”` nor `told CNN's Spanish service that Castro “…”`
_SAYINGS = (r"(?:claims?|statements?|words|remarks?|comments?|assertions?"
            r"|allegations?|accusations?|descriptions?|accounts?|messages?|tweets?|posts?|letters?"
            r"|reports?|views?|arguments?|charges?|denials?|questions?|warnings?|calls?|demands?"
            r"|promises?|pledges?|phrases?|speech(?:es)?|testimony|answers?|repl(?:y|ies)"
            r"|responses?|positions?|suggestions?|insistence|characteri[sz]ations?|version|line)\b")
_WORDS_OF = re.compile(
    rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?{_SAYINGS}"
    # 'Blinken dismissed a warning from Lavrov that …': the words of the one they come from
    rf"|\b{_SAYINGS}\s+(?:from|by)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
# the opening of a sentence that tells whose words follow before its own speaker does: `Asked
# about Lavrov's remark that the West “…,” Blinken said`; not `Responding to Lavrov's remarks,
# “…,” Blinken said`, whose comma ends the remark before the words
_REMARK_OPENS = re.compile(rf"(?:{_WORDS_OF.pattern})[^,;:.!?]*$", re.IGNORECASE)
# before a second name in the sentence a colon ends: whose words the colon brings (`Blinken
# quoted Lavrov as saying:`, `a letter from Lavrov that said:`, `was told by Lavrov:`), not
# someone merely named there (`thought of al-Megrahi as …, adding to CNN:`)
_QUOTED_FROM = re.compile(r"\b(?:quoted|quoting|from|by)\s+(?:the\s+)?$")
_THEN_SAID = re.compile(rf"(?:[^:{quotation_marks.char_class(quotation_marks.MARKS)}]*?\b(?:saying"
                        r"|said|says|told|telling|wrote|writing|read|reads|stated|stating)\b"
                        r"[^:.!?]{0,60}?)?\s*:\s*")
# an apposition set off after a sentence's subject, owned by a name it holds: `, Ghani’s partner
# in the national unity government, stressed`
_APPOSITION_OF = re.compile(rf",\s+(?:[\w.-]+\s+){{0,3}}?[A-Z][\w-]*[’']s\s+[^,;:.!?"
                            rf"{quotation_marks.char_class(quotation_marks.MARKS)}]{{1,80}},"
                            r"(?=\s+[a-z])")
# a name and a speech verb right after an attribution that follows the words: `“…,” Blinken said
# Lavrov told him`, the words Blinken reports as Lavrov's
_TOLD_HIM = re.compile(r"\s+(?:(?:had|has|also)\s+)?(?:told|tells|said|says|warned|assured)\b")
# someone who speaks for a body, or its own words
_SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|press secretary|statement|on behalf of)\b",
                         re.IGNORECASE)
# a source that no one person can be: a group, or a document
_NOT_ONE = re.compile(
    r"\b(?:officials|sources|diplomats|authorities|spokesmen|spokeswomen|spokespeople|analysts"
    r"|experts|residents|witnesses|students|report|statement|letter|document|study"
    r"|editorial|communiqu[eé]|declaration|resolution|indictment|ruling|survey|poll)\b",
    re.IGNORECASE)
# people a description may place in a body without making them speak for it
_NOT_FOR = re.compile(
    r"\b(?:students?|graduates?|alumn(?:us|i|a|ae)|residents?|citizens?|voters?|fans?|supporters?"
    r"|customers?|clients?|patients?|passengers?|visitors?|tourists?|soldiers?|veterans?|troops"
    r"|analysts?|researchers?|scholars?|professors?|teachers?|lecturers?|scientists?|experts?"
    r"|workers?|employees?|staffers?|members?|activists?|protesters?|demonstrators?|critics?"
    r"|users?|posters?|bloggers?|readers?|viewers?|parents?|mothers?|fathers?|relatives?"
    r"|man|men|woman|women|girls?|boys?|people|person)\b", re.IGNORECASE)
# a person brought into the story by a description alone: 'One active duty soldier', 'a Marine
# veteran of the second battle for Fallujah'
_FEMALE = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister", "widow",
                     "businesswoman", "spokeswoman", "grandmother"})
_MALE = frozenset({"man", "boy", "father", "husband", "son", "brother", "widower", "businessman",
                   "spokesman", "grandfather"})
_NEW_PERSON = re.compile(
    # as a sentence's subject, past a phrase set off before it ('In Kabul, a soldier …'); not
    # 'He said that as a lawyer, he knows …'
    r"\s*(?:[^,;:.]{0,40},\s*)?(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,4}?(?P<noun>soldier|veteran|marine|sailor|airman"
    r"|officer|student|resident|voter|worker|employee|activist|protester|witness|survivor|victim"
    r"|farmer|teacher|doctor|nurse|patient|parent|friend|neighbou?r|reporter|journalist|analyst"
    r"|expert|lawyer|official|" + "|".join(sorted(_FEMALE | _MALE)) + r")\b", re.IGNORECASE)
# anyone brought into a sentence by a description: another one whom a pronoun may stand for
_DESCRIBED = re.compile(r"\b" + _NEW_PERSON.pattern.removeprefix(r"\s*(?:[^,;:.]{0,40},\s*)?"),
                        re.IGNORECASE)
# a source brought into the story without a name: 'a spokeswoman', 'one official'
_NEW_ONE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
# a sentence opening on one who speaks for others, brought in without a name, up to the verb
_NEW_SOURCE = re.compile(r"\s*(?:a|an|one|another)\s+(?:[\w.’'-]+\s+){0,3}?(?:spokes(?:man|woman|person)"
                         r"|official|aide|adviser|advisor|diplomat|officer|representative)"
                         r"(?:\s+(?:for|of|to|at|with)"
                         r"\s+[^,;:“”\"]*?)?(?=\s+[a-z]+(?:ed|s)\b)", re.IGNORECASE)
# a sentence opening on a name set off by what it says of them, then a verb of saying, up to
# the words: 'Evan Kohlmann, who tracks jihadi Web sites for NBC News said, '
_OPENED = re.compile(rf"\s*(?P<name>[^,;:“”\"()]+),\s+(?P<who>who\s)?[^,;:“”\"()]*?"
                     # 'Cynthia Thompson, curator … at the University of Arkansas, Fayetteville,
                     # said, “…”': a place set off within what it says of them, and the comma
                     # that closes it before the verb
                     rf"(?P<place>,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}},)?\s"
                     rf"(?:{VERBS})\b(?P<after>[^“”\"]*)$")
# a lawyer acting against a body, whose words are never the body's
_OPPOSING = r"(?:lawyers?|attorneys?|counsel)\s+(?:suing|against|opposing|challenging)"
# people a description places beside a body, or against it, who no longer or never spoke for it:
# 'a former State Department official', 'a lawyer suing Gazprom', 'a union leader at Renault'
_OUTSIDE = re.compile(
    r"^(?:(?:a|an|the|one|two|three|several|some|other)\s+)?(?:former|ex-|retired|one-?time)\b"
    rf"|\b{_OPPOSING}\b"
    r"|\b(?:trade\s+)?union\s+(?:leaders?|officials?|representatives?|members?|chiefs?|heads?"
    r"|bosses?|organi[sz]ers?)\s+(?:at|in)\b", re.IGNORECASE)
# the words before a body's name that make it whom its speaker opposes: 'a lawyer suing Gazprom
# said', where the rules read 'Gazprom said'
_AGAINST = re.compile(rf"\b(?:an?\s+|the\s+)?{_OPPOSING}\s+(?:the\s+)?$", re.IGNORECASE)
_THEIR_DESCRIPTION = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:descriptions?|characteri[sz]ations?"
                                r"|portrayals?|depictions?)\b", re.IGNORECASE)
# words the attribution says are another's: `Roe said — in the words of the report — “…”`
_DOCUMENT = re.compile(r"\b(?:in the words of|quoting|citing)\b", re.IGNORECASE)
# a sentence that says its words went unsaid, or were another's, before them: 'Doe did not say
# “…”', 'Doe denies he ever called his rival “…”', 'Roe said she never told Doe “…”', 'Roe said
# Doe was wrong to say “…”'; the verb of saying the last before the words, so 'would not resign
# and called them “…”' and 'would not tolerate what he called “…”' stay the speaker's
_UNSAID = re.compile(
    rf"(?:\b(?:not|never|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|wrong\s+to)|n[’']t)\b"
    rf"(?:\s+(?!(?:what|and|but|or)\b)[\w’'-]+){{0,5}}?\s+(?:{VERBS}|call|tell)\b"
    rf"(?:(?!\b(?:{VERBS}|call|tell)\b)[^.!?;])*$", re.IGNORECASE)
# words set off as a name in use, before the marks that hold it: the writer's label or the
# public's, no one's speech (`the so-called “peace plan”`, `what has been called a “…”`, `known
# as “Chemical Ali”`); `what he called “…”` names whose label it is, and stays theirs
_LABEL = re.compile(
    r"(?:\bso[\s-]+called|\bwhat\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been"
    r"|(?:has\s+)?come\s+to\s+be)\s+(?:(?:widely|commonly|popularly|often|now|also)\s+)?"
    r"(?:called|known\s+as|dubbed|termed|referred\s+to\s+as|described\s+as|labell?ed|billed\s+as)"
    r"|\bknown\s+as|\bnicknamed)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
# drafting rules that guess from the sentence's subject or the sentence before: proof only when
# the speaker given is not named in the paragraphs read
_GUESSES = ("the subject of its sentence", "the sentence before is about")
# drafting rules that read the speaker's name itself: `“…” – Mira Soll`, `Roe: “…”`, a
# statement by Roe
_NEXT_SENTENCE = "named in the next sentence"
_COLON_RULE = "introduced with a colon by"
# words quoted inside a quotation that are its speaker's own (`My first thought was, ‘Oh, my
# God …’`), or the whole of it: as much theirs as the quotation around them
_OWN_WORDS = "the speaker's own words, quoted in their quotation"
_NAMING_RULES = ("credited after a dash:", _COLON_RULE, "a statement by")
# a speech verb right after a name, up to the mark of a quotation it quotes
_SAYS = re.compile(rf"\s+(?:{VERBS})\b[^{quotation_marks.char_class(quotation_marks.MARKS)}]"
                   r"{0,40}$")
# the end of a sentence, past the marks that close it, before the next one
_SENTENCE_END = re.compile(rf"[.!?][{quotation_marks.IN_CLOSING})\]]*\s+"
                           rf"(?=[A-Z{quotation_marks.IN_OPENING}])")
# what may follow a name that comes after its verb: `said Roe.` `said Roe, the envoy`; not
# `said Korvath would respond`, where the name begins what was said
_AFTER_INVERTED = re.compile(
    # `said Representative Jim Ramstad (R Minnesota), who …`
    rf"\s*(?:[,.;:!?—–()){quotation_marks.IN_CLOSING}]|$)"
    # or when, where, to whom and how it was said: `said Roe on Monday`, `tweeted @roe with a
    # video`, `said Bolden to the gathered crowd`
    r"|\s+(?:on|in|at|to|with|during|after|before|from|late|early|last|this|yesterday|today"
    r"|earlier|later|while|when)\s")


def name_key(name: str) -> str:
    """A name as compared: case, apostrophes, spacing and a leading 'the' do not count."""
    # str.replace, not translate with a table: translate looks up each character in Python
    key = " ".join(name.replace("’", "'").replace("‘", "'").casefold().split())
    return key[4:] if key.startswith("the ") else key


@dataclass
class Names:
    """The registry's names for scanning articles and judging mentions, built once per registry."""

    registry: Registry
    owners: dict[str, set[str]]  # name_key of every name and alias -> actor ids
    people: dict[str, str]  # name_key of a person's full name (two words or more) -> actor id
    longest: int  # words in the longest of those full names
    # a person's first given name and surname -> the registry people of them: 'Mark E. Kelly'
    given: dict[tuple[str, str], set[str]] = dataclasses.field(default_factory=dict)


_names: tuple[dict[str, Actor], Names] | None = None


def registry_names(actors: dict[str, Actor]) -> Names:
    global _names
    if _names is None or _names[0] is not actors:  # the same registry for every briefing of a run
        owners: dict[str, set[str]] = {}
        people: dict[str, str] = {}
        for actor in actors.values():
            for form in [actor.name, *actor.aliases]:
                owners.setdefault(name_key(form), set()).add(actor.id)
            words = _words(name_key(actor.name))
            if actor.kind == "person" and len(words) > 1:
                people.setdefault(" ".join(words), actor.id)
        longest = max((len(k.split()) for k in people), default=0)
        given: dict[tuple[str, str], set[str]] = {}
        for actor in actors.values():
            if actor.kind == "person" and " " in actor.name.strip():
                given.setdefault(_given_and_surname(actor.name), set()).add(actor.id)
        _names = actors, Names(Registry(list(actors.values())), owners, people, longest, given)
    return _names[1]


class Reads:
    """What attribution reads of the registry for one briefing, as a digest for cache keys.

    Attribution scans an article for the registry's names, aliases and unique surnames, and
    resolves the briefing's own actors, speakers, mentions and roles, and the names its own prose
    gives quoted words (`prose_problems`); a registry actor none of whose names could occur in
    the article, nor in the briefing's mentions, roles and prose, changes nothing it finds. So
    the digest covers the actors a briefing refers to (or their absence) and every actor with a
    name whose words all occur in the article or those fields: a name can only match where all
    its words are, so an actor outside that set, edited, added or removed, leaves the key alone,
    while an edit that gives an actor a name the article holds (or takes one away) changes it.
    Their registry order counts too: when two actors share a name, the first one owns it; and
    so does the state each belongs to (`country`), since a body's words take its state's side in
    a claim and a source described as speaking for one is not contradicted by the other.

    A digest of the whole names table would be simpler, but every alias edited anywhere would
    then re-verify every briefing; this costs one pass over each article's words."""

    def __init__(self, actors: dict[str, Actor]):
        self.actors = actors
        self.order = {actor_id: i for i, actor_id in enumerate(actors)}
        # each name is filed under its longest word, the rarest in practice: a lookup per word
        self.by_word: dict[str, list[tuple[frozenset[str], str]]] = {}
        self.always: set[str] = set()  # names without a letter or digit: assumed read everywhere
        for actor in actors.values():
            forms = [actor.name, *actor.aliases]
            if actor.kind == "person" and " " in actor.name:
                forms.append(actor.name.split()[-1])  # the Registry's unique surnames
            for form in forms:
                # 'Iran's Foreign Ministry' is read where the article writes 'Iran Foreign
                # Ministry' (`names._possessive_variants`): the possessive's 's' is not needed
                words = _word_set(form)
                words = words - {"s"} or words
                if not words:
                    self.always.add(actor.id)
                    continue
                self.by_word.setdefault(max(words, key=len), []).append((words, actor.id))

    def digest(self, text: str, b: Briefing) -> str:
        # the summary's own prose too: the prose check reads the registry's names in it
        words = _word_set("\n".join([text, *(phrase for entry in b.actors
                                              for phrase in [*entry.mentions, entry.role or ""]),
                                      *(prose for _, prose, _ in own_words(b))]))
        ids = set(self.always) | {ref for _, ref in actor_refs(b)}
        for word in words:
            for needed, actor_id in self.by_word.get(word, ()):
                if needed <= words:
                    ids.add(actor_id)
        read = []
        for actor_id in sorted(ids, key=lambda i: (self.order.get(i, len(self.order)), i)):
            actor = self.actors.get(actor_id)
            read.append([actor_id] if actor is None
                        else [actor_id, actor.name, actor.aliases, actor.kind, actor.country])
        return hashlib.sha256(json.dumps(read, ensure_ascii=False).encode("utf-8")).hexdigest()


def _word_set(text: str) -> frozenset[str]:
    """The words of a text without case; apostrophes, straight or curly, part words alike."""
    return frozenset(_WORD.findall(text.casefold()))


_WORD = re.compile(r"\w+")


# --- mentions ------------------------------------------------------------------------------------

def mention_problems(located: Located, actors: dict[str, Actor]) -> Iterator[Problem]:
    """A mention is how the article names this actor: never another actor's name or alias, nor a
    phrase holding another person's full name ('Also named: Richard Roe')."""
    b: Briefing = located.value
    names = registry_names(actors)
    listed = {entry.actor for entry in b.actors}
    for i, entry in enumerate(b.actors):
        own = actors.get(entry.actor)
        own_keys = {name_key(f) for f in ([own.name, *own.aliases] if own else [])}
        for j, mention in enumerate(entry.mentions):
            other = _other_actor(mention, entry.actor, own_keys, names)
            if other is None:
                continue
            actor = actors[other[0]]
            how = "is" if other[1] else "holds"
            fix = ("move it to that actor's entry" if actor.id in listed
                   else f"list '{actor.id}' in actors with this mention")
            loc = ("actors", i, "mentions", j)
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"'{mention}' {how} the name of actor '{actor.id}' ({actor.name}), not of "
                          f"'{entry.actor}': {fix}, or remove it")


def _other_actor(mention: str, actor_id: str, own_keys: set[str], names: Names
                 ) -> tuple[str, bool] | None:
    """(the other actor, whether the mention is its very name), or None."""
    key = name_key(mention)
    owners = names.owners.get(key, set()) - {actor_id}
    if owners and key not in own_keys:
        return min(owners), True
    # a full name anywhere in it, as whole words; "roe's" stays a word of its own, so that
    # 'Richard Roe's office', something of Roe's and not Roe, holds no name
    words = _words(key)
    for size in range(min(names.longest, len(words)), 1, -1):
        for start in range(len(words) - size + 1):
            gram = " ".join(words[start:start + size])
            other = names.people.get(gram)
            if other is not None and other != actor_id and not any(gram in k for k in own_keys):
                return other, False
    return None


def _words(key: str) -> list[str]:
    return re.findall(r"[^\s,;:()“”\"«»!?]+", key)


# --- speakers ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Given:
    """The speaker an article gives a passage, and the words that say so."""

    actor: str
    at: int  # offset in the article of the attribution's verb
    words: str


CONFIRMED, CONTRADICTED, UNCONFIRMED = "confirmed", "contradicted", "unconfirmed"


@dataclass(frozen=True)
class Verdict:
    """What the article's own words say of a quote's speaker: `confirmed` (they name this
    speaker, in `words`), `contradicted` (they name `actor`, another one, or a source described
    without a name) or `unconfirmed` (they do not settle it)."""

    verdict: str
    words: str = ""  # the article's attribution, as written, where it has one
    actor: str | None = None  # the actor the article names instead, when contradicted
    name: str = ""  # how to call who the article names instead, when contradicted
    at: int = -1  # offset in the article of those words
    why: str = ""  # why the article's words do not settle it, when unconfirmed


def reviewed(q: Quote, verdict: Verdict) -> bool:
    """Whether an editor's `speaker_checked` stands for this verdict: a named speaker the article
    contradicts, or a speaker or described source its words do not settle. A described source the
    article names is no matter of review: the article gives the name to use."""
    return bool(q.speaker_checked) and (verdict.verdict == UNCONFIRMED or (
        verdict.verdict == CONTRADICTED and q.speaker is not None))


def speaker_problems(located: Located, text: str, found: dict[str, Verdict], strict: bool
                     ) -> Iterator[Problem]:
    """A warning (an error with --strict) for each quote whose article names another speaker, and
    for each described source that the article names or does not describe so. A speaker the
    article's words do not settle is a note (a warning with --strict, which still publishes), so
    that an editor checks it; a `speaker_checked` the article's words make needless, a note.
    `found` is `verdicts` of the briefing, read once for these problems and for its pages."""
    b: Briefing = located.value
    severity = "error" if strict else "warning"
    starts: list[int] | None = None  # found once, and only when there is something to report
    folded: str | None = None
    for i, q in enumerate(b.quotes):
        verdict = found.get(q.id)
        if verdict is None:
            continue
        if q.source is not None and verdict.verdict != CONTRADICTED:
            folded = _folded(text) if folded is None else folded
            if _folded(q.source.description) not in folded:
                loc: tuple[str | int, ...] = ("quotes", i, "source", "description")
                yield problem(located.path, *located.where(*loc), field_path(loc),
                              f"'{q.source.description}' does not occur in the article: describe "
                              "the speaker in the article's own words ('a Google spokesman')",
                              severity)
                continue
        if (verdict.verdict == CONFIRMED and not q.speaker_checked) or reviewed(q, verdict):
            continue  # the article's words, or an editor's review, stand: the card shows which
        if verdict.verdict == UNCONFIRMED:
            # a warning, not an error, even with --strict: the rules that read attributions
            # cannot settle every quote, an editor can; and a wrong speaker no longer passes unsaid
            loc = ("quotes", i, "speaker" if q.source is None else "source")
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"the article's words do not say who said these words (why: "
                          f"{verdict.why}): check the speaker against the article and record it "
                          "with 'speaker_checked: <why>', or fix it",
                          "warning" if strict else "note")
            continue
        if starts is None:
            starts = line_starts(text)
        line = bisect.bisect_right(starts, verdict.at)
        if verdict.verdict == CONFIRMED:
            loc = ("quotes", i, "speaker_checked")
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"the article's words confirm this speaker (line {line}: "
                          f"'{verdict.words}'), and the quote's card shows them instead: "
                          "'speaker_checked' is not needed, remove it", "note")
            continue
        if q.source is not None:
            loc = ("quotes", i, "source")
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"the article names the speaker of these words, '{verdict.name}' (line "
                          f"{line}: '{verdict.words}'): give 'speaker: {verdict.actor}' instead "
                          "of a described source", severity)
            continue
        loc = ("quotes", i, "speaker")
        yield problem(located.path, *located.where(*loc), field_path(loc),
                      f"the article gives these words to {verdict.name} (line {line}: "
                      f"'{verdict.words}'), not to '{q.speaker}': fix the speaker", severity)


def claim_problems(located: Located, actors: dict[str, Actor], strict: bool) -> Iterator[Problem]:
    """A claim's parties agree with the quotes it cites: each cited quote's speaker asserts,
    denies or disputes it, itself or through the state it belongs to (a ministry's words for its
    state, a state's for its ministry). Otherwise the claims ledger would show words as a side
    of a claim their speaker takes no side in."""
    b: Briefing = located.value
    speakers = {q.id: q.speaker for q in b.quotes if q.speaker in actors}
    for i, claim in enumerate(b.claims):
        parties = {*claim.asserted_by, *claim.denied_by, *claim.disputed_by}
        sides = parties | {actors[p].country for p in parties if p in actors} - {None}
        for j, quote_id in enumerate(claim.quotes):
            speaker = speakers.get(quote_id)
            if speaker is None or speaker in sides or actors[speaker].country in parties:
                continue
            loc: tuple[str | int, ...] = ("claims", i, "quotes", j)
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"quote '{quote_id}' is '{speaker}'s, who neither asserts, denies nor "
                          f"disputes this claim: add '{speaker}' to asserted_by, denied_by or "
                          "disputed_by, or cite another quote", "error" if strict else "warning")


def prose_problems(located: Located, text: str, article: matching.Normalized,
                   actors: dict[str, Actor], strict: bool) -> Iterator[Problem]:
    """Quoted words in the summary's own prose given to someone by name and a speech verb of its
    sentence (`Peskov called the move “a dangerous escalation”`) are held to the article as a
    quote's speaker is: words the article gives someone else are refused there."""
    b: Briefing = located.value
    asked: list[tuple[tuple, str, str, tuple[int, int]]] = []
    for loc, prose_text, _ in own_words(b):
        said = _said_in_prose(prose_text, actors)
        for actor_id, words in said:
            found = matching.find(article, words)
            if isinstance(found, matching.Match):
                asked.append((loc, actor_id, words, (found.spans[0][0], found.spans[-1][1])))
    if not asked:
        return
    reads = _read(text, [span for *_, span in asked], actors)
    starts = line_starts(text)
    for (loc, actor_id, words, _), read in zip(asked, reads, strict=True):
        quote = Quote.model_construct(id="prose", speaker=actor_id, source=None, text=words,
                                      speaker_checked=None)
        verdict = _judge(quote, read, actors)
        if verdict.verdict != CONTRADICTED:
            continue
        line = bisect.bisect_right(starts, verdict.at)
        yield problem(located.path, *located.where(*loc), field_path(loc),
                      f"“{words}” is given here to '{actors[actor_id].name}', but the article "
                      f"gives these words to {verdict.name} (line {line}: '{verdict.words}'): "
                      "name who said them", "error" if strict else "warning")


def _said_in_prose(prose_text: str, actors: dict[str, Actor]) -> list[tuple[str, str]]:
    """(actor id, quoted words) for each quotation of a prose text that its own sentence gives a
    registry actor by name (`Peskov called it “a lie”`), read by the rules the article's quotes
    are read with: prose that copies the article's sentence gives its words to whom the article
    does (`Mugabe accused Brown …, after Brown called for “…”`), not to the first name of it."""
    quotations = [q for q in quotation_marks.read(prose_text) if q.depth == 0 and q.closed]
    if not quotations:
        return []
    out = []
    for q, read in zip(quotations, _read(prose_text, [(q.start, q.end) for q in quotations],
                                         actors), strict=True):
        words = prose_text[q.start:q.end].strip()
        # words the prose says went unsaid, or sets off as a name in use, are given no one
        if isinstance(read, _Read) and read.said is not None and not read.nested \
                and not read.unsaid and not read.label and len(words.split()) >= 2:
            out.append((read.said.actor, words))
    return out


def _folded(text: str) -> str:
    """Text as a description is looked for: case, apostrophes, spacing and invisible characters
    do not count."""
    return " ".join(look_alike.skeleton(text).replace("’", "'").casefold().split())


def verdicts(text: str, spans: dict[str, list[tuple[int, int]]], b: Briefing,
             actors: dict[str, Actor]) -> dict[str, Verdict]:
    """The verdict on the speaker of every quote of the briefing that matched its article and
    gives a registry speaker or a described source."""
    quotes = [q for q in b.quotes
              if (q.speaker in actors or q.source is not None) and q.id in spans]
    if not quotes:
        return {}
    given = _read(text, [(spans[q.id][0][0], spans[q.id][-1][1]) for q in quotes], actors)
    out = {q.id: _settled(q, read, actors) for q, read in zip(quotes, given, strict=True)}
    article: matching.Normalized | None = None
    for q in quotes:
        if out[q.id].verdict != CONTRADICTED:
            continue
        # a phrase the article quotes more than once ('will continue') may be the speaker's at
        # another of its places: contradicted only where none of them can be
        article = article or matching.normalize(text)
        first = (spans[q.id][0][0], spans[q.id][-1][1])
        found = matching.places(article, q.text, unmarked=q.unmarked)
        # a quotation of these words alone is where the phrase is quoted from, before any
        # longer quotation that holds them in passing
        alone = bool(found) and found[0].span == first and _quoted_alone(text, found[0])
        others = [m for m in found if m.span != first]
        for m, read in zip(others, _read(text, [m.span for m in others], actors) if others
                           else (), strict=True):
            verdict = _settled(q, read, actors)
            if _quoted_alone(text, m) and verdict.verdict != CONTRADICTED or (
                    not alone and verdict.verdict == CONFIRMED):
                out[q.id] = verdict
                if verdict.verdict == CONFIRMED:
                    break
    return out


def _quoted_alone(text: str, m: matching.Match) -> bool:
    """Whether the quotation holding a quote's words is those words alone, but for punctuation:
    'al-Qaeda “will continue”'."""
    if m.within is None:
        return False
    lo, hi = m.within
    return re.sub(r"\W+", " ", text[lo:hi]).strip() == re.sub(
        r"\W+", " ", text[m.span[0]:m.span[1]]).strip()


def attributions(text: str, spans: list[tuple[int, int]], b: Briefing,
                 actors: dict[str, Actor]) -> list[Given | None]:
    """For each span of the article, the registry actor its own sentence names as the speaker of
    the quotation holding it, or None."""
    return [r.given if isinstance(r, _Read) else None for r in _read(text, spans, actors)]


@dataclass(frozen=True)
class _Read:
    """What the drafting rules find of one quotation: the named attribution in its own sentence
    (`given`), and the speaker they give it by every rule, with their reason."""

    given: Given | None
    speaker: str | None  # an actor id, registry or proposed
    known: bool  # whether that speaker is a registry actor
    name: str  # the speaker's name as the article gives it
    source: str | None  # a speaker described without a name
    organization: str | None
    words: str  # the attribution as written, or the rule's reason
    at: int
    nested: bool  # words quoted inside another's quotation
    named: bool  # whether the rule read a name ('Roe said'), not a pronoun or the quote before
    doubtful: bool  # a name the rule read that may not be the speaker's ('said Roe would…')
    reach: frozenset[tuple[str, str]]  # actors (id, name) named from the paragraph that last
    # names the speaker read (or the one before, when the name is not the sentence's subject) up
    # to the quotation: whom a pronoun or a quotation carried on could stand for
    around: frozenset[tuple[str, str]]  # actors named in its paragraph and the next
    window: frozenset[str]  # every actor the paragraphs read name
    subject: str  # the attribution's subject as written: 'Roe', 'he', 'the ministry'
    kind: str  # what the speaker read is: person, organization, state, or ''
    speaks_for: bool = False  # whether its paragraph or the one before has someone speak for
    # another ('a spokesman', 'the press secretary', 'a statement')
    office: bool = False  # whether the speaker read, or the one given, is a registry person
    # written as an office ('the minister') in paragraphs that never name them
    rival: bool = False  # whether another registry person is named between the speaker read (or
    # the sentence before, or the one before that when the name is not its sentence's subject)
    # and the words, or in a pronoun's own sentence before it (`Thomas' sister pleaded with him
    # …, but he replied`): whom a pronoun could stand for as well
    # the quotation's paragraph and the two before, up to its end: where a speaker the rules
    # read no name of may still be written ('al-Megrahi', whose particle opens no name)
    passage: str = ""
    # the article's words to show for it: `words` where they are the article's, else the
    # sentence of the quotation, never the name of a rule
    shown: str = ""
    next_sentence: bool = False  # the speaker read is a name in the sentence after the words
    # the people (id, name) the paragraphs read name, registry or not
    people: frozenset[tuple[str, str]] = frozenset()
    # the words' sentence with the one before and the one after: where a source described
    # without a name may be given its name ('A spokesman, Philip Aguer, said')
    beside: str = ""
    # the registry actors the article names anywhere before the words, and every person it names
    # at all: 'Navy Adm. Michael G. Mullen' in its first paragraph, whom a 'Mullen said' ten
    # paragraphs on stands for when no other Mullen is named
    earlier: frozenset[str] = frozenset()
    everyone: frozenset[tuple[str, str]] = frozenset()
    opening: str = ""  # the words' sentence up to them
    opened: str | None = None  # the registry actor whose name or alias opens that sentence
    unsaid: bool = False  # the words' sentence says they went unsaid, or were another's
    label: str = ""  # what sets the words off as a name in use: 'so-called', 'known as'
    # the registry people (id, 'he' or 'she') the article's words tell the pronoun of
    genders: frozenset[tuple[str, str]] = frozenset()
    # the writer's sentence before the words' sentence, and what follows the closing mark in
    # the words' own sentence: 'Russian presidential spokesman Dmitry Peskov told the media on
    # Tuesday.' and ' the Kremlin official said.'
    before: str = ""
    after: str = ""
    # the registry actors (offset, id, kind) named in `before`, and in `after`
    before_named: tuple[tuple[int, str, str], ...] = ()
    after_named: tuple[tuple[int, str, str], ...] = ()
    # `given`, where a name between the attribution and the words that is not whose words they
    # are leaves it standing ('Peskov called Iran’s move “…”'): how a summary's prose is read
    said: Given | None = None


def _read(text: str, spans: list[tuple[int, int]], actors: dict[str, Actor]
          ) -> list[_Read | str | None]:
    """What the rules read of each span: None for words outside quotation marks whose sentence
    names no one, _TOO_LONG for a paragraph longer than WINDOW."""
    text = draft_text.as_read(text)
    paras = draft_text.paragraphs(text)
    starts = [p.start for p in paras]
    ranges = []
    for start, end in spans:
        last_at = max(0, bisect.bisect_right(starts, start) - 1)
        last = max(last_at, bisect.bisect_right(starts, max(start, end - 1)) - 1)
        # the paragraphs before, for the pronoun, the continued quotation and the speaker
        # introduced before it, as far as drafting looks back, within the window
        first = last_at
        while (first > 0 and last_at - first < _BACK
               and paras[last].end - paras[first - 1].start <= WINDOW):
            first -= 1
        if last + 1 < len(paras) and paras[last + 1].end - paras[first].start <= WINDOW:
            last += 1  # the paragraph after, which may name a source its quote describes
        ranges.append((first, last))
    registry = registry_names(actors).registry
    named_at: dict[str, int] = {}  # where the article first names each registry actor
    everyone: frozenset[tuple[str, str]] | None = None
    genders: frozenset[tuple[str, str]] = frozenset()
    readers: dict[tuple[int, int], _Reader | None] = {}
    # a surname alone stands for whom the whole article names in full with it, not only the
    # paragraphs read: read once, when some paragraphs are
    reading: NameIndex | None = None
    # the short names the article gives registry bodies anywhere ('the Movement for Democratic
    # Change (MDC)'), which paragraphs far from it use alone: read once, with `reading`
    short: dict[str, str] = {}
    # a transcript's speakers' lines, by paragraph: read once for the whole article, since a
    # label in capitals is a speaker's only where it recurs
    spoken: dict[int, list[transcript.Turn]] = {}
    for turn in transcript.turns(text, paras, capitals=True):
        spoken.setdefault(turn.paragraph, []).append(turn)
    out: list[_Read | str | None] = []
    for (first, last), (start, end) in zip(ranges, spans, strict=True):
        if (first, last) not in readers:
            begin, finish = paras[first].start, paras[last].end
            if finish - begin > WINDOW:
                readers[(first, last)] = None
            else:
                if reading is None:
                    reading = registry.reading(text)
                    short = _short_names(text, reading.scan(text))
                readers[(first, last)] = _Reader(text, begin, paras[first:last + 1], reading,
                                                 actors, [t for k in range(first, last + 1)
                                                          for t in spoken.get(k, [])], short)
        reader = readers[(first, last)]
        found = None if reader is None else reader.read(start - reader.begin, end - reader.begin)
        if reader is not None and found is not None and everyone is None:
            # read once, and only when some quotation is read at all (a paragraph of a
            # megabyte is not): every person the article names, registry or not, whom a
            # surname may stand for, and where it first names each registry actor
            for m in reader.registry.scan(text):
                named_at.setdefault(m.key, m.start)
            quotes = draft_text.find_quotes(text, paras)
            whole = draft_text.masked(text, quotes)
            mentions = _apart(text, find_names(text, whole, reader.registry).mentions, actors)
            everyone = frozenset((m.key, m.name) for m in mentions if m.kind == "person")
            genders = _genders(whole, draft_text.sentences(whole, paras, quotes, before_quotes=True),
                               [m for m in mentions if m.kind == "person"])
        if found is not None and everyone is not None:
            found = dataclasses.replace(found, earlier=frozenset(
                k for k, at in named_at.items() if at < start), everyone=everyone,
                genders=genders)
        out.append(_TOO_LONG if reader is None else found)
    return out


# small words that may stand before a sentence's subject: 'In Dearborn, Michigan, Saudi-born
# Zahraa Alakashi said'
_BEFORE_SUBJECT = frozenset({"the", "a", "an", "of", "in", "on", "at", "for", "and", "from", "with",
                             "by"})
_BACK = 4  # paragraphs before a quote that drafting reads for its speaker


def _judge(q: Quote, read: _Read | str | None, actors: dict[str, Actor]) -> Verdict:
    """A quote's verdict from what the article's words say of it."""
    if not isinstance(read, _Read):
        return _unsettled("too long" if read is _TOO_LONG else "unmarked")
    given = read.given
    if q.source is not None:
        if given is not None:
            return Verdict(CONTRADICTED, given.words, given.actor, actors[given.actor].name,
                           given.at)
        if read.source is not None and _same_description(read.source, q.source.description):
            return Verdict(CONFIRMED, read.shown, at=read.at)
        return _unsettled("not described", read)
    speaker = actors[q.speaker or ""]
    if read.office and not read.nested:
        # 'the top U.S. diplomat told reporters', an alias of Blinken's in the registry, where
        # the article does not name him: an office has held other people, whom it may mean
        return _unsettled("office", read, subject=read.subject)
    if read.unsaid:
        # 'Doe did not say “…”': the name by the words is of one who denies them, or reports them
        return _unsettled("unsaid", read)
    if read.label and not read.nested:
        # 'Lavrov told reporters the so-called “peace plan” was a stunt': a name in use, which
        # the sentence's speaker uses as the writer does; no proof of whose words they are
        return _unsettled("label", read, label=read.label)
    if given is not None:
        at = given.words.find(read.subject) if read.subject else -1
        against = _AGAINST.search(given.words[:at]) if at > 0 else None
        if against is not None:
            # 'a lawyer suing Gazprom said': the words of the body's opponent
            source = given.words[against.start():at + len(read.subject)]
            return Verdict(CONTRADICTED, given.words, None, f"a source it describes ('{source}')",
                           given.at)
        if given.actor == speaker.id:
            other = _shared_by(read.subject, speaker, read.window, actors)
            if other is not None:
                # `Castro told state television` where Raul and Fidel Castro are both named
                return _unsettled("part of name", read, name=other.name)
            namesake = _namesake(read.subject, speaker, read.everyone)
            if namesake is not None:
                # `Biden said` where the article names Joe Biden and Hunter Biden in full,
                # however far apart: the surname is either's
                return _unsettled("part of name", read, name=namesake)
            return Verdict(CONFIRMED, given.words, at=given.at)
        if speaker.kind == "person" and actors[given.actor].kind != "person" and _tied(
                f"{read.passage} {read.beside}", actors[given.actor], speaker):
            # 'The White House says … “…”' given to Dana Perino, whom the article calls the
            # White House press secretary: the body she speaks for is named as the sayer
            return _unsettled("body", read, name=actors[given.actor].name)
        if _part_of_name(actors[given.actor].name, speaker) and not _another_person(
                read.subject, actors[given.actor], speaker):
            return _unsettled("part of name", read, name=actors[given.actor].name)
        if speaker.kind == "person" and _namesake(read.subject, actors[given.actor], frozenset(
                (k, n) for k, n in read.everyone if k == speaker.id)) is not None:
            # 'Dmitry said', the registry's alias of Dmitry Peskov, where the article names
            # Dmitry Medvedev in full too: its own naming leaves the words either's
            return _unsettled("part of name", read, name=speaker.name)
        return Verdict(CONTRADICTED, given.words, given.actor,
                       f"'{actors[given.actor].name}'", given.at)
    if read.doubtful:
        return _unsettled("doubtful", read)
    if read.speaker == "" and not read.nested:
        # 'Maliki said' where the article, or the registry, gives that name to more than one
        # person: any of them may have said the words, and no one else did
        if any(_part_of_name(read.name, speaker.model_copy(update={"name": form}))
               for form in (speaker.name, *speaker.aliases)):
            return _unsettled("several", read, name=read.name)
        return Verdict(CONTRADICTED, read.shown, None, f"'{read.name}'", read.at)
    pronoun = read.subject.casefold() in ("he", "she", "him", "her")
    if read.speaker == speaker.id and not read.nested:
        if read.next_sentence:
            # `“Thanks be to God” … read out. Reuters described him as …`: the name in the
            # sentence after the words may be anyone's but their speaker's
            return _unsettled("next sentence", read)
        if pronoun and read.rival:
            # `Lavrov dismissed Blinken's offer. “…,” he said`: the rules give 'he' to one of
            # two people the pronoun could stand for, which proves neither
            return _unsettled("pronoun", read, subject=read.subject)
        if pronoun and speaker.kind == "person" and (
                speaker.id, _OTHER_PRONOUN[read.subject.casefold()[:1]]) in read.genders:
            # 'Mrs. Mary Smith spoke … “…,” he said': the rules give the pronoun to the one
            # person named, whom the article calls 'she'
            return _other_gender(read, speaker)
        return Verdict(CONFIRMED, read.shown, at=read.at)
    personal = pronoun or (
        # a registry person read by a weaker rule ('the president wrote', a quotation carried
        # on): a person's words, but maybe for a body named in the passage ('Pentagon press
        # secretary Geoff Morrell')
        read.kind == "person" and read.known and not read.named and not read.speaks_for)
    if personal and speaker.kind != "person" and read.speaker is not None and not read.nested:
        # 'he said' is a person's words, not an organization's or a state's
        return Verdict(CONTRADICTED, read.shown, read.speaker if read.known else None,
                       f"'{read.name}'", read.at)
    if read.speaker is not None and read.speaker != speaker.id:
        if not read.known and _initials(read.name, speaker):
            # 'the MDC said', the Movement for Democratic Change where the article never writes
            # its short name beside its name: likely the speaker, but the article does not say
            return _unsettled("initials", read, name=read.name)
        if _part_of_name(read.name, speaker) and not (read.known and _another_person(
                read.subject, actors[read.speaker], speaker)):
            if (read.named or (pronoun and not read.rival and _given_name(read.name, speaker))) \
                    and speaker.id in read.window and not read.nested and _shared_by(
                        read.name, speaker, read.window, actors) is None \
                    and _namesake(read.name, speaker, read.everyone) is None:
                # 'Mullen said' where the paragraphs read name Mike Mullen in full; 'he says'
                # after 'Berhan', no one else named between, where they name Berhan Hailu: a
                # given name, not the surname a brother shares with him, who may be named
                # further back ('al-Megrahi')
                return Verdict(CONFIRMED, read.shown, at=read.at)
            if (read.named or (pronoun and not read.rival)) and not read.nested \
                    and speaker.id in read.earlier and _surname(read.name, speaker) and not any(
                        key not in (read.speaker, speaker.id) and _part_of_name(name, speaker)
                        for key, name in read.everyone) \
                    and _namesake(read.name, speaker, read.everyone) is None:
                # 'Mullen said', or 'he said' after it with no one else named between, where
                # the article named Navy Adm. Michael G. Mullen in full paragraphs before and
                # names no other person of that surname: the surname stands for him
                return Verdict(CONFIRMED, read.shown, at=read.at)
            return _unsettled("part of name", read, name=read.name)
        if read.kind != "person" and personal:
            return _unsettled("not a person", read, subject=read.subject, name=read.name)
        if pronoun and speaker.kind == "person" and not read.nested and (
                speaker.id, _OTHER_PRONOUN[read.subject.casefold()[:1]]) in read.genders:
            # '“…,” he said' given to Susan Cohen, whom the article calls 'the mother of one of
            # those killed': the pronoun is not hers
            return _other_gender(read, speaker)
        if not read.named and (_near(read.reach, speaker) or _written(read.passage, speaker) or (
                read.words.startswith(_GUESSES) and read.kind not in ("person", "organization"))):
            # a pronoun, or a quote carried on, that the rules give to one person, and the
            # summary to another named within its reach: the reading is no proof. A guess from
            # the sentence's subject names the speaker when nobody else is named before it; a
            # state there is most often a word of a longer subject ('The U.S. military's
            # intelligence chief', 'US citizen Susan Cohen'), not the speaker
            return _unsettled("pronoun" if pronoun else "no name", read, subject=read.subject)
        if not read.named and not pronoun and speaker.kind == "person" \
                and _DESCRIPTION.match(read.subject) and speaker.id not in read.window:
            # 'The Kremlin leader met Chinese President Xi Jinping. “…,” the Russian leader
            # said': an office or a description the rules give the last person named may stand
            # for one the article never names
            return _unsettled("office", read, subject=read.subject)
        return Verdict(CONTRADICTED, read.shown, read.speaker if read.known else None,
                       f"'{read.name}'", read.at)
    if read.source is not None and not read.nested:
        named = _named_source(read, actors)
        if named is not None and speaker.kind == "person":
            # 'a spokesman for the opposition Movement for Democratic Change Nelson Chamisa as
            # saying': the description ends on the name of the one it describes
            if named.id == speaker.id:
                return Verdict(CONFIRMED, read.shown, at=read.at)
            return Verdict(CONTRADICTED, read.shown, named.id, f"'{named.name}'", read.at)
        if pronoun and _NOT_ONE.search(_head(read.source)):
            # 'she said' stands for a person, never a report, a document or a group: the rules
            # took the source described before it for whom the pronoun stands
            return _unsettled("not one person", read, subject=read.subject, source=read.source)
        if personal or _near(read.around, speaker):
            described = _described(read, read.source, speaker, actors)
            if described.verdict == CONTRADICTED and (speaker.kind != "person" or (
                    _NOT_ONE.search(_head(read.source))
                    and not re.search(r"\baccording to\b", read.words, re.IGNORECASE))):
                # a person named near may be the one described ('a spokesman …, Philip Aguer'),
                # but not a group or a document ('court officials told Xinhua', 'A 2006 US
                # report called …'); a report the words are known 'according to' may be
                # quoting the person
                # a body named near is no more the source than one named far: 'Reuters quotes
                # a spokesman for the Movement for Democratic Change as saying …' is not
                # Reuters' words, nor is a student's the university's
                return described
            if described.verdict == CONTRADICTED and _NEW_ONE.match(read.source) and not any(
                    _word_in(w, read.beside) for w in _words(name_key(speaker.name))
                    if len(w) > 2):
                # 'A Russian Foreign Ministry spokeswoman said …': one brought in without a
                # name is none of the people named before, and no sentence by the words names
                # this one as the source
                return described
            return described if described.verdict == CONFIRMED else _unsettled(
                "described near", read, source=read.source)
        return _described(read, read.source, speaker, actors)
    if read.nested:
        return _unsettled("nested", read)
    if read.subject and read.speaker is None:
        after = sorted({actors[key].name for _, key, _ in read.after_named})
        if after:
            # 'Ryan Grim, Washington bureau chief and Sam Stein, …, wrote': registry actors are
            # named, and what is left open is which of them the sentence gives the words to
            return _unsettled("not one", read, subject=read.subject,
                              names=", ".join(f"'{n}'" for n in after))
        return _unsettled("no actor", read, subject=read.subject)
    return _unsettled("unattributed", read)


def _other_gender(read: _Read, speaker: Actor) -> Verdict:
    """A pronoun the article never uses for the speaker: it calls them the other."""
    said = _OTHER_PRONOUN[read.subject.casefold()[:1]]
    return Verdict(CONTRADICTED, read.shown, None,
                   f"'{read.subject}' (the article calls '{speaker.name}' '{said}')", read.at)


def _settled(q: Quote, read: _Read | str | None, actors: dict[str, Actor]) -> Verdict:
    """A quote's verdict: what the rules read of it, then, where that leaves it open, the
    readings of its sentence and of the paragraphs around it that may settle it."""
    verdict = _judge(q, read, actors)
    # a name in use: no reading of its sentence makes it anyone's words, but a person the
    # paragraphs around never name has no part in it
    label = isinstance(read, _Read) and bool(read.label) and not read.nested
    for reading in (_far,) if label else (_named_together, _official_before, _predicate,
                                          _issuer, _paper, _commented, _opening_name,
                                          _unnamed, _far):
        verdict = reading(q, read, verdict, actors)
    return verdict


# what follows the words when more than one person gives them, each name set off by what it says
# of them: ' Ryan Grim, Washington bureau chief and Sam Stein, senior politics editor, wrote.'
_TOGETHER = re.compile(r"\W*(?P<who>[^.;:!?“”\"]+?\s+and\s+[^.;:!?“”\"]+?),?\s+"
                       rf"(?:{'|'.join(sorted(INVERTIBLE, key=len, reverse=True))})\W*")
# a name, then its verb of saying: 'Dmitry Peskov told the media', 'Gen. John R. Allen said'
_SPEAKS_NEXT = re.compile(rf"[^“”\";]{{0,40}}?\s(?:{VERBS})\b")
# a sentence that is a quotation alone, its words blanked: '“Today we mourn with France.”'
_CARRIED_ON = re.compile(r"\s*[“\"]x[x\s]*[.?!]?[”\"]\s*")
# a description of one official that a sentence gives words to without a name
_OFFICIAL = re.compile(r"the\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
                       + r")", re.IGNORECASE)
# what follows words a document holds: ' reads the statement.', ' the statement said.'
_DOCUMENT_READS = re.compile(
    r"\W*(?:(?:reads?|said|says|states|stated|added)\s+the\s+(?:statement|communiqu[ée]|release"
    r"|declaration)|the\s+(?:statement|communiqu[ée]|release|declaration)\s+(?:reads?|said|says"
    r"|states|stated|added))\W*", re.IGNORECASE)
# the sentence before that names who put the document out: 'A respective statement was released
# by the press service of the European Council', 'In an official release from Amnesty
# International put out Friday'
_ISSUED_BY = re.compile(r"\b(?:statement|communiqu[ée]|release|declaration)\b(?:[^.;]*?\b(?:"
                        r"released|issued|published|put out|circulated)\s+by|\s+from)\s+(?:the"
                        r"\s+press\s+(?:service|office)\s+of\s+)?(?:the\s+)?", re.IGNORECASE)


def _open_read(q: Quote, read: _Read | str | None, verdict: Verdict) -> _Read | None:
    """The reading of a quote whose speaker the rules left open, with no name of its own."""
    if verdict.verdict != UNCONFIRMED or not isinstance(read, _Read) or q.source is not None \
            or read.nested or read.given is not None or read.speaker is not None:
        return None
    return read


def _one_of(q: Quote, named: list[str], read: _Read, words: str, verdict: Verdict,
            actors: dict[str, Actor], *, kinds: tuple[str, ...]) -> Verdict:
    """Confirmed when the speaker is one of the actors the article gives the words to;
    contradicted when the speaker is another of `kinds`, who cannot have given them."""
    speaker = actors[q.speaker or ""]
    if speaker.id in named:
        return Verdict(CONFIRMED, words, at=read.at)
    if speaker.kind not in kinds:
        return verdict
    first = actors[named[0]]
    return Verdict(CONTRADICTED, words, first.id, f"'{first.name}'", read.at)


def _named_together(q: Quote, read: _Read | str | None, verdict: Verdict,
                    actors: dict[str, Actor]) -> Verdict:
    """`“…,” Ryan Grim, Washington bureau chief and Sam Stein, senior politics editor, wrote.`:
    words two people give together are each one's; anyone else's they are not."""
    found = _open_read(q, read, verdict)
    if found is None or not _TOGETHER.fullmatch(found.after):
        return verdict
    # a place or a body in what is said of each ('Washington bureau chief') gives nothing
    named = [key for _, key, kind in found.after_named if kind == "person"]
    if len(set(named)) < 2:
        return verdict
    return _one_of(q, named, found, found.shown, verdict, actors,
                   kinds=("person", "organization", "state"))


def _official_before(q: Quote, read: _Read | str | None, verdict: Verdict,
                     actors: dict[str, Actor]) -> Verdict:
    """`“…,” the Kremlin official said.` right after a sentence that names one person, 'Russian
    presidential spokesman Dmitry Peskov told the media on Tuesday.': the official is that person.
    Their own state is left open: an official speaks for it."""
    found = _open_read(q, read, verdict)
    if found is None or not _OFFICIAL.fullmatch(found.subject) or not re.fullmatch(
            r"\W*" + re.escape(found.subject) + r"\s+(?:said|added|says|adds|told\s+[\w\s]+?)\W*",
            found.after):
        return verdict
    people = {key for _, key, kind in found.before_named if kind == "person"}
    if len(people) != 1 or not any(
            key in people and _SPEAKS_NEXT.match(found.before, at)
            for at, key, _ in found.before_named):
        # 'The Kremlin leader met Chinese President Xi Jinping on Friday.': the one person named
        # there does not speak, and the leader is another
        return verdict
    person = actors[next(iter(people))]
    if q.speaker == person.country or _holds_name(found.subject, actors[q.speaker or ""]):
        # the official's state, or the body the description names ('the ISAF commander'),
        # which the official may speak for
        return verdict
    return _one_of(q, [person.id], found, found.shown, verdict, actors,
                   kinds=("person", "organization", "state"))


_PAPER = (r"(?:letter|statement|report|release|document|memo|communiqu[ée]|declaration|assessment"
          r"|resolution|post|message|analysis|study|survey)")
# a document the words' sentence has say them, right before them: 'The Home Office letter reads
# “…”', '…, in which the report states, “…”'
_PAPER_SAYS = re.compile(rf"(?P<paper>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|(?P<owner>(?:[A-Z][\w.-]*\s+){{0,4}}"
                         rf"[A-Z][\w.-]*)[’']s)\s+(?:[\w’'.-]+\s+){{0,4}}?"
                         rf"{_PAPER}(?:\s+of\s+[^,;:“”\"]{{1,60}}?)?)\s+(?:reads|read|states|stated|says|said"
                         r"|notes|noted|concludes|concluded|finds|found)\s*[,:]?\s*$")
# a body named as the one whose document it is: 'a declassified Central Intelligence Agency
# assessment', 'a statement from the European Council'
_PAPER_OF = re.compile(rf"((?:[A-Z][\w.’'-]*\s+(?:(?:of|for|and|the)\s+)?){{1,6}}){_PAPER}\b"
                       rf"|((?:[A-Z][\w.’'-]*\s+){{0,5}}[A-Z][\w.-]*)[’']s\s+(?:[a-z][\w-]*\s+){{0,2}}{_PAPER}\b"
                       rf"|{_PAPER}\s+(?:by|from|of)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s*){{1,6}})")


def _paper(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
           ) -> Verdict:
    """`The Home Office letter reads “…”`, `…a declassified Central Intelligence Agency
    assessment …, in which the report states, “…”`: the words are a document's, so its own
    description, and the body its sentence names as putting it out, confirm them; another body,
    and a person its sentence and the ones around never name, did not write them."""
    if verdict.verdict != UNCONFIRMED or not isinstance(read, _Read) or read.nested \
            or read.given is not None or read.speaker is not None:
        return verdict
    says = _PAPER_SAYS.search(read.opening)
    if says is None:
        return verdict
    paper = " ".join(says.group("paper").split())
    if q.source is not None:
        if _same_description(paper, q.source.description):
            return Verdict(CONFIRMED, read.shown, at=read.at)
        return verdict
    speaker = actors[q.speaker or ""]
    owner = says.group("owner")
    if owner is not None and _holds_name(owner, speaker) and speaker.kind != "person":
        return Verdict(CONFIRMED, read.shown, at=read.at)  # 'PC World's recent analysis'
    if _holds_name(paper, speaker):
        return verdict  # 'The Home Office letter': its body's, or one who speaks for it
    named = [" ".join(next(g for g in m.groups() if g).split())
             for m in _PAPER_OF.finditer(read.opening)]
    issuers = [key for key in sorted(read.window) if key in actors
               and actors[key].kind in ("organization", "state")
               and any(_holds_name(n, actors[key]) for n in named)]
    if len(issuers) == 1 and issuers[0] == speaker.id:
        return Verdict(CONFIRMED, read.shown, at=read.at)
    if speaker.kind == "person" and not any(
            _word_in(w, read.beside) for w in _words(name_key(speaker.name)) if len(w) > 2):
        return Verdict(CONTRADICTED, read.shown, None, f"a document it describes ('{paper}')",
                       read.at)
    if len(issuers) == 1 and speaker.kind != "person":
        issuer = actors[issuers[0]]
        return Verdict(CONTRADICTED, read.shown, issuer.id, f"'{issuer.name}'", read.at)
    return verdict


# a sentence that opens on a short subject with no verb, the words its predicate: 'They “are
# done successfully …”'
_SUBJECT_ALONE = re.compile(r"\s*(?:They|It|This|These|Those|That|Such\s+\w+)\s*")


def _predicate(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
               ) -> Verdict:
    """`…,” Kirby said. They “are done successfully, smoothly …”`: words that finish a sentence
    the writer opens on a pronoun alone, right after a sentence in which one person speaks, go on
    with that person's words; another person's they are not. A body that person may speak for
    is left open."""
    found = _open_read(q, read, verdict)
    if found is None or not _SUBJECT_ALONE.fullmatch(found.opening) or not q.text[:1].islower() \
            or not re.fullmatch(r"[\s.,;:!?]*", found.after):
        return verdict
    people = {key for _, key, kind in found.before_named if kind == "person"}
    if len(people) != 1 or not any(key in people and _SPEAKS_NEXT.match(found.before, at)
                                   for at, key, _ in found.before_named):
        return verdict
    return _one_of(q, sorted(people), found, _joined(found.before.strip(), found.shown), verdict,
                   actors, kinds=("person",))


# a sentence opening on its subject, then 'commented on' what the words are about: 'Rod Hansen,
# from the police force commented on the arrest, “…”', 'Prime Minister David Cameron commented
# on his belief that al-Megrahi “…”'
_COMMENTED = re.compile(r"\s*(?P<who>[^,;:“”\"]+?)(?:,[^,;:“”\"]{1,60},?)?\s+commented\s+on\s+"
                        r"(?:(?:his|her|their)\s+(?:own\s+)?(?:belief|view|opinion|position|hope"
                        r"|fear|concern)\s+that\s+[^,;:“”\"]{0,60}?|[^;:“”\"]{1,80},)\s*")


def _commented(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
               ) -> Verdict:
    """`Current UK Prime Minister David Cameron commented on his belief that al-Megrahi “…”`:
    the words are those of the one registry person whose name ends the sentence's subject;
    another person's they are not. A body that person may speak for is left open."""
    if verdict.verdict != UNCONFIRMED or not isinstance(read, _Read) or q.source is not None \
            or read.nested or read.given is not None:
        return verdict
    found = _COMMENTED.fullmatch(read.opening)
    if found is None:
        return verdict
    who = found.group("who")
    people = [actors[k] for k in sorted(read.window) if k in actors
              and actors[k].kind == "person" and _holds_name(who, actors[k])
              and " ".join(_words(name_key(who))).endswith(
                  " ".join(_words(name_key(actors[k].name.split()[-1]))))]
    if len(people) != 1:
        return verdict
    return _one_of(q, [people[0].id], read, _joined(found.group(0).strip(), "…"), verdict,
                   actors, kinds=("person",))


def _issuer(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
            ) -> Verdict:
    """`“…,” reads the statement.` after 'A respective statement was released by the press
    service of the European Council': the statement's words are its issuer's."""
    found = _open_read(q, read, verdict)
    if found is None or not _DOCUMENT_READS.fullmatch(found.after):
        return verdict
    by = _ISSUED_BY.search(found.before)
    if by is None:
        return verdict
    issuers = [key for at, key, _ in found.before_named if at == by.end()]
    if not issuers:
        return verdict
    # the words that name the issuer, 'statement was released by the press service of the
    # European Council …', then the words
    issued = " ".join(found.before[by.start():].split()[:14])
    return _one_of(q, issuers, found, _joined("…", issued, "…", found.shown), verdict, actors,
                   kinds=("person", "organization", "state"))


def _opening_name(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
                  ) -> Verdict:
    """An unsettled verdict where the words' sentence opens on a registry person's name set off
    by what it says of them, and then its verb of saying: 'Evan Kohlmann, who tracks jihadi Web
    sites for NBC News said, “…”', 'Jarret Brachman, consultant to the US government on
    terrorism said in a telephone interview to The New York Times, “…”'. A phrase set off but by
    'who' may be an aside ('Putin, a spokesman said, “…”'), so there the verb must be followed
    by more than punctuation."""
    if verdict.verdict != UNCONFIRMED or not isinstance(read, _Read) or q.source is not None \
            or read.nested or read.given is not None:
        return verdict
    found = _OPENED.match(read.opening)
    actor = actors.get(read.opened or "")
    if found is None or actor is None or actor.kind != "person" or not (
            found.group("who") or found.group("place") or re.search(r"\w", found.group("after"))):
        return verdict
    words = _joined(found.group(0).strip(), "…")
    if actor.id == q.speaker:
        return Verdict(CONFIRMED, words, at=read.at)
    return Verdict(CONTRADICTED, words, actor.id, f"'{actor.name}'", read.at)


def _unnamed(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
             ) -> Verdict:
    """An unsettled verdict on a person, where the words' sentence opens on someone it brings in
    without a name ('A spokesman for Russian President Vladimir Putin called the measures
    “unfriendly”') and neither it nor the sentence before or after names that person: one brought
    in so is none of the people named before."""
    if verdict.verdict != UNCONFIRMED or not isinstance(read, _Read) or read.nested:
        return verdict
    if q.source is not None:
        # 'A representative of the Bristol Cultural Muslim Society commented on the
        # developments, “…”': the source the summary describes so
        found = _NEW_SOURCE.match(read.opening)
        if found is not None and read.given is None and read.speaker is None \
                and _same_description(found.group(0).strip(), q.source.description):
            return Verdict(CONFIRMED, read.shown, at=read.at)
        return verdict
    if actors[q.speaker or ""].kind != "person":
        return _unnamed_for(actors[q.speaker or ""], read, verdict, actors)
    found = _NEW_SOURCE.match(read.opening)
    if found is None or any(_word_in(w, read.beside) for w in _words(name_key(
            actors[q.speaker or ""].name)) if len(w) > 2):
        return verdict
    return Verdict(CONTRADICTED, read.shown, None,
                   f"a source it describes ('{found.group(0).strip()}')", read.at)


def _unnamed_for(body: Actor, read: _Read, verdict: Verdict, actors: dict[str, Actor]
                 ) -> Verdict:
    """An unsettled verdict on a body, where the words' sentence opens on someone brought in
    without a name who speaks for one registry person of a known state ('A spokesman for Russian
    President Vladimir Putin called the measures “unfriendly”'): that person's state is
    confirmed, and a body of another state contradicted; a body the description names, or another
    of the same state, is left to the reading that gave the verdict."""
    found = _NEW_SOURCE.match(read.opening)
    if found is None or _holds_name(found.group(0), body):
        return verdict
    held = [actors[k] for k in sorted(read.window) if k in actors
            and actors[k].kind == "person" and _holds_name(found.group(0), actors[k])]
    if len(held) != 1 or held[0].country is None or held[0].country == body.country:
        return verdict
    if held[0].country == body.id:
        return Verdict(CONFIRMED, read.shown, at=read.at)
    return Verdict(CONTRADICTED, read.shown, None,
                   f"a source it describes ('{found.group(0).strip()}')", read.at)


def _far(q: Quote, read: _Read | str | None, verdict: Verdict, actors: dict[str, Actor]
         ) -> Verdict:
    """A person the paragraphs read (the quotation's, the four before and the one after) never
    name, by no word of their name, where those paragraphs name other people and the words'
    sentence gives them no pronoun or description that may stand for someone named further
    back: a reader can only take the words for the words of someone written near them, so a
    speaker unsettled by the rules is contradicted."""
    if verdict.verdict != UNCONFIRMED or not isinstance(read, _Read) or q.source is not None \
            or read.nested or read.office or _DESCRIPTION.match(read.subject) \
            or read.subject.casefold() in ("he", "she", "him", "her"):
        return verdict
    speaker = actors[q.speaker or ""]
    if speaker.kind != "person" or not read.people or speaker.id in read.window or _near(
            read.people, speaker) or any(
            _word_in(w, read.passage) for form in (speaker.name, *speaker.aliases)
            for w in _words(name_key(form)) if len(w) > 2):
        return verdict
    people = ", ".join(f"'{name}'" for name in sorted({name for _, name in read.people})[:3])
    return Verdict(CONTRADICTED, read.shown, None,
                   f"someone the paragraphs around them name ({people}) or describe, never this "
                   "speaker", read.at)


# Why the article's words leave a speaker open, as an analyst reads it after 'why:', each reason
# said here once: what in the article leaves the speaker open, never the name of a rule. The
# article's own words follow, where there are some to show.
_WHY = {
    "unsaid": "the sentence with these words says they were not said, or were said by another "
              "than the one it names first",
    "label": "these words are set off as a name in use ('{label}'), not as words the article "
             "gives anyone",
    "unmarked": "these words stand in the article without quotation marks, and their sentence "
                "does not open with a name and a verb of saying",
    "too long": f"the paragraph holding these words is over {WINDOW:,} characters, longer than "
                "the check reads",
    "not described": "the words around these do not describe who said them as this source does",
    "office": "the article calls the speaker '{subject}', an office or a description that more "
              "than one person may answer to, and does not tie it to this speaker's name",
    "part of name": "the article names '{name}', which shares a part of its name with the "
                    "speaker's and may be another person",
    "doubtful": "the name by these words may be someone they speak of or for, or another name "
                "follows them",
    "pronoun": "'{subject}' could stand for more than one person named before it",
    "no name": "the sentence with these words names no speaker, and more than one person is "
               "named before it",
    "not a person": "'{subject}' stands for a person, and the name before it, '{name}', is not "
                    "a person's",
    "not one person": "'{subject}' stands for a person, and what is named before it, "
                      "'{source}', is not one person",
    "body": "the article gives these words to '{name}', a body it ties the speaker to, not to "
            "the speaker by name",
    "initials": "the article gives these words to '{name}', which may be the speaker's initials, "
                "and never writes it beside the speaker's name",
    "kin": "the article describes who said these words ('{source}') by their place in a "
           "family it names, and does not tie the description to this speaker's name",
    "described near": "the article describes who said these words ('{source}') without a name, "
                      "and names others near them",
    "speaks for": "the article gives these words to someone speaking for the speaker "
                  "('{source}'), not to the speaker",
    "nested": "these words are quoted inside another quotation, and no sentence names who said "
              "them first",
    "several": "the article gives these words to '{name}', a name more than one person it or "
               "the registry names may answer to",
    "no actor": "the sentence with these words gives them to '{subject}', whom the article does "
                "not tie to one actor of the registry",
    "not one": "the sentence with these words names {names}, and does not give them to one of "
               "these alone",
    "unattributed": "the sentence with these words names no speaker",
    "next sentence": "the sentence with these words names no speaker, and the name in the "
                     "sentence after them may be someone else",
}
_TOO_LONG = "too long"  # what _read gives a quote in a paragraph longer than WINDOW


def _unsettled(reason: str, read: _Read | None = None, **names: str | None) -> Verdict:
    why = _WHY[reason].format(**names)
    return Verdict(UNCONFIRMED, why=f"{why}: '{read.shown}'" if read is not None and read.shown
                   else why)


def _written(passage: str, speaker: Actor) -> bool:
    """Whether a person's surname is written in the passage, as a word of its own."""
    words = speaker.name.split()
    return speaker.kind == "person" and len(words) > 1 and len(words[-1]) > 2 and re.search(
        rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", passage, re.IGNORECASE) is not None


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


def _near(names: frozenset[tuple[str, str]], speaker: Actor) -> bool:
    """Whether the speaker, or a part of its name, is among these (id, name)."""
    return any(key == speaker.id or name == speaker.name or _part_of_name(name, speaker)
               for key, name in names)


def _described(read: _Read, source: str, speaker: Actor, actors: dict[str, Actor]) -> Verdict:
    """A quote whose article describes its speaker without a name ('a Foreign Ministry
    spokeswoman', 'one senior official'), given to a registry actor: the body the source speaks
    for is confirmed, when the description names it; a person the description does not name, or
    another body than the one it names, is contradicted."""
    if read.organization == speaker.id or _holds_name(source, speaker):
        if speaker.kind == "person":  # 'a spokesman for Roe': words for Roe, not Roe's own
            return _unsettled("speaks for", read, source=source)
        if _NOT_FOR.search(_head(source)) or _OUTSIDE.search(_head(source)):
            # 'a PRC graduate student at Georgetown University': the student's words, not the
            # university's, which the student does not speak for
            return Verdict(CONTRADICTED, read.shown, None, f"a source it describes ('{source}')",
                           read.at)
        return Verdict(CONFIRMED, read.shown, at=read.at)
    if speaker.kind == "person":
        kin = _KIN.fullmatch(source)
        if kin is not None and _of_a_family(speaker, read.everyone) and (
                speaker.id, "she" if kin.group(1).casefold() in _MALE else "he") not in read.genders:
            # 'The father said' where the article tells of David and Louise Turpin and their
            # children: the family's father may be the registry's David Turpin
            return _unsettled("kin", read, source=source)
        return Verdict(CONTRADICTED, read.shown, None, f"a source it describes ('{source}')",
                       read.at)
    if read.organization in actors and speaker.id != actors[read.organization].country and (
            speaker.country != read.organization):  # a ministry's words are its state's
        return Verdict(CONTRADICTED, read.shown, read.organization,
                       f"a source it describes ('{source}') of "
                       f"'{actors[read.organization].name}'", read.at)
    if _NOT_FOR.search(_head(source)) or _OUTSIDE.search(_head(source)):
        # 'one University of Maryland student', 'a woman living in a makeshift house': one who
        # speaks for no body, this one least of all, which the description does not name
        return Verdict(CONTRADICTED, read.shown, None, f"a source it describes ('{source}')",
                       read.at)
    body = _BODY_WORD.findall(_head(source))
    if speaker.kind == "organization" and body and not any(
            _word_in(w.casefold(), " ".join(_words(name_key(form))))
            for w in body for form in (speaker.name, *speaker.aliases)):
        # 'a police spokesman' given to the opposition party, 'a foreign ministry spokesman' to
        # the Navy: the body the description names by a word of its own is another
        return Verdict(CONTRADICTED, read.shown, None, f"a source it describes ('{source}')",
                       read.at)
    return _unsettled("not described", read)


# one of a family the article tells of, described by their place in it: 'The father'
_KIN = re.compile(r"(?:the|their|his|her)\s+(mother|father|wife|husband|son|daughter|sister"
                  r"|brother|grandmother|grandfather|widow|widower)", re.IGNORECASE)


def _of_a_family(speaker: Actor, everyone: frozenset[tuple[str, str]]) -> bool:
    """Whether the article names another person of the speaker's surname: a family, whose
    members it may call by their place in it."""
    own = _words(name_key(speaker.name))
    return len(own) > 1 and any(
        key != speaker.id and len(words := _words(name_key(name))) > 1 and words[-1] == own[-1]
        for key, name in everyone)


# the word of a body that a description of its spokesman or official holds: 'a police
# spokesman', 'A foreign ministry spokesman', 'A Navy official'
_BODY_WORD = re.compile(r"\b(?i:police|army|navy|ministry|embassy|court|party)(?=\s+(?:spokes(?:man"
                        r"|woman|person)|officials?|officers?|sources?)\b)")


def _office(written: str, actor: Actor) -> bool:
    """Whether a person is written as a registry alias that is an office or a description
    ('the top U.S. diplomat', 'the minister'), not by a word of their name. An office the
    article itself gives the name ('Richard Roe, the envoy') is the drafting rules' reading."""
    if actor.kind != "person" or not _DESCRIPTION.match(written):
        return False
    key = name_key(written)
    return any(name_key(alias) == key for alias in actor.aliases) and not (
        set(_words(key)) & set(_words(name_key(actor.name))))


def _head(source: str) -> str:
    """A description up to what it adds of its source: 'a report' of 'a report, which …'."""
    return re.split(r",|\b(?:who|which|that)\b", source)[0]


def _holds_name(text: str, actor: Actor) -> bool:
    """Whether a text holds one of the actor's names, as whole words: its name, an alias, or a
    person's surname."""
    words = f" {' '.join(_words(name_key(text)))} "
    forms = [actor.name, *actor.aliases]
    if actor.kind == "person" and " " in actor.name:
        forms.append(actor.name.split()[-1])
    return any(f" {' '.join(_words(name_key(form)))} " in words for form in forms if form.strip())


def _part_of_name(named: str, speaker: Actor) -> bool:
    """The name the article gives may be the speaker's own: a part of it ('Thomas' for Helen
    Thomas, whom another actor's one name does not make wrong), the same surname, or the name
    spelled another way ('Obony Olweny' a paragraph after 'Obonyo Olweny')."""
    # parts of hyphenated names count alone: 'Maliki' is part of 'Nouri al-Maliki'
    words = [w for w in re.split(r"[\s\-‐]+", " ".join(_words(name_key(speaker.name)))) if w]
    other = [w for w in re.split(r"[\s\-‐]+", " ".join(_words(name_key(named)))) if w]
    if not words or not other:
        return False
    if set(other) < set(words) or (speaker.kind == "person" and other[-1] == words[-1]):
        return True
    if speaker.kind == "person" and other[-1][:1] == words[-1][:1] and difflib.SequenceMatcher(
            None, words[-1], other[-1]).ratio() >= 0.75:
        return True  # the surname misspelled: 'Bauchtman' for Buchtmann, 'Water' for Waters
    return difflib.SequenceMatcher(None, " ".join(words), " ".join(other)).ratio() >= 0.9


def _named_source(read: _Read, actors: dict[str, Actor]) -> Actor | None:
    """The registry person whose full name closes a description of someone who speaks for a
    body, right after the body's name: 'a spokesman for the opposition Movement for
    Democratic Change Nelson Chamisa'; not 'a spokesman for MDC leader Morgan Tsvangirai'."""
    body = actors.get(read.organization or "")
    if body is None or read.source is None:
        return None
    words = _words(name_key(read.source))
    rest = None
    for form in (body.name, *body.aliases):
        own = _words(name_key(form))
        ends = [k + len(own) for k in range(len(words) - len(own) + 1)
                if own and words[k:k + len(own)] == own]
        if ends:
            rest = words[ends[-1]:]
    if rest and rest[-1] == "as":
        rest = rest[:-1]
    return next((actors[k] for k in sorted(read.window) if k in actors and rest
                 and actors[k].kind == "person" and _words(name_key(actors[k].name)) == rest),
                None)


def _tied(text: str, body: Actor, person: Actor) -> bool:
    """Whether the text makes the person the one who speaks for the body, before the name
    ('White House Press Secretary Dana Perino') or after it ('Perino, the White House press
    secretary,', 'Perino, a spokeswoman for the White House')."""
    words = person.name.split()
    names = "|".join(re.escape(n) for n in {person.name, *person.aliases, words[-1]} if n)
    for form in {body.name, *body.aliases}:
        of = re.escape(form)
        if re.search(rf"\b{of}\s+(?:[\w-]+\s+){{0,2}}?{_VOICE}\s+(?:{names})\b", text,
                     re.IGNORECASE) or re.search(
                rf"\b(?:{names}),\s+(?:the\s+|a\s+|an\s+)?(?:(?:{of}\s+(?:[\w-]+\s+){{0,2}}?"
                rf"{_VOICE})|(?:(?:[\w-]+\s+){{0,2}}?{_VOICE}\s+(?:of|for|at|to)\s+(?:the\s+)?{of}))\b",
                text, re.IGNORECASE):
            return True
    return False


# the offices whose holder speaks for a body: what they say is the body's
_VOICE = r"(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|communications\s+director)"


def _initials(written: str, speaker: Actor) -> bool:
    """Whether a name written in capitals is the initials of the speaker's name, with or
    without its small words: 'MDC' of Movement for Democratic Change."""
    letters = written.replace(".", "")
    if speaker.kind == "person" or not 2 <= len(letters) <= 8 or not letters.isupper():
        return False
    words = re.findall(r"[\w’'-]+", speaker.name)
    return letters in ("".join(w[0] for w in words).upper(), "".join(
        w[0] for w in words if w.casefold() not in _SMALL_WORDS).upper())


_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le"})


def _given_name(written: str, speaker: Actor) -> bool:
    """Whether a name written alone is the first word of a person's name and not its last."""
    own, theirs = _words(name_key(written)), _words(name_key(speaker.name))
    return speaker.kind == "person" and len(own) == 1 and len(theirs) > 1 and own[0] == theirs[0]


def _surname(written: str, speaker: Actor) -> bool:
    """Whether a name written alone is the last word of a person's name, or its first, which is
    the surname where it is written first ('Lai' of Lai Changxing)."""
    own, theirs = _words(name_key(written)), _words(name_key(speaker.name))
    return speaker.kind == "person" and len(own) == 1 and len(theirs) > 1 and own[0] in (
        theirs[0], theirs[-1])


def _shared_by(written: str, speaker: Actor, window: frozenset[str], actors: dict[str, Actor]
               ) -> Actor | None:
    """Another registry person named in the paragraphs read whose name holds every word of the
    name written, as the speaker's does: 'Castro' where Raul and Fidel Castro are both named."""
    own = set(_words(name_key(written)))
    if not own or speaker.kind != "person" or not own <= set(_words(name_key(speaker.name))):
        return None
    return next((actors[k] for k in sorted(window) if k in actors and k != speaker.id
                 and actors[k].kind == "person"
                 and own <= set(_words(name_key(actors[k].name)))), None)


@functools.lru_cache(maxsize=8)
def _by_word(everyone: frozenset[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The people an article names, filed by each word of their names: read once per article,
    so that looking for a namesake costs what one name's namesakes do."""
    filed: dict[str, list[tuple[str, str]]] = {}
    for key, name in sorted(everyone):
        for word in set(_words(name_key(name))):
            filed.setdefault(word, []).append((key, name))
    return filed


def _namesake(written: str, speaker: Actor, everyone: frozenset[tuple[str, str]]) -> str | None:
    """Another person the article names in full, anywhere, whose name holds every word of a name
    written short, as the speaker's does: 'Hunter Biden' for 'Biden' given to Joe Biden. A given
    name that may be the speaker's own written another way ('Joseph' for Joe) is no other."""
    own = _words(name_key(written))
    theirs = _words(name_key(speaker.name))
    if not own or speaker.kind != "person" or not set(own) <= set(theirs) \
            or len(own) >= len(theirs):
        return None
    for key, name in _by_word(everyone).get(own[0], ()):
        other = _words(name_key(name))
        if key == speaker.id or len(other) < 2 or not set(own) <= set(other) \
                or len(other) <= len(own):
            continue
        # 'Dmitry' of Dmitry Peskov and Dmitry Medvedev: a given name two surnames share
        if other[-1] != theirs[-1] and (other[-1][:1] != theirs[-1][:1] or difflib.SequenceMatcher(
                None, other[-1], theirs[-1]).ratio() < 0.75):
            return name
        if other[-1] == theirs[-1] and not _same_given(other[:-1], theirs[:-1]):
            return name
    return None


def _another_person(written: str, named: Actor, speaker: Actor) -> bool:
    """Whether the article names another person than the speaker in full, where the two share a
    surname: `Mohammed al-Megrahi claimed …` is not Abdelbaset al-Megrahi, nor Ted Cohen Ruth
    Cohen. A given name written differently ('Obony Olweny' for Obonyo Olweny) is the same."""
    if named.kind != "person" or speaker.kind != "person":
        return False
    theirs = _words(name_key(named.name))
    own = _words(name_key(speaker.name))
    # the given names that tell them apart, a middle initial left out ('Mark Kelly' of Mark E.
    # Kelly)
    given = [w for w in theirs[:-1] if len(w.rstrip(".")) > 1] or theirs[:-1]
    if not given or len(own) < 2 or not set(given) <= set(_words(name_key(written))):
        return False  # the surname alone, or a name the article does not write in full
    return not any(a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75
                   for a in given for b in own[:-1])


def _same_description(found: str, given: str) -> bool:
    a, b = _folded(found), _folded(given)
    return a in b or b in a


class _Reader:
    """The drafting rules run over a few paragraphs of an article, with the registry's names
    alone: never the summary's own roles and mentions, which would let a summary vouch for
    itself."""

    def __init__(self, article: str, begin: int, paras: list[draft_text.Paragraph],
                 registry: NameIndex, actors: dict[str, Actor],
                 turns: list[transcript.Turn] | None = None, short: dict[str, str] | None = None):
        self.article, self.begin = article, begin
        self.turns = turns or []  # a transcript's speakers' labels in these paragraphs
        text = article[begin:paras[-1].end]
        self.text = text
        self.paras = [draft_text.Paragraph(p.start - begin, p.end - begin, p.text) for p in paras]
        self.quotes = draft_text.find_quotes(text, self.paras)
        blank = draft_text.masked(text, self.quotes)
        self.blank = blank
        self.sents = draft_text.sentences(blank, self.paras, self.quotes)
        names = find_names(text, blank, registry)
        mentions = _apart(text, names.mentions, actors, short)
        self.registry = registry
        self.known = {m.start: m for m in mentions if m.known}
        self.named = {m.key: m for m in mentions}
        self.mentions = mentions
        # names inside quotations too: who a speaker says said the words they quote
        self.all_mentions = registry.scan(text)
        self.people = [m.start for m in mentions if m.kind == "person"]
        # a surname alone that two people of the article have in full ('Maliki' beside Nouri
        # al-Maliki and Nouri Maliki), read as drafting reads it: a speaker named, with no key,
        # so that no rule gives its words to whom an earlier sentence is about
        speakers = Speakers(text, blank, self.paras, self.sents, self.quotes,
                            sorted([*mentions, *names.unclaimed], key=lambda m: m.start))
        self.attributed = speakers.attribute()
        self.frames = speakers.frames
        self.actors = actors
        # the quotations within each quotation, read once however many quotes stand in it
        self.inner: dict[int, list[quotation_marks.Quotation]] = {}

    def read(self, start: int, end: int) -> _Read | None:
        index = next((k for k, q in enumerate(self.quotes) if q.start <= start and end <= q.end),
                     None)
        if index is None:
            return self._unmarked(start, end)  # a statement the article reproduces without marks
        q, a = self.quotes[index], self.attributed[index]
        nested = self._nested(q, start, end)
        given = None if nested else self.given(index, start, end, a.frame)
        said = given if given is not None or nested else self._said(index, start, end, a.frame)
        if nested:
            inner = next((k for k, x in enumerate(self.quotes)
                          if x.nested and x.start <= start and end <= x.end), None)
            a = (self.attributed[inner] if inner is not None
                 else Attribution(None, "words quoted inside another quotation"))
        frame = a.frame
        words = self._words(q, frame) if frame is not None else a.how
        at = self.begin + (frame.verb_start if frame is not None else q.open_at)
        inner_said = self._said_inside(q, start) if nested else None
        said_of = None if nested or frame is None else self._said_of(q, frame)
        for told in (inner_said, said_of):
            if told is not None:
                # the speaker named, not the one the drafting rules took
                a = Attribution(told[0].key, "named by the words before it", Frame(
                    told[1], told[1], "", told[0].start, told[0].end, told[0].key, told[0].name,
                    "named"))
                frame = a.frame
                words = told[2]
                at = self.begin + told[1]
        after = self._named_right_after(q)
        if a.how == "continues the quote before it" and after is not None and not nested and (
                after.speaker is not None):
            # `“…” Roe told a news conference.`: the name that follows the quotation at once
            # gives it, whoever spoke before it in the paragraph
            a = Attribution(after.speaker, "named right after it", after)
            frame = after
            words = self._words(q, frame)
            at = self.begin + frame.verb_start
        if frame is None and a.how.startswith(_GUESSES[0]):
            person = self._person_of_state(q, a.speaker)
            if person is not None:
                a = Attribution(person.key, f"{_GUESSES[0]}, “{person.name}”")
                words = a.how
        before = (self._subject_before(frame) if frame is not None and not nested
                  and inner_said is None and said_of is None else None)
        if before is not None and frame is not None:
            # 'Ban Ki-moon … called for the election to be postponed. He said that he “…”': the
            # one person of the sentence before, its subject, whoever the rules took
            how = f"'{frame.subject.casefold()}' is the subject of the sentence before"
            frame = dataclasses.replace(frame, speaker=before.key, how=how)
            a = Attribution(before.key, how, frame)
        if a.speaker == "" and not (frame is not None and frame.how == "named"
                                    and frame.speaker == ""):
            # a pronoun or a quotation carried on that stands for such a name: no one's name
            # written by the words, and no speaker, as drafting leaves it
            a = dataclasses.replace(a, speaker=None)
        mention = self.named.get(a.speaker or "")
        known = a.speaker in self.actors
        name = (self.actors[a.speaker].name if a.speaker in self.actors
                else mention.name if mention is not None
                else frame.subject if a.speaker == "" and frame is not None else a.speaker or "")
        named = (frame is None and a.speaker is not None and a.how.startswith(_NAMING_RULES)) or (
            frame is not None and frame.speaker == a.speaker and (
                # `“…” … read out. Reuters described him as “old-looking”`: a name in the next
                # sentence is a guess
                (frame.how == "named" and not a.how.startswith(_NEXT_SENTENCE))
                # 'Christian Aid issued a statement saying “…”': its issuer named in the
                # quotation's own sentence
                or (frame.how.startswith(ISSUED_HERE) and self._in_sentence(q, frame))
                # 'he said' right after a named speaker of the same paragraph or the one before
                or (_PRONOUN_RULE.fullmatch(frame.how) is not None
                    and a.speaker in self.actors and self._chain_named(frame))
                # 'Abdullah Abdullah, Ghani’s partner …, stressed his commitment … “…,” he
                # said': the person the sentence before is about, no one else named since
                or (_PRONOUN_SUBJECT.fullmatch(frame.how) is not None
                    and a.speaker in self.actors
                    and (before is not None or not self._rival(q, frame, a.speaker)))))
        reach = self._reach(q, a.speaker)
        rivals = (self._named_before_pronoun(q, frame, a.speaker) if frame is not None
                  else frozenset())
        if rivals:
            # `Thomas' sister pleaded with him …, but he replied “…”`: the pronoun's own sentence
            # names another person, whom it may stand for rather than the last named speaker
            named, reach = False, reach | rivals
        # `Roe said. “…” Doe told reporters.`: two candidates; `said Roe would respond`
        doubtful = named and ((frame is not None and (
            not self._trusted(q, frame, strong=False)
            or (after is not None and after.speaker != a.speaker and frame.verb_end <= q.open_at
                and re.search(r"[.!?]", self.text[frame.verb_end:q.open_at]) is not None)))
            # `Blinken quoted Lavrov as saying: “…”`, `a letter from Lavrov that said:`, `was
            # told by Lavrov:`: the sentence before the colon names another person, who may
            # be the one it gives the words to
            or (frame is None and a.how.startswith(_COLON_RULE)
                and self._colon_names_another(q, a.speaker)))
        kind = (self.actors[a.speaker].kind if a.speaker in self.actors
                else mention.kind if mention is not None else "")
        lo = self.paras[q.paragraph].start
        hi = self.paras[min(len(self.paras) - 1, q.last_paragraph + 1)].end
        around = frozenset((m.key, m.name) for m in self.mentions if lo <= m.start < hi)
        return _Read(given, a.speaker, known, name, a.source, a.organization, words, at,
                     (nested or q.nested) and inner_said is None and a.how != _OWN_WORDS,
                     named and not doubtful,
                     doubtful, reach, around, frozenset(self.named),
                     frame.subject if frame is not None else _guessed_subject(a.how), kind,
                     _SPEAKS_FOR.search(self.text, self.paras[max(0, q.paragraph - 1)].start,
                                        q.end) is not None,
                     self._office(q, frame, given.actor if given is not None else a.speaker),
                     any(k in self.actors for k, _ in rivals) or (
                         before is None and self._rival(q, frame, a.speaker)),
                     self.text[self.paras[max(0, q.paragraph - 2)].start:q.end],
                     words if frame is not None else self._sentence(q),
                     a.how.startswith(_NEXT_SENTENCE) and self._names_other(q, a.speaker),
                     frozenset((m.key, m.name) for m in self.mentions if m.kind == "person"),
                     self._beside(q), opening=self.text[self._opening(q):q.open_at],
                     opened=self._opened(q),
                     unsaid=not nested and _UNSAID.search(self.text, self._opening(q),
                                                          q.open_at) is not None,
                     label=self._label(q), said=said, **self._around(q))

    def _around(self, q: draft_text.Quote) -> dict[str, Any]:
        """The sentence before the words' sentence and the words' sentence after its closing
        mark, each with the registry actors it names."""
        opening = self._opening(q)
        end = len(self.text[:opening].rstrip())
        first = self.sents[draft_text.sentence_at(self.sents, max(0, end - 1))].start
        start = ([first] + [e for e in self._sentence_ends(first, end) if e < end])[-1]
        start = min(start, end)
        if start > 0 and _CARRIED_ON.fullmatch(self.blank, start, end):
            # '“Today we mourn with France.”': a quotation carried on from the sentence before,
            # which names its speaker: that sentence is the one the words follow
            end = len(self.text[:start].rstrip())
            first = self.sents[draft_text.sentence_at(self.sents, max(0, end - 1))].start
            start = min(end, ([first] + [e for e in self._sentence_ends(first, end)
                                         if e < end])[-1])
        last = self.sents[draft_text.sentence_at(self.sents, max(q.open_at, q.end - 1))].end
        ends = self._sentence_ends(q.close_at, last)
        stop = ends[0] if ends else max(q.close_at, last)

        def named(lo: int, hi: int) -> tuple[tuple[int, str, str], ...]:
            return tuple((m.start - lo, m.key, m.kind) for m in self.mentions
                         if lo <= m.start and m.end <= hi and m.key in self.actors)
        return {"before": self.text[start:end], "after": self.text[q.close_at:stop],
                "before_named": named(start, end) if end > 0 else (),
                "after_named": named(q.close_at, stop)}

    def _label(self, q: draft_text.Quote) -> str:
        """What sets a quotation off as a name in use rather than someone's words, right before
        its opening mark: 'so-called', 'what has been called', 'known as'; or ''."""
        found = _LABEL.search(self.text, max(self._opening(q), q.open_at - 80), q.open_at)
        return "" if found is None else " ".join(found.group(0).split())

    def _subject_before(self, frame: Frame) -> Mention | None:
        """The person a pronoun that opens its sentence ('He said that he “…”', '“…,” he said')
        stands for, where the sentence before names that one person alone, as its subject, and
        brings in no one by a description: 'For example, Ban Ki-moon, secretary general of the
        United Nations yesterday called for the election to be postponed.'"""
        pronoun = frame.subject.casefold()
        if pronoun not in ("he", "she") or not _PRONOUN_PERSON.fullmatch(frame.how):
            return None
        first = self.sents[draft_text.sentence_at(self.sents, frame.subject_start)].start
        lo = ([first] + self._sentence_ends(first, frame.subject_start + 1))[-1]
        if lo == 0 or not re.fullmatch(r"(?:\W|x)*", self.blank[lo:frame.subject_start]):
            return None  # 'Thomas' sister pleaded with him …, but he replied'
        end = len(self.text[:lo].rstrip())  # the sentence before ends a paragraph, maybe
        first = self.sents[draft_text.sentence_at(self.sents, max(0, end - 1))].start
        start = ([first] + [e for e in self._sentence_ends(first, end) if e < end])[-1]
        # someone whose thing it speaks of is not whom it is about: 'President Barack Obama
        # released a statement about Glenn's death.'
        people = [m for m in self.mentions if start <= m.start < lo and m.kind == "person"
                  and not _POSSESSIVE.match(self.text, m.end)]
        if not people or any(m.key != people[0].key for m in people):
            return None
        sentence = self.blank[start:lo]
        opening = self.blank[start:people[0].start].rsplit(",", 1)[-1]
        other = r"\b(?:she|her|hers|herself)\b" if pronoun == "he" else r"\b(?:he|him|his|himself)\b"
        if any(w not in _BEFORE_SUBJECT for w in re.findall(r"\b[a-z][\w’'-]*", opening)) \
                or re.search(other, sentence, re.IGNORECASE) or any(
                    # 'Peter Andersen, a spokesman for the Special Court, spoke …' is he
                    not re.fullmatch(r"\s*,\s*", self.blank[people[0].end:start + d.start()])
                    for d in _DESCRIBED.finditer(sentence)) \
                or any(o.start() + start < people[0].start for o in _OWNER.finditer(sentence)):
            return None
        return people[0]

    def _opened(self, q: draft_text.Quote) -> str | None:
        """The registry actor whose name or alias opens the quotation's sentence, set off by a
        comma."""
        found = _OPENED.match(self.text, self._opening(q), q.open_at)
        return None if found is None else self.registry.named(found.group("name").strip())

    def _beside(self, q: draft_text.Quote) -> str:
        """The quotation's sentences with the one before and the one after them."""
        first = draft_text.sentence_at(self.sents, q.open_at)
        last = draft_text.sentence_at(self.sents, max(q.open_at, q.end - 1))
        return self.text[self.sents[max(0, first - 1)].start:
                         self.sents[min(len(self.sents) - 1, last + 1)].end]

    def _office(self, q: draft_text.Quote, frame: Frame | None, speaker: str | None) -> bool:
        """Whether the speaker is written as an office or a description ('the minister') that
        the passage does not tie to them alone: it never names them, or names another person
        who may hold it between their name and the words."""
        actor = self.actors.get(speaker or "")
        if actor is None or frame is None or not _office(frame.subject, actor):
            return False
        own = set(_words(name_key(actor.name)))
        return not own & set(_words(name_key(self.text))) or self._rival(q, frame, speaker,
                                                                         since_named=False)

    def _rival(self, q: draft_text.Quote, frame: Frame | None, speaker: str | None,
               since_named: bool = True) -> bool:
        """Whether a registry person other than `speaker` is named between the speaker's last
        name (the sentence before, when it is not the sentence's subject; the sentence before
        the words', when the speaker is not named) and the words or their pronoun; or, not
        `since_named`, from the sentence before the words'."""
        hi = q.open_at if frame is None else min(q.open_at, frame.subject_start)
        lo = self.sents[max(0, draft_text.sentence_at(self.sents, hi) - 1)].start
        last = None if not since_named else next(
            (m for m in reversed(self.mentions) if m.key == speaker and m.start < hi), None)
        skip: list[range] = []  # where a name is no rival
        if last is not None:
            at = draft_text.sentence_at(self.sents, last.start)
            # what opens the sentence up to the name, past a phrase set off before it
            # ('Shortly afterward, Zelensky is expected …')
            opening = self.text[self.sents[at].start:last.start].rsplit(",", 1)[-1]
            skip.append(self._reported(q, last, hi))
            if any(f.how == "named" and f.subject_start == last.start for f in self.frames):
                lo = last.start  # 'Asked whether Biden …, Blinken said he …': the one who speaks
            elif any(w not in _BEFORE_SUBJECT for w in re.findall(r"\b[a-z][\w’'-]*", opening)):
                # 'The secretary reaffirmed to Cynthia McFadden …': the name is not the
                # sentence's subject, which the sentence before may name
                lo = self.sents[max(0, at - 1)].start
            else:
                lo = self.sents[at].start
            # 'Abdullah Abdullah, Ghani’s partner in the government, stressed …': a name in the
            # apposition set off after the subject's is not the subject
            aside = _APPOSITION_OF.match(self.text, last.end)
            if lo <= last.start and aside is not None and at == draft_text.sentence_at(
                    self.sents, aside.end()):
                skip.append(range(last.end, aside.end()))
        return any(m.key != speaker and m.kind == "person" and m.key in self.actors
                   for m in self.mentions if lo <= m.start < hi
                   and not any(m.start in r for r in skip)) or (
            frame is not None and self._described_between(lo, hi, frame.subject))

    def _described_between(self, lo: int, hi: int, pronoun: str) -> bool:
        """Whether a sentence between lo and hi brings in a person by a description alone, no
        name in it ('One active duty soldier involved in the program went to Camp Zama'), of
        whom a pronoun after it ('he said') may speak as well as of the speaker named before."""
        pronoun = pronoun.casefold()
        if pronoun not in ("he", "she"):
            return False
        first = draft_text.sentence_at(self.sents, lo)
        for sent in self.sents[first:]:
            if sent.start >= hi:
                break
            end = min(sent.end, hi)
            if any(sent.start <= m.start < end and m.kind == "person" for m in self.mentions):
                continue  # 'A member of parliament …, Abdu Katuntu, tells VOA': the one named
            found = _NEW_PERSON.match(self.blank, sent.start, end) if sent.start >= lo else None
            if found is not None and found.group("noun").casefold() not in (
                    _FEMALE if pronoun == "he" else _MALE):
                return True
        return False

    def _reported(self, q: draft_text.Quote, last: Mention, hi: int) -> range:
        """What the speaker named at `last` is said to say in the writer's sentence right before
        the quotation's, in its paragraph or ending the one before: 'Abdu Katuntu tells VOA he
        believes the charges against Dr. Besigye are meant …. “…,” he said'. Whom the speaker
        speaks of there is not whom the next sentence's 'he' stands for. The sentence's subject
        is the speaker's name, or 'he' with no one else named since it ('Eliphas Mukonoweshuro
        is international affairs secretary for the MDC. He said the MDC is concerned about
        Mr. Tsvangirai's physical condition.')."""
        begins = self._opening(q)
        said = next((f for f in self.frames if f.speaker == last.key
                     and last.start <= f.subject_start < f.subject_end <= f.verb_start < begins
                     and f.verb_start - f.subject_end < 40 and (
                         (f.how == "named" and f.subject_start == last.start)
                         or (_PRONOUN_PERSON.fullmatch(f.how) is not None and not any(
                             m.kind == "person" and m.key != last.key
                             for m in self.mentions if last.end <= m.start < f.subject_start)))
                     and self._sentence_ends(f.verb_end, begins + 1) == [begins]), None)
        if said is None or not begins <= hi:
            return range(0)
        if "\n" in self.text[said.verb_end:begins] and not (
                begins == self.paras[q.paragraph].start and q.paragraph > 0
                and self.paras[q.paragraph - 1].start <= said.verb_start):
            return range(0)  # a paragraph between, or words that do not open their paragraph
        return range(said.verb_end, begins)

    def _named_before_pronoun(self, q: draft_text.Quote, frame: Frame, speaker: str | None
                              ) -> frozenset[tuple[str, str]]:
        """The registry people other than `speaker` that a pronoun's sentence names before it,
        a given name that owns something included: `Thomas' sister`, `Thomas's sister`; not
        in what the speaker was said to say in the sentence before (_reported)."""
        if not _PRONOUN_RULE.fullmatch(frame.how):
            return frozenset()
        lo = self.sents[draft_text.sentence_at(self.sents, frame.subject_start)].start
        last = next((m for m in reversed(self.mentions)
                     if m.key == speaker and m.start < min(q.open_at, frame.subject_start)), None)
        reported = (self._reported(q, last, min(q.open_at, frame.subject_start))
                    if last is not None else range(0))
        # the apposition set off after the speaker's own name: 'Abdullah Abdullah, Ghani’s
        # partner in the national unity government, stressed …'
        aside = next((found for m in self.mentions
                      if m.key == speaker and lo <= m.start < frame.subject_start
                      for found in [_APPOSITION_OF.match(self.text, m.end)]
                      if found is not None and found.end() <= frame.subject_start), None)
        skip = range(aside.start(), aside.end()) if aside is not None else range(0)
        found = {(m.key, m.name) for m in self.mentions if m.kind == "person"
                 and lo <= m.start < frame.subject_start and m.key != speaker
                 and m.start not in skip and m.start not in reported}
        owners = {o.group(1).casefold() for o in _OWNER.finditer(self.text, lo, frame.subject_start)
                  if o.start() not in skip and o.start() not in reported}
        if owners:
            # among the people the article names, not the whole registry: a pronoun costs what its
            # article holds, however large the archive
            found |= {(key, actor.name) for key, actor in
                      ((k, self.actors[k]) for k in self.named if k in self.actors)
                      if key != speaker and actor.kind == "person"
                      and owners & {w.casefold() for w in actor.name.split()}}
        return frozenset(found)

    def _person_of_state(self, q: draft_text.Quote, state: str | None) -> Mention | None:
        """The person a state's name qualifies at the head of the quotation's sentence, where the
        rules guessed the state: 'US citizen Susan Cohen … thought of al-Megrahi as “…”'."""
        lo = self.sents[draft_text.sentence_at(self.sents, q.open_at)].start
        ahead = [m for m in self.mentions if lo <= m.start < q.open_at]
        for m, after in zip(ahead, ahead[1:], strict=False):
            if m.key == state and m.kind == "state":
                if after.kind == "person" and re.fullmatch(
                        r"\s+(?:[a-z][\w-]*\s+){0,2}", self.text[m.end:after.start]):
                    return after
                return None
        return None

    def _reach(self, q: draft_text.Quote, speaker: str | None) -> frozenset[tuple[str, str]]:
        """The actors named from the paragraph that last names the speaker read, before the
        quotation, up to the quotation's end: whom a pronoun or a quotation carried on could
        stand for, besides the one the rules chose."""
        last = next((m for m in reversed(self.mentions)
                     if m.key == speaker and m.start < q.open_at), None)
        if last is None:
            return frozenset((m.key, m.name) for m in self.mentions if m.start < q.end)
        first = next(k for k, p in enumerate(self.paras) if last.start < p.end)
        opening = self.text[self.sents[draft_text.sentence_at(self.sents, last.start)].start:
                            last.start]
        if any(w not in _BEFORE_SUBJECT for w in re.findall(r"\b[a-z][\w’'-]*", opening)):
            # 'The secretary reaffirmed to Cynthia McFadden …': the name is not what the
            # sentence is about, whose subject a paragraph before may name
            first = max(0, first - 1)
        lo = self.paras[first].start
        return frozenset((m.key, m.name) for m in self.mentions if lo <= m.start < q.end)

    def _unmarked(self, start: int, end: int) -> _Read | None:
        """Words without quotation marks (`unmarked: true`) are given by a name and a speech verb
        that open their sentence, within the words or before them: `The ministry said in a
        statement that …`."""
        sentence = self.sents[draft_text.sentence_at(self.sents, start)]
        found = [f for f in self.frames if sentence.start <= f.verb_start and f.verb_end <= end
                 and f.how == "named" and f.subject_start < f.verb_start]
        mention = self.known.get(found[-1].subject_start) if found else None
        if not found:
            return self._transcript_line(start)
        if mention is None or mention.key not in self.actors or self._on_behalf(found[-1]):
            return None
        f = found[-1]
        words = _joined(self.text[f.subject_start:f.verb_end], "…")
        given = Given(mention.key, self.begin + f.verb_start, words)
        return _Read(given, mention.key, True, self.actors[mention.key].name, None, None, words,
                     given.at, False, True, False, frozenset(), frozenset(),
                     frozenset(self.named), f.subject, self.actors[mention.key].kind,
                     shown=words)

    def _transcript_line(self, start: int) -> _Read | None:
        """A transcript's line, `Wang Wenbin: Since China and Italy signed …`, `MR. KIRBY: …`:
        the words after a registry person's name and a colon, opening their paragraph or a
        sentence of it, are that person's."""
        para = next((p for p in self.paras if p.start <= start < p.end), None)
        if para is None:
            return None
        lo = len(self.text[:para.end]) - len(self.text[para.start:para.end].lstrip())
        mention = self.known.get(lo)
        if mention is not None and mention.key in self.actors \
                and self.actors[mention.key].kind == "person" \
                and re.match(r"[ \t]*:", self.text[mention.end:start]):
            key: str | None = mention.key
            label_start, label_end = mention.start, mention.end
        else:
            turn = max((t for t in self.turns
                        if para.start <= t.label_start - self.begin and t.start - self.begin <= start),
                       key=lambda t: t.label_start, default=None)
            if turn is None:
                return None
            key = self._labelled(turn.label)
            label_start = turn.label_start - self.begin
            label_end = label_start + len(turn.label)
        if key is None:
            return None
        words = _joined(self.text[label_start:label_end] + ":", "…")
        given = Given(key, self.begin + label_start, words)
        return _Read(given, key, True, self.actors[key].name, None, None, words,
                     given.at, False, True, False, frozenset(), frozenset(),
                     frozenset(self.named), self.text[label_start:label_end], "person",
                     shown=words)

    def _labelled(self, label: str) -> str | None:
        """The registry person a transcript's label names, however it is cased: `KIRBY`,
        `MR. KIRBY`, `Secretary Blinken`; none where the name is another's or two people's."""
        name = transcript.speaker_name(label)
        for form in (name, " ".join(w.capitalize() for w in name.split())):
            key = self.registry.named(form)
            if key is not None and key in self.actors:
                return key if self.actors[key].kind == "person" else None
        # a name the registry holds in another case ('MCCARTHY'), among the people named here
        folded = name.casefold()
        found = {key for key in self.named if key in self.actors
                 and self.actors[key].kind == "person"
                 and any(folded in (form.casefold(), form.split()[-1].casefold())
                         for form in (self.actors[key].name, *self.actors[key].aliases))}
        return next(iter(found)) if len(found) == 1 else None

    def _said_inside(self, q: draft_text.Quote, start: int) -> tuple[Mention, int, str] | None:
        """Words quoted inside a quotation, introduced there by a name and a speech verb:
        `“I was alarmed when Gov. Christie said to be ‘Big cities, come to me…,” Doherty said`
        gives the inner words to Christie."""
        outer = max((x for x in self.quotes if not x.nested and x.start <= start < x.end),
                    key=lambda x: x.start, default=q)
        opened = max((inner.open_at for inner in self._within(outer) if inner.start <= start),
                     default=-1)
        if opened < 0:
            return None
        for m in reversed(self.all_mentions):
            if outer.start <= m.start and m.end <= opened and m.key in self.actors:
                between = self.text[m.end:opened]
                if _SAYS.match(between):
                    return m, m.start, _joined(self.text[m.start:opened + 1] + "…")
                return None
        return None

    def _said_of(self, q: draft_text.Quote, frame: Frame) -> tuple[Mention, int, str] | None:
        """`Addiego said Christie “has dedicated…”`: a name right after the verb, then the quote,
        is whom the words are about; the speaker is the person who opens the clause."""
        if not (frame.verb_end <= frame.subject_start and frame.subject_end <= q.open_at
                and re.fullmatch(r"\s*", self.text[frame.subject_end:q.open_at])):
            return None
        first = draft_text.sentence_at(self.sents, frame.verb_start)
        lo = self.sents[first].start
        known = [m for m in self.all_mentions if lo <= m.start and m.end <= frame.verb_start
                 and m.key in self.actors and self.actors[m.key].kind == "person"]
        if not known:
            return None
        m = known[-1]
        return m, m.start, _joined(self.text[m.start:frame.verb_end], "…",
                                   self.text[frame.subject_start:q.close_at])

    def _trusted(self, q: draft_text.Quote, frame: Frame, strong: bool = True) -> bool:
        """A named attribution that says who spoke: not whom the speaker works for ('a
        spokesman for Roe'), not a name that begins what was said ('said Roe would respond'),
        not one that reports another's words ('Roe dismissed Doe’s claim that “…”')."""
        if self._on_behalf(frame):
            return False
        if frame.subject_start > frame.verb_start and (
                not (_AFTER_INVERTED.match(self.text, frame.subject_end)
                     # after the words, `“…” said Aaron David Miller of the Woodrow Wilson
                     # Center` names who said them
                     or (frame.verb_start >= q.close_at
                         and re.match(r"\s+of\s", self.text[frame.subject_end:])))
                or (frame.subject_end <= q.open_at and re.fullmatch(
                    r"\s*", self.text[frame.subject_end:q.open_at]) is not None)):
            # 'said Roe would…', 'said Roe “…”': Roe begins what was said; 'said City Index
            # analyst Fawad Razaqzada': the name is not all of the subject
            return False
        if frame.verb_start >= q.close_at and (self._reports_another(frame) or _REMARK_OPENS.search(
                self.text, self._opening(q), q.open_at)):
            return False
        if frame.verb_end > q.open_at:
            return True
        start = max(frame.subject_end, frame.verb_end)
        if strong:
            return not self._between(start, q.open_at)
        # another's words between: 'Doe dismissed Roe’s claim that “…”'; a person merely named
        # there ('said Iran sent Russia missiles, “…”') leaves the attribution standing
        between = self.text[start:q.open_at]
        if re.search(r"\bas\s*$", between) and not _THEIR_DESCRIPTION.search(between):
            # `described El-Faki’s statements as “…”`: the describer's words, where 'Roe’s
            # description of the plan as “…”' stays Roe's
            return True
        return not (_WORDS_OF.search(self.text, start, q.open_at)
                    or _DOCUMENT.search(self.text, start, q.open_at))

    def _names_other(self, q: draft_text.Quote, speaker: str | None) -> bool:
        """Whether the writer's sentence of a quotation names someone other than `speaker`
        before the words: `Al-Majid is reported to have said “…”`."""
        lo = self._opening(q)
        # a surname the names do not read alone ('Al-Majid', whose particle opens no name)
        # still names the person of the paragraphs read
        return any(m.key != speaker for m in self.mentions if lo <= m.start < q.open_at) or any(
            _holds_name(self.text[lo:q.open_at], self.actors[k])
            for k in sorted(self.named) if k in self.actors and k != speaker)

    def _colon_names_another(self, q: draft_text.Quote, speaker: str | None) -> bool:
        """Whether a registry person other than `speaker` is named after the speaker's name in
        the sentence that a colon ends before the quotation."""
        lo = self._opening(q)
        names = [m for m in self.mentions if lo <= m.start and m.end <= q.open_at
                 and m.kind == "person" and m.key in self.actors]
        first = next((k for k, m in enumerate(names) if m.key == speaker), None)
        return first is not None and any(
            m.key != speaker and _QUOTED_FROM.search(self.text, lo, m.start)
            and _THEN_SAID.fullmatch(self.text, m.end, q.open_at) for m in names[first + 1:])

    def _reports_another(self, frame: Frame) -> bool:
        """`“…,” Blinken said Lavrov told him`: the attribution after the words goes on to name
        another person who said them."""
        at = max(frame.subject_end, frame.verb_end)
        gap = re.match(r"\s+", self.text[at:])
        if gap is None:
            return False
        k = bisect.bisect_left(self.people, at + gap.end())
        if k == len(self.people) or self.people[k] != at + gap.end():
            return False
        other = self.known.get(self.people[k])
        return other is not None and _TOLD_HIM.match(self.text, other.end) is not None

    def given(self, index: int, start: int, end: int, frame: Frame | None = None,
              strong: bool = True) -> Given | None:
        q = self.quotes[index]
        frame = frame or self.attributed[index].frame
        if frame is None or not self._in_sentence(q, frame):
            return None
        speaker = self._speaker(frame)
        if speaker is None or not self._trusted(q, frame, strong):
            return None
        after = self._named_right_after(q)
        if after is not None and after.speaker != speaker:
            return None  # `Roe said. “…” Doe told reporters.`: two candidates, no verdict
        return Given(speaker, self.begin + frame.verb_start, self._words(q, frame))

    def _said(self, index: int, start: int, end: int, frame: Frame | None = None
              ) -> Given | None:
        """`given`, where a name between the attribution and the words that is no person's and
        not whose words they are leaves it standing ('Peskov called Iran’s move “…”'); another
        person named there, or another quotation, still does not ('Kirby says “…”; Blinken …
        met Zelensky, who plans a “…”')."""
        found = self.given(index, start, end, frame, strong=False)
        q, frame = self.quotes[index], frame or self.attributed[index].frame
        if found is None or frame is None:
            return found
        lo = max(frame.subject_end, frame.verb_end)
        k = bisect.bisect_left(self.people, lo)
        if (k < len(self.people) and self.people[k] < q.open_at) or any(
                lo <= x.close_at < q.open_at for x in self.quotes):
            return None
        return found

    def _chain_named(self, frame: Frame) -> bool:
        """Whether the speaker 'he' is read as 'the last named speaker' for was named: the
        pronouns before it that carried the same reading lead back to a frame naming them.
        `…told host Matt Lauer …. “…,” he said. …, he added. “…,” he said`: the first 'he' is
        a guess at the last person named, and the ones after it are as weak as that guess."""
        for f in reversed(self.frames[:bisect.bisect_left(self.frames, frame.verb_start,
                                                          key=lambda x: x.verb_start)]):
            if f.speaker is None:
                continue
            if f.speaker != frame.speaker:
                return False
            if f.how == "named":
                return True
            if _PRONOUN_RULE.fullmatch(f.how) is None:
                return False
        return False

    def _speaker(self, frame: Frame) -> str | None:
        """The registry actor a frame names."""
        if frame.how == "named":
            mention = self.known.get(frame.subject_start)
            return mention.key if mention is not None and mention.key in self.actors else None
        return None

    def _nested(self, q: draft_text.Quote, start: int, end: int) -> bool:
        """The words stand in a quotation within the quotation (`Blinken said: “Zelensky told
        me, ‘We need ATACMS.’”`, or in straight marks, `"… running up, like 'No, these are our
        businesses,' " Arabasadi said`): someone the attribution does not name said them."""
        # closed after the words, or opening right before them and left open ('‘Big cities,
        # come to me and we’re rebuild you,” Doherty said': the writer dropped its close)
        return any(inner.start <= start and end <= inner.end and (
            inner.closed or inner.start == start) for inner in self._within(q))

    def _within(self, q: draft_text.Quote) -> list[quotation_marks.Quotation]:
        """The quotations within a quotation, read paragraph by paragraph: one that runs on
        opens each paragraph after its first with a new opening mark, which is not a quotation
        within it, and leaves the paragraph before without a closing mark."""
        if q.open_at not in self.inner:
            self.inner[q.open_at] = [
                inner for k in range(q.paragraph, q.last_paragraph + 1)
                for inner in quotation_marks.read(
                    self.text, q.start if k == q.paragraph else self.paras[k].start + 1,
                    min(q.end, self.paras[k].end))]
        return self.inner[q.open_at]

    def _on_behalf(self, frame: Frame) -> bool:
        """The name is whom the speaker works for, not the speaker: `a spokesman for Russian
        President Vladimir Putin called…`, `Putin’s spokesman said`."""
        before = self.text[max(0, frame.subject_start - 120):frame.subject_start]
        # within its sentence: 'a member of the alliance.' ends the one before
        before = _SENTENCE_END.split(before)[-1]
        return bool(_ON_BEHALF.search(before) or _POSSESSIVE.match(self.text, frame.subject_end))

    def _in_sentence(self, q: draft_text.Quote, frame: Frame) -> bool:
        """The frame is in the sentence, or the sentences, of the quotation itself."""
        first = draft_text.sentence_at(self.sents, q.open_at)
        last = draft_text.sentence_at(self.sents, max(q.open_at, q.end - 1))
        return first <= draft_text.sentence_at(self.sents, frame.verb_start) <= last

    def _named_right_after(self, q: draft_text.Quote) -> Frame | None:
        """A name and a speech verb that follow the quotation at once, even past its full stop."""
        end = self.paras[q.last_paragraph].end  # a name opening the next paragraph is its own
        for f in self.frames:
            first = min(f.subject_start, f.verb_start)
            if (f.how == "named" and q.close_at <= first <= q.close_at + 8 and first < end
                    and re.fullmatch(r"[\s,—–-]*", self.text[q.close_at:first])):
                return f
        return None

    def _between(self, start: int, end: int) -> bool:
        """Another person named, or someone's words (X's claim), between an attribution and the
        quotation it introduces: `Roe dismissed Doe's claim that “…”` gives the words to Doe."""
        k = bisect.bisect_left(self.people, start)
        if k < len(self.people) and self.people[k] < end:
            return True
        return bool(_POSSESSIVE.search(self.text, start, end)
                    or _DOCUMENT.search(self.text, start, end))

    def _words(self, q: draft_text.Quote, frame: Frame) -> str:
        """The quotation and its attribution as the article writes them, what stands between them
        and a long quote cut short."""
        quotation = self._quotation(q)
        who = min(frame.subject_start, frame.verb_start)
        said = self.text[who:max(frame.subject_end, frame.verb_end)]
        if who >= q.close_at:
            # what opens the sentence before the words may say whose they are: `Asked about
            # Lavrov's remark that the West “…,” Blinken said he would not`
            first = self._opening(q)
            more = _clause_on(self.text, max(frame.subject_end, frame.verb_end))
            return _joined(_middle(self.text[first:q.open_at]), quotation,
                           _middle(self.text[q.close_at:who]), said + more)
        return _joined(said, _middle(self.text[max(frame.subject_end, frame.verb_end):q.open_at]),
                       quotation)

    def _quotation(self, q: draft_text.Quote) -> str:
        """The quotation as written, in its marks, a long one cut short."""
        words = self.text[q.start:q.end].split()
        inner = " ".join(words if len(words) <= 8 else [*words[:6], "…"])
        closing = self.text[q.end] if q.closed and q.end < len(self.text) else ""
        return f"{self.text[q.open_at]}{inner}{closing}"

    def _opening(self, q: draft_text.Quote) -> int:
        """Where the writer's sentence holding a quotation opens: the rules' sentence may hold
        the one before as well (`Roe said. “…”`), whose full stop ends it here, an
        abbreviation's does not."""
        lo = self.sents[draft_text.sentence_at(self.sents, q.open_at)].start
        return ([lo] + self._sentence_ends(lo, q.open_at + 1))[-1]

    def _sentence_ends(self, lo: int, hi: int) -> list[int]:
        """Where the writer's sentences end between lo and hi: past each full stop that is not
        an abbreviation's ('Dr. Besigye')."""
        return [m.end() for m in _SENTENCE_END.finditer(self.text, lo, hi)
                if not draft_text.ABBREVIATION.search(self.text, max(lo, m.start() - 12),
                                                      m.start() + 1)]

    def _sentence(self, q: draft_text.Quote) -> str:
        """The sentence of a quotation that no attribution the rules read stands in: what opens
        it, which may say whose words they are (`Blinken quoted Lavrov as saying:`), the
        quotation and what follows it, shortened."""
        first = self._opening(q)
        last = self.sents[draft_text.sentence_at(self.sents, max(q.open_at, q.end - 1))].end
        after = self.text[q.close_at:max(q.close_at, last)].split()
        return _joined(_middle(self.text[first:q.open_at]), self._quotation(q),
                       " ".join(after if len(after) <= 8 else [*after[:6], "…"]))


_OTHER_PRONOUN = {"h": "she", "s": "he"}
# what a person may be called before their name, as a sentence's subject: 'voter Ted Cohen'
_PLAIN_PEOPLE = frozenset({"voter", "citizen", "resident", "student", "worker", "farmer",
                           "teacher", "nurse", "veteran", "soldier", "activist", "lawyer"})
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
# what says a person is a man or a woman, written by their name: 'Mrs. Clinton', 'Susan Cohen,
# the mother of one of those killed'
_TITLED = re.compile(r"\b(?:(?P<he>Mr|Sir|Lord)|(?P<she>Mrs|Ms|Miss|Mme|Madam|Madame|Lady|Dame))\.?"
                     r"\s+$")
_KIN_OF = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?P<he>father|husband|son"
                     r"|brother|widower|grandfather)|(?P<she>mother|wife|daughter|sister|widow"
                     r"|grandmother))\b")


def _genders(blank: str, sentences: list[draft_text.Sentence], people: list[Mention]
             ) -> frozenset[tuple[str, str]]:
    """The registry people whose pronoun the article tells, each (id, 'he' or 'she'): by a title
    or a word of kin by their name ('Mrs.', ', the mother of'), or by the pronouns of a sentence
    whose one person they are, as its subject, after their name ('Marcy Kaptur was not changing
    her no vote'). A person told both ways is told neither."""
    told: dict[str, set[str]] = {}
    for m in people:
        for found in (_TITLED.search(blank, max(0, m.start - 8), m.start),
                      _KIN_OF.match(blank, m.end)):
            if found is not None:
                told.setdefault(m.key, set()).add("he" if found.group("he") else "she")
    k = 0
    for sent in sentences:
        within = []
        while k < len(people) and people[k].start < sent.end:
            if people[k].start >= sent.start:
                within.append(people[k])
            k += 1
        if not within or any(m.key != within[0].key for m in within):
            continue
        first = within[0]
        opening = blank[sent.start:first.start].rsplit(",", 1)[-1]
        rest = blank[first.end:sent.end]
        if any(w not in _BEFORE_SUBJECT and w not in ROLE_NOUNS and w not in _PLAIN_PEOPLE
               for w in re.findall(r"\b[a-z][\w’'-]*", opening)) \
                or _DESCRIBED.search(blank, sent.start, sent.end):
            continue  # 'Los Angeles voter Ted Cohen says he …' is his; 'He noted that Clinton'
        he, she = _HE.search(rest) is not None, _SHE.search(rest) is not None
        if he != she:
            told.setdefault(first.key, set()).add("he" if he else "she")
    return frozenset((key, next(iter(said))) for key, said in told.items() if len(said) == 1)


def _short_names(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The short name the article gives each registry actor it names, by the registry id:
    'the Korean Central News Agency (KCNA)', 'Hossein Derakhshan (Hoder)', 'Hossein
    Derakhshan, known as Hoder'."""
    return {found.group(1): m.key for m in mentions if m.known
            for found in [_SHORT_NAME.match(text, m.end) or _KNOWN_AS.match(text, m.end)]
            if found is not None}


def _apart(text: str, mentions: list[Mention], actors: dict[str, Actor],
           short: dict[str, str] | None = None) -> list[Mention]:
    """The article's names, each a registry actor only where the registry's names read it.

    A name the registry does not hold whose proposed id is a registry id ('John Smith', proposed
    as `john-smith`, where the registry's `john-smith` is Mary Jones) is someone else, kept apart
    under an id no actor can have: no id the content chose makes the article name its actor.
    A person's full name that differs from one registry person's only by middle names or
    initials ('Mark Kelly', 'Mark E. Kelly') is that person, the registry's name deciding; a
    registry surname written after another given name ('Scott Kelly' where the registry holds
    Mark E. Kelly) is not, nor the surname alone after it."""
    names = registry_names(actors)
    # 'the Korean Central News Agency (KCNA)': the short name the article gives a registry body,
    # in these paragraphs or anywhere in the article (`short`)
    short = {**(short or {}), **_short_names(text, mentions)}
    out = []
    other: dict[str, Mention | None] = {}  # surname -> the other person it last stood for
    for m in mentions:
        if not m.known:
            # the registry's name in other capitals ('JOHNSON:' of Johnson), or with other
            # middle names
            found = names.owners.get(name_key(m.name)) or (
                names.given.get(_given_and_surname(m.name)) if m.kind == "person" else None)
            if m.name in short and (m.kind == "person") == (
                    actors[short[m.name]].kind == "person"):
                found = {short[m.name]}
            if found is not None and len(found) == 1:
                actor = actors[next(iter(found))]
                m = dataclasses.replace(m, key=actor.id, known=True, name=actor.name)
            elif m.key in actors:
                m = dataclasses.replace(m, key=f"{m.key} (article)")
            out.append(m)
            continue
        actor = actors[m.key]
        own = _words(name_key(actor.name))
        if actor.kind != "person" or len(own) < 2 or name_key(text[m.start:m.end]) != own[-1]:
            out.append(m)
            continue
        given = _given_before(text, m.start)
        if given is None:
            written = other.get(own[-1])  # the surname alone: whom it last stood for
        elif _same_given(given, own[:-1]):
            written = other[own[-1]] = None
        else:
            name = f"{' '.join(given)} {text[m.start:m.end]}"
            written = other[own[-1]] = Mention(m.start, m.end, f"{slugify(name)} (article)",
                                               "person", False, name)
        out.append(m if written is None else dataclasses.replace(written, start=m.start, end=m.end))
    return out


# a run of capitalized words right before a surname, on its line and in its sentence: 'Scott',
# 'Sen. Mark E.'; a full stop only after an initial or a title ('Mr.'), never a sentence's end
_GIVEN_RUN = re.compile(r"(?:(?<=[^\w.’'-])|^)((?:(?:[A-Z]\.|(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Col|Lt|Maj"
                        r"|Capt|Sgt|Prof|Rev)\.|[A-Z][\w’'-]*)[^\S\n]+){1,3})$")
# a body's short name in brackets right after its name: 'Korean Central News Agency (KCNA)'
_SHORT_NAME = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)")
_KNOWN_AS = re.compile(r",?\s+(?:(?:better\s+|also\s+)?known\s+as|nicknamed|alias|a\.k\.a\.?)\s+"
                       r"[“\"]?([A-Z][\w.-]{1,20})\b")


def _given_before(text: str, at: int) -> list[str] | None:
    """The given names written right before a surname at `at`, past titles and words that begin
    sentences ('Sen. Mark E.' gives Mark E.; 'But', 'Gov.' give none), or None."""
    found = _GIVEN_RUN.search(text, max(0, at - 60), at)
    if found is None:
        return None
    words = found.group(1).split()
    # the names after the last title or word that is none: 'Assistant Secretary', 'Education Mr.'
    cut = max((k + 1 for k, w in enumerate(words)
               if w.rstrip(".").casefold() in NOT_GIVEN_NAMES or w in states.ADJECTIVES
               or w in states.NAMES or w.endswith(("’s", "'s"))), default=0)
    return words[cut:] or None


def _same_given(written: list[str], own: list[str]) -> bool:
    """Whether given names written before a surname may be a registry person's own: one of them
    is one of theirs, an initial standing for a name of the same letter."""
    theirs = [w.rstrip(".") for w in own]
    words = [w.rstrip(".").casefold() for w in written]
    # 'Scott E. Kelly' is not Mark E. Kelly: an initial counts only where no name is written
    words = [w for w in words if len(w) > 1] or words
    # an initial for a name of its letter; a name spelled another way ('Obony' for Obonyo)
    return any(word == name or ((len(word) == 1 or len(name) == 1) and word[:1] == name[:1])
               or (word[:1] == name[:1] and difflib.SequenceMatcher(None, word, name).ratio()
                   >= 0.75) for word in words for name in theirs)


def _given_and_surname(name: str) -> tuple[str, str]:
    """A person's name as told apart from others: its first given name that is more than an
    initial (or its first word) and its surname: 'Mark E. Kelly' and 'Mark Kelly' alike."""
    words = [w.rstrip(".") for w in _words(name_key(name))]
    while len(words) > 2 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    if len(words) < 2:
        return ("", name_key(name))
    given = next((w for w in words[:-1] if len(w) > 1), words[0])
    return (given, words[-1])


def _guessed_subject(how: str) -> str:
    """The subject a guessing rule read, as written: 'She' of `the subject of its sentence,
    “She”`."""
    found = re.search(r"“([^”]*)”", how) if how.startswith(_GUESSES) else None
    return found.group(1) if found else ""


def _clause_on(text: str, start: int) -> str:
    """What follows an attribution at `start`, up to three words more, to the mark that ends its
    clause: never to a full stop within an abbreviation (`according to a U.S. official`), which
    the sentence splitter's own list tells."""
    words, end = 0, start
    for m in re.finditer(r"(\s*)(\S+)", text[start:start + 200]):
        words += bool(m.group(1))
        if words > 3:
            break
        for k in range(start + m.start(2), start + m.end(2)):
            if text[k] in _CLAUSE_END and not (
                    text[k] == "." and draft_text.ABBREVIATION.search(text, max(0, k - 12), k + 1)):
                return text[start:k]
        end = start + m.end(2)
    return text[start:end]


_CLAUSE_END = frozenset(".,;:!?“”\"")


def _middle(text: str, most: int = 12) -> str:
    """Words between an attribution and its quotation, the last of them when there are more
    than `most`: enough to keep whose words they are (`Blinken dismissed a warning from Lavrov
    that Russia would respond “…”`)."""
    words = text.split()
    return " ".join(words if len(words) <= most else ["…", *words[2 - most:]])


def _joined(*parts: str) -> str:
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(" ".join(parts).split()))
