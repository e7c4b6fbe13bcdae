"""Who an article names: registry actors by name and alias, and people or organizations the
registry does not know yet, each with the role the article gives them."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..content.model import Actor
from . import quotation_marks, states

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

ROLE_NOUNS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "chief", "director", "commander", "general", "governor", "mayor", "senator", "leader",
    "chairman", "chairwoman", "chair", "adviser", "advisor", "official", "head", "premier",
    "chancellor", "king", "queen", "prince", "diplomat", "negotiator", "representative", "lawmaker",
    "deputy", "captain", "colonel", "admiral", "judge", "prosecutor", "inspector", "engineer",
    "analyst", "professor", "researcher", "founder", "executive", "manager", "officer",
    "coordinator", "commissioner", "administrator", "economist", "activist", "superintendent",
    "councillor", "councilor", "speaker", "marshal", "sheriff", "warden", "mediator", "attorney",
    "counsel", "editor", "correspondent", "secretary-general", "ceo", "vice", "pastor",
    "bishop", "rabbi", "imam", "doctor", "surgeon", "physician", "scientist", "historian", "mp",
    "congressman", "congresswoman", "lieutenant", "sergeant", "corporal", "brigadier", "accountant",
    "astronomer", "biologist", "physicist", "chemist", "geologist", "paleontologist",
    "psychologist", "epidemiologist", "ecologist", "cardinal", "archbishop", "pilot",
    "emperor", "empress",
}
# words written before a name that are no part of it: honorifics, ranks in short, and the party
# a politician is introduced by ('Alabama Republican Richard Shelby'); the name follows the last
_HONORIFICS = {"sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "prof", "rev", "sheikh",
               "hon", "cpl", "sgt", "lt", "col", "gen", "maj", "capt", "adm", "cmdr", "brig", "pvt",
               "sen", "rep", "gov", "major", "professor"}
PARTY_WORDS = {"democrat", "democrats", "republican", "republicans", "labour", "tory",
               "conservative", "socialist", "communist"}
_TITLE_WORDS = ROLE_NOUNS | _HONORIFICS | PARTY_WORDS
# lower-case words that may stand inside a role: "Secretary of State", "head of the agency"
_ROLE_LINKS = {"of", "for", "the", "and", "on", "at"}
# as a name's words are compared: lower case, without a final full stop ('S.A.' is 's.a')
LEGAL_FORMS = {"limited", "ltd", "s.l", "s.a", "sa", "gmbh", "llc", "inc", "plc", "ag"}
ORG_NOUNS = {
    "ministry", "department", "agency", "office", "council", "party", "army", "bank", "court",
    "commission", "company", "corporation", "institute", "university", "committee", "union",
    "group", "front", "command", "service", "authority", "embassy", "government", "parliament",
    "senate", "assembly", "police", "guard", "navy", "forces", "administration", "board",
    "federation", "association", "organization", "organisation", "foundation", "fund", "trust",
    "watch", "times", "post", "network", "tribune", "journal", "herald", "gazette", "radio",
    "television", "newspaper", "ministries", "airlines", "airways", "movement",
    "coalition", "alliance", "directorate", "bureau", "cabinet", "kremlin", "secretariat",
    "chiefs",  # 'the Joint Chiefs of Staff': a body, not a person named 'Joint Chiefs'
    "society", "club", "academy", "aid",  # 'Christian Aid', 'Live Aid'
    "force", "school", "centers", "centres",  # "Air Force", "Saint Mary's School"
    # a firm, an agency, a college: 'Kyodo News', 'Blackwater Worldwide', 'Amnesty International'
    "news", "press", "worldwide", "international", "college", "org", "inc", "corp", "exchange",
    "convention", "center", "centre",  # 'Republican National Convention', 'Carter Center'
    # the same words in the languages bodies keep their names in: 'Centro de Trabajadores Unidos'
    "centro", "partido", "frente", "movimiento", "federación", "asociación", "instituto",
    "universidad", "comité", "ministerio",
    # a company's legal form: 'Si2Microsystems Private Limited', 'Aerofalcon S.L.', 'Siemens AG'
    *LEGAL_FORMS,
}
# capitalized words that begin sentences but never begin a name
_NOT_NAMES = {
    "the", "a", "an", "on", "in", "at", "but", "and", "or", "as", "asked", "after", "before",
    "when", "while", "since", "until", "though", "although", "if", "by", "for", "from", "with",
    "without", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some",
    "many", "both", "officials", "analysts", "residents", "critics", "experts", "diplomats",
    "witnesses", "authorities", "protesters", "observers", "officers", "soldiers", "lawmakers",
    "sources", "others", "police", "prosecutors", "doctors", "workers", "it", "he", "she", "they",
    "we", "i", "you", "there", "here", "then", "still", "yet", "also", "meanwhile", "speaking",
    "according", "shortly", "hours", "days", "later", "earlier", "last", "next", "every", "each",
    "mr", "mrs", "ms", "dr", "western", "eastern", "northern", "southern", "several", "two",
    "three", "four", "five", "no", "not", "once", "now", "so", "such", "what", "who", "why", "how",
    "where", "de", "fictional", "note", "today", "yesterday", "tomorrow", "tonight",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_CALENDAR = {w.lower() for w in WEEKDAYS} | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept"}
# capitalized words written before a surname that are no given name of it: 'Sen. Kelly', 'But Kelly'
NOT_GIVEN_NAMES = frozenset(_NOT_NAMES | _TITLE_WORDS | _CALENDAR)
# the capitals a name may open with: 'Íngrid Betancourt', 'Éric Zemmour', 'Łukasz', 'Ömer'
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_TOKEN = (rf"(?:[{_UPPER}][’'][{_UPPER}][\w-]*|(?:[A-Z]\.){{2,}}"
          rf"|[{_UPPER}][\w]*(?:[-’'][{_UPPER}a-z][\w]*)*\.?)")
_PARTICLE = r"(?:(?i:van|von|der|den|de|da|del|di|dos|bin|ibn|al|el|la|le)[\s-]+)"
# the space between a name's words: a line break of hard-wrapped text, never a blank line, which
# ends a paragraph (a headline 'World' is no word of 'The EU' below it)
_GAP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
_CAP_RUN = re.compile(rf"{_TOKEN}(?:{_GAP}{_PARTICLE}?{_TOKEN})*")


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "x"


@dataclass
class Mention:
    start: int
    end: int
    key: str  # registry id, or the proposed id of an actor the registry lacks
    kind: str  # person, organization, state
    known: bool  # in the registry
    name: str  # the registry name, or the full name as the article gives it


@dataclass
class Proposed:
    id: str
    name: str
    kind: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)  # other forms the article names it by
    note: str | None = None  # what the reviewer must settle before accepting it, if anything


@dataclass
class Names:
    mentions: list[Mention]
    proposed: dict[str, Proposed] = field(default_factory=dict)
    # full names the article gives without saying whose they are ('against Darren Wilson, who
    # shot …'), each with the places it gives them: kept apart, so that no speaker is found
    # among them
    unsure: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # a surname alone where the article names two people of it in full ('Castro' beside Fidel
    # and Raúl Castro), each with no key: a speaker the rules must leave to the reviewer
    unclaimed: list[Mention] = field(default_factory=list)


class NameIndex(Protocol):
    """What reading an article's names asks of a registry. A reader that adds names of its own
    (a briefing's mentions) wraps a Registry and answers all of this, so that no look-up reaches
    past what it holds."""

    actors: dict[str, Actor]

    def scan(self, text: str) -> list[Mention]: ...

    def unsettled(self, text: str) -> list[tuple[int, int]]: ...

    def named(self, form: str) -> str | None: ...


class Registry:
    """Names and aliases of the registry's actors, longest first, for scanning an article."""

    def __init__(self, actors: list[Actor]):
        self.actors = {a.id: a for a in actors}
        forms: dict[str, str] = {}
        for a in actors:
            for form in [a.name, *a.aliases]:
                forms.setdefault(_key(form), a.id)
        for a in actors:
            for form in [a.name, *a.aliases]:
                for variant in _possessive_variants(form):
                    forms.setdefault(_key(variant), a.id)
        surnames: dict[str, set[str]] = {}
        for a in actors:
            if a.kind == "person" and " " in a.name:
                surnames.setdefault(_key(a.name.split()[-1]), set()).add(a.id)
        # a person's surname alone, where no other person of the registry has it: a guess that
        # the article may overrule by naming someone else in full with that word (`_settled`)
        self.surnames: set[str] = set()
        for surname, ids in surnames.items():
            if len(ids) == 1 and surname not in forms:
                forms[surname] = next(iter(ids))
                self.surnames.add(surname)
        # a person's first word, the surname where it is written first ('Kim' of Kim Jong Un):
        # theirs only where the article names them in full with it, and no one else
        firsts: dict[str, set[str]] = {}
        for a in actors:
            if a.kind == "person" and " " in a.name:
                firsts.setdefault(_key(a.name.split()[0]), set()).add(a.id)
        self.firsts: set[str] = set()
        for given, ids in firsts.items():
            if len(ids) == 1 and given not in forms and _name_word(given, False):
                forms[given] = next(iter(ids))
                self.firsts.add(given)
        self.forms = forms
        self.ordered = sorted(forms, key=len, reverse=True)
        # One alternation of every form costs time in proportion to the registry at every place
        # of every article, which grows with the archive twice over. The forms are filed by their
        # first word instead (after 'the' for a 'the …' form), and at each word of an article only
        # the forms that begin with it are tried, longest first, as the alternation would.
        self.rank = {form: i for i, form in enumerate(self.ordered)}
        self.plain: dict[str, list[str]] = {}
        self.after_the: dict[str, list[str]] = {}
        odd = False
        for form in self.ordered:
            body = form[4:] if form.startswith("the ") else form
            first = _FIRST_WORD.match(body)
            if first is None:
                odd = True  # begins with no word character: only the alternation finds it
                continue
            (self.after_the if form.startswith("the ") else self.plain).setdefault(
                first.group(0), []).append(form)
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.pattern: re.Pattern[str] | None = None
        if odd:
            alternatives = "|".join(_form_pattern(f) for f in self.ordered)
            self.pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])")

    def named(self, form: str) -> str | None:
        """The id of the actor the registry gives this name or alias, if any."""
        key = _key(form)
        return None if key in self.firsts else self.forms.get(key)

    def _compiled(self, form: str) -> re.Pattern[str]:
        pattern = self.patterns.get(form)
        if pattern is None:
            pattern = self.patterns[form] = re.compile(rf"(?:{_form_pattern(form)})(?![\w])")
        return pattern

    def scan(self, text: str) -> list[Mention]:
        folded = text.translate(_APOSTROPHES)
        found = self.found(folded)
        return self._settled(folded, found, self._holders(folded, found))[0]

    def unsettled(self, text: str) -> list[tuple[int, int]]:
        """Where the text writes a registry surname alone that it gives two people in full
        ('Kim' where it names Sung Kim and Kim Jong Un): a word that names no one."""
        folded = text.translate(_APOSTROPHES)
        found = self.found(folded)
        return self._settled(folded, found, self._holders(folded, found))[1]

    def reading(self, article: str) -> NameIndex:
        """The registry as one article reads it: a surname alone, in any part of the article
        scanned, stands for the person the whole article names in full with it."""
        folded = article.translate(_APOSTROPHES)
        return _Reading(self, self._holders(folded, self.found(folded)))

    def _holders(self, folded: str, found: list[tuple[int, int, str]]) -> dict[str, set[str]]:
        """Each registry surname the text writes as the first or last word of a person's full
        name ('Kim' of 'Kim Jong Un', of 'Sung Kim'), with whose names those are: a registry id,
        or the name as written for a person the registry lacks."""
        held: dict[str, set[str]] = {}
        names = _Bounds(found)
        for start, end, form in found:
            actor = self.actors[self.forms[form]]
            if form in self.surnames or form in self.firsts:
                run = _longer_name(folded, start, end, names)
                if run is not None:
                    whose = actor.id if _same_person(run, _name_words(actor.name)) else " ".join(run)
                    held.setdefault(form, set()).add(whose)
            elif actor.kind == "person":
                words = folded[start:end].split()
                for word in {words[0], words[-1]} if len(words) > 1 else ():
                    if word in self.surnames or word in self.firsts:
                        held.setdefault(word, set()).add(actor.id)
        return held

    def _settled(self, folded: str, found: list[tuple[int, int, str]], held: dict[str, set[str]]
                 ) -> tuple[list[Mention], list[tuple[int, int]]]:
        """The mentions found, where a surname alone is the person the article names in full
        with it: 'Kim' after 'leader Kim Jong Un' is not the registry's only Kim, Sung Kim, whom
        the article never names; where two people of the article have it, it is nobody's; and
        a surname that is a word of another's longer name ('Kim Jong Un' where the registry
        lacks him) is no mention of its own. Then the places of those that are nobody's."""
        out = []
        nobody = []
        names = _Bounds(found)
        for start, end, form in found:
            actor_id = self.forms[form]
            if form in self.surnames or form in self.firsts:
                run = _longer_name(folded, start, end, names)
                if run is not None:
                    if form in self.surnames and _same_person(
                            run, _name_words(self.actors[actor_id].name)):
                        out.append(self._mention(start, end, actor_id))
                    continue
                # a first word is nobody's unless the article names its person in full with it
                holders = held.get(form, set() if form in self.firsts else {actor_id})
                if len(holders) > 1:
                    nobody.append((start, end))
                if len(holders) != 1 or next(iter(holders)) not in self.actors:
                    continue
                actor_id = next(iter(holders))
            out.append(self._mention(start, end, actor_id))
        return out, nobody

    def found(self, folded: str) -> list[tuple[int, int, str]]:
        """Where the text, its apostrophes folded, writes each registry form, as (start, end,
        form): longest first, whole words, 'the' optional in case."""
        if self.pattern is not None:
            return [(m.start(), m.end(), _key(" ".join(m.group(0).split())))
                    for m in self.pattern.finditer(folded)]
        out = []
        after = 0
        words = list(_WORD_RUN.finditer(folded))
        for n, word in enumerate(words):
            start = word.start()
            if start < after or (start and folded[start - 1] == "'"):
                continue
            candidates = self.plain.get(word.group(0), [])
            if word.group(0) in ("The", "the") and n + 1 < len(words):
                candidates = sorted([*candidates, *self.after_the.get(words[n + 1].group(0), [])],
                                    key=self.rank.__getitem__)
            for form in candidates:
                found = self._compiled(form).match(folded, start)
                if found is not None:
                    out.append((start, found.end(), form))
                    after = found.end()
                    break
        return out

    def _mention(self, start: int, end: int, actor_id: str) -> Mention:
        actor = self.actors[actor_id]
        return Mention(start, end, actor.id, actor.kind, True, actor.name)


