"""Who said each quote, by the patterns news writing uses, and no guess where the text gives none.

The writer's own sentences are read with every quote blanked out (draft_text.masked), so a name
or a 'said' inside someone's words never attributes anything.

Order of the rules for one quote:
1. an attribution in the quote's own sentence: `“…,” Blinken said`, `said Kirby`, `he told
   reporters`, `the ministry said in a statement that “…”`, `…, Kirby said later Tuesday`;
   the one right after the quote first, then the nearest before it, then any later in the sentence;
   for a quote opening a paragraph, the sentence before a colon ending the paragraph before;
   `…, saying “…”` is the words of the subject its sentence opens on;
2. a whole-sentence quote without one takes the speaker of the quote before it in its paragraph,
   or, opening a paragraph, of the quote that ended the paragraph before;
3. else a speaker named in the next sentence: `“…” That was the verdict of Mayor Ilse Varn.`;
   else the person the sentence before is about, or the one person it names and has speak
   (`…, Panetta said at a news conference. “I’ve always felt …”`);
Pronouns go to the last named speaker of the paragraph or the one before, else the last person
named there; 'the ministry' to the last ministry named. Anything else stays empty, flagged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from . import quotation_marks
from .names import AGE_AND_HOME, CREDIT_AFTER_QUOTE, ROLE_NOUNS, VERBS, Mention, role_around, role_before
from .text import ABBREVIATION, Paragraph, Quote, Sentence, sentence_at

# how a pronoun read from a name further back than its paragraph and the one before says so: a
# guess a draft marks for review, whoever it names
ACROSS = "paragraphs before"

# speech verbs that continue a clause whose subject speaks: 'Roe criticized the plan, saying'
_PARTICIPLES = {"saying", "stating", "adding", "claiming", "insisting", "noting", "arguing",
                "telling", "writing", "declaring", "explaining"}
_VERB = re.compile(rf"(?<![\w-])(?:{VERBS}|{'|'.join(sorted(_PARTICIPLES))})(?![\w-])")
# the verbs of saying that may stand before their subject ('said Kirby') or after a name set off
# from the words ('“…,” Ryan Grim, …, and Sam Stein, …, wrote')
INVERTIBLE = frozenset({
    "said", "says", "added", "asked", "wrote", "continued", "according to", "writes", "adds",
    "replied", "tweeted", "emailed", "posted", "reported", "asserted", "insisted", "explained",
    "declared", "stated", "states", "noted", "warned", "countered", "responded"})
_GAP_WORDS = (r"has|have|had|also|later|then|again|previously|publicly|privately|separately"
              r"|repeatedly|would|will|once|further|recently|earlier|still|quickly|flatly|just"
              r"|allegedly|reportedly")
_DOUBLE, _CLOSING = quotation_marks.IN_DOUBLE, quotation_marks.IN_CLOSING
_GAP_MOST = 600  # the longest gap between a name and its verb that the patterns below can match
_GAP = re.compile(rf"^(?:\s*,[^,{_DOUBLE}]{{1,80}},|{AGE_AND_HOME})?\s+(?:(?:{_GAP_WORDS})\s+)*$")
# an apposition whose closing comma the writer left out: 'Evan Kohlmann, who tracks jihadi Web
# sites for NBC News said', 'Jarret Brachman, consultant to the US government on terrorism said';
# not a clause whose own verb is the speech verb ('Donald Trump, who has in the past called')
# an office written in full between 'said' and the name, all in capitals but its links: 'said
# Under Secretary of Commerce for Industry and Security Alan Estevez'
_OFFICE = re.compile(r"(?:(?:[A-Z][\w-]*|of|for|and|the|on)\s+){3,14}")
# a trade written before a name the verb inverts over, which no office is: 'said reporter Franck
# Berruyer', 'said local resident Ann Lee'
_TRADE_BEFORE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")
# words that make what follows the verb no trade of the name after them: 'said to Ann Reed',
# 'said that Ann Reed', 'told his friend Ann Reed' (the one told)
_NO_TRADE = frozenset({
    "to", "of", "for", "with", "in", "on", "at", "by", "from", "about", "after", "before", "that",
    "and", "or", "but", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
    "this", "these", "those", "when", "while", "as", "if", "than", "then", "also", "not"})
# a rank in short before a name, maybe after its service: 'said Navy Cmdr. Tim Hawkins'
_RANK_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}?[A-Z][a-z]{1,4}\.\s+")
_OPEN_APPOSITION = re.compile(
    r"^,\s+(?:who\s+(?!(?:has|is|was|does|had)\s)[a-z]+(?:s|ed)\s"
    r"|(?!(?:who|whom|whose|which|that|and|or|but|he|she|they|it|as|when|after|before|if"
    r"|because|while|although|though|where|then)\s)[a-z][\w-]*\s+"
    rf"(?:to|of|for|at|with|in|on)\s)[^,;:.{_DOUBLE}]{{0,80}}\s$")
# what may stand before a verb whose subject follows it: the sentence's start, a quote, a comma
_NOTHING_BEFORE = re.compile(rf"(?:^|[,;:({_CLOSING}\"'—–-])\s*(?:(?i:{_GAP_WORDS})\s+)*$")
# who saw or obtained a document is not what it says: 'A leaked internal letter seen by Sky News
# says', 'an email obtained by the AP said'
_SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed|viewed|cited|quoted|acquired|leaked)\s+by\s+"
                      r"(?:the\s+)?$")
# an apposition that holds commas of its own: 'Wael Ghonim, a Google executive, credited with
# organizing the first demonstration and a former political prisoner, wrote'
_LONG_APPOSITION = re.compile(rf"^,\s+(?:who|a|an|the)\s[^.;:{_DOUBLE}]{{1,200}}?,\s+"
                              rf"(?:(?:{_GAP_WORDS})\s+)*$")
_PRONOUN = re.compile(rf"\b(he|she|it|they|He|She|It|They)\s+(?:(?:{_GAP_WORDS})\s+)*$")
_WHO = re.compile(rf",\s+who\s+(?:(?:{_GAP_WORDS})\s+)*$")
# 'the ministry', 'the senator'; an office in capitals too, as releases write it: 'the President'
_DEFINITE = re.compile(r"\b[Tt]he\s+((?:[\w.-]+\s+){0,2}?([a-z][\w-]*|(?:"
                       + "|".join(w.capitalize() for w in sorted(ROLE_NOUNS)) + r")))\s*$")
_APPOSITION = re.compile(r"(?:its|his|her|their|the|a|an)\s+[\w\s’'-]{1,40},\s*")
_TRAILING_APPOSITION = re.compile(rf",[^,{_DOUBLE}]{{1,60}},\s*$")
_SPOKESPERSON = re.compile(r"\b(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,4}?spokes(?:man|woman|person)\b.*$",
                           re.IGNORECASE)
_UNNAMED = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any"
                      r"|[Oo]ther|[Mm]ost|[Ff]ew)\s+(?:[\w.’'-]+\s+){0,4}?[\w’'-]+"
                      r"|\b(?:[Oo]fficials|[Aa]nalysts|[Dd]iplomats|[Ss]ources|[Ee]xperts|[Rr]esidents"
                      r"|[Cc]ritics|[Ww]itnesses|[Aa]uthorities|[Pp]olice))\s*$")
_CAME_FROM = re.compile(r"\b(?:words|remarks?|comments?|verdict|message|assessment|statement|assurance"
                        r"|warning|promise|pledge)\b|\bcame from\b")
# someone who speaks for the actor named right after: 'a spokesman for', 'an aide to'
_ON_BEHALF_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|assistants?|envoys?"
    r"|representatives?|officials?|lawyers?|attorneys?|deputy|staff(?:ers?)?|press secretary"
    r"|secretary(?=\s+to\b)"
    r"|sources?|members?)\s+(?:for|to|of|with|close to)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")
# a name after a preposition is no subject: 'students about to start school in the U.S. asked'
OBJECT_BEFORE = re.compile(r"\b(?:in|at|of|from|to|into|across|near|about|for|with)\s+(?:the\s+)?$")
_HEDGE = re.compile(r"\s(?:(?:was|were|is|are)\s+(?:(?:reported|quoted|heard)\s+as|(?:reported|said|"
                    r"believed)\s+to\s+have)|allegedly|reportedly"
                    r"|also)\s+$")
_SAID_OF = re.compile(r"\b(him|her)\s+(?:feel\s+|look\s+|seem\s+)?$")
_STATEMENT_BY = re.compile(r"\b(?:statement|letter|communiqu[ée]|resolution|declaration|message)"
                           r"\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$")
# a body (or a person) that issues a statement, in the words right after its name: 'The
# Kremlin issued a statement', 'ISAF officials said in a statement', "the ministry's statement"
_ISSUES = re.compile(
    rf"(?:\s+(?:officials|spokes(?:man|woman|person)))?(?:,[^,{_DOUBLE}]{{1,80}},)?"
    rf"\s+(?:(?:{_GAP_WORDS})\s+)*(?:(?:issued|released|published|put\s+out|sent\s+out|gave)\s+"
    rf"(?:a|an|the|its|his|her|their)|(?:{VERBS})\s+(?:[\w’'-]+\s+){{0,3}}?in\s+"
    rf"(?:a|an|the|its|his|her|their))\s+(?:[\w’'-]+\s+){{0,3}}?statement\b"
    r"|[’']s?\s+(?:[\w’'-]+\s+){0,2}?statement\b")
# the words that open its sentence before its name: 'In a statement released Tuesday, the
# Kremlin said'; or right before it: 'a statement from the Kremlin'
_ISSUED_IN = re.compile(r"\s*In\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?statement\b"
                        r"[^,.;]{0,60},\s*(?:the\s+)?$")
_STATEMENT_FROM = re.compile(r"statement\s+(?:from|by)\s+(?:the\s+)?$")
_STATEMENT_OF = "the statement “{}” issued, named before"
# the reason given for the issuer of a statement named in the sentence of its words
ISSUED_HERE = "a statement issued in its sentence by"
_STATEMENT_VERB = re.compile(r"[’']?s?\s*,?\s+(?:calling|saying|urging|accusing|describing|demanding"
                             r"|warning|condemning|denouncing)\b")
_STOP = re.compile(rf"[.?!][{_CLOSING}')\]]*\s")
_GAP_AFTER = re.compile(r"[\s,—–-]*")
_BLANKS = re.compile(r"\s*")
# a sentence that opens on 'he' or 'she' and a verb: 'And she offers', 'He insisted'
_OPENING_PRONOUN = re.compile(r"\s*(?:(?:And|But|So|Then|Now|Still|Yet)\s+)?([Hh]e|[Ss]he)\s+[a-z]")
# what stands right before a participle that continues its sentence's clause
_BEFORE_PARTICIPLE = re.compile(r"(?:[,—–-]|\bby|\band)\s*$")
# the noun a state or a body's name may qualify: 'US citizen', 'Home Office letter', "U.S.
# military's"
_QUALIFIED = re.compile(r"\s+([a-z]+)([’']s)?\s+")
# a verb right after a name, or after an apposition: 'Susan Cohen, the mother of …, thought'
_VERB_NEXT = re.compile(r"(?:,[^,“”\"]{1,80},)?\s+[a-z]")
# a place or a time that opens a sentence, set off by a comma: 'In McLean, Virginia,', 'On Monday,'
_SETTING_FIRST = re.compile(r"^(?:In|At|On|From|Outside|Inside|Near|After|Before|During|Later|Earlier)"
                            r"\s[^“”\"]*$")
_BACK = 4  # paragraphs a pronoun may look back for its person
_NOT_SUBJECTS = {"that", "which", "and", "or", "but", "it", "as", "so", "than", "this", "what",
                 "who", "x"}


# a sentence that opens on someone unnamed: 'Another man from Istanbul decided …'
_SOMEONE_OPENS = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][{_CLOSING}]\s))((?:A|An|Another|One)\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?[a-z]+(?:\s+(?:from|in)\s+[A-Z][\w-]*)?)"
                            r"(?=\s+[a-z])", re.MULTILINE)
# nouns for people who speak without a name: 'a U.S. official', 'one student', 'residents'
_PEOPLE = ROLE_NOUNS | {
    "source", "resident", "witness", "expert", "man", "woman", "person", "people", "student",
    "voter", "worker", "protester", "protestor", "farmer", "fisherman", "fishermen", "soldier",
    "teacher", "parent", "mother", "father", "member", "supporter", "critic", "observer",
    "journalist", "reporter", "lawyer", "neighbor", "neighbour", "survivor", "refugee", "migrant",
    "police", "authorities", "user", "owner", "employee", "staffer", "aide", "insider",
    "participant", "organizer", "organiser", "leader", "doctor", "nurse", "villager", "citizen",
    "shopkeeper", "driver", "passenger", "victim", "relative", "friend", "colleague", "girl", "boy",
    "child", "children", "men", "women", "group", "someone", "one", "team", "attacker", "gunman",
    "suspect", "assailant", "charges", "indictment", "report", "statement", "letter", "complaint",
    "lawsuit", "filing", "ruling", "petition", "prisoner", "inmate", "detainee", "demonstrator",
    "official", "veteran", "author", "poster", "blogger", "commenter", "commentator",
}


def _someone(phrase: str) -> bool:
    """Whether a phrase describes people who can speak: 'a senior official', 'a graduate student
    at Georgetown University', not 'the list'."""
    lowered = phrase.lower()
    first = re.split(r"\s(?:at|in|of|for|from|with|who|which|on|that|to)\s", lowered)[0]
    for part in (lowered, first):
        words = re.findall(r"[a-z]+", part)
        head = words[-1] if words else ""
        if head in _PEOPLE or head.rstrip("s") in _PEOPLE or head.removesuffix("es") in _PEOPLE:
            return True
    return False