class _Reading:
    """A registry whose surnames alone are settled by a whole article (`Registry.reading`), for
    scanning a few of its paragraphs."""

    def __init__(self, registry: Registry, held: dict[str, set[str]]) -> None:
        self.registry, self.held, self.actors = registry, held, registry.actors

    def named(self, form: str) -> str | None:
        return self.registry.named(form)

    def scan(self, text: str) -> list[Mention]:
        folded = text.translate(_APOSTROPHES)
        return self.registry._settled(folded, self.registry.found(folded), self.held)[0]

    def unsettled(self, text: str) -> list[tuple[int, int]]:
        folded = text.translate(_APOSTROPHES)
        return self.registry._settled(folded, self.registry.found(folded), self.held)[1]


_FIRST_WORD = re.compile(r"\w+")
_WORD_RUN = re.compile(r"\w+")
# a capitalized word beside a surname, with the space between: of the same name, unless it is
# a title, a verb of a headline, a place or a word that opens sentences
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({_TOKEN}){_GAP}$")
_NAME_AFTER = re.compile(rf"{_GAP}({_TOKEN})")


def _name_words(name: str) -> list[str]:
    """A name's words as two spellings of it compare: 'Kim Jong-un' is 'Kim Jong Un'."""
    return name.translate(_APOSTROPHES).replace("-", " ").casefold().split()


def _same_person(written: list[str], own: list[str]) -> bool:
    """Whether a full name as written is a person's own: the same surname, and given names
    among theirs, or spelled alike ('George Bush' for George W. Bush, 'Di Modica' for Arturo Di
    Modica, 'Obony Olweny' for Obonyo Olweny)."""
    return written[-1] == own[-1] and all(
        any(w == o or (w[:1] == o[:1] and difflib.SequenceMatcher(None, w, o).ratio() >= 0.75)
            for o in own[:-1]) for w in written[:-1])


def _name_word(token: str, before: bool) -> bool:
    if not re.search(r"[a-z]", token) or (before and token.endswith(".")):
        return False  # an acronym, initials, or the end of the sentence before
    word = token.rstrip(".").removesuffix("'s").removesuffix("’s")
    lowered = word.lower()
    return not (lowered in _NOT_NAMES or lowered in _TITLE_WORDS or lowered in ORG_NOUNS
                or lowered in _CALENDAR or lowered in _ROLE_LINKS or word in states.NAMES
                or word in states.ADJECTIVES or re.fullmatch(VERBS, lowered))


class _Bounds:
    """Where the registry's names found in a text begin and end: no person's name runs into
    one ('the Bush White House')."""

    def __init__(self, found: list[tuple[int, int, str]]) -> None:
        self.begins = {start for start, _, _ in found}
        self.ends = {end for _, end, _ in found}


def _longer_name(folded: str, start: int, end: int, names: _Bounds) -> list[str] | None:
    """The words of the full name a word at [start, end) is the first or last of ('Kim' of
    'Kim Jong Un', of 'Andy Kim'), if it is one, in a sentence: a headline's capitals are no
    name ('Kim Slams Seoul'), nor is another registry name beside it."""
    line_start = max(folded.rfind("\n", max(0, start - 120), start) + 1, start - 120)
    line_end = folded.find("\n", end, end + 120)
    around = folded[line_start:line_end if line_end >= 0 else end + 120]
    if not re.search(r"(?<![\w'’-])[a-z]{4,}", around):
        return None
    words = [folded[start:end]]
    at = start
    while len(words) < 4 and (before := _NAME_BEFORE.search(folded, max(0, at - 40), at)) \
            and _name_word(before.group(1), True) and before.end(1) not in names.ends:
        words.insert(0, before.group(1))
        at = before.start()
    at = end
    while len(words) < 4 and (after := _NAME_AFTER.match(folded, at)) and _name_word(
            after.group(1), False) and after.start(1) not in names.begins:
        words.append(after.group(1).rstrip("."))
        at = after.end()
    if len(words) == 1:
        return None
    return _name_words(" ".join(words).removesuffix("'s"))


def _possessive_variants(form: str) -> list[str]:
    """A body named after its state with or without the possessive: 'Iran's Foreign Ministry'
    and 'Iran Foreign Ministry' are one name of one actor."""
    words = form.replace("’", "'").split()
    for n in range(1, min(3, len(words) - 1) + 1):
        owner = " ".join(words[:n])
        bare = owner.removesuffix("'s")
        if bare in states.NAMES:
            rest = " ".join(words[n:])
            return [f"{bare} {rest}"] if bare != owner else [f"{bare}'s {rest}"]
    return []


def _key(form: str) -> str:
    form = form.translate(_APOSTROPHES)
    return ("the " + form[4:]) if form[:4].lower() == "the " else form


def _form_pattern(form: str) -> str:
    escaped = re.escape(form[4:] if form[:4].lower() == "the " else form)
    return ("[Tt]he\\s+" + escaped if form[:4].lower() == "the " else escaped).replace("\\ ", "\\s+")


_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_BLANK_AFTER = re.compile(r"[^\S\n]*")
_LINK = r"(?:of|for|on|de|and)"
_LINKED_RUN = re.compile(rf"{_TOKEN}(?:{_GAP}(?:{_LINK}{_GAP}(?:the{_GAP})?)?{_PARTICLE}?{_TOKEN})*")
_ORG_NAMES = {"White House", "Kremlin", "Pentagon", "Congress", "United Nations", "U.N.", "UN",
              "NATO", "European Union", "EU", "Senate", "House of Representatives", "Vatican",
              # agencies and firms named by one word, which no person is: 'Reuters reported'
              "Reuters", "Bloomberg", "Xinhua", "Interfax", "Microsoft", "Google", "Facebook",
              "Twitter"}
# short names that the press gives well-known organizations: one actor under its full name
_ORG_SHORT = {"EU": "European Union", "E.U.": "European Union", "UN": "United Nations",
              "U.N.": "United Nations"}


def name_text(text: str) -> str:
    """The article's words as a reader sees them, for any field of a summary that is not a
    verbatim quote: without the invisible characters that break a name ('Vladi\u00admir'), nor
    controls, bidirectional marks or any other character that prints nothing, which the content
    model refuses; with runs of white space, no-break spaces too, made one space."""
    if not text.isprintable():
        text = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
    return " ".join(text.split())


_STATE_PATTERN = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in sorted(
    [*states.NAMES, *(f"{a} {w}" for a in states.ADJECTIVES for w in states.GOVERNMENT_WORDS)],
    key=len, reverse=True)) + r")(?![\w])")


def _covered(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """1 for each character of the text that one of the spans covers: whether a word overlaps a
    name already found is then a look at its own characters, not a pass over every name."""
    covered = bytearray(length)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def _states(masked: str, registry: NameIndex, taken: list[tuple[int, int]]) -> list[Mention]:
    """States by name, other name or 'the Russian government', as the registry's actor when it
    has one by that name."""
    out = []
    covered = _covered(len(masked), taken)
    for m in _STATE_PATTERN.finditer(masked):
        if covered.find(1, m.start(), m.end()) >= 0:
            continue
        word = m.group(0)
        name = states.NAMES.get(word) or states.ADJECTIVES[word.rsplit(" ", 1)[0]]
        known = next((found for f in (name, *states.STATES[name][0], word)
                      if (found := registry.named(f)) is not None), None)
        if known is not None:
            actor = registry.actors[known]
            out.append(Mention(m.start(), m.end(), actor.id, actor.kind, True, actor.name))
        else:
            out.append(Mention(m.start(), m.end(), slugify(name), "state", False, name))
    return out


# the bodies every state has one of, named by their noun alone or with words any state's could
# bear ('Interior Ministry', 'National Police', 'Ministry of Foreign Affairs'): without the state
# in its name, such an actor is another state's body in the next article
_STATE_BODY_NOUNS = {"ministry", "ministries", "police", "army", "navy", "parliament"}
_ANY_STATES_WORDS = {
    "interior", "internal", "home", "foreign", "external", "affairs", "defence", "defense",
    "health", "justice", "finance", "finances", "economy", "economic", "trade", "commerce",
    "industry", "education", "culture", "agriculture", "transport", "transportation", "energy",
    "environment", "labour", "labor", "information", "communications", "communication",
    "emergency", "emergencies", "security", "state", "national", "federal", "public", "social",
    "welfare", "development", "housing", "youth", "sports", "sport", "religious", "immigration",
    "intelligence", "oil", "petroleum", "mines", "mining", "fisheries", "planning", "works",
    "infrastructure", "technology", "telecommunications", "tourism", "water", "science",
    "territorial", "administration", "riot", "traffic", "border", "military", "secret",
    "regular", "unification", "reunification", "family", "women's", "veterans", "customs",
    "revenue", "people's", "and", "of", "the", "for",
}


def needs_state(name: str) -> bool:
    """Whether a body's name is one any state's body bears ('Interior Ministry', 'National
    Police'): a ministry, a police, an army or a parliament named without its state, nor any
    other owner ('Mahdi Army', 'European Parliament')."""
    words = [w.lower() for w in name.replace("’", "'").split()]
    return any(w in _STATE_BODY_NOUNS for w in words) and all(
        w in _STATE_BODY_NOUNS or w in _ANY_STATES_WORDS for w in words)


_STATE_WORDS = r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(
    [*states.NAMES, *states.ADJECTIVES], key=len, reverse=True)) + r")(?![\w])"
# a state's name or adjective as a word: 'Kyrgyz', 'Kyrgyzstan', 'South Korean'
STATE_WORD = re.compile(_STATE_WORDS)
_STATE_BEFORE = re.compile(_STATE_WORDS + r"(?:[’']s)?[^\S\n]+$")


# a place a newsroom is named after: 'Washington bureau chief' is no word of the United States
_NEWSROOM_AFTER = re.compile(r"[^\S\n]+(?:bureau|desk|newsroom|correspondent)\b")


def _another_states(masked: str, mention: Mention) -> bool:
    """A registry body named without its state ('Interior Ministry') is not the body the article
    names with a state its name lacks ('Belarusian Interior Ministry'): that is another state's."""
    if mention.kind != "organization" or not needs_state(mention.name):
        return False
    state = _STATE_BEFORE.search(masked, max(0, mention.start - 40), mention.start)
    return state is not None and state.group(0).split()[0].removesuffix("’s").removesuffix("'s") \
        not in mention.name