# people named by a word that is plural without an s: 'the police', 'local people'
_MANY = frozenset({"people", "police", "men", "women", "children", "authorities", "staff",
                   "crowd", "public"})


def _plural(phrase: str) -> bool:
    """Whether a description of people is of more than one: 'the authorities', 'two senior
    officials', 'witnesses in the square'; not 'a witness', 'the empress'."""
    first = re.split(r"\s(?:at|in|of|for|from|with|who|which|on|that|to)\s", phrase.lower())[0]
    words = re.findall(r"[a-z]+", first)
    head = words[-1] if words else ""
    if head in _MANY:
        return True
    if head in _PEOPLE or not head.endswith("s") or head.endswith("ss"):
        return False
    return any(stem in _PEOPLE for stem in (head[:-1], head[:-2], head[:-3] + "y"))


# the rest of a clause up to its verb: 'prisoners are' (saying), 'international students …'
_CLAUSE = re.compile(rf"([a-z][^,;:{_DOUBLE}]{{2,80}}?)\s+(?:(?:are|is|were|was)\s+)?$")


def _people_first(phrase: str) -> bool:
    """A phrase whose first words name people: 'international students about to …', 'prisoners'."""
    for word in re.findall(r"[a-z]+", phrase.lower())[:3]:
        if word in _PEOPLE or (word.endswith("s") and word[:-1] in _PEOPLE):
            return True
        if word in ("the", "a", "an", "of", "to", "in", "about"):
            return False
    return False


@dataclass
class Frame:
    """A speech verb and who it says spoke: a mention, a pronoun or an unnamed someone."""

    verb_start: int
    verb_end: int
    verb: str
    subject_start: int
    subject_end: int
    speaker: str | None  # resolved actor key, or None
    subject: str  # the words as written: 'Blinken', 'he', 'a U.S. official'
    how: str
    # a speaker the article describes without naming ('a U.S. official'), and the organization
    # it speaks for when the article says ('a spokeswoman for the cinema chain, Kino Velmora')
    source: str | None = None
    organization: str | None = None


@dataclass
class Attribution:
    speaker: str | None
    how: str  # why this speaker, for the reviewer
    frame: Frame | None = None
    source: str | None = None  # an unnamed speaker as the article describes them
    organization: str | None = None  # whom that source speaks for


class Speakers:
    def __init__(self, text: str, masked: str, paras: list[Paragraph], sents: list[Sentence],
                 quotes: list[Quote], mentions: list[Mention]):
        self.text, self.masked, self.paras, self.sents = text, masked, paras, sents
        self.quotes, self.mentions = quotes, mentions
        self.kinds = {m.key: m.kind for m in mentions}
        self._offices: dict[str, tuple[list[int], list[str], list[int]]] = {}
        # looked up by bisection: an article may hold thousands of quotes, mentions and verbs
        self._closes = sorted(q.close_at for q in quotes)
        self._mention_starts = [m.start for m in mentions]  # mentions come in order
        # what a sentence's own words say, read once for all the quotes in it
        self._subjects: dict[int, Attribution | None] = {}
        self._statements: dict[int, tuple[list[Mention], list[int]]] = {}
        # the subject each sentence opens on, for its participles and colons
        self._opening: dict[int, Mention | re.Match[str] | None] = {}
        # the last quote ending in each paragraph, and the last of those with a speaker
        self._last_in: dict[int, int] = {}
        self._last_said: dict[int, int] = {}
        # each statement the article tells of and its issuer: read once, when a quote is given
        # to 'the statement'
        self._issued: list[tuple[int, Mention | None]] | None = None
        # what a pronoun looks back for, each read once in a forward pass: where each paragraph
        # starts, where a sentence opens on someone unnamed, and for each frame and each mention
        # the last one up to it of a person (True) or a body (False); the mentions that open
        # their sentence are read when a pronoun first asks
        self._para_starts = [p.start for p in paras]
        self._someone_starts = [m.start() for m in _SOMEONE_OPENS.finditer(masked)]
        self._speaking: dict[bool, list[int]] = {True: [], False: []}
        self._named: dict[bool, list[int]] = {
            person: _last_each([m.kind in _PRONOUN_KINDS[person] for m in mentions])
            for person in (True, False)}
        self._subject_or_not: tuple[list[int], list[int]] | None = None
        self._far: dict[bool, list[int]] = {}
        self.frames: list[Frame] = []
        for m in _VERB.finditer(masked):
            frame = self._frame(m)
            if frame is not None:
                self.frames.append(frame)
                for person, last in self._speaking.items():
                    speaks = bool(frame.speaker) and self.kinds.get(
                        frame.speaker or "") in _PRONOUN_KINDS[person]
                    last.append(len(self.frames) - 1 if speaks else last[-1] if last else -1)
        # for each frame, the last one up to it that names a speaker or a source, and the first
        # one from it that names a speaker: many frames in one sentence are not read per quote
        self._said_upto: list[int] = []
        for i, f in enumerate(self.frames):
            self._said_upto.append(i if f.speaker or f.source else
                                   self._said_upto[-1] if self._said_upto else -1)
        self._named_from = [len(self.frames)] * (len(self.frames) + 1)
        for i in range(len(self.frames) - 1, -1, -1):
            f = self.frames[i]
            self._named_from[i] = i if f.speaker and f.how == "named" else self._named_from[i + 1]
        # the full stops of the writer's text, and for the quotes in order of their opening the
        # least close of each and those after it
        # 'George W. Bush', 'U.S. nuclear policy', 'Mr. Ahern': no full stop
        self._stops = [(m.start(), m.end()) for m in _STOP.finditer(masked)
                       if not ABBREVIATION.search(masked, max(0, m.start() - 12), m.start() + 1)]
        self._stop_starts = [start for start, _ in self._stops]
        self._opens = [q.open_at for q in quotes]
        self._least_close = [q.close_at for q in quotes]
        for i in range(len(quotes) - 2, -1, -1):
            self._least_close[i] = min(self._least_close[i], self._least_close[i + 1])
        self._came_from: dict[int, Mention | None] = {}

    def _paragraph_of(self, position: int) -> int:
        i = bisect.bisect_right(self._para_starts, position) - 1
        return i if i >= 0 and position <= self.paras[i].end else len(self.paras) - 1

    def _frame(self, m: re.Match) -> Frame | None:
        v0, v1, verb = m.start(), m.end(), m.group(0)
        if re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", self.masked[max(0, v0 - 5):v0]):
            return None  # 'the alleged fighting', 'a reported attack': an adjective, no speech
        sentence = self.sents[sentence_at(self.sents, v0)]
        floor = sentence.start
        # never look back across a quote: the last one to close before the verb
        k = bisect.bisect_right(self._closes, v0) - 1
        if k >= 0 and self._closes[k] >= floor:
            floor = self._closes[k]
        # 'The attacker allegedly told', 'A Navy official was reported as saying'
        before = _HEDGE.sub(" ", self.masked[floor:v0])
        if verb != "according to":
            # a mention that starts at the verb or after it cannot name its speaker
            for i in range(bisect.bisect_left(self._mention_starts, v0) - 1, -1, -1):
                mention = self.mentions[i]
                # 'the International Committee of the Red Cross (ICRC) said'
                # 'Al-Majid is reported to have said': the hedge stands between name and verb
                # every reading of the gap below holds a few hundred characters at most: a name
                # further back is not read again for each verb of a long sentence
                gap = "" if v0 - mention.end > _GAP_MOST else _HEDGE.sub(
                    " ", re.sub(r"^\)", "", self.masked[mention.end:v0]))
                if floor <= mention.start and mention.end <= v0 and (_GAP.match(gap) or (
                        mention.kind == "person" and verb not in _PARTICIPLES
                        and (_GAP.match(gap.replace(",", "", 1))
                             or _OPEN_APPOSITION.match(gap) or (
                                 _LONG_APPOSITION.match(gap) and not any(
                                     x.kind == "person" for x in self.mentions[
                                         i + 1:bisect.bisect_left(self._mention_starts, v0)]))))) and \
                        not OBJECT_BEFORE.search(self.masked, max(floor, mention.start - 12),
                                                  mention.start) and \
                        not _SEEN_BY.search(self.masked, max(floor, mention.start - 20), mention.start):
                    if re.search(r"[^\s,;]\s+(?:and|or)\s+(?:the\s+)?$",
                                 self.masked[max(floor, mention.start - 12):mention.start]):
                        # 'the OIE and the Food and Agriculture Organization have stated': two
                        # speakers, and a quote has one; the reviewer decides
                        return Frame(v0, v1, verb, mention.start, mention.end, None,
                                     self.text[mention.start:mention.end],
                                     "one of two or more named together")
                    behalf = _ON_BEHALF_OF.search(self.masked, max(floor, mention.start - 100),
                                                  mention.start)
                    if behalf:
                        # 'a spokesman for Russian President Vladimir Putin called': not Putin
                        phrase = " ".join(self.text[behalf.start():mention.end].split())
                        return Frame(v0, v1, verb, behalf.start(), mention.end, None, phrase,
                                     "speaks for", phrase,
                                     mention.key if mention.kind != "person" else None)
                    return Frame(v0, v1, verb, mention.start, mention.end, mention.key,
                                 self.text[mention.start:mention.end], "named")
                if mention.kind == "organization" and i > 0 and _GAP.match(gap):
                    # 'Muhammad Alwi of the Indonesian Transportation Ministry said': the person
                    # the body is named after speaks
                    of = self.mentions[i - 1]
                    if of.kind == "person" and floor <= of.start and re.fullmatch(
                            r"\s+of\s+(?:the\s+)?", self.masked[of.end:mention.start]):
                        return Frame(v0, v1, verb, of.start, of.end, of.key,
                                     self.text[of.start:of.end], "named")
                if mention.end <= floor:
                    break
            if verb in _PARTICIPLES:
                issuer = self._issuer("statement", v0) if re.search(
                    r"\bstatement\s*,?\s*$", self.masked[max(floor, v0 - 16):v0]) else None
                if issuer is not None:
                    # 'Christian Aid issued a statement saying, “…”': the statement's words
                    return Frame(v0, v1, verb, issuer.start, issuer.end, issuer.key,
                                 self.text[issuer.start:issuer.end],
                                 f"{ISSUED_HERE} “{issuer.name}”")
                participle = self._participle_subject(v0, v1, verb)
                if participle is not None or verb != "saying":
                    # 'a message stating', 'one poster writing': read by no other rule
                    return participle
            who = _WHO.search(before)
            if who:
                near = [x for x in self.mentions if x.end <= floor + who.start()
                        and floor <= x.start and x.kind == "person"]
                if near:
                    x = near[-1]
                    return Frame(v0, v1, verb, x.start, x.end, x.key, self.text[x.start:x.end],
                                 "named")
            pronoun = _PRONOUN.search(before)
            if pronoun:
                s = floor + pronoun.start(1)
                word = pronoun.group(1).lower()
                speaker, how, last = self._resolve_pronoun(word, s)
                return Frame(v0, v1, verb, s, s + len(word), speaker, pronoun.group(1), how,
                             last.source if last else None, last.organization if last else None)
            definite = _DEFINITE.search(before)
            if definite and not re.search(r"\s{2,}|\n", definite.group(0)):
                s = floor + definite.start()
                noun = definite.group(2)
                issuer = self._issuer(noun, s)
                if issuer is not None:
                    return Frame(v0, v1, verb, s, floor + definite.end(1), issuer.key,
                                 definite.group(0).strip(), _STATEMENT_OF.format(issuer.name))
                speaker = self._resolve_definite(noun, s)
                phrase = definite.group(0).strip()
                if speaker is None and _someone(noun):
                    # 'the student said' after 'a graduate student said': the same source
                    same = [f for f in self.frames if f.source and noun.lower() in f.source.lower()]
                    if same:
                        return Frame(v0, v1, verb, s, floor + definite.end(1), None, phrase,
                                     f"the same {noun} as before", same[-1].source,
                                     same[-1].organization)
                # 'the student said' is a source; 'the president said' is someone the article
                # named, whom the rules did not find: left to the reviewer, not made a source
                return Frame(v0, v1, verb, s, floor + definite.end(1), speaker, phrase,
                             "refers back to an organization named earlier" if speaker else "unnamed",
                             phrase if speaker is None and _someone(noun)
                             and noun.lower() not in ROLE_NOUNS else None)
        if verb in INVERTIBLE:
            after = self.masked[v1:v1 + 200]
            lead = len(after) - len(after.lstrip())
            # 'said Kirby' follows a quote, a comma or nothing; 'State Department officials said
            # U.S. officials “…”' has its subject before the verb, and the name after it is none
            inverted = verb == "according to" or _NOTHING_BEFORE.search(before) is not None
            skip = -1
            for k, mention in enumerate(self.mentions if inverted else ()):
                if mention.start < v1 + lead or lead == 0 or k == skip:
                    continue
                gap = self.masked[v1 + lead:mention.start]
                role = role_before(self.text, mention.start)
                after_it = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
                if not gap and mention.kind != "person" and after_it is not None \
                        and after_it.kind == "person" and after_it.start - v1 < 120:
                    office = role_before(self.text, after_it.start)
                    if office and self.masked[v1 + lead:after_it.start].strip() == office:
                        # 'states White House Press Secretary Dana Perino': the body opens the
                        # office of the person named, who speaks
                        mention, gap, role = after_it, office + " ", office
                        skip = k + 1
                if not gap or re.fullmatch(r"[Tt]he\s+", gap) and mention.kind != "person" or (
                        re.fullmatch(r"(?:Mr|Mrs|Ms|Dr)\.?\s+", gap) and mention.kind == "person") or (
                        role and gap.strip().endswith(role) and (len(gap) < 50 or _OFFICE.fullmatch(gap))
                        and not re.search(r"[,;:.]", gap) and not re.match(r"\s*that\b", gap)) \
                        or _APPOSITION.fullmatch(gap) or (
                            mention.kind == "person" and _TRADE_BEFORE.fullmatch(gap)
                            and (gap.split()[-1] in _PEOPLE
                                 or not _NO_TRADE.intersection(gap.split()))) or (
                            mention.kind == "person" and _RANK_BEFORE.fullmatch(gap)
                            and ABBREVIATION.search(gap.rstrip())):
                    return Frame(v0, v1, verb, mention.start, mention.end, mention.key,
                                 self.text[mention.start:mention.end], "named")
                break
            if verb == "according to" or (re.match(r"\s+(?:a|an|the|one)\s", after) and re.search(
                    r"(?:^|[,”\"—–])\s*$", before)):
                words = re.match(r"\s+([^,.;“”\"]{1,100})(?=[,.;“”\"]|$)", after) or re.match(
                    r"\s+((?:[^\s,.;“”\"]+\s+){0,12}[^\s,.;“”\"]+)", after)
                subject = words.group(1).strip() if words else ""
                speaker = None
                definite = re.match(r"\s+[Tt]he\s+([A-Za-z][\w-]*)(?![\w-]*\s+[A-Z])", after)
                issuer = self._issuer(definite.group(1), v1) if definite else None
                if issuer is not None:
                    # 'according to the statement': whoever issued it
                    return Frame(v0, v1, verb, v1 + lead, v1 + lead + len(subject), issuer.key,
                                 subject, _STATEMENT_OF.format(issuer.name))
                if definite:
                    speaker = self._resolve_definite(definite.group(1), v1)
                end = v1 + lead + len(subject) + 40
                for x in self.mentions:
                    # 'emailed an international student who identified himself as @Vince Vela Nova'
                    if v1 < x.start < end and x.kind == "person" and re.search(
                            r"\b(?:named|called|identified (?:himself|herself|themselves) as)\s+$",
                            self.masked[v1:x.start]):
                        return Frame(v0, v1, verb, x.start, x.end, x.key,
                                     self.text[x.start:x.end], "named")
                return Frame(v0, v1, verb, v1 + lead, v1 + lead + len(subject), speaker, subject,
                             "refers back to an organization named earlier" if speaker else "unnamed",
                             None if speaker or not _someone(subject) else subject)
        before = _TRAILING_APPOSITION.sub(" ", before)
        spokes = _SPOKESPERSON.search(before)
        if spokes:
            # 'a spokeswoman for the cinema chain, Kino Velmora, said': the organization speaks
            orgs = [x for x in self.mentions if floor <= x.start and x.end <= v0
                    and x.kind in ("organization", "state")]
            if orgs:
                x = orgs[-1]
                phrase = " ".join(spokes.group(0).split())
                return Frame(v0, v1, verb, floor + spokes.start(), v0, None, phrase, "speaks for",
                             phrase, x.key)
        unnamed = _UNNAMED.search(before)
        if unnamed and unnamed.group(0).split()[-1].lower() not in _NOT_SUBJECTS:
            phrase = " ".join(unnamed.group(0).split())
            return Frame(v0, v1, verb, floor + unnamed.start(), v0, None, phrase, "unnamed",
                         phrase if _someone(phrase) else None)
        plural = re.search(r"(?:^|[,;:—–]\s+|(?<![A-Z])\.\s+)([A-Z]?[a-z]+s)\s+$", before)
        if plural and plural.group(1).lower()[:-1] in _PEOPLE:
            # 'Astronomers say': people by their trade, no one named
            phrase = plural.group(1)
            return Frame(v0, v1, verb, floor + plural.start(1), v0, None, phrase, "unnamed", phrase)
        # 'international students about to start school in the U.S. asked themselves': a clause
        # that opens with people, named by no one, speaks as a described source
        starts = [m.end() for m in re.finditer(r"(?:^|[,;:—–]\s+|(?<![A-Z])\.\s+|\bthat\s+)(?=[a-z])",
                                               before)]
        clause = _CLAUSE.match(before, starts[-1]) if starts else None
        if clause and _people_first(clause.group(1)):
            phrase = " ".join(clause.group(1).split())
            return Frame(v0, v1, verb, floor + clause.start(1), v0, None, phrase, "unnamed", phrase)
        return None

    def _participle_subject(self, v0: int, v1: int, verb: str) -> Frame | None:
        """`Mr. Ahern started his speech by saying “…”`, `Bollinger opened the debate addressing
        critics, stating that “…”`: a participle speaks for the subject its sentence opens on, not
        for the last name before it ('criticized Roe, saying' is not Roe's)."""
        sentence = self.sents[sentence_at(self.sents, v0)]
        if not _BEFORE_PARTICIPLE.search(self.masked, max(sentence.start, v0 - 8), v0):
            return None  # 'the law saying': a noun the participle describes, no speaker
        # the same for every participle of the sentence: read once
        if sentence.start not in self._opening:
            self._opening[sentence.start] = self._opens_on(sentence.start, sentence.end, True)
        opens = self._opening[sentence.start]
        if isinstance(opens, Mention):
            if opens.kind == "state" or opens.end > v0:
                return None
            return Frame(v0, v1, verb, opens.start, opens.end, opens.key,
                         self.text[opens.start:opens.end], "named")
        if opens is not None:
            at = opens.start(1)
            speaker, how, last = self._resolve_pronoun(opens.group(1).lower(), at)
            return Frame(v0, v1, verb, at, at + len(opens.group(1)), speaker, opens.group(1),
                         how, last.source if last else None, last.organization if last else None)
        return None

    def _resolve_pronoun(self, word: str, position: int) -> tuple[str | None, str, Frame | None]:
        """The actor a pronoun stands for, why, and the frame of an unnamed speaker it continues.
        Each look back is a bisection into what the forward passes read, so that a pronoun costs
        the same however long its paragraph (a page pasted on one line)."""
        if word == "they":
            return None, "'they' is not resolved", None
        person = word in ("he", "she")
        here = self._paragraph_of(position)
        if person:
            # 'Another man from Istanbul decided … “…,” he said': someone the paragraph
            # introduces without a name, and no one named after him
            para = self.paras[max(0, here - 1)]
            someone = self._someone_before(para.start, position)
            after = bisect.bisect_left(self._mention_starts, someone.end()) if someone else 0
            if someone and _someone(someone.group(1)) and not (
                    after < len(self.mentions) and self.mentions[after].start < position):
                phrase = " ".join(someone.group(1).split())
                at = someone.start(1)
                return None, f"'{word}' is {phrase}", Frame(at, at, "", at, at, None, phrase,
                                                            "unnamed", phrase)
        for p in (here, here - 1):
            if p < 0:
                break
            para = self.paras[p]
            upto = min(position, para.end + 1)
            k = bisect.bisect_left(self.frames, upto, key=_verb_start) - 1
            last = self.frames[k] if k >= 0 and self.frames[k].verb_start >= para.start else None
            # 'he' is one person, never 'the authorities' or 'officials' the paragraph had speak
            if last is not None and last.source and person and not _plural(last.source):
                return None, f"'{word}' is the last speaker, {last.source}", last
            speaker = self._last_speaker(para.start, upto, person)
            if speaker is not None:
                return speaker.speaker, f"'{word}' is the last named speaker", None
            limit = min(position, para.end)
            if person:
                subjects, others = self._openers()
                subject = self._last_mention(subjects, para.start, limit)
                if subject is not None and self._last_mention(others, para.start, limit):
                    # 'Seri Bahy, an adviser to the president, denied that Mr. Gbagbo …. “…,” he
                    # said': the person the sentence is about, not the last one it names
                    return subject.key, f"'{word}' is the subject of the sentence before", None
            named = self._last_mention(self._named[person], para.start, limit)
            if named and named.kind == "state" and word == "it":
                # 'Jordan's state news agency, Petra, identified … It says': a state named, and
                # not as a speaker, is seldom what speaks as 'it'; the body the rules did not read is
                return None, f"'it' may be the last state named, {named.name}: left to review", None
            if named:
                return named.key, f"'{word}' is the last {named.kind} named", None
        # further back, a few paragraphs at most (a digest of briefs changes story): the last
        # speaker of that kind, else the last one of that kind named
        floor = self.paras[max(0, here - _BACK)].start
        speaker = self._last_speaker(floor, position, person)
        if speaker is not None:
            return speaker.speaker, f"'{word}' is the last named speaker, {ACROSS}", None
        named = self._last_mention(self._far_back(person), floor, position)
        if named and named.kind == "state" and word == "it":
            return None, f"'it' may be the last state named, {named.name}: left to review", None
        if named:
            return named.key, f"'{word}' is the last {named.kind} named, {ACROSS}", None
        return None, f"no one named before '{word}'", None

    def _someone_before(self, start: int, position: int) -> re.Match[str] | None:
        """The last sentence in text[start:position] that opens on someone unnamed, read as if
        the text ended at `position`: one that runs past it is none."""
        k = bisect.bisect_left(self._someone_starts, position) - 1
        while k >= 0 and self._someone_starts[k] >= start:
            found = _SOMEONE_OPENS.match(self.masked, self._someone_starts[k], position)
            if found is not None:
                return found
            k -= 1
        return None

    def _last_speaker(self, start: int, end: int, person: bool) -> Frame | None:
        """The last frame whose verb starts in [start, end) and whose speaker is a person (or,
        not `person`, a body)."""
        k = bisect.bisect_left(self.frames, end, key=_verb_start) - 1
        i = self._speaking[person][k] if k >= 0 else -1
        return self.frames[i] if i >= 0 and self.frames[i].verb_start >= start else None

    def _last_mention(self, last: list[int], start: int, end: int) -> Mention | None:
        """The last mention within [start, end) of those `last` indexes (for each mention, the
        last one up to it of a kind)."""
        k = bisect.bisect_left(self._mention_starts, end) - 1
        i = last[k] if k >= 0 else -1
        while i >= 0 and self.mentions[i].start >= start and self.mentions[i].end > end:
            i = last[i - 1] if i > 0 else -1  # it runs past the end: the one before it
        return self.mentions[i] if i >= 0 and self.mentions[i].start >= start else None

    def _far_back(self, person: bool) -> list[int]:
        """For each mention, the last one up to it that a pronoun paragraphs on may stand for:
        of the pronoun's kind, and no person named only after 'of': read once, when first asked."""
        if person not in self._far:
            self._far[person] = _last_each([
                m.kind in _PRONOUN_KINDS[person]
                and not (m.kind == "person" and self._of_complement(m)) for m in self.mentions])
        return self._far[person]

    def _openers(self) -> tuple[list[int], list[int]]:
        """For each mention, the last person up to it who opens their sentence, and the last
        who does not: read once, when a pronoun first asks."""
        if self._subject_or_not is None:
            opens = [m.kind == "person" and self._opens_sentence(m) for m in self.mentions]
            self._subject_or_not = (_last_each(opens), _last_each(
                [m.kind == "person" and not o for m, o in zip(self.mentions, opens, strict=True)]))
        return self._subject_or_not

    def _issuer(self, noun: str, position: int) -> Mention | None:
        """'the statement': whoever issued the last statement the article tells of before, within
        a few paragraphs ('The Kremlin issued a statement', 'ISAF officials said in a statement');
        no one when the words that tell of it name no one the rules read."""
        if noun.lower() != "statement":
            return None
        if self._issued is None:
            self._issued = self._statements_issued()
        k = bisect.bisect_right(self._issued, position, key=lambda issued: issued[0]) - 1
        if k < 0 or self._issued[k][1] is None:
            return None
        end, m = self._issued[k]
        near = self.sents[sentence_at(self.sents, position)].paragraph - _BACK
        return m if self.sents[sentence_at(self.sents, end - 1)].paragraph >= near else None

    def _statements_issued(self) -> list[tuple[int, Mention | None]]:
        """Where each statement the article tells of is told of, and who issued it, if a name
        the rules read: 'The Kremlin issued a statement', 'the ministry said in a statement', "the
        ministry's statement", 'In a statement released Tuesday, the Kremlin said', 'a statement
        from the Kremlin'. 'The statement' refers back to one, and tells of none."""
        found: list[tuple[int, Mention | None]] = []
        for w in re.finditer(r"\bstatement\b", self.masked):
            sentence = self.sents[sentence_at(self.sents, w.start())]
            issuer = None
            # the words between a name and the statement it issued are few: a window around
            # each keeps a paragraph of many statements and names linear
            for m in self._mentions_in(max(sentence.start, w.start() - 300),
                                       min(sentence.end, w.end() + 100)):
                if m.end <= w.start():
                    issues = _ISSUES.match(self.masked, m.end)
                    if issues is not None and issues.end() == w.end():
                        issuer = m
                elif m.start >= w.end():
                    if _ISSUED_IN.match(self.masked, sentence.start, m.start) or (
                            _STATEMENT_FROM.match(self.masked, w.start(), m.start)):
                        issuer = m
                    break
            if issuer is not None or not re.search(r"\b[Tt]he\s+$",
                                                   self.masked[max(0, w.start() - 4):w.start()]):
                found.append((w.end(), issuer))
        return found

    def _holders(self, noun: str) -> tuple[list[int], list[str], list[int]]:
        """The people the article gives an office ('the senator' for 'Senate Republican leader
        Mitch McConnell' too), read once per office: where each mention ends, whose it is, and
        how many people held it up to there."""
        found = self._offices.get(noun)
        if found is None:
            ends: list[int] = []
            keys: list[str] = []
            counts: list[int] = []
            seen: set[str] = set()
            for m in self.mentions:
                if m.kind != "person" or not m.key:
                    continue
                role = role_around(self.text, m.start, m.end) or ""
                if any(w == noun or (len(noun) > 5 and w[:5] == noun[:5])
                       for w in role.lower().replace("-", " ").split()):
                    seen.add(m.key)
                    ends.append(m.end)
                    keys.append(m.key)
                    counts.append(len(seen))
            found = self._offices[noun] = (ends, keys, counts)
        return found

    def _resolve_definite(self, noun: str, position: int) -> str | None:
        """'the ministry': the last organization named with that word; 'the senator': the last
        person the article gave that role."""
        noun = noun.lower()
        for m in reversed(self.mentions):
            if m.end <= position and m.kind == "organization" and noun in m.name.lower():
                return m.key
        if noun in ROLE_NOUNS:
            holders = self._holders(noun)
            n = bisect.bisect_right(holders[0], position)
            if n:
                # two people given the office before ('President Bush met President Putin'):
                # 'the president' is either, left to the reviewer
                return holders[1][n - 1] if holders[2][n - 1] == 1 else None
            # 'The new president of the Philippines has promised …. Rodrigo Duterte was sworn in
            # Thursday.': a lead that opens on the role and names the person next
            for i, sentence in enumerate(self.sents[:-1]):
                if sentence.start >= position:
                    break
                if re.match(rf"\s*[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}{noun}\b",
                            self.masked[sentence.start:sentence.end]):
                    following = self.sents[i + 1]
                    first = next((m for m in self.mentions
                                  if following.start <= m.start < following.end), None)
                    if first is not None and first.kind == "person" and first.end <= position \
                            and not self.masked[following.start:first.start].strip():
                        return first.key
        return None

    # --- quotes ---------------------------------------------------------------------------------

    def attribute(self) -> list[Attribution]:
        out: list[Attribution] = []
        for i, q in enumerate(self.quotes):
            a = self._inner(q, out) if q.nested else self._reported(q, self._attribute(i, q, out))
            out.append(a)
            self._last_in[q.last_paragraph] = i
            if a.speaker or a.source:
                self._last_said[q.last_paragraph] = i
        return out

    def _reported(self, q: Quote, a: Attribution) -> Attribution:
        """`He said Russia had claimed Crimea “as an act of force”`: the words stand in what the
        outer speaker says, in their words, not in the one they report, whose verb introduces
        them. The outer frame is in the same sentence before the words, its verb right before
        the reported one's subject, with a 'that' or nothing between."""
        frame = a.frame
        if frame is None or not (frame.subject_start < frame.verb_start
                                 and frame.verb_end <= q.open_at):
            return a
        lo = self.sents[sentence_at(self.sents, frame.subject_start)].start
        for f in self.frames[bisect.bisect_left(self.frames, lo, key=_verb_start):]:
            if f.verb_end > frame.subject_start:
                return a
            if lo <= f.subject_start and f.subject_end <= f.verb_start and _THAT_GAP.fullmatch(
                    self.text, f.verb_end, frame.subject_start):
                return _by_frame(f, f"“{f.subject} {f.verb}” before the quote, reporting "
                                    f"“{frame.subject} {frame.verb}”")
        return a

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end), found by bisection."""
        return self.mentions[bisect.bisect_left(self._mention_starts, start):
                             bisect.bisect_left(self._mention_starts, end)]

    def _ink_before(self, start: int, end: int) -> int:
        """The last character before `end`, from `start` on, that is not blank, else start - 1.
        The blanks right before a quotation mark lead to that quote alone, so walking them for
        every quote reads each character a bounded number of times."""
        k = end
        while k > start and self.masked[k - 1].isspace():
            k -= 1
        return k - 1

    def _said_of(self, start: int, end: int) -> tuple[str, int] | None:
        """'him' or 'her' and where, if _SAID_OF ends masked[start:end]: read over the few
        words it can span, not the whole sentence before every quote in it."""
        last = self._ink_before(start, end)
        lo = last - 3  # 'him', and one character before it for the word boundary
        if self.masked[max(start, last - 3):last + 1] in ("feel", "look", "seem"):
            lo = self._ink_before(start, last - 3) - 3
        lo = max(start, lo)
        found = _SAID_OF.search(self.masked[lo:end])
        return None if found is None else (found.group(1), lo + found.start(1))

    def _inner(self, q: Quote, done: list[Attribution]) -> Attribution:
        """Words quoted inside a quotation: the speaker's own thought ('My first thought was, ‘Oh,
        my God …’'), or someone the speaker describes ('a little girl said to me, ‘…’')."""
        outer = next((j for j, x in enumerate(self.quotes[:len(done)])
                      if not x.nested and x.start <= q.open_at and q.close_at <= x.end), None)
        if outer is None:
            return Attribution(None, "words quoted inside another quotation")
        before = self.text[self.quotes[outer].start:q.open_at]
        whole = not before.strip() and not self.text[q.close_at:self.quotes[outer].end].strip()
        if whole or re.search(r"\b(?:[Mm]y (?:first |only )?(?:thought|reaction) was|I (?:thought|said|told "
                     r"\w+|asked|wrote|was like)|I (?:just )?(?:kept )?thinking),?\s*$", before):
            a = done[outer]
            return Attribution(a.speaker, "the speaker's own words, quoted in their quotation",
                               None, a.source, a.organization)
        told = re.search(r"(?:^|[.,;:!?]\s+|\b(?:had|you had|there was|there were)\s+)((?:[Aa]n?|[Tt]he|"
                         r"[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any)\s+[^,.;:!?]{2,60}?)\s+((?:[\w,]+\s+){0,3}?)"
                         r"(?:said|says|asked|asks|told|tells|shouted|yelled|like)\b[^.;!?]{0,20}?[,:]?\s*$",
                         before)
        if told:
            # 'a little girl said to me': the phrase, with the words up to the verb it may need
            words = told.group(2).replace(",", " ").split()
            for k in range(len(words) + 1):
                phrase = " ".join([*told.group(1).split(), *words[:k]])
                if _someone(phrase):
                    return Attribution(None, f"“{phrase}” in the quotation around it", None,
                                       phrase)
        return Attribution(None, "words quoted inside another quotation")

    def _attribute(self, index: int, q: Quote, done: list[Attribution]) -> Attribution:
        at_open = sentence_at(self.sents, q.open_at)
        at_close = sentence_at(self.sents, max(q.open_at, q.end - 1))
        opening, closing = self.sents[at_open], self.sents[at_close]
        lo = bisect.bisect_left(self.frames, max(closing.start, q.close_at), key=_verb_start)
        hi = bisect.bisect_left(self.frames, closing.end, key=_verb_start)
        after = self.frames[lo:lo + 1] if lo < hi else []
        right_after: list[Frame] = []
        # nothing but blanks, commas and dashes between the quote and the frame; a frame past
        # the next quote to close has its subject past it too
        reach = self._past(_GAP_AFTER, q.close_at)
        k = bisect.bisect_right(self._closes, reach)
        bound = self._closes[k] if k < len(self._closes) else len(self.masked) + 1
        for i in range(lo, hi):
            f = self.frames[i]
            if f.verb_start >= bound:
                break
            if min(f.subject_start, f.verb_start) <= reach:
                right_after = [f]
                break
        # a frame a full stop parts from the quote ('… after the results were announced
        # Thursday. “But we know …”') speaks for it only when it names someone; a stop that
        # parts the last frame from it parts every frame before that one too
        lo = bisect.bisect_left(self.frames, opening.start, key=_verb_start)
        hi = bisect.bisect_left(self.frames, opening.end, key=_verb_start)
        k = bisect.bisect_right(self.frames, q.open_at, lo, hi, key=_verb_end)
        before: list[Frame] = []
        if k > lo:
            last = self.frames[k - 1]
            if last.speaker or last.source or not self._stop_in(last.verb_end, q.open_at):
                before = [last]
            elif k >= 2 and self._said_upto[k - 2] >= lo:
                before = [self.frames[self._said_upto[k - 2]]]
        para = self.paras[q.paragraph]
        if q.open_at == para.start:
            # a quotation standing as its paragraph, credited after a dash: '“…” – Mira Soll'
            credited = next((m for m in self._mentions_in(q.close_at + 1, q.close_at + 50)
                             if m.kind == "person" and CREDIT_AFTER_QUOTE.fullmatch(
                                 self.masked, q.close_at - 1, m.start)), None)
            if credited is not None:
                return Attribution(credited.key, f"credited after a dash: “{credited.name}”")
            if re.match(r"\s+[–—-]\s+[A-Z]", self.masked[q.close_at:q.close_at + 6]):
                return Attribution(None, "credited after a dash to a name the rules do not read")
        for frames, where in ((right_after, "after the quote"), (before, "before the quote"),
                              (after, "later in its sentence")):
            if frames:
                f = frames[0]
                return _by_frame(f, f"“{f.subject} {f.verb}” {where}" if f.subject_start < f.verb_start
                                 else f"“{f.verb} {f.subject}” {where}")
        colon = self._ink_before(opening.start, q.open_at)
        if colon >= opening.start and self.masked[colon] == ":":
            people = [m for m in self._mentions_in(opening.start, q.open_at)
                      if m.end <= q.open_at and m.kind == "person"]
            named = people[0] if people else None
            if len({m.key for m in people}) > 1:
                # 'It quoted critics like … Colin Yeo, and … Caitlin Boswell, with Boswell
                # stating: “…”': the one a participle right before the colon speaks for, else the
                # person the sentence opens on ('US citizen Susan Cohen, …, adding to CNN:'), or
                # none
                said = re.fullmatch(r"\s*(\w+)\s*", self.masked[people[-1].end:colon])
                named = people[-1] if said and said.group(1).lower() in _PARTICIPLES else None
                if named is None:
                    opener = self._opens_on(opening.start, colon, True, past_qualifier=True)
                    if isinstance(opener, Mention) and opener.key == people[0].key:
                        named = people[0]
                if named is None:
                    return Attribution(None, "introduced with a colon after more than one "
                                             "person named")
            if named is not None:
                return Attribution(named.key, f"introduced with a colon by “{named.name}”")
            if opening.start not in self._opening:
                self._opening[opening.start] = self._opens_on(opening.start, opening.end, True)
            opens = self._opening[opening.start]
            if opens is not None and not isinstance(opens, Mention) and opens.end() <= colon:
                # 'He framed questioning of the Holocaust as stifled academic debate: “…”'
                speaker, how, _ = self._resolve_pronoun(opens.group(1).lower(), opens.start(1))
                if speaker is not None:
                    # not 'introduced with a colon by': a pronoun is no name read
                    return Attribution(speaker, f"“{opens.group(1)}” before a colon: {how}")
        elif q.open_at == para.start and q.paragraph > 0:
            introduced = self._colon_paragraph(q.paragraph - 1)
            if introduced is not None:
                return introduced
        by = self._statement_by(opening, q)
        if by is not None:
            return by
        if q.fragment:
            subject = self._subject(opening)
            if subject is not None:
                return subject
            said_of = self._said_of(opening.start, q.open_at)
            if said_of:
                # 'the events made him “a lot more cautious”': his words for himself
                word = "he" if said_of[0] == "him" else "she"
                speaker, how, _ = self._resolve_pronoun(word, said_of[1])
                if speaker is not None:
                    return Attribution(speaker, f"said of “{said_of[0]}”: {how}")
            return Attribution(None, "a quoted phrase with no attribution in its sentence")
        if q.paragraph in self._last_said:
            a = done[self._last_said[q.paragraph]]
            return Attribution(a.speaker, "continues the quote before it", None, a.source,
                               a.organization)
        named_next = self._named_next(q, at_close)
        if named_next is not None:
            return named_next
        para = self.paras[q.paragraph]
        introduced = self._introduced_before(q, at_open)
        if introduced is not None:
            return introduced
        if q.open_at == para.start and q.paragraph > 0:
            earlier = self._last_in.get(q.paragraph - 1)
            last_sentence = self.sents[sentence_at(self.sents, self.paras[q.paragraph - 1].end - 1)]
            if earlier is not None and (done[earlier].speaker or done[earlier].source) and \
                    self.quotes[earlier].open_at >= last_sentence.start:
                a = done[earlier]
                return Attribution(a.speaker, "continues the quote ending the paragraph before",
                                   None, a.source, a.organization)
        return Attribution(None, "no attribution found in the text")

    def _colon_paragraph(self, index: int) -> Attribution | None:
        """`Acting Assistant Secretary … Stuart Jones gave the following statement on the
        report:` ending a paragraph, the quotation opening the next: the words of whoever the
        sentence before the colon has speak, else of the person it opens on."""
        para = self.paras[index]
        colon = self._ink_before(para.start, para.end)
        if colon < para.start or self.masked[colon] != ":":
            return None
        sentence = self.sents[sentence_at(self.sents, colon)]
        start = max(sentence.start, para.start)
        lo = bisect.bisect_left(self.frames, start, key=_verb_start)
        hi = bisect.bisect_left(self.frames, colon, key=_verb_start)
        for f in reversed(self.frames[lo:hi]):
            if f.speaker or f.source:
                how = f"“{f.subject} {f.verb}” before a colon ending the paragraph before"
                return Attribution(f.speaker, how, f, f.source, f.organization)
        for m in self._mentions_in(start, colon):
            if m.kind == "person" and not OBJECT_BEFORE.search(
                    self.masked, max(start, m.start - 12), m.start):
                return Attribution(m.key, f"introduced with a colon by “{m.name}”, the paragraph "
                                          "before")
        return None

    def _of_complement(self, mention: Mention) -> bool:
        """Whether a person is named only after 'of', with the role before the name: 'the
        administration of President Joe Biden' speaks of the administration, and a pronoun
        paragraphs on is not he."""
        role = role_before(self.text, mention.start)
        before = " ".join(self.masked[max(0, mention.start - 160):mention.start].split())
        if role and before.endswith(role):
            before = before[:-len(role)]
        return re.search(r"\bof\s*$", before) is not None

    def _opens_sentence(self, mention: Mention) -> bool:
        sentence = self.sents[sentence_at(self.sents, mention.start)]
        lead = self.masked[sentence.start:mention.start].strip(" \n,")
        # 'In McLean, Virginia, outside Washington, Ellis Richard Salvia gave': a place or a time
        # set before the subject, naming no one
        first = bisect.bisect_left(self._mention_starts, sentence.start)
        if not any(m.kind != "state" for m in self.mentions[first:bisect.bisect_left(
                self._mention_starts, mention.start)]):
            lead = _SETTING_FIRST.sub("", lead)
        return (not lead or lead == role_before(self.text, mention.start)) and bool(
            re.match(r"(?:,[^,“”\"]{1,80},)?\s+[a-z]", self.masked[mention.end:mention.end + 90]))

    def _statement_by(self, sentence: Sentence, q: Quote) -> Attribution | None:
        """`a statement issued by the Harbour Board calling on both sides to stop “…”`: the
        words of whoever the statement is by."""
        # which mentions of the sentence a statement is by does not depend on the quote: found
        # once for all the sentence's quotes
        if q.open_at > sentence.end:
            by, least_ends = self._statements_by(sentence.start, q.open_at)
        else:
            if sentence.start not in self._statements:
                self._statements[sentence.start] = self._statements_by(sentence.start, sentence.end)
            by, least_ends = self._statements[sentence.start]
        # the first of them, in the order of the article, to end before the quote
        k = bisect.bisect_left(least_ends, -q.open_at)
        if k < len(by):
            m = by[k]
            return Attribution(m.key, f"a statement by “{m.name}”")
        return None

    def _statements_by(self, start: int, end: int) -> tuple[list[Mention], list[int]]:
        """The mentions starting in [start, end) that a statement is by, and the least end of
        each and those before it, negated so that it rises."""
        by: list[Mention] = []
        least: list[int] = []
        for m in self._mentions_in(start, end):
            if m.kind != "state" and _STATEMENT_VERB.match(self.masked[m.end:m.end + 20]) and \
                    _STATEMENT_BY.search(self.masked[start:m.start]):
                by.append(m)
                least.append(max(-m.end, least[-1]) if least else -m.end)
        return by, least

    def _subject(self, sentence: Sentence) -> Attribution | None:
        if sentence.start not in self._subjects:
            self._subjects[sentence.start] = self._sentence_subject(sentence)
        found = self._subjects[sentence.start]
        # each quote its own: drafting edits a quote's attribution
        return None if found is None else replace(found)

    def _sentence_subject(self, sentence: Sentence) -> Attribution | None:
        """`She was excited when she got into Columbia “because …”`: a phrase quoted in a
        sentence whose subject is a person, with no speech verb, is that person's word."""
        opens = self._opens_on(sentence.start, sentence.end, past_qualifier=True)
        if isinstance(opens, Mention):
            return Attribution(opens.key, f"the subject of its sentence, “{opens.name}”")
        if opens is not None:
            speaker, how, _ = self._resolve_pronoun(opens.group(1).lower(), opens.start(1))
            # a phrase with no verb of saying, and a pronoun read only as the last person named
            # ('She pointed to the refreshment table with Campbell's Soup served with “electric”
            # Kool Aid'): two guesses, left to review
            if speaker is not None and " is the last person named" not in how:
                return Attribution(speaker, f"the subject of its sentence, “{opens.group(1)}”: {how}")
        return None

    def _opens_on(self, start: int, end: int, honorific: bool = False,
                  past_qualifier: bool = False) -> Mention | re.Match[str] | None:
        """The subject masked[start:end] opens on: 'he' or 'she' (the match), or a name followed
        by a verb, alone or after its role (or, with `honorific`, 'Mr.'); for an organization,
        after 'The'. A state or a body that only qualifies a noun ('US citizen Susan Cohen', 'The
        Home Office letter', 'The U.S. military's intelligence chief') is no subject; with
        `past_qualifier`, a person named right after that noun is."""
        pronoun = _OPENING_PRONOUN.match(self.masked, start, end)
        if pronoun:
            return pronoun
        k = bisect.bisect_left(self._mention_starts, start)
        first = self.mentions[k] if k < len(self.mentions) and self.mentions[k].start < end else None
        if first is None:
            return None
        lead = self.masked[start:first.start].strip()
        noun = _QUALIFIED.match(self.masked, first.end, end) if first.kind != "person" else None
        if noun is not None and (noun.group(2) or noun.group(1) in _PEOPLE
                                 or noun.group(1).rstrip("s") in _PEOPLE):
            # the person named right after the noun heads the sentence: 'US citizen Susan
            # Cohen, the mother of …, thought'; a speech verb's subject is not guessed from it,
            # lest 'he said' later stand for her
            k += 1
            after = self.mentions[k] if k < len(self.mentions) else None
            if past_qualifier and lead in ("", "The") and after is not None and \
                    after.start == noun.end() and after.kind == "person" and \
                    _VERB_NEXT.match(self.masked, after.end, end):
                return after
            return None
        if (lead == "" or (first.kind != "person" and lead in ("A", "An", "The")) or (
                first.kind == "person" and (lead == role_before(self.text, first.start) or (
                    honorific and lead.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr"))))) and \
                re.match(r"\s+[a-z]", self.masked[first.end:first.end + 2]):
            return first
        return None

    def _introduced_before(self, q: Quote, position: int) -> Attribution | None:
        """`And she offers this advice to the young. “Don’t put off tomorrow …”`: a quotation
        standing as a sentence of its own, after a sentence about one person, is that person's."""
        if q.fragment:
            return None
        opening = self.sents[position]
        ink = self._ink_before(opening.start, q.open_at)
        if ink >= opening.start:
            # the sentence rules do not end a sentence before a quotation: 'to the young. “…':
            # a full stop, then blanks up to the quote
            k = bisect.bisect_left(self._stops, (ink + 1,)) - 1
            if k < 0 or self._stops[k][1] != ink + 2 or self._stops[k][0] < opening.start:
                return None
            # the sentence before starts after the stop before that one, and its blanks
            start = opening.start
            if k >= 1 and self._stops[k - 1][0] >= opening.start:
                start = self._past(_BLANKS, self._stops[k - 1][1])
            previous = Sentence(start, q.open_at, opening.paragraph)
            j = bisect.bisect_left(self._opens, previous.start)
            if j < len(self._opens) and self._least_close[j] <= q.open_at:
                return None
        else:
            if position == 0:
                return None
            previous = self.sents[position - 1]
            if previous.paragraph != opening.paragraph and \
                    q.open_at != self.paras[q.paragraph].start:
                return None
            if previous.quotes:
                return None  # the sentence before holds a quotation of its own: its speaker rules
        words = self.masked[previous.start:previous.end]
        # 'And she offers this advice', 'Tonight, in a long dress, she is excited'
        pronoun = re.match(r"\s*(?:(?:And|But|So|Then|Now|Here|Today|Tonight)\s+)?"
                           r"(?:[^.,;“”\"]{1,60},\s*){0,3}?([Hh]e|[Ss]he)\s+[a-z]", words)
        if pronoun:
            at = previous.start + pronoun.start(1)
            speaker, how, last = self._resolve_pronoun(pronoun.group(1).lower(), at)
            if speaker is not None:
                return Attribution(speaker, f"the sentence before is about “{pronoun.group(1)}”: "
                                            f"{how}")
            if last is not None and last.source:
                return Attribution(None, "the sentence before is about the same speaker", None,
                                   last.source, last.organization)
            return None
        first = next((m for m in self.mentions if previous.start <= m.start < previous.end), None)
        if first is not None and first.kind == "person" and not self.masked[
                previous.start:first.start].strip(" ,"):
            return Attribution(first.key, f"the sentence before is about “{first.name}”")
        # '… even from afar, Panetta said at a Pentagon news conference today. “I’ve always
        # felt …”': the one person the sentence before names, as its speaker, goes on speaking
        lo = bisect.bisect_left(self.frames, previous.start, key=_verb_start)
        hi = bisect.bisect_left(self.frames, previous.end, key=_verb_start)
        said = [f for f in self.frames[lo:hi] if f.how == "named" and f.speaker is not None
                and self.kinds.get(f.speaker) == "person" and f.subject_start < f.verb_start]
        people = {m.key for m in self._mentions_in(previous.start, previous.end)
                  if m.kind == "person"}
        if len(said) == 1 and people == {said[0].speaker}:
            return Attribution(said[0].speaker, f"the sentence before is said by “{said[0].subject}”",
                               said[0])
        return None

    def _named_next(self, q: Quote, position: int) -> Attribution | None:
        """`“…” That was the verdict of Mayor Ilse Varn.`: a frame naming a speaker in the next
        sentence of the paragraph, or 'the words came from X' in the next paragraph."""
        closing = self.sents[position]
        if position + 1 >= len(self.sents):
            return None
        following = self.sents[position + 1]
        same = following.paragraph == q.last_paragraph
        if not same and not (following.paragraph == q.last_paragraph + 1
                             and closing.end >= self.paras[q.last_paragraph].end):
            return None
        first = self._named_from[bisect.bisect_left(self.frames, following.start, key=_verb_start)]
        if same and first < len(self.frames) and self.frames[first].verb_start < following.end:
            named = self.frames[first]
            return Attribution(named.speaker, f"named in the next sentence: “{named.subject} …”",
                               named)
        if following.start not in self._came_from:
            # the same for every quote the sentence follows: read once
            spoken = next((m for m in self._mentions_in(following.start, following.end)
                           if m.kind == "person"), None)
            self._came_from[following.start] = spoken if spoken is not None and _CAME_FROM.search(
                self.masked[following.start:following.end]) else None
        came = self._came_from[following.start]
        if came is not None:
            return Attribution(came.key, f"named in the next sentence: “{came.name}”")
        return None

    def _past(self, run: re.Pattern[str], at: int) -> int:
        """The end of the run of `run`'s characters from `at`."""
        found = run.match(self.masked, at)
        return found.end() if found else at

    def _stop_in(self, start: int, end: int) -> bool:
        """Whether a full stop stands whole in masked[start:end]."""
        k = bisect.bisect_left(self._stop_starts, start)
        return k < len(self._stops) and self._stops[k][1] <= end


def _by_frame(f: Frame, how: str) -> Attribution:
    """The words given to the speaker or source a frame names; `how` says which frame."""
    if f.speaker is None and f.source:
        return Attribution(None, f"{how}: {f.how}", f, f.source, f.organization)
    if f.speaker is None:
        return Attribution(None, f"{how}: {f.how}, not a named actor", f)
    return Attribution(f.speaker, how if f.how == "named" else f"{how}: {f.how}", f)


# between an outer speech verb and the subject of the one it reports: 'said Russia', 'said
# that Russia'
_THAT_GAP = re.compile(r"\s+(?:that\s+)?")

_PRONOUN_KINDS = {True: frozenset({"person"}), False: frozenset({"organization", "state"})}


def _last_each(flags: list[bool]) -> list[int]:
    """For each place, the last place up to it whose flag is set, or -1."""
    out: list[int] = []
    for i, flag in enumerate(flags):
        out.append(i if flag else out[-1] if out else -1)
    return out


def _verb_start(frame: Frame) -> int:
    return frame.verb_start


def _verb_end(frame: Frame) -> int:
    return frame.verb_end