class _Found:
    """The mentions found so far. Dropping those a longer name covers looks only at the places
    inside it: a filter of every mention at each organization made long articles quadratic."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions: list[Mention] = []
        self.at: dict[int, list[Mention]] = {}
        self.dropped: set[int] = set()
        self.extend(mentions)

    def append(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.at.setdefault(mention.start, []).append(mention)

    def extend(self, mentions: Iterable[Mention]) -> None:
        for mention in mentions:
            self.append(mention)

    def drop(self, start: int, end: int, known_only: bool = False) -> None:
        """Those found so far within [start, end) (or known ones starting at `start`)."""
        for at in range(start, end):
            for m in self.at.get(at, ()):
                if m.end <= end and (m.known or not known_only):
                    self.dropped.add(id(m))

    def kept(self) -> list[Mention]:
        return sorted((m for m in self.mentions if id(m) not in self.dropped),
                      key=lambda m: m.start)


def find_names(text: str, masked: str, registry: NameIndex) -> Names:
    """Registry actors wherever the article names them (outside quotes), and states, people and
    organizations it introduces by role or as speakers, proposed as new actors."""
    reading = _INVISIBLE.sub("a", masked)  # same length; 'Vladi\u00admir' reads as one word
    known = [m for m in registry.scan(masked)
             if not _another_states(masked, m) and not _NEWSROOM_AFTER.match(masked, m.end)]
    # a surname two people of the article have is no one's: not a person of its own either
    taken = [(m.start, m.end) for m in known] + registry.unsettled(masked)
    known_people = {m.start for m in known if m.kind == "person"}
    found = _Found(known)
    proposed: dict[str, Proposed] = {}
    for m in _states(reading, registry, taken):
        taken.append((m.start, m.end))
        found.append(m)
        if not m.known:
            proposed.setdefault(m.key, Proposed(m.key, m.name, "state"))
    surnames: dict[str, str] = {}
    # a surname alone spelled like another's the article gives ('Bauchtman', 'Buchtmann')
    misspelled: list[Mention] = []
    given: dict[str, set[str]] = {}
    # people named as another's kin ("Kohail's brother, Sultan"): the surname alone is the other's
    kin_of: set[str] = set()
    for handle in _HANDLE.finditer(reading):
        # '@harinatha', '@Vince Vela Nova': a social-media name that speaks is a person
        s, e = handle.start(), handle.end()
        if any(a < e and s < b for a, b in taken) or not (
                _looks_like_speaker(masked, s, e) or _NAMED.search(masked, max(0, s - 60), s)):
            continue
        name = name_text(text[s:e])
        key = slugify(name)
        proposed.setdefault(key, Proposed(key, name, "person"))
        found.append(Mention(s, e, key, "person", False, name))
        taken.append((s, e))
    candidates: dict[str, tuple[str, list[tuple[int, int]]]] = {}  # surname -> full name, places
    # first word of a candidate's name -> the surnames it is filed under: 'Lai' of 'Lai Changxing'
    firsts: dict[str, set[str]] = {}
    # a script's speaker labels ('DASK: "…"'), no acronym of an organization: who they are is
    # settled once the article's people are known
    labels = [m for m in _SPEAKER_LABEL.finditer(masked) if m.group(1).lower() not in _NOT_NAMES
              and m.group(1).title() not in states.NAMES
              and not any(a < m.end(1) and m.start(1) < b for a, b in taken)]
    taken += [(m.start(1), m.end(1)) for m in labels]

    def organization(s: int, e: int) -> None:
        owner = next((m for m in (re.search(rf"(?<![\w.]){words}(?:[’']s)?\s+$", masked[max(0, s - 30):s])
                                  for words in (r"([A-Z][\w.]*)", r"([A-Z][\w.]* [A-Z][\w.]*)"))
                      if m and m.group(1) in states.NAMES), None)
        if owner:
            # "China’s Ministry of Industry", 'U.S. House of Representatives', 'Afghanistan
            # Independent Human Rights Commission': the body as the article names it
            s -= len(owner.group(0))
        dated = _DATE_BEFORE.search(masked, max(0, s - 16), s)
        if dated:
            s = dated.start()  # 'the January 25 Youth Coalition': the day is the body's name
        run_by = re.search(r"\b([A-Z][\w.]*)\s+state(?:-run|-owned|-controlled)?\s+$",
                           masked[max(0, s - 40):s])
        if run_by and (run_by.group(1) in states.ADJECTIVES or run_by.group(1) in states.NAMES):
            s -= len(run_by.group(0))  # 'Libyan state TV': the state's broadcaster, not any TV
        if _POSSESSIVE.search(masked, s, e):
            e -= 2  # "The Washington Post's national desk": the newspaper's
        name = name_text(text[s:e])
        if masked[e - 1] == "." and not name.endswith(("Inc.", "Co.", "U.N.", "U.S.")) and not (
                # 'Aerofalcon S.L.', 'Novax Group S.A.': the legal form's own full stop
                name.split()[-1].lower().rstrip(".") in LEGAL_FORMS and "." in name.split()[-1][:-1]):
            name, e = name[:-1], e - 1
        name = _ORG_SHORT.get(name, name)
        if name.lower() in _GENERIC_BODIES:
            return  # 'Office' of a release's 'Office of the Press Secretary': no body's name
        key = slugify(name)
        proposed.setdefault(key, Proposed(key, name, "organization"))
        # a state inside the name ('… of Angola') is part of it, not a mention of its own
        found.drop(s, e)
        found.append(Mention(s, e, key, "organization", False, name))
        body(found.mentions[-1])

    # the last body named so far with each noun of its name ('fund' for the International
    # Monetary Fund): 'The Fund added' is that body, not a new one; the registry's bodies join
    # in the order the article names them
    bodies: dict[str, tuple[int, Mention]] = {}
    known_bodies = sorted((m for m in known if m.kind == "organization"), key=lambda m: m.start)
    joined = [0]

    def body(mention: Mention) -> None:
        for word in re.findall(r"[a-z]+", mention.name.lower()):
            if word in ORG_NOUNS and bodies.get(word, (-1, mention))[0] <= mention.start:
                bodies[word] = (mention.start, mention)

    def body_named_before(word: str, s: int) -> Mention | None:
        while joined[0] < len(known_bodies) and known_bodies[joined[0]].end <= s:
            body(known_bodies[joined[0]])
            joined[0] += 1
        return bodies[word][1] if word in ORG_NOUNS and word in bodies else None

    def person(tokens: list[tuple[int, int, str]], after_role_link: bool, cut: bool,
               speaks_after: bool = False) -> None:
        words = [t[2].rstrip(".").lower() for t in tokens]
        # a role in capitals before the name: "Interior Minister Mara Quell", "Director-General"
        roles = [i for i, w in enumerate(words)
                 if w in _TITLE_WORDS or w.split("-")[-1] in ROLE_NOUNS
                 or (i < len(words) - 2 and (_misspelt_office(w) or (
                     i == 0 and _trade(w) and _opens_sentence(masked, tokens[0][0]))))]
        if roles and roles[-1] == len(words) - 1 and len(words) > 1 and len(words) - 2 not in roles \
                and _AGE_AFTER.match(masked, tokens[-1][1]):
            roles.pop()  # 'Pvt. Travis King, 23,': a surname that is an office's word, then his age
        last_role = roles[-1] if roles else -1
        name_tokens = tokens[last_role + 1:]
        while name_tokens and (name_tokens[0][2].lower().endswith("-born")
                               or name_tokens[0][2] in states.ADJECTIVES):
            name_tokens = name_tokens[1:]  # 'Saudi-born Zahraa Alakashi', 'Russian'
        if after_role_link and last_role < 0 and len(name_tokens) > 2:
            # 'Secretary of State John Kerry'; a middle initial is the name's own: 'Assistant
            # Secretary of Commerce for Export Enforcement Matthew S. Axelrod'
            initial = len(name_tokens) > 3 and re.fullmatch(r"[A-Z]\.", name_tokens[-2][2])
            name_tokens = name_tokens[-3:] if initial else name_tokens[-2:]
        if len(name_tokens) > 1 and re.fullmatch(r"[A-Z][\w.]*[’'][sS]", name_tokens[0][2]):
            name_tokens = name_tokens[1:]  # "VOA's Kane Farabaugh"; but "Kirby’s statement" is his
        if not name_tokens:
            return
        s, e = name_tokens[0][0], name_tokens[-1][1]
        if after_role_link and last_role < 0 and (blank := _BLANK_AFTER.match(masked, e)) and \
                blank.end() in known_people:
            return  # '… for Export Enforcement Matthew S. Axelrod': the office's end, then its holder
        if masked[e - 1] == "." and len(name_tokens[-1][2]) > 2 and \
                name_tokens[-1][2].lower() not in ("jr.", "sr."):  # 'Joseph R. Biden Jr.'
            e -= 1
        if re.search(r"[’']s$", masked[s:e]):
            e -= 2  # "Barack Obama's"
        name = name_text(text[s:e])
        if not name or re.search(r"(?:^|\s)[A-Z]\.?$", name) or not re.search(r"[a-z]", name):
            return  # a half name, 'George H.', or letters only: not a person's name
        if name.split()[0] in _ORG_NAMES:
            return  # 'Google Chrome': a firm's product, no person
        if last_role < 0 and _REGION_OF_PLACE.search(masked, max(0, s - 60), s):
            return  # a place is not a person
        if len(name_tokens) > 1 and _no_person(name, masked, e):
            return
        surname = name.split()[-1]
        # 'Muhammad Alwi of the Indonesian Transportation Ministry said': past the body too
        speaks = speaks_after or _looks_like_speaker(masked, s, e)
        if len(name_tokens) == 1:
            key = surnames.get(surname)
            if key is None and _CAPITAL_PARTICLE.match(surname):
                # 'Al-Majid' opening a sentence after 'Ali Hassan al-Majid'
                key = surnames.get(surname[0].lower() + surname[1:])
            if key is None and len(given.get(surname, ())) == 1:
                key = next(iter(given[surname]))
            under = surname
            if key is None and speaks and surname not in candidates:
                # 'Lai said' after 'Lai Changxing, dubbed the Bandit King,': a family name
                # written first, or a given name, of the one full name the article opens with it
                filed = [x for x in firsts.get(surname, ()) if x in candidates
                         and candidates[x][0].split()[0] == surname]
                if len(filed) == 1 and len(candidates[filed[0]][0].split()) == 2:
                    under = filed[0]
            if key is None and (speaks or last_role >= 0 or _HONORIFIC_BEFORE.search(
                    masked, max(0, s - 6), s)) and under in candidates:
                # 'Mr. Weah' after 'George Weah': a title makes the full name a person's
                full, places = candidates[under]
                key = slugify(full)
                proposed.setdefault(key, Proposed(key, full, "person"))
                surnames[under] = surnames[surname] = key
                found.extend(Mention(a, b, key, "person", False, full) for a, b in places)
            if key is None and not cut and not _PLACE_BEFORE.search(masked, max(0, s - 12), s) and (
                    _SPEECH_AFTER.match(masked[e:e + 120]) or _NAMED.search(masked, max(0, s - 60), s)
                    or re.match(r"\s+(?:is|was)\s+(?:one of|among)\s", masked[e:e + 20])
                    or (_SPEECH_BEFORE.search(masked[max(0, s - 30):s])
                        and re.match(r"\s*(?:[,.;:]|$)", masked[e:e + 2]))) and \
                    name.lower() not in _NOT_NAMES and name not in states.NAMES and \
                    name.lower().removesuffix("s") not in ROLE_NOUNS:  # 'Astronomers say'
                if _spelled_like(surname, [*surnames, *candidates]):
                    # 'Ms Bauchtman said' after 'Lydia Buchtmann', 'Water said' after 'Kathryn
                    # Waters': a misspelling, or someone else; nobody's for the rules
                    misspelled.append(Mention(s, e, "", "person", False, name))
                    return
                # 'Rosa told VOA', 'a lawyer named Samantha', "Cohen's mother, Ruth,": one name,
                # all the article gives, and the family's name when it says whose kin she is
                kin = _KIN.search(masked, max(0, s - 60), s)
                if kin and kin.group(1) in surnames:
                    name = f"{name} {kin.group(1)}"
                    kin_of.add(slugify(name))
                key = slugify(name)
                proposed.setdefault(key, Proposed(key, name, "person"))
                surnames[surname] = key
            if key is not None:
                found.append(Mention(s, e, key, "person", False, proposed[key].name))
            return
        # a person is one the article introduces as one: by role, as a speaker, as a clause's
        # subject, or in an apposition ("Ethiopia’s minister of information, Berhan Hailu,")
        if not (last_role >= 0 or role_before(text, s) or speaks
                or _NAMED.search(masked, max(0, s - 60), s)
                or (len(name_tokens) <= 3 and _SUBJECT_AFTER.match(masked, e)
                    and not _PLACE_BEFORE.search(masked, max(0, s - 12), s))
                or re.match(r",\s+(?:a|an|the|its|his|her|who|another)\s", masked[e:e + 10])
                or _AGE_AFTER.match(masked, e)  # 'Yasmeen Afdhal, 24, who works for …': an age
                or _ROLE_BRACKET.search(masked, max(0, s - 30), s)
                or re.search(r"(?:(?i:its|his|her|their|the|a|an)|[A-Z][\w.-]*[’']s)"
                             r"\s+[\w\s-]{1,40},\s*$", masked[max(0, s - 50):s])):
            if len(name_tokens) <= 3:
                candidates.setdefault(surname, (name, []))[1].append((s, e))
                firsts.setdefault(name.split()[0], set()).add(surname)
            return
        if len(name_tokens) > 4:
            return
        longer = next((k for k, p in proposed.items() if p.kind == "person" and p.name != name
                       and p.name.endswith(" " + name)), None)
        if longer is not None:  # 'Di Modica' after 'Arturo Di Modica'
            found.append(Mention(s, e, longer, "person", False, proposed[longer].name))
            return
        key = slugify(name)
        proposed.setdefault(key, Proposed(key, name, "person"))
        surnames.setdefault(surname, key)
        bare = re.sub(r"^(?i:al|el|ad|as|an|ar|at|bin|ibn|abu|van|von|de|di|da|le|la)-", "", surname)
        if bare != surname and bare[:1].isupper():
            surnames.setdefault(bare, key)  # 'Bashir' after 'Omar Al-Bashir'
        # a feature calls people by their first name too: 'Tao told the little girl'
        given.setdefault(name.split()[0], set()).add(key)
        found.append(Mention(s, e, key, "person", False, name))
        # the earlier places of this very name are this person's; another full name of the same
        # surname ('Fidel Castro' before 'Raul Castro') is someone else, left a candidate
        others: list[tuple[int, int]] = []
        for a, b in candidates.pop(surname, (name, []))[1]:
            if name_text(text[a:b]).rstrip(".") == name:
                found.append(Mention(a, b, key, "person", False, name))
            else:
                others.append((a, b))
        if others:
            candidates[surname] = (name_text(text[others[0][0]:others[0][1]]).rstrip("."), others)

    # runs of capitalized words, each with whether a name the registry knows cut it
    groups: list[tuple[list[tuple[int, int, str]], bool]] = []
    covered = _covered(len(reading), taken)
    # each name's end, with the start of the first name found to end there: the name just before
    # a word, past blanks alone, is then a look at those blanks, not at every name and the text
    # between (which made long articles quadratic)
    ends: dict[int, tuple[int, int]] = {}
    for i, (a, b) in enumerate(taken):
        ends.setdefault(b, (i, a))

    def just_before(s: int) -> int | None:
        q = s
        while q > 0 and masked[q - 1].isspace():
            q -= 1
        near = [ends[b] for b in range(q, s) if b in ends]
        return min(near)[1] if near else None

    for run in _LINKED_RUN.finditer(reading):
        start, end = run.start(), run.end()
        group: list[tuple[int, int, str]] = []
        cut = False
        for token in _tokens(reading, masked, start, end):
            if covered.find(1, token[0], token[1]) >= 0:
                if group and re.fullmatch(r"of|for", group[-1][2]) and any(
                        t[2].rstrip(".").lower() in ORG_NOUNS for t in group):
                    group.append(token)  # 'Movement for the Liberation of Angola': all one name
                    continue
                if group:  # a name the registry knows ends the run: 'Treasury' Secretary …
                    groups.append((group, True))
                group, cut = [], True
                continue
            if group and "\n" in masked[group[-1][1]:token[0]] and \
                    _capitals(group[-1][2]) != _capitals(token[2]):
                # a header line in capitals ends at its line: 'THE WHITE HOUSE' is no word of
                # 'Office of the Press Secretary' below it
                groups.append((group, cut))
                group, cut = [], False
            group.append(token)
            word = token[2]
            if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and \
                    word.lower().rstrip(".") not in _KEEP_DOT:
                groups.append((group, cut))  # a full stop ends the sentence, and the name
                group, cut = [], False
        if group:
            groups.append((group, cut))
    runs = [piece for group_tokens, group_cut in groups for piece in _two_bodies(group_tokens, group_cut)]
    for tokens, cut in runs:
        while tokens and (tokens[0][2].lower().rstrip(".") in _NOT_NAMES
                          or tokens[0][2].lower().rstrip(".") in _CALENDAR
                          or re.fullmatch(_LINK + "|the", tokens[0][2])):
            tokens = tokens[1:]
        while tokens and (tokens[-1][2].lower().rstrip(".") in _CALENDAR
                          or re.fullmatch(_LINK + "|the", tokens[-1][2])):
            tokens = tokens[:-1]
        if not tokens:
            continue
        words = [t[2].rstrip(".").lower() for t in tokens]
        # "The Washington Post's national desk": the name ends on its noun; inside a name a
        # possessive owns what follows ("the Baath Party's Northern Bureau Command")
        words[-1] = _POSSESSIVE.sub("", words[-1])
        s, e = tokens[0][0], tokens[-1][1]
        surface = name_text(text[s:e]).rstrip(".")
        the = re.search(r"\b[Tt]he\s+$", masked[max(0, s - 4):s]) is not None
        if cut and not the and _looks_like_speaker(masked, s, e):
            # 'The Velmora Courier' where the registry knows 'Velmora': the newspaper all the same
            before = just_before(s)
            if before is not None and re.search(r"\b[Tt]he\s+$", masked[max(0, before - 4):before]):
                the, cut, s = True, False, before
                found.drop(before, before + 1, known_only=True)
        if cut and len(words) == 1 and words[0] in ORG_NOUNS:
            # 'U.S. Navy', 'Russian Army': the state's own body, under the state's name
            before = just_before(s)
            if before is not None:
                organization(before, e)
                continue
        named = body_named_before(words[0], s) if the and len(words) == 1 and not cut else None
        if named is not None:
            # 'The Fund added' after 'the International Monetary Fund'
            found.append(replace(named, start=s, end=e - (masked[e - 1] == ".")))
            continue
        head = _org_head(words)
        serving = next((i for i in range(head - 1, 0, -1) if words[i] == "for"), None) \
            if head else None
        if head is not None and serving is not None and head - serving > 1 and not any(
                w in ORG_NOUNS or w in _TITLE_WORDS for w in words[:serving]):
            # 'Middle East and North Africa for Amnesty International': a region the body works
            # in, then the body
            first = serving + 1 + (words[serving + 1] == "the")
            tokens, words = tokens[first:], words[first:]
            s = tokens[0][0]
            surface, the = name_text(text[s:e]).rstrip("."), False
        if surface in _ORG_NAMES or _ACRONYM.fullmatch(surface) or (
                the and not cut and _looks_like_speaker(masked, s, e)
                and not any(w in ROLE_NOUNS for w in words)):
            # 'The Velmora Courier called it', 'according to the New York Times': no person
            # is 'the' anything
            organization(s, e)
            continue
        head = _org_head(words)
        link = next((i for i in range(2, head) if words[i] == "of"), None) if head else None
        if head is not None and link is not None and words[link - 1] not in _TITLE_WORDS and not any(
                w in ORG_NOUNS or w in states.ADJECTIVES for w in words[:link]):
            # 'Wolfango Piccoli of the Eurasia Group': a person, then the body they are of
            person(tokens[:link], False, cut,
                   _looks_like_speaker(masked, tokens[0][0], tokens[-1][1]))
            first = link + 1 + (words[link + 1] == "the")
            tokens, words, head = tokens[first:], words[first:], head - first
            s = tokens[0][0]
        if head is not None:
            # 'Ministry of Foreign Affairs' all of it; 'State Department Under Secretary … Wendy
            # Sherman' the department, then a person with her role
            last = head
            owner = next((i for i in range(head - 1, -1, -1)
                          if re.fullmatch(r"(?:Department|Ministry)[’']s", tokens[i][2])), None)
            if owner is not None:
                # "the Commerce Department’s Bureau of Industry and Security": the bureau, named
                # as it names itself ('BIS'), not after the department that owns it
                s = tokens[owner + 1][0]
            while last + 2 < len(words) and re.fullmatch(_LINK, tokens[last + 1][2]) and not any(
                    w in ROLE_NOUNS for w in words[last + 2:]) and not (
                    # 'the Kennedy Space Center on STS-1': a mission's number is no name's word
                    last + 3 == len(words) and re.match(r"-?\d", masked[tokens[-1][1]:])):
                last = len(words) - 1
            while last + 1 < len(words) and words[last + 1] in LEGAL_FORMS:
                last += 1  # 'Novax Group S.A.', 'Acme Holdings Private Limited': its form too
            if last + 1 < len(words) and words[last + 1] in _THING_ENDS:
                continue  # "Singapore's Changi International Airport": a place
            organization(s, tokens[last][1])
            tokens = tokens[last + 1:]
            if not tokens:
                continue
        part: list[tuple[int, int, str]] = []
        after_link = False
        ended: list[tuple[int, int, str] | None] = [*tokens, None]
        for piece in ended:
            # 'Bill de Blasio': a particle between a given name and a surname is the name's
            particle = piece is not None and piece[2] == "de" and bool(part) and not any(
                w in ORG_NOUNS for w in words) and piece is not tokens[-1]
            if piece is None or (re.fullmatch(_LINK + "|the", piece[2]) and not particle):
                if part and not all(re.fullmatch(_LINK + "|the", t[2]) for t in part):
                    person(part, after_link, cut)
                # 'Assistant Secretary of State for African Affairs Linda Thomas-Greenfield':
                # the office runs on over its links up to the name
                # 'Minister of the Interior Arye Derry': two links in a row keep it running too
                after_link = after_link or (
                    bool(part) and part[-1][2].rstrip(".").lower() in ROLE_NOUNS)
                part = []
            else:
                part.append(piece)
    for label in labels:
        # a radio script's 'SERENO: "…"': the person of that surname the article names, else
        # a person the label alone names
        word = label.group(1)
        shown = " ".join(w.capitalize() for w in re.split(r"\s+", word))
        label_key = next((k for k, p in proposed.items() if p.kind == "person"
                          and p.name.split()[-1].upper() == word.split()[-1]), None)
        if label_key is None:
            label_surname = shown.split()[-1]
            written = rf"\b([A-Z][a-z][\w’'-]*)\s+{re.escape(label_surname)}\b"
            first_name = next((g for g in re.findall(written, masked)
                               if g.lower() not in _NOT_NAMES and g.lower() not in _TITLE_WORDS),
                              None)
            full = f"{first_name} {label_surname}" if first_name and " " not in shown else shown
            label_key = slugify(full)
            proposed.setdefault(label_key, Proposed(label_key, full, "person"))
        found.append(Mention(label.start(1), label.end(1), label_key, "person", False,
                             proposed[label_key].name))
    unclaimed: list[Mention] = misspelled
    mentions = _one_person_each(text, found.kept(), proposed,
                                [c for c in candidates.values() if " " in c[0]], kin_of,
                                unclaimed)
    unsure = {full: places for full, places in candidates.values()
              if " " in full and slugify(full) not in proposed}
    return Names(mentions, proposed, unsure, unclaimed)


_POSSESSIVE = re.compile(r"[’']s$")


def _two_bodies(tokens: list[tuple[int, int, str]], cut: bool
                ) -> list[tuple[list[tuple[int, int, str]], bool]]:
    """A run of capitals that names two bodies joined by 'and' ('the Washington Post and the
    Huffington Post'), as two runs: each side ends on a body's noun, and 'the' opens the second or
    each side is a name of its own. One name's own 'and' stays ('Bureau of Industry and
    Security', 'Army and Navy Club')."""
    def body_noun(token: tuple[int, int, str]) -> bool:
        return _POSSESSIVE.sub("", token[2].rstrip(".").lower()) in ORG_NOUNS

    for i, token in enumerate(tokens):
        if token[2] != "and" or i == 0 or i + 1 >= len(tokens) or not body_noun(tokens[i - 1]) \
                or not body_noun(tokens[-1]):
            continue
        the = tokens[i + 1][2] == "the"
        right = tokens[i + 2:] if the else tokens[i + 1:]
        if right and (the or (i > 1 or cut) and len(right) > 1):
            return [(tokens[:i], cut), *_two_bodies(right, False)]
    return [(tokens, cut)]


# what follows a surname and is no part of it: 'Joseph R. Biden Jr.'
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _surname_forms(name: str) -> set[str]:
    """The forms a person's surname alone takes in the article: 'Bush' of 'George W. Bush',
    'Bashir' and 'Al-Bashir' of 'Omar al-Bashir'."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _SUFFIXES]
    if len(words) < 2:
        return set()
    last = words[-1]
    forms = {last, last[:1].upper() + last[1:]}
    bare = re.sub(r"^(?i:al|el|ad|as|an|ar|at|bin|ibn|abu|van|von|de|di|da|le|la)-", "", last)
    if bare != last and bare[:1].isupper():
        forms.add(bare)
    return forms


def _without_initials(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A full name's words apart from its middle initials and suffix, in small letters and with
    the given name a shortened one stands for, and those initials: 'George W. Bush' is
    ('george', 'bush') with ('W',), 'Joe Biden' ('joseph', 'biden') with none."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _SUFFIXES]
    middle = words[1:-1]
    initials = tuple(w.rstrip(".") for w in middle if re.fullmatch(r"[A-Z]\.?", w))
    rest = [w.lower() for w in middle if not re.fullmatch(r"[A-Z]\.?", w)]
    given = [_GIVEN.get(w.lower(), w.lower()) for w in words[:1]]
    return (*given, *rest, *(w.lower() for w in words[-1:])), initials


# the given names the press shortens, each to the one it stands for: 'Joe Biden' is 'Joseph R.
# Biden Jr.', 'Tony Blinken' 'Antony J. Blinken'
_GIVEN = {"joe": "joseph", "bill": "william", "will": "william", "billy": "william",
          "bob": "robert", "rob": "robert", "bobby": "robert", "mike": "michael", "jim": "james",
          "jimmy": "james", "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard",
          "chuck": "charles", "charlie": "charles", "ted": "edward", "ed": "edward",
          "eddie": "edward", "tony": "anthony", "antony": "anthony", "dan": "daniel",
          "danny": "daniel", "dave": "david", "steve": "steven", "stephen": "steven",
          "chris": "christopher", "nick": "nicholas", "matt": "matthew", "pat": "patrick",
          "sam": "samuel", "ben": "benjamin", "alex": "alexander", "andy": "andrew",
          "ken": "kenneth", "larry": "lawrence", "greg": "gregory", "jeff": "jeffrey",
          "don": "donald", "ron": "ronald", "fred": "frederick", "liz": "elizabeth",
          "beth": "elizabeth", "kate": "katherine", "katie": "katherine", "sue": "susan",
          "jenny": "jennifer", "jen": "jennifer", "vlad": "vladimir"}


def _one_person_each(text: str, mentions: list[Mention], proposed: dict[str, Proposed],
                     candidates: list[tuple[str, list[tuple[int, int]]]], kin_of: set[str],
                     unclaimed: list[Mention]) -> list[Mention]:
    """One person, one actor. A surname alone, or a title with it ('Bush said', 'Mr. Bush',
    'Secretary Rubio'), is the one person the article names in full with that surname, wherever
    it names them, before or after; where it names two in full ('George H. W. Bush' and
    'George W. Bush', 'Fidel' and 'Raúl Castro') the surname alone is nobody's for the rules,
    and its quotes are left to review, never given to either. A middle initial, a suffix or a
    shortened given name makes no second person: 'George Bush' beside 'George W. Bush', 'Joe
    Biden' beside 'Joseph R. Biden Jr.' are one actor each."""
    full: dict[str, str] = {}  # key -> full name, of every person named in full
    known = {m.key for m in mentions if m.known}
    for m in mentions:
        if m.kind == "person" and not m.name.startswith("@") and _surname_forms(m.name):
            full.setdefault(m.key, m.name)
    places_of: dict[str, list[tuple[int, int]]] = {}
    for name, places in candidates:
        # a full name the article gives without saying whose it is still names a person of
        # that surname: 'Castro' beside 'Fidel Castro' and 'Raúl Castro' is neither
        if _surname_forms(name) and name not in states.NAMES:
            full.setdefault(slugify(name), name)
            places_of.setdefault(slugify(name), []).extend(places)
    merged: dict[str, str] = {}
    groups: dict[tuple[str, ...], list[str]] = {}
    for key, name in full.items():
        groups.setdefault(_without_initials(name)[0], []).append(key)
    for keys in groups.values():
        marked = {_without_initials(full[k])[1] for k in keys} - {()}
        if len(keys) > 1 and len(marked) <= 1:
            # the registry's actor first, else the fullest name: 'George W. Bush'
            keep = max(keys, key=lambda k: (k in known, len(full[k]), k in proposed))
            merged.update((k, keep) for k in keys if k != keep)
    owners: dict[str, set[str]] = {}
    for key, name in full.items():
        for form in _surname_forms(name):
            if key not in kin_of:  # "Kohail's brother, Sultan" is not the 'Kohail' of the story
                owners.setdefault(form, set()).add(merged.get(key, key))
    touched: set[str] = set(merged)
    kept: list[Mention] = []
    for m in mentions:
        if m.kind != "person":
            kept.append(m)
            continue
        surface = name_text(text[m.start:m.end]).rstrip(".")
        key = merged.get(m.key, m.key)
        given = m.key in full and full[m.key].split()[0] == surface  # 'Hope' of 'Hope Nibert'
        if " " not in surface and surface in owners and not given:
            whose = owners[surface]
            if len(whose) > 1:
                # two people of that surname: nobody's, for review; kept apart with no key, so
                # that no other rule reads the quote as the sentence before's person's
                touched.add(m.key)
                unclaimed.append(replace(m, key="", name=surface))
                continue
            key = next(iter(whose))
        if key != m.key:
            touched.add(m.key)
            if key not in proposed and not m.known:
                promoted = full[key]
                proposed[key] = Proposed(key, promoted, "person")
                kept += [Mention(s, e, key, "person", False, promoted)
                         for s, e in places_of.get(key, ())]
            target = proposed.get(key)
            m = replace(m, key=key, name=target.name) if target else replace(m, key=key)
        kept.append(m)
    referred = {m.key for m in kept}
    for key in touched - referred:
        if key in proposed and proposed[key].kind == "person":
            del proposed[key]
    kept.sort(key=lambda m: m.start)
    return kept


_SPEAKER_LABEL = re.compile(rf"(?m)(?:^|(?<=[.!?){quotation_marks.IN_CLOSING}] ))"
                            r"([A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?):[ \t]*"
                            rf"(?=[{quotation_marks.IN_DOUBLE}])")


# days that are named like people: 'Memorial Day', 'Election Day', "International Women's Day"
_HOLIDAY_WORDS = {"memorial", "election", "independence", "labor", "labour", "thanksgiving",
                  "christmas", "veterans", "remembrance", "armistice", "victory", "inauguration",
                  "boxing", "national", "international", "world", "earth", "constitution", "unity",
                  "republic", "flag", "easter", "martyrs", "d"}
# the last word of what is named like a person and is a place or a thing: 'Henleaze Road',
# 'Nobel Peace Prize', 'Distinguished Warfare Medal'
_THING_ENDS = {"road", "street", "avenue", "boulevard", "square", "bridge", "airport", "district",
               "province", "region", "island", "islands", "river", "mountains", "valley", "desert",
               "ocean", "gulf", "stadium", "medal", "prize", "award", "cup", "trophy",
               "championship", "championships", "olympics", "release"}
# offices no one bears as a surname: 'LA Sheriff' is an office, not a person
_OFFICE_ENDS = ROLE_NOUNS - {"king", "queen", "prince", "bishop", "cardinal", "marshal", "judge",
                             "pilot", "chancellor", "speaker", "head", "chief", "general", "chair",
                             "counsel", "doctor", "editor", "warden", "admiral", "captain",
                             "colonel", "mediator", "deputy", "vice", "pastor", "mp", "leader"}
# a name that stands before a common noun names a kind of thing: 'the Resolute Support mission',
# 'the National Iodine Nutrition study', '86th Aeromedical Evacuation squadrons'
_THING_AFTER = re.compile(r"[^\S\n]+(?:missions?|study|studies|squadrons?|exhibits?|exhibitions?"
                          r"|program(?:me)?s?|projects?|initiatives?|browsers?|costumed?"
                          r"|software|operations?)\b")


# each office of seven letters or more with one letter left out: 'minster' for 'minister'
_OFFICE_OMISSIONS = {r[:i] + r[i + 1:] for r in ROLE_NOUNS if len(r) >= 7
                     for i in range(len(r))} - ROLE_NOUNS - _NOT_NAMES
# the first word of what is named like a person and is an undertaking: 'Operation Al Fajr'
_THING_FIRST = {"operation", "exercise"}


def _misspelt_office(word: str) -> bool:
    """'Prime Minster Silvio Berlusconi': an office with a letter left out, before a full name."""
    return word in _OFFICE_OMISSIONS


def _trade(word: str) -> bool:
    """'Environmentalist Mark Lynas' opening a sentence: a trade, written in capitals there only
    (within one, 'Scientologist Tom Cruise' is a proper word of his)."""
    return len(word) > 7 and word.endswith("ist")


def _opens_sentence(masked: str, start: int) -> bool:
    return start == 0 or re.search(r"(?:[.!?][\"”’)]?[^\S\n]+|\n[^\S\n]*)$",
                                   masked[max(0, start - 6):start]) is not None


def _no_person(name: str, masked: str, end: int) -> bool:
    """A run of capitals a reader never takes for a person: a day, a place or a thing named by
    its last word, an office alone, or a name used of a thing after it."""
    words = [w.replace("’", "'") for w in name.split()]
    last = words[-1].lower()
    if last == "day" and any(w.lower() in _HOLIDAY_WORDS or w.endswith(("'s", "s'"))
                             for w in words[:-1]):
        return True
    if words[0].lower() in _THING_FIRST:
        return True
    return last in _THING_ENDS or last in _OFFICE_ENDS or _THING_AFTER.match(masked, end) is not None


def _spelled_like(surname: str, others: Iterable[str]) -> bool:
    """Whether a surname of some length is spelled almost as another the article gives:
    'Bauchtman' as 'Buchtmann', 'Water' as 'Waters'."""
    word = surname.lower()
    return len(word) >= 5 and any(
        other.lower() != word and other[:1].lower() == word[:1]
        and difflib.SequenceMatcher(None, word, other.lower()).ratio() >= 0.8 for other in others)


def _capitals(word: str) -> bool:
    """A word in capitals only ('HOUSE', not 'U.S.' nor 'A')."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and "." not in word


def _org_head(words: list[str]) -> int | None:
    """Where an organization's name ends on its noun: 'State Department', 'Ministry' of 'Ministry
    of Foreign Affairs'; a noun in first place names nothing ('Department officials')."""
    for i, w in enumerate(words):
        if w in _TITLE_NOUNS and i + 1 < len(words) and words[i + 1] in ROLE_NOUNS:
            # 'Pentagon Press Secretary Navy Rear Adm. John Kirby': an office and its holder, no
            # body named 'Press' nor one named after the office
            return None
        if w in ORG_NOUNS and (i > 0 or (len(words) > 2 and re.fullmatch(_LINK, words[1]))):
            while i + 1 < len(words) and words[i + 1] in ORG_NOUNS:
                i += 1  # 'National Press Club': the body ends on its last noun
            return i
    return None


# a day a body is named after: 'January 25 Youth Coalition', 'April 6 Youth Movement'
_DATE_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September"
                          r"|October|November|December)\s+\d{1,2}\s+$")


# a noun of bodies alone names none: 'University', 'Office'
_GENERIC_BODIES = {"office", "department", "agency", "university", "college", "school",
                   "institute", "company", "corporation", "group", "committee", "commission",
                   "bureau", "board", "center", "centre", "ministry", "court", "bank", "union",
                   "association", "foundation", "fund", "service", "authority", "council"}
# nouns of bodies that also open an office: 'press secretary', 'news editor'
_TITLE_NOUNS = {"press", "news"}


# a name in brackets after a role: 'a Defense Department spokesman (Bryan Whitman) said'
_ROLE_BRACKET = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ROLE_NOUNS))
                           + r")\s*\(\s*$")


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")


# what introduces a person by one name: 'a lawyer named Samantha', "Cohen's mother, Ruth,"
_KIN_WORDS = (r"mother|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather"
              r"|uncle|aunt|cousin")
_NAMED = re.compile(rf"(?:\b(?:named|called|identified as|known as|identified (?:himself|herself|"
                    rf"themselves) as)|\b(?:{_KIN_WORDS}|friend|neighbou?r|colleague|girlfriend"
                    rf"|boyfriend|partner),)\s+$")


_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}(?:\s+[A-Z][a-z]+){0,3}")
# "Cohen's mother, Ruth,"
_KIN = re.compile(rf"\b([A-Z][\w-]+)[’']s\s+(?:{_KIN_WORDS}),\s+$")
# a name that opens a clause as its subject: 'Ellis Richard Salvia gave his reasons'
_SUBJECT_AFTER = re.compile(r"\s+(?:(?:also|then|later|now|still|first|once|never|often|[a-z]+ly)\s+)?"
                            r"(?:is|was|has|had|gave|went"
                            r"|took|made|came|got|[a-z]+ed|[a-z]+s)\b")
# … but not a place: 'in West Darfur was', 'the Jebel Moon has'
_PLACE_BEFORE = re.compile(r"\b(?:in|at|of|from|to|near|into|across|outside|the|on)\s+$")
# the region of a person's home town: 'Victor Thibault, 38, of Digby, Nova Scotia'
_REGION_OF_PLACE = re.compile(r",\s*\d{1,3},\s+(?:of|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,\s+$")


_KEEP_DOT = {"u.s", "u.n", "u.k", "jr", "sr", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
             "lt", "col", "sgt", "capt", "adm", "prof", "st", "maj", "rev", "amb", "cpl", "pvt",
             "brig", "cmdr", "hon"}
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _tokens(reading: str, masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of reading[start:end], each as the article spells it without invisible
    characters: 'Presi\u00addent' is a role."""
    spans = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", reading[start:end])]
    return [(s, e, _INVISIBLE.sub("", masked[s:e])) for s, e in spans]


# the verbs of speech news writing uses, shared with the speakers' rules
VERBS = (r"said|says|say|told|tells|added|adds|wrote|writes|warned|warns|declared|insisted|noted"
         r"|argued|replied|responded|explained|stated|asked|asks|urged|pledged|vowed|countered"
         r"|cautioned|admitted|acknowledged|conceded|claimed|announced|posted|tweeted|recalled"
         r"|remarked|continued|predicted|joked|complained|observed|indicated|called|insists"
         r"|dismissed|described|denounced|branded|emailed|texted|reported|opined|characteri[sz]ed"
         r"|saying|asserted|asserts|alleged|alleges|maintained|maintains|suggested|stressed"
         r"|emphasi[sz]ed|promised|promises|charged|accused|wondered|quipped|boasted|lamented"
         r"|reiterated|confirmed|testified|estimated|conceded|recounted|remembered|shouted"
         r"|condemned|critici[sz]ed|termed|labell?ed|slammed|hailed|concluded|notes|reasoned"
         # only before the words they open: not 'commented that …', 'continues to provide'
         r"|commented(?=\s*,)|continues(?=\s*,)|calls"
         # right after the words it gives, never the noun: '“…,” states Dana Perino'
         r"|(?<=[”\"]\s)states"
         r"|according to")
# a person's age and home town after the name: 'Victor Thibault, 38, of Digby, Nova Scotia said'
AGE_AND_HOME = r"(?:,\s*\d{1,3}(?:,\s*(?:of|from)\s+[A-Z][\w.-]*(?:,?\s+[A-Z][\w.-]*){0,3})?,?)"
_SPEECH_AFTER = re.compile(rf"^(?:,[^,{quotation_marks.IN_DOUBLE}]{{1,80}},|{AGE_AND_HOME})?\s+"
                           rf"(?:(?:has|had|also|later|then|again)\s+)*(?:{VERBS})\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|according to|asked|wrote|continued|tweeted"
                            r"|emailed|posted)\s+$")


# a quotation credited after a dash: '“…” – Harbour resident Mira Soll on the storm'
CREDIT_AFTER_QUOTE = re.compile(r"[”\"]\s+[–—-]\s+(?:[\w.’'-]+\s+){0,3}?$")


# a particle written with a capital, as at a sentence's start: 'Al-Majid', 'El-Sisi'
_CAPITAL_PARTICLE = re.compile(r"(?:Al|El|Ad|As|An|Ar|At|Bin|Ibn|Abu|Van|Von|De|Di|Da|Le|La)-[A-Z]")
# 'with Boswell stating: “…”': a clause of its own, whose subject speaks
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:saying|stating|adding|writing|noting|telling|arguing"
                               r"|explaining|declaring|claiming|insisting)\b")


def _looks_like_speaker(masked: str, start: int, end: int) -> bool:
    return bool(_SPEECH_AFTER.match(masked[end:end + 120])
                or (_WITH_BEFORE.search(masked, max(0, start - 6), start)
                    and _PARTICIPLE_AFTER.match(masked, end))
                or _SPEECH_BEFORE.search(masked[max(0, start - 30):start])
                or CREDIT_AFTER_QUOTE.search(masked, max(0, start - 50), start))


def role_before(text: str, name_start: int) -> str | None:
    """The role written before a name: 'Kremlin spokesman', 'Secretary of State', 'former
    Russian military intelligence official'; not 'spokesman for', which is someone else's."""
    window = max(0, name_start - 120)
    picked: list[str] = []
    boundary = name_start
    for m in reversed(list(re.finditer(r"\S+", text[window:name_start]))):
        s, e = window + m.start(), window + m.end()
        word = _INVISIBLE.sub("", m.group(0))
        if text[e:boundary] not in (" ", "\u00a0") or not word or word[-1] in ",;:)”\"—–" or (
                word[-1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word)):
            break  # a role never runs back over the end of a sentence: '… on. EU foreign policy chief'
        lowered = word.lower().rstrip(".")
        if not picked and lowered in ("and", "or"):
            return None  # 'Ryan Grim, Washington bureau chief and Sam Stein': the role is Grim's
        before_word = text[max(window, s - 20):s].split()[-1:] or [""]
        if lowered in ("for", "to", "with") and before_word[0].lower() in _FOR_SOMEONE:
            break  # 'a spokesman for Russian President Vladimir Putin': his role is 'President'
        if word[0].isupper():
            if (lowered in _NOT_NAMES and lowered not in ROLE_NOUNS) or lowered in _CALENDAR:
                break
        elif re.fullmatch(VERBS, lowered):
            break  # a verb of speech ends the role: '“…,” insisted Mayor Varn'
        elif lowered in _ROLE_LINKS and any(w.lower().rstrip(".") in ROLE_NOUNS for w in picked):
            break  # 'the trial of former president', 'Weah and former minister': a role ends
        elif re.search(r"(?:ing|ed)$", lowered) and lowered not in _PARTICIPLE_ROLES:
            break  # 'denying President', 'carried former president': a verb, no part of a role
        elif lowered not in ROLE_NOUNS and lowered not in _ROLE_LINKS and not (
                any(w.lower().rstrip(".") in ROLE_NOUNS for w in picked) and word.isalpha()
                and lowered not in _NOT_NAMES and lowered not in _NOT_MODIFIERS and len(picked) < 6):
            break  # a lower-case word stays only as a modifier of a role: 'trade envoy'
        picked.append(word)
        boundary = s
    picked.reverse()
    while picked and (picked[0].lower() in _ROLE_LINKS or picked[0].lower() in _NOT_MODIFIERS):
        picked = picked[1:]
    while picked and (picked[-1].lower() in _ROLE_LINKS or (
            picked[-1].lower().rstrip(".") in _HONORIFICS - ROLE_NOUNS)):
        picked = picked[:-1]  # never a role cut mid-phrase: 'vice president of the'; 'Sir' none
    if not any(w.lower().rstrip(".").split("-")[-1] in ROLE_NOUNS | PARTY_WORDS for w in picked):
        return None
    return " ".join(picked)


# participles that describe an office: 'acting president', 'ousted President'
_PARTICIPLE_ROLES = {"acting", "ousted", "retired", "outgoing", "incoming", "ruling", "exiled",
                     "jailed", "elected", "appointed", "deposed", "embattled", "founding",
                     "presiding", "governing", "leading", "visiting", "serving", "sitting",
                     "detained", "imprisoned", "reelected", "re-elected", "designated", "unnamed"}
_FOR_SOMEONE = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
                "attorney", "assistant", "close"}
# lower-case words that are no part of a role before a name
_NOT_MODIFIERS = {"said", "says", "told", "states", "that", "which", "who", "is", "was", "were", "are", "has",
                  "had", "have", "by", "with", "when", "after", "before", "while", "because",
                  "but", "if", "as", "than", "then", "also", "including", "like", "among", "to",
                  "from", "in", "into", "about", "over", "against", "not", "no",
                  # verbs whose past or present no '-ed' marks: 'George W. Bush met Prime Minister'
                  "met", "meets", "meet", "saw", "sees", "made", "makes", "took", "takes", "gave",
                  "gives", "sent", "sends", "spoke", "speaks", "became", "becomes", "led", "leads",
                  "held", "holds", "won", "wins", "beat", "chose", "left", "began", "came", "went",
                  "got", "heard", "found", "thanks", "welcomes", "joins", "visits", "hosts", "urges",
                  "and", "or"}


_APPOSITIVE_BEFORE = re.compile(
    r"\b(?:a|an|[Tt]he|its|their|his|her|[A-Z][\w’']*’s)\s+((?:[\w’'.-]+\s+){0,4}?[\w-]+)\s*,\s*$")
_APPOSITIVE_AFTER = re.compile(
    r"^\s*,\s+(?:the|a|an|its|[A-Z][\w’']*’s)\s+([^,.;“”\"()]{2,80}?)\s*(?:,|\.|;|$)")


# an office in apposition with no article, ending on its noun: 'Ryan Grim, Washington bureau
# chief and Sam Stein, senior politics editor, wrote'
ROLE_APPOSITION = re.compile(r",[^\S\n]+((?:[A-Z][\w.’'-]*[^\S\n]+){0,2}(?:[a-z][\w-]*[^\S\n]+){0,3}"
                             r"[a-z][\w-]*)(?=,|[^\S\n]+and[^\S\n]+[A-Z])")


# a person's age in apposition after the name: ', 23,'
_AGE_AFTER = re.compile(r",\s*\d{1,3},")


def role_around(text: str, start: int, end: int) -> str | None:
    """A role given before the name, or in an apposition: 'a new president, Masoud Pezeshkian'
    or 'Mara Quell, the interior minister,'."""
    role = role_before(text, start)
    if role:
        return role
    m = _APPOSITIVE_BEFORE.search(text[max(0, start - 80):start])
    if m and m.group(1).split()[-1].lower() in ROLE_NOUNS:
        return m.group(1)
    m = _APPOSITIVE_AFTER.match(text[end:end + 100])
    if m and any(w.lower() in ROLE_NOUNS for w in m.group(1).split()):
        return m.group(1)
    m = ROLE_APPOSITION.match(text, end)
    if m and m.group(1).split()[-1] in ROLE_NOUNS:
        return m.group(1)
    return None
