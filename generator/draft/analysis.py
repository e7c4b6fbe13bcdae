"""What the rules find in an article: quotes and their speakers, actors the registry knows and
new ones proposed, dates, and sentences about sanctions, denials and pledges for review."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from .. import look_alike
from ..article import furniture, quotation_marks, states, transcript
from ..article.dates import WEEKDAYS, FoundDate, find_dates
from ..article.names import (
    ORG_NOUNS,
    ROLE_APPOSITION,
    ROLE_NOUNS,
    STATE_WORD,
    Mention,
    Names,
    Proposed,
    Registry,
    find_names,
    name_text,
    needs_state,
    role_around,
    slugify,
)
from ..article.speakers import Attribution, Frame, Speakers
from ..article.text import (
    CLOSE_CURLY,
    OPEN_CURLY,
    Paragraph,
    Quote,
    Sentence,
    as_read,
    find_quotes,
    is_not_said,
    is_title,
    masked,
    paragraphs,
    sentence_at,
    sentences,
)
from ..content.dates import MONTHS
from ..content.model import Actor, QuoteText
from ..verify import matching, quoted_text
from .fields import TITLE_SHOWN, model_says, plain, verbatim
from .ids import unique
from .referents import READ_BACK, refer_back

_QUOTE_TEXT = TypeAdapter(QuoteText)

_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|denial|reject(?:s|ed)?|dismiss(?:es|ed)?|"
                     r"refut(?:e|es|ed)|pushed back|push back|disputes?d?)\b", re.IGNORECASE)
_PLEDGE = re.compile(r"\b(?:pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|commit(?:s|ted)?"
                     r" to|swore|sworn to)\b", re.IGNORECASE)
_TARGET_WORDS = re.compile(r"\b(?:on|against|targeting|over)\b")


@dataclass
class DraftQuote:
    quote: Quote
    text: str
    attribution: Attribution
    known: bool  # the speaker is in the registry
    setting: str  # as the article says it was said, or "" for review
    date: str | None
    id: str = ""
    unmarked: bool = False  # a transcript's answer: the speaker's words without quotation marks


@dataclass
class ActorEntry:
    actor: str
    role: str | None
    mentions: list[str]
    known: bool = True  # in the registry, else a proposed actor


@dataclass
class Candidate:
    """A sentence proposed as a sanction or a denial, for the analyst to judge."""

    sentence: str
    date: str
    first: list[str]  # imposers / who denies
    second: list[str]  # targets
    quotes: list[str] = field(default_factory=list)
    measure: str = ""  # a sanction's measure in the article's words, or none found


@dataclass
class Event:
    date: FoundDate
    what: str
    actors: list[str]
    id: str = ""


@dataclass
class Analysis:
    text: str
    published: date
    dateline: str | None
    authors: list[str]
    lead: str  # the story's first sentence, after any headline, byline and dateline
    headline: str | None
    outlet: str | None
    key_points: list[str]
    quotes: list[DraftQuote]
    actors: list[ActorEntry]
    proposed: list[Proposed]
    proposed_roles: dict[str, str]
    events: list[Event]
    sanctions: list[Candidate]
    denials: list[Candidate]
    pledges: list[Candidate]
    # passages the rules took for quotations that `check` would refuse: (words, why), for review
    unverified: list[tuple[str, str]] = field(default_factory=list)
    title: str | None = None  # as written: the headline, else the lead, as the model takes it
    outlet_given: bool = False  # the outlet is the one `--outlet` names, not one the rules found


def analyse(text: str, registry: list[Actor], published: date, outlet: str | None = None
            ) -> Analysis:
    text = as_read(text)
    head = furniture.read(text)
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    blank = masked(text, quotes)
    sents = sentences(blank, paras, quotes)
    # the summary's own sentences also end before a quotation: the lead is not three of them
    told = sentences(blank, paras, quotes, before_quotes=True)
    index = Registry(registry)
    names = find_names(text, blank, index)
    _bodies_of_states(names, text, blank, head.dateline)
    _registry_first(names, registry)
    _short_forms(names, registry)
    answers = _transcript(text, paras, names, index)
    speakers = Speakers(text, blank, paras, sents, quotes,
                        sorted([*names.mentions, *names.unclaimed], key=lambda m: m.start))
    attributions = speakers.attribute()
    for a in attributions:
        if a.speaker == "":
            a.speaker = None
            a.how += (": two people of that surname are named in full, or it is spelled like"
                      " another's the article gives, left to review")
    described = _people_described(names, blank)
    _pronouns_in_doubt(attributions, quotes, paras, blank, described)
    _another_opens_before(attributions, sents, names.mentions)
    refer_back(attributions, quotes, text, blank, paras, sents, names.mentions)
    for q, a in zip(quotes, attributions, strict=True):
        if _NAME_GIVEN.search(blank, max(0, q.open_at - 40), q.open_at):
            # 'such incidents … are called “green on blue” incidents': a name some give a thing
            a.speaker = a.source = a.organization = None
            a.how = "a name given to a thing (“are called”), nobody's words"
        elif _HEARD_BEFORE.search(blank, max(0, q.open_at - 160), q.open_at) or (
                q.closed and _HEARD_AFTER.match(blank, q.end + 1)):
            # '“Don’t give up on the mission” is the message he gets from service members': the
            # words of those he hears them from, whom the rules do not read
            a.speaker = a.source = a.organization = None
            a.how = "words someone is told by others (“the message he gets from”), left to review"
    trailer = _trailer(paras, text)
    body = paras[:-1] if trailer and len(paras) > 1 else paras
    prose = _marked_as_read(text, quotes)

    draft_quotes: list[DraftQuote] = []
    # many quotes may share a sentence and a paragraph: each is read once, not once per quote
    dates_in: dict[int, list[FoundDate]] = {}
    settings: dict[tuple[int, int], str] = {}
    around: dict[int, tuple[str, ...]] = {}  # the settings each paragraph's words give
    for q, a in zip(quotes, attributions, strict=True):
        if is_title(text, q) or is_not_said(text, q):
            continue  # “Charging Bull”, what some call “the deal of the century”: nobody's words
        frame_sentence = _sentence_of(told, a.frame.verb_start if a.frame else q.open_at)
        if frame_sentence.start not in dates_in:
            dates_in[frame_sentence.start] = find_dates(blank, frame_sentence.start,
                                                        frame_sentence.end, published)
        when = _said_on(blank, frame_sentence, dates_in[frame_sentence.start], a.frame,
                        q.open_at)
        if when is None and a.how.startswith("continues") and draft_quotes:
            when = draft_quotes[-1].date
        if (frame_sentence.start, q.paragraph) not in settings:
            if q.paragraph not in around:
                para = paras[q.paragraph]
                around[q.paragraph] = _settings_in(blank[para.start:para.end])
            settings[frame_sentence.start, q.paragraph] = _setting(
                blank, frame_sentence, around[q.paragraph])
        setting = settings[frame_sentence.start, q.paragraph]
        draft_quotes += [DraftQuote(piece, " ".join(text[piece.start:piece.end].split()), a,
                                    a.speaker in index.actors, setting, when)
                         for piece in _per_paragraph(text, q)]
    if answers:
        said = _settings_in(" ".join(x for x in (head.headline, paras[0].text) if x))
        draft_quotes += [replace(dq, setting=said[0] if said else "") for dq in answers]
        draft_quotes.sort(key=lambda dq: dq.quote.start)
    article = matching.normalize(text)
    draft_quotes, unverified = verifiable(article, draft_quotes)
    for dq in draft_quotes:
        # a description is the article's words, as `check` will look for them, or none
        if dq.attribution.source is not None:
            dq.attribution.source = verbatim(dq.attribution.source)
            if dq.attribution.source is None:
                dq.attribution.organization = None
    _name_quotes(draft_quotes, index, names.proposed)

    actors, proposed_roles = _actors(text, article, names.mentions, index, names.proposed)
    for key, role in proposed_roles.items():
        names.proposed[key].role = role
    start = head.story_start
    body = [p for p in body if p.end > start]
    at = text.find(head.headline) if head.headline else -1
    headline = prose[at:at + len(head.headline)] if head.headline and at >= 0 else head.headline
    lead_sentence = next((s for s in told if s.end > start), None)
    lead = name_text(prose[max(start, lead_sentence.start):lead_sentence.end]) if lead_sentence else ""
    key_points: list[str] = []
    for p in body[:6]:
        if text[p.start] in quotation_marks.DOUBLE or len(key_points) == 3:
            continue
        first = _sentence_of(told, max(p.start, start))
        point = name_text(prose[max(first.start, start):first.end])
        if point:  # a paragraph of characters that print nothing says nothing
            key_points.append(point)
    analysis = Analysis(
        text=text, published=published, dateline=head.dateline,
        authors=head.authors or _authors(trailer), lead=lead, headline=headline,
        outlet=outlet or head.outlet or furniture.outlet_in(text), key_points=key_points, quotes=draft_quotes,
        actors=actors, proposed=[], proposed_roles=proposed_roles,
        events=_events(text, prose, blank, told, names.mentions, index, published, start, trailer),
        sanctions=_sanctions(prose, blank, body, told, names.mentions, published, draft_quotes,
                             start, (at, at + len(head.headline)) if head.headline and at >= 0 else None,
                             head.deck),
        denials=_candidates(_DENIAL, prose, blank, body, told, names.mentions, index, published,
                            draft_quotes, start),
        pledges=_candidates(_PLEDGE, prose, blank, body, told, names.mentions, index, published,
                            draft_quotes, start),
        unverified=unverified, outlet_given=outlet is not None,
    )
    _quoted_as_checked(analysis, article)
    _select_proposals(analysis, names.proposed, names.mentions, blank, head.story_start,
                      (at, at + len(head.headline)) if head.headline and at >= 0 else (0, 0),
                      head.deck or (0, 0))
    return analysis


# what gives a thing its name before the name in quotation marks: 'are called “green on blue”'
_NAME_GIVEN = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:called|termed"
                         r"|dubbed|nicknamed|known\s+as|labell?ed)\s+$")
# the words a speaker hears from others, told of before or after them: 'The main message he gets
# from service members …, though, is “…”', '“…” is the message he gets from service members'
_HEARD = (r"(?:message|messages|words|advice|plea|request|refrain)\s+(?:that\s+)?(?:he|she|they|we|I)"
          r"\s+(?:gets?|got|hears?|heard|receives?|received)\s+from\b")
_HEARD_BEFORE = re.compile(rf"\b{_HEARD}[^.“”\"]*\b(?:is|was|are|were)\s*$")
_HEARD_AFTER = re.compile(rf"[\s,]*(?:is|was|are|were)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?{_HEARD}")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
_POSSESSIVE_END = re.compile(r"[’']s$")


def _transcript(text: str, paras: list[Paragraph], names: Names, index: Registry
                ) -> list[DraftQuote]:
    """A transcript's answers, each an unmarked quote of the person whose name opens its line
    (`Wang Wenbin: Since China and Italy signed …`); that person is an actor of the article,
    named wherever it names him (the headline gives his role: `Foreign Ministry Spokesperson
    Wang Wenbin’s Regular Press Conference`). A question is nobody's quote, and a questioner
    that is not a person (`Bloomberg:`, an outlet asking) is no actor of the story, however
    its question names it. An `A:` answer is left without a speaker, for review."""
    turns = transcript.turns(text, paras)
    if not turns:
        return []
    people: dict[str, tuple[str, bool]] = {}  # a speaker's label: the actor's id, in the registry
    opening: dict[int, list[Mention]] = {}  # the names found where each line opens
    for m in names.mentions:
        opening.setdefault(m.start, []).append(m)
    askers: set[str] = set()
    for t in turns:
        if t.label in (transcript.QUESTION, transcript.ANSWER) or t.label in people:
            continue
        key = index.named(t.label)
        if key is not None and key in index.actors:
            if index.actors[key].kind == "person":
                people[t.label] = (key, True)
            else:
                askers.add(key)
        elif _full_name(t.label) and not any(w.lower() in ORG_NOUNS for w in t.label.split()):
            key = slugify(t.label)
            names.proposed.setdefault(key, Proposed(key, t.label, "person"))
            people[t.label] = (key, False)
        else:
            askers |= {m.key for m in opening.get(t.label_start, [])}
    names.mentions = [m for m in names.mentions if m.key not in askers]
    # each capitalized run of up to four words looked up once: linear however many speakers
    words = [(w.start(), w.end() - (2 if _POSSESSIVE_END.search(w.group()) else 0))
             for w in _NAME_WORD.finditer(text)]
    starts = [m.start for m in names.mentions]
    ends = [m.end for m in names.mentions]
    found: list[Mention] = []
    for i, (at, _) in enumerate(words):
        for j in range(min(len(words), i + 4) - 1, i - 1, -1):
            end = words[j][1]
            if end - at > 200 or text[at:end] not in people:
                continue
            before = bisect.bisect_left(starts, end) - 1
            if before < 0 or ends[before] <= at:  # no name the article's reading found there
                key, known = people[text[at:end]]
                found.append(Mention(at, end, key, "person", known,
                                     index.actors[key].name if known else text[at:end]))
            break
    names.mentions += found
    names.mentions.sort(key=lambda m: m.start)
    answers = []
    for t in turns:
        if t.label in people or t.label == transcript.ANSWER:
            key, known = people.get(t.label, (None, False))
            end = t.end
            while end > t.start and text[end - 1].isspace():
                end -= 1
            how = ("the transcript gives these words after the speaker's name" if key else
                   "the transcript gives these words as an answer, and does not name who gave it")
            answers.append(DraftQuote(Quote(t.start, end, t.start, end, t.paragraph, t.paragraph),
                                      " ".join(text[t.start:end].split()), Attribution(key, how),
                                      known, "", None,
                                      unmarked=True))
    return answers


def _quoted_as_checked(a: Analysis, article: matching.Normalized) -> None:
    """The summary's sentences copied from the article, each cut before any words in quotation
    marks that `check` would not find quoted there (a quotation over a line break, marks that
    pair differently once the sentence stands alone): a draft never puts words in quotation
    marks that its own check refuses. A sentence left with no words is no candidate or event."""
    def cut(text: str) -> str:
        for passage in quoted_text.quoted(text):
            if not isinstance(matching.find(article, passage.words), matching.Match):
                return name_text(text[:passage.start])
        return text

    a.lead = cut(a.lead)
    headline = cut(plain(a.headline, TITLE_SHOWN) or "")
    a.title = headline or cut(plain(a.lead, TITLE_SHOWN) or "") or None
    a.headline = headline or None
    a.key_points = [point for point in map(cut, a.key_points) if point]
    for e in a.events:
        e.what = cut(e.what)
    a.events = [e for e in a.events if e.what]
    for c in [*a.sanctions, *a.denials, *a.pledges]:
        c.sentence = cut(c.sentence)
    a.sanctions, a.denials, a.pledges = ([c for c in kind if c.sentence]
                                         for kind in (a.sanctions, a.denials, a.pledges))
    for entry in a.actors:
        entry.role = (cut(entry.role) or None) if entry.role else None


# 'the country's Interior Ministry': the state the article has named before
_THE_COUNTRYS = re.compile(r"\b(?:[Tt]he\s+)?(?:country|nation)[’']s\s+$")


def _bodies_of_states(names: Names, text: str, blank: str, dateline: str | None) -> None:
    """A ministry, a police, an army or a parliament the article names without its state gets it
    from the article, in its name and id: the same body named with it ('Kyrgyz Interior
    Ministry'), its capital's ("Seoul's Unification Ministry"), 'the country's Interior
    Ministry' where the article has named one state before, else the dateline's ('MINSK
    (Sputnik) -'). Where the article does not say, the proposal is marked: accepted as it is, it
    would be any state's ministry in the next article."""
    by_dateline = states.state_of_place(dateline) if dateline else None
    renamed: dict[str, Proposed] = {}
    for p in list(names.proposed.values()):
        if p.kind != "organization":
            continue
        seat = re.match(r"(.+?)[’']s\s+(.+)", p.name)
        if seat and seat.group(1) in states.CAPITALS and needs_state(seat.group(2)):
            state: str | None = states.CAPITALS[seat.group(1)]
            bare = seat.group(2)
        elif needs_state(p.name):
            state, bare = None, p.name
        else:
            continue
        same = None if state else next(
            (o for o in names.proposed.values()
             if o is not p and o.kind == "organization" and _owned(o.name, bare)), None)
        if same is None and state is None:
            for m in names.mentions:
                if m.key == p.id and _THE_COUNTRYS.search(blank, max(0, m.start - 20), m.start):
                    before = {states.NAMES.get(w) or states.ADJECTIVES[w]
                              for w in STATE_WORD.findall(blank, 0, m.start)}
                    if len(before) == 1:
                        state = before.pop()
                        break
            state = state or by_dateline
        if same is None and state is not None:
            name = f"{states.adjective(state)} {bare}"
            same = names.proposed.get(slugify(name)) or renamed.get(slugify(name)) or Proposed(
                slugify(name), name, "organization", p.role, p.aliases)
        if same is None:
            p.note = (f"the article does not say which state's {p.name} it is: write the state "
                      f"in its name and id (as 'Belarusian Interior Ministry'), or another "
                      f"state's {p.name} is taken for this one in the next article")
        else:
            renamed[p.id] = same
    for key in renamed:
        del names.proposed[key]
    for same in renamed.values():
        names.proposed.setdefault(same.id, same)
    for m in names.mentions:
        if m.key in renamed:
            m.key, m.name = renamed[m.key].id, renamed[m.key].name


def _owned(name: str, bare: str) -> bool:
    """Whether `name` is the body `bare` with its state: 'Kyrgyz Interior Ministry', 'Kyrgyzstan's
    Interior Ministry', 'Interior Ministry of Kyrgyzstan'."""
    head = name.removesuffix(bare)
    if head != name and head.endswith(" "):
        return STATE_WORD.fullmatch(re.sub(r"[’']s$", "", head.strip())) is not None
    tail = name.removeprefix(bare)
    owner = re.fullmatch(r"\s+of\s+(?:the\s+)?(.+)", tail) if tail != name else None
    return owner is not None and STATE_WORD.fullmatch(owner.group(1)) is not None


def _registry_first(names: Names, registry: list[Actor]) -> None:
    """A name the rules propose may be one the registry holds under another form ('EU' for its
    'European Union', 'Omar Al-Bashir' for its 'Omar al-Bashir'): the registry's actor, not a
    second one that `check` refuses as a look-alike. A new actor whose id the registry already
    gives another is numbered now, before any quote or candidate refers to either."""
    looks: dict[str, Actor] = {}
    for actor in registry:
        for form in (actor.name, *actor.aliases):
            for look in look_alike.skeletons(form):
                looks.setdefault(look, actor)
    held: dict[str, Actor] = {}
    for key, p in names.proposed.items():
        found = next((looks[look] for look in look_alike.skeletons(p.name) if look in looks), None)
        if found is not None:
            held[key] = found
    ids = {a.id for a in registry}
    taken = ids | set(names.proposed)
    renamed: dict[str, str] = {}
    for key in sorted(names.proposed):
        if key in held or key not in ids:
            continue
        n = 2
        while f"{key}-{n}" in taken:
            n += 1
        renamed[key] = f"{key}-{n}"
        taken.add(renamed[key])
    for m in names.mentions:
        if m.known:
            continue
        if m.key in held:
            actor = held[m.key]
            m.key, m.kind, m.known, m.name = actor.id, actor.kind, True, actor.name
        elif m.key in renamed:
            m.key = renamed[m.key]
    for key in held:
        del names.proposed[key]
    for key, new in renamed.items():
        p = names.proposed.pop(key)
        p.id = new
        names.proposed[new] = p


def initials(name: str) -> str:
    """'CIA' of 'Central Intelligence Agency', 'NASA' of 'National Aeronautics and Space
    Administration': the capitals that begin its words, the small linking words left out."""
    return "".join(w[0] for w in re.findall(r"[\w’'-]+", name) if w[0].isupper())


# an organization's short name in capitals: 'CIA', 'U.N.', 'UNHCR'
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z][A-Z&]{1,7}")


def _short_forms(names: Names, registry: list[Actor]) -> None:
    """An acronym or a short form of a body the article names in full ('CIA' beside the Central
    Intelligence Agency, 'Supreme Court' beside the Italian Supreme Court of Cassation) is that
    body under another name, an alias of its actor, never a second actor; so is an acronym of a
    body the registry holds. Each mention of the short form becomes the body's."""
    bodies = {k: p for k, p in names.proposed.items() if p.kind == "organization"}
    by_initials: dict[str, tuple[str, str, bool]] = {}  # initials -> (id, name, in the registry)
    for a in registry:
        if a.kind == "organization" and not _ACRONYM.fullmatch(a.name):
            by_initials.setdefault(initials(a.name), (a.id, a.name, True))
    for key, p in bodies.items():
        if not _ACRONYM.fullmatch(p.name):
            by_initials.setdefault(initials(p.name), (key, p.name, False))
    merged: dict[str, tuple[str, str, bool]] = {}
    for key, p in bodies.items():
        if _ACRONYM.fullmatch(p.name):
            found = by_initials.get(p.name.replace(".", ""))
        else:
            found = next(((k, o.name, False) for k, o in bodies.items() if k != key
                          and len(p.name.split()) > 1 and len(o.name) > len(p.name)
                          and _head_of(p.name, o.name)), None)
        if found is None:
            found = next(((k, o.name, False) for k, o in bodies.items()
                          if k != key and _owner_first(p.name, o.name)), None)
        if found is not None and found[0] != key:
            merged[key] = found
    for key, (target, name, known) in merged.items():
        while target in merged:  # 'Court' in 'Supreme Court' in 'Italian Supreme Court of …'
            target, name, known = merged[target]
        # an acronym names its body wherever it is written; a short form ('Supreme Court',
        # 'the Fund') names another body in the next article, so it is this briefing's mention of
        # the actor, never the registry's alias
        if not known and _ACRONYM.fullmatch(names.proposed[key].name):
            names.proposed[target].aliases.append(names.proposed[key].name)
        for m in names.mentions:
            if m.key == key:
                m.key, m.name, m.known = target, name, known
    for key in merged:
        del names.proposed[key]


def _head_of(short: str, full: str) -> bool:
    """Whether a body's name is a short form of a longer one's: its words, but not those of the
    body the longer one belongs to ('Supreme Court' of 'Italian Supreme Court of Cassation';
    'European Union' is another body than the 'Council of the European Union')."""
    at = f" {full} ".find(f" {short} ")
    return at >= 0 and not re.search(r"\bof(?:\s+the)?\s*$", full[:at])


def _owner_first(name: str, full: str) -> bool:
    """Whether a body's name puts its owner first ('EU Council') where another says it after 'of'
    ('Council of the European Union'): one body, the owner written in full or by its initials."""
    owned = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?(.+)", full)
    if owned is None or not name.endswith(" " + owned.group(1)):
        return False
    owner = name[:-len(owned.group(1))].strip()
    return owner == owned.group(2) or owner.replace(".", "") == initials(owned.group(2))


# what says that a full name is a person's, though the rules of speakers do not take it for one:
# an age ('Luciano Joaquim, 47,'), a relative clause ('Darren Wilson, who shot …'), an office or a
# kinship in apposition ('Ban Ki-moon, secretary general of the United Nations', 'Jim Swire,
# father of another victim', 'Jarret Brachman, consultant to the US government')
_PERSON_AFTER = re.compile(r",\s*(?:\d{1,3},|who\s|(?!(?:which|that|and|or|but|on|in|at|to|was|were|is|are"
                           r"|has|had|also|then|not|the|a|an)\s)[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}?"
                           r"\s+(?:of|at|for|to)\s)")
# … or a word for what someone does before it: 'campaigner Caitlin Boswell', 'singer-songwriter
# Cissa Paz', 'technician Fred Baur'
# (not a reporter, who is no actor of the story, nor a newspaper or a carrier, which are things)
_PERSON_BEFORE = re.compile(r"\b(?!(?:reporter|correspondent|newspaper|carrier)\s)"
                            r"[a-z][\w-]{2,}(?:er|or|ist|ant|ian)\s+$")


def _people_described(names: Names, blank: str) -> list[str]:
    """People the article names in full and describes as people without a role or a word of
    their own: an article is about them too. They join once the speakers are found, so that no
    pronoun or quote is given to them by these rules."""
    taken = [(m.start, m.end) for m in names.mentions]
    added: list[str] = []
    for full, places in names.unsure.items():
        key = slugify(full)
        if key in names.proposed or not _full_name(full) or not any(
                _PERSON_AFTER.match(blank, e) or _PERSON_BEFORE.search(blank, max(0, s - 25), s)
                or ((role := ROLE_APPOSITION.match(blank, e)) and role.group(1).split()[-1] in ROLE_NOUNS)
                for s, e in places):
            continue
        free = [(s, e) for s, e in places if not any(a < e and s < b for a, b in taken)]
        if free:
            names.proposed[key] = Proposed(key, full, "person")
            names.mentions += [Mention(s, e, key, "person", False, full) for s, e in free]
            added.append(full)
    names.mentions.sort(key=lambda m: m.start)
    return added


# a pronoun read as the last speaker or person named: the weakest reading the rules make
_LAST_NAMED = re.compile(r"'(?:he|she|they)' is the last (?:named speaker|person named)")


def _another_opens_before(attributions: list[Attribution], sents: list[Sentence],
                          mentions: list[Mention]) -> None:
    """A pronoun the rules read as a person named earlier is left to review where the sentence
    right before it names another person first ('For Kevin Allton, a USI instructor in English,
    Warhol was also a legend. He said, “…”'; 'For example, Ban Ki-moon … called for the election
    to be postponed. He said that he “…”'): that sentence may well be about whoever 'he' is."""
    people = [m for m in mentions if m.kind == "person"]
    starts = [m.start for m in people]
    for a in attributions:
        if a.speaker is None or a.frame is None or not READ_BACK.search(a.how):
            continue
        k = sentence_at(sents, a.frame.subject_start)
        if k == 0:
            continue
        before = sents[k - 1]
        first = bisect.bisect_left(starts, before.start)
        if first < len(people) and people[first].start < before.end \
                and people[first].key not in (a.speaker, ""):
            a.how = f"{a.how}; but the sentence before names {people[first].name} first: left to review"
            a.speaker = None


def _pronouns_in_doubt(attributions: list[Attribution], quotes: list[Quote],
                       paras: list[Paragraph], blank: str, described: list[str]) -> None:
    """A quote the rules gave to the person a pronoun stands for is left unattributed when, in its
    paragraph before it, a person they did not read as a speaker is the subject of a verb ('Peberdy
    disputes the claims …, saying, “…” He added, “…”'): the pronoun may be theirs, and `check`,
    which reads them among the registry's actors once the proposal is accepted, would say so."""
    if not described:
        return
    subjects = re.compile(r"(?<![\w’'.-])(?:" + "|".join(
        re.escape(x) for name in described for x in (name, name.split()[-1]))
        + r")\s+(?:[a-z]+ly\s+)?(?:[a-z]+s|[a-z]+ed|said|told)\b")
    for q, a in zip(quotes, attributions, strict=True):
        if a.speaker is None or not _LAST_NAMED.search(a.how):
            continue
        para = paras[q.paragraph]
        if subjects.search(blank, para.start, q.open_at):
            a.how = f"{a.how}; but another person is named before it: left to review"
            a.speaker = None


# what a state is named after when sanctions fall on it: 'sanctions against Venezuela and Russia'
_SANCTIONS_AGAINST = re.compile(r"\b(?i:sanctions)\s+(?i:against|on|targeting)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s*|\s+and\s+|,\s+and\s+)"
                                r"(?:the\s+)?)*$")


def _select_proposals(a: Analysis, proposed: dict[str, Proposed], mentions: list[Mention],
                      blank: str, story_start: int, headline: tuple[int, int] = (0, 0),
                      deck: tuple[int, int] = (0, 0)) -> None:
    """The proposed actors the draft refers to: speakers, the organizations of sources, people the
    story names in full or gives a role, organizations party to candidates or events, and states
    that act in the story. Left out, as a reviewer would delete them: a name that is a place or a
    thing's ('East Jerusalem', 'Space Shuttle Columbia'), a fragment of a longer name ('Common
    Sense' of 'Taxpayers for Common Sense'), a state or a body named only as a place ('talks in
    Iraq', 'at Harvard University'), an acronym never spelled out, and what is named only in the
    dateline or byline (the headline is the story's) or is a correspondent's credit. So is an
    actor whose name, as the article writes it, the model would refuse (a word mixing alphabets),
    and one whose name looks like an earlier one's ('Kem', 'Kern'), which `check` refuses as one
    name for two actors: the quotes it would speak are left to attribute."""
    refused = {k for k, p in proposed.items() if verbatim(p.name) != p.name}
    looks: set[str] = set()
    for key in sorted(proposed):
        if key not in refused:
            own = set(look_alike.skeletons(proposed[key].name))
            if own & looks:
                refused.add(key)
            looks |= own
    for q in a.quotes:
        if q.attribution.speaker in refused:
            q.attribution.speaker = None
        if q.attribution.organization in refused:
            q.attribution.organization = None
    used = {q.attribution.speaker for q in a.quotes} | {q.attribution.organization for q in a.quotes}
    named: dict[str, int] = {}
    acts: set[str] = set()
    story: set[str] = set()  # named in the story, not only in its dateline or byline
    reporters = {name_text(x) for x in a.authors}
    fragments: set[str] = set()
    whole: set[str] = set()  # people named somewhere outside a longer name
    bodies: set[str] = set()  # organizations named somewhere other than as a place
    for m in mentions:
        if m.key in proposed:
            named[m.key] = named.get(m.key, 0) + 1
            # 'a reporter from the Washington Post' works for it: a newspaper is no place
            if m.kind == "organization" and (
                    m.name.split()[-1].lower() in _PRESS_NOUNS
                    or not _AT_PLACE.search(blank, max(0, m.start - 25), m.start)) \
                    and blank[max(0, m.start - 1):m.start] != "(" \
                    and not _AFFILIATION_AFTER.match(blank, m.end) \
                    and not (_OFFICE_OF_ITS.match(blank, m.end)
                             and blank[max(0, m.start - 7):m.start].lower() == "former "):
                # an acronym in brackets is named where its full name is ('at the Kennedy Space
                # Center (KSC)'); 'a Harvard University graduate' is a person's school
                bodies.add(m.key)
            if (m.start >= story_start or headline[0] <= m.start < headline[1]
                    or deck[0] <= m.start < deck[1]) \
                    and proposed[m.key].name not in reporters and not (
                    m.kind == "person" and _REPORTS.match(blank, m.end)):
                story.add(m.key)
            if m.kind == "person":
                # a fragment is a name never written but inside a longer one: 'Donald Trump' is
                # his own though 'Australians for Trump' names a group after him
                if _JOINED_BEFORE.search(blank, max(0, m.start - 40), m.start) \
                        or _JOINED_AFTER.match(blank, m.end):
                    fragments.add(m.key)
                else:
                    whole.add(m.key)
            if m.kind == "state" and _SANCTIONS_AGAINST.search(blank, max(0, m.start - 80),
                                                                m.start):
                acts.add(m.key)  # 'circumventing sanctions against Venezuela and Russia'
            if m.kind == "state" and (" " in m.name and any(
                    w in blank[m.start:m.end].lower() for w in states.GOVERNMENT_WORDS) or (
                    not _AS_PLACE.search(blank, max(0, m.start - 25), m.start)
                    and _ACTS_AFTER.match(blank, m.end))):
                acts.add(m.key)
    fragments -= whole
    used |= {k for k, p in proposed.items() if p.kind == "person" and k not in fragments
             and _full_name(p.name, bool(p.role))
}
    parties = {k for c in [*a.sanctions, *a.denials, *a.pledges] for k in (*c.first, *c.second)}
    parties |= {k for e in a.events for k in e.actors}
    # an acronym the article never spells out ('GMT', 'VIP') may be anything: a body only when
    # it speaks
    used |= {k for k in parties if k in proposed and proposed[k].kind == "organization"
             and k in bodies and not _ACRONYM.fullmatch(proposed[k].name)} | acts
    # a state a sanction is imposed by or on acts in the story, named as a place or not ('sanctions
    # on Zimbabwe'): the candidates are read only from sentences that say who imposes what on whom
    used |= {k for c in a.sanctions for k in (*c.first, *c.second)
             if k in proposed and proposed[k].kind == "state"}
    used |= {k for c in [*a.denials, *a.pledges] for k in c.first  # the verb's own agent
             if k in proposed and proposed[k].kind == "state"}
    speaking = {q.attribution.speaker for q in a.quotes} | {q.attribution.organization for q in a.quotes}
    a.proposed = [proposed[k] for k in sorted(proposed)
                  if k in used and (k in story or k in speaking) and k not in refused]
    chosen = {p.id for p in a.proposed}

    def keep(keys: list[str]) -> list[str]:
        return [k for k in keys if k in chosen or k not in proposed]

    a.actors = [e for e in a.actors if e.known or e.actor in chosen]
    for e in a.events:
        e.actors = keep(e.actors)
    for c in [*a.sanctions, *a.denials, *a.pledges]:
        c.first, c.second = keep(c.first), keep(c.second)


# words that begin or stand in the name of a place or a thing, not a person's: 'East Jerusalem',
# 'Space Shuttle Columbia', 'Besides Naruhito' (a sentence's first word taken into the name)
_NOT_PERSONAL = {"east", "west", "north", "south", "central", "upper", "lower", "new", "space",
                 "shuttle", "facility", "base", "mosque", "palace", "square", "street", "river",
                 "island", "mount", "lake", "besides", "despite", "unlike", "following", "during",
                 "state", "tv", "campaign", "departments", "catholic", "islamic", "muslim",
                 "christian", "jewish", "orthodox", "protestant", "relations", "studies",
                 "development", "republic", "museum", "prison", "mansion", "man"}


def _full_name(name: str, with_role: bool = False) -> bool:
    """A person's name as an article gives it in full: two words or more (one, for a person it
    gives a role), none of a place's or a thing's, no state's name or adjective."""
    words = name.split()
    return (len(words) > 1 or with_role) and not any(
        w.lower() in _NOT_PERSONAL or w in states.NAMES or w in states.ADJECTIVES for w in words)


# a correspondent's credit in the story: 'VOA Correspondent Alisha Ryu in our East Africa Bureau
# in Nairobi reports.'
_REPORTS = re.compile(r"[^.;“”\"]{0,80}\breports\s*(?:from\b[^.]*)?\.")
# words that join a name to a longer one: 'Taxpayers for Common Sense', 'Catholic Campaign for
# Human Development'
_JOINED_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+(?:for|of|on)\s+$")
_JOINED_AFTER = re.compile(r"\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][\w-]*)*\s+(?:"
                           + "|".join(sorted(ORG_NOUNS)) + r")\b")


# the words before a state named as a place: 'in Iraq', 'from the Netherlands'
_AS_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|from|to|near|into|across|outside|throughout|around|through"
                       r"|inside|within|via|towards?|of|between)\s+(?:the\s+)?$")


# a body's name used of a person who studied or works there, or of a place it has: 'a Harvard
# University graduate', 'a U.S. Air Force base'
_AFFILIATION_AFTER = re.compile(r"[^\S\n]+(?:graduates?|students?|alumn(?:us|i|a|ae)|professors?"
                                r"|researchers?|scientists?|fellows?|dropouts?|employees?|staff|workers?"
                                r"|visitors?|bases?|headquarters|campus|compound|facility)\b")
# an office the body's name is a word of, before its holder's name or a possessive: a body whose
# former officer the article names is no party through him ('former UN chief Kofi Annan', 'the
# former UN chief's remarks'); a spokeswoman's still speaks for hers
_OFFICE_OF_ITS = re.compile(r"[^\S\n]+(?:" + "|".join(sorted(ROLE_NOUNS))
                            + r")(?:[’']s\b|[^\S\n]+[A-Z])")
# the last words of the names of newspapers, agencies and broadcasters
_PRESS_NOUNS = {"post", "times", "news", "journal", "herald", "tribune", "gazette", "press",
                "radio", "television", "newspaper"}
# the words before a body named as a place: 'a professor at Harvard University', 'from Singapore's
# Changi International Airport'
_AT_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|from|near|outside|inside|visit(?:s|ed|ing)?)\s+(?:the\s+)?$")
# what follows a state that acts: 'Iran said', 'Iraq has rejected', 'Britain and France agreed'
_ACTS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:(?:has|have|had|will|would|also"
                         r"|could|must|may|did|does|is|was|were|then|later|again|not|[a-z]+ly)\s+)*"
                         # not the people or firms of a state, which are not the state ('US
                         # citizens'); its forces and officials are ('US forces', 'Saudi officials')
                         r"(?!(?:citizens|nationals|residents|people|media|voters|workers|students"
                         r"|tourists|companies|firms|banks|businesses|investors|interests)\b)"
                         r"(?:said|says|told|[a-z]+ed|[a-z]{3,}s)\b")


def verifiable(article: matching.Normalized, quotes: list[DraftQuote]
               ) -> tuple[list[DraftQuote], list[tuple[str, str]]]:
    """The quotes that the model and `check` will accept, and the others with the reason: a
    draft must build, so a passage the rules misread (a stray quotation mark) or that no quote
    may hold (a control character, thousands of words) is shown for review, not quoted."""
    kept, refused = [], []
    for q in quotes:
        try:
            _QUOTE_TEXT.validate_python(q.text)
        except ValidationError as exc:
            refused.append((q.text, "; ".join(map(_why_not_quoted, exc.errors()))))
            continue
        found = matching.find(article, q.text, unmarked=q.unmarked)
        if isinstance(found, matching.Match):
            kept.append(q)
        else:
            refused.append((q.text, "; ".join(found.differences) or found.reason))
    return kept, refused



def _why_not_quoted(error: ErrorDetails) -> str:
    return model_says(error, "a quote", ": quote part of it, with … for the words left out")


def _marked_as_read(text: str, quotes: list[Quote]) -> str:
    """The article (same length) with the marks of each quotation it holds as “ and ” (‘ and ’
    for single marks), and any other double mark blanked: a sentence copied into the summary's
    prose then quotes what the article quotes and nothing else. The marks as published may not
    pair as `check` pairs a summary's marks: `"…,” tweeted @Anjumaa … to “take an action.”`
    pairs the second ” with the last ” there, around words the article does not quote. Other
    single marks stay: most are apostrophes."""
    chars = list(text)
    read: set[int] = set()
    for q in quotes:
        double = quotation_marks.is_double(text[q.open_at])
        chars[q.open_at] = OPEN_CURLY if double else "‘"
        read.add(q.open_at)
        if q.closed and text[q.end] in quotation_marks.MARKS:
            chars[q.end] = CLOSE_CURLY if double else "’"
            read.add(q.end)
    for i, ch in enumerate(text):
        if ch in quotation_marks.DOUBLE and i not in read:
            chars[i] = " "
    return "".join(chars)


def _per_paragraph(text: str, q: Quote) -> list[Quote]:
    """A quotation that runs on into the next paragraphs, one quote per paragraph: `check`
    refuses a quote across a paragraph break, since the break may hide a change of speaker."""
    if "\n" not in text[q.start:q.end]:
        return [q]
    pieces, start = [], q.start
    while start < q.end:
        end = text.find("\n", start, q.end)
        end = q.end if end < 0 else end
        lo, hi = start, end
        while lo < hi and (text[lo].isspace() or text[lo] in quotation_marks.OPENING):
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            pieces.append(replace(q, start=lo, end=hi))
        start = end + 1
    return pieces or [q]


# what may stand between a speech verb and the day it gives for the speaking ('said on Tuesday',
# 'told reporters on March 3'), or open a sentence before it ('In a statement released on
# Thursday, the ICRC said'): a few words, none of which starts a clause of its own; after
# 'that', 'about' or 'of', a date is about what was said, not the saying
# A pronoun right after 'said' opens what was said ('said his detention in August 2014 was'), so a
# date past it is about that.
_SAID_CLAUSE = re.compile(r"[\s,]*(?:his|her|their|its|our|my|he|she|they|it|we|I)\b")
_SAID_TO_DATE = re.compile(r"[\s,]*(?:(?!(?:that|which|who|whom|whether|if|when|where|about|of"
                           r"|since|until|after|before|because|while)\b)[\w@’'.()-]+[\s,]+){0,6}?",
                           re.IGNORECASE)


def _said_on(blank: str, sentence: Sentence, dates: list[FoundDate], frame: Frame | None,
             opens: int) -> str | None:
    """The day a quote's sentence gives for the speaking: a date just after its speech verb
    ('said on Tuesday', 'told reporters on March 3'), just before it ('on Tuesday said'), or
    opening the sentence before the speaker ('On Friday, the president wrote on Twitter:');
    None, the article's own day, when it gives none. A year or a day elsewhere in the sentence
    ('said of the accord signed in March 2009', 'who has led the party since 2009') is about
    something else. `opens`: where the quotation opens, for a sentence with no speech verb."""
    speaker_at = min(frame.subject_start, frame.verb_start) if frame else opens
    for d in dates:
        if frame and d.start >= frame.verb_end \
                and _SAID_TO_DATE.fullmatch(blank, frame.verb_end, d.start) \
                and not (_SAID_CLAUSE.match(blank, frame.verb_end, d.start)
                         and blank[frame.verb_start:frame.verb_end].lower().startswith("sa")):
            return d.date
        if frame and d.end <= frame.verb_start and not blank[d.end:frame.verb_start].strip(" ,"):
            return d.date
        if d.end <= speaker_at and _SAID_TO_DATE.fullmatch(blank, sentence.start, d.start) \
                and _SAID_TO_DATE.fullmatch(blank, d.end, speaker_at):
            return d.date
    return None


def _sentence_of(sents: list[Sentence], position: int) -> Sentence:
    return sents[sentence_at(sents, position)]


# the article's words for how words were said, most telling first; 'speech' only as an occasion
# ('in a speech', 'his speech to'), never 'freedom of speech'
_SETTINGS = (
    ("news-conference", re.compile(r"\b(?:news|press) conference|\bbriefing\b", re.IGNORECASE)),
    ("testimony", re.compile(r"\btestif(?:y|ied|ies|ying)\b|\btestimony\b|\bhearing\b",
                             re.IGNORECASE)),
    ("interview", re.compile(r"\binterview(?:s|ed)?\b", re.IGNORECASE)),
    ("social-media", re.compile(r"\b(?:tweet(?:s|ed)?|posted|a post|social media|on (?:X|Twitter"
                                r"|Telegram|Facebook|Instagram|Truth Social))\b")),
    ("statement", re.compile(r"\bstatement\b", re.IGNORECASE)),
    # a speech the speaker gives ('said in a speech', 'during his address'), not one the words
    # are about ('was resolutely opposed to the speech', Blinken's)
    ("speech", re.compile(r"\b(?:in|during|at|from|throughout|gave|give|gives|giving|delivered"
                          r"|delivers|delivering|made|making)\s+"
                          r"(?:a|an|his|her|their|its|the|televised|keynote)\s+(?:[\w-]+\s+)?"
                          r"(?:speech|address)\b(?!\s+(?:of|from)\b)", re.IGNORECASE)),
    ("to-reporters", re.compile(r"\breporters\b|\bjournalists\b", re.IGNORECASE)),
)


# words that deny the occasion a setting's words name, a few words before them in their clause:
# 'after declining an interview request', 'there would be no news conference'
_DENIED = re.compile(r"\b(?:declin\w*|no|not|without|refus\w*|cancel\w*|\w+n[’']t)\s+"
                     r"(?:[^\s,;:.!?—–()]+\s+){0,3}$", re.IGNORECASE)
_DENIAL_REACH = 80  # characters looked back for them: the four words above, however long


def _settings_in(paragraph: str) -> tuple[str, ...]:
    """The settings whose words a paragraph holds, not denied, most telling first: found once for
    all its quotes."""
    return tuple(setting for setting, words in _SETTINGS if any(
        not _DENIED.search(paragraph, max(0, m.start() - _DENIAL_REACH), m.start())
        for m in words.finditer(paragraph)))


def _setting(blank: str, sentence: Sentence, around: tuple[str, ...]) -> str:
    """How the words were said, as the article says it: in the quote's own sentence first ('said
    in a statement', however its paragraph goes on to a speech), else in its paragraph ('In an
    interview, …'); empty, for review, when the article's words do not say. `around`: the
    settings of the sentence's paragraph."""
    here = _settings_in(blank[sentence.start:sentence.end])
    if here:
        return here[0]
    # a paragraph's statement or reporters may be another speaker's: only an occasion carries over
    return next((s for s in around if s not in ("statement", "to-reporters")), "")


def _name_quotes(quotes: list[DraftQuote], index: Registry, proposed: dict[str, Proposed]) -> None:
    used: set[str] = set()
    tried: dict[str, int] = {}
    for q in quotes:
        speaker = q.attribution.speaker
        if speaker in index.actors:
            actor = index.actors[speaker]
            who = slugify(actor.name.split()[-1]) if actor.kind == "person" else speaker
        elif speaker in proposed:
            p = proposed[speaker]
            who = slugify(p.name.split()[-1]) if p.kind == "person" else speaker
        elif q.attribution.source:
            who = slugify(q.attribution.source.split()[-1])
        else:
            who = "unattributed"
        q.id = unique(f"{who}-{slugify(' '.join(q.text.split()[:4]))}", used, tried)


def _core_name_start(text: str, mention: Mention) -> int:
    surface = text[mention.start:mention.end]
    at = surface.rfind(mention.name)
    if at >= 0:
        return mention.start + at
    return mention.start


def _actors(text: str, article: matching.Normalized, mentions: list[Mention], index: Registry,
            proposed: dict[str, Proposed]) -> tuple[list[ActorEntry], dict[str, str]]:
    entries: dict[str, ActorEntry] = {}
    roles: dict[str, str] = {}
    for m in mentions:
        if not m.known and m.key not in proposed:
            continue
        surface = text[m.start:m.end]
        role = None
        if m.kind == "person":
            role = office(plain(role_around(text, _core_name_start(text, m), m.end)))
        if role and not m.known:
            roles.setdefault(m.key, role)
        entry = entries.setdefault(m.key, ActorEntry(m.key, None, [], m.known))
        if role and entry.role is None:
            entry.role = role
        # a mention is written only as `check` will find it in the article
        shown = verbatim(surface)
        if shown and "\n" not in surface and shown not in entry.mentions and article.holds(shown):
            entry.mentions.append(shown)
    return list(entries.values()), roles


# where an office ends, once its noun is read: 'Prime Minister of Ireland visited …', 'analyst at
# the Center for …', 'president ousted in February', 'physician and al-Qaeda sympathizer'
_OFFICE_ENDS = {"who", "which", "that", "after", "since", "when", "while", "in", "on", "at", "from",
                "with", "to", "and", "until", "before", "during", "by", "as", "because"}


def office(role: str | None) -> str | None:
    """The office in the words the article gives around a name, or None when they hold none: the
    words up to the end of the office ('Prime Minister of Ireland', not '… visited the White
    House Monday'), without an age before it ('36-year-old physician'); none when the first
    office word comes after 'for' or 'of' ('GOP nomination for governor', 'words of the Crown
    prosecutor': a phrase about an office, not one)."""
    if role is None:
        return None
    words = role.split()
    ends = [i for i, w in enumerate(words[:-1]) if re.fullmatch(r"[a-z]{2,}[.!?]", w)]
    if ends:
        words = words[ends[-1] + 1:]  # '… crisis. The United Nations spokesman': a new sentence
    while words and re.fullmatch(r"\d+(?:-year-old)?|[Ss]tanding|alongside|[Tt]he|[Aa]n?", words[0]):
        words = words[1:]
    kept: list[str] = []
    for i, w in enumerate(words):
        lowered = w.lower().strip(",.;")
        noun = any(x in ROLE_NOUNS for x in (lowered, lowered.split("-")[-1]))
        # 'Under Secretary of Commerce for Industry and Security': 'and' between two capitalized
        # words of a name the office is of joins them; after an office noun it ends the office
        named_and = lowered == "and" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
            and words[i + 1][:1].isupper() and words[i - 1].lower() not in ROLE_NOUNS
        if kept and any(x.lower().strip(",.;").split("-")[-1] in ROLE_NOUNS for x in kept) and (
                (lowered in _OFFICE_ENDS and not named_and) or (lowered.endswith("ed") and w.islower())):
            break
        if lowered in ("for", "of") and not any(
                x.lower().strip(",.;").split("-")[-1] in ROLE_NOUNS for x in kept):
            return None
        kept.append(w)
        if noun and w.endswith((",", ";")):
            break
    shown = " ".join(kept).rstrip(",.;")
    return shown or None


def _trailer(paras: list[Paragraph], text: str) -> str:
    last = paras[-1].text if paras else ""
    return last if re.search(r"\b(?:reported from|contributed to this report)\b", last) else ""


def _authors(trailer: str) -> list[str]:
    """'O’Grady reported from Kyiv. Karen DeYoung in Washington contributed to this report.'"""
    out: list[str] = []
    for sentence in re.split(r"(?<=\.)\s+", trailer):
        m = re.match(r"([A-Z][\w’'.-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w’'.-]*)*?)(?: in [A-Z][\w ]*?)? "
                     r"(?:reported|contributed)", sentence)
        for part in re.split(r",\s*|\s+and\s+", m.group(1)) if m else []:
            if part and part not in out:
                out.append(part)
    return out


def _registry_keys(mentions: list[Mention], start: int, end: int, index: Registry) -> list[str]:
    """The actors named in text[start:end]: the registry's and proposed ones. The mentions are
    in the article's order (`find_names`), so only those starting in the span are read."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, end, lo=first, key=lambda m: m.start)
    return list(dict.fromkeys(m.key for m in mentions[first:last] if m.end <= end))


def _events(text: str, prose: str, blank: str, sents: list[Sentence], mentions: list[Mention],
            index: Registry, published: date, story_start: int, trailer: str) -> list[Event]:
    events: list[Event] = []
    used: set[str] = set()
    tried: dict[str, int] = {}
    for s in sents:
        if trailer and text[s.start:s.end].strip() in trailer:
            continue
        begin = max(s.start, story_start)
        # one event a sentence, dated by its first date; 'today' is the article's own day, no event
        dated = [d for d in find_dates(blank, begin, s.end, published)
                 if d.as_reported.lower() not in ("today", "tonight")]
        what = name_text(prose[begin:s.end])
        for found in dated[:1] if what else []:
            event = Event(found, what, _registry_keys(mentions, begin, s.end, index))
            event.id = unique(slugify(f"{found.date} {' '.join(what.split()[:4])}"), used, tried)
            events.append(event)
    return events



def _candidates(pattern: re.Pattern, prose: str, blank: str, body: list[Paragraph],
                sents: list[Sentence], mentions: list[Mention], index: Registry, published: date,
                quotes: list[DraftQuote], story_start: int) -> list[Candidate]:
    out = []
    last = body[-1].end if body else len(prose)
    for s in sents:
        if s.start >= last:
            break
        # the story's own words only: a headline ('EU imposes sanctions on Iran') ends before
        # the story starts, and the story says it again
        begin = max(s.start, story_start)
        words = name_text(prose[begin:s.end]) if begin < s.end else ""
        m = pattern.search(blank, begin, s.end) if words else None
        if not m:
            continue
        cuts = [begin + x.end() for x in re.finditer(r";|, and |, but ", blank[begin:m.start()])]
        clause_start = cuts[-1] if cuts else begin
        # who denies or pledges is the verb's agent, never a name earlier in the sentence (the
        # dateline's city, a country named in passing)
        first = _agents(blank, clause_start, m.start(), mentions)
        target_at = _TARGET_WORDS.search(blank, m.end(), s.end)
        second = _registry_keys(mentions, target_at.start(), s.end, index) if target_at else []
        found = find_dates(blank, begin, s.end, published)
        ids = [q.id for q in quotes if begin <= q.quote.open_at < s.end]
        out.append(Candidate(words, found[0].date if found else published.isoformat(), first,
                             [k for k in second if k not in first], ids))
    return out




# a verb whose object is the measure ('imposed new sanctions on X'), and one whose object is the
# target ('designated X', 'froze the assets of X'); 'add X to the list' names the target too
_IMPOSING = re.compile(
    r"\b(?:(?P<measure_verb>impos(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)"
    r"|maintain(?:s|ed|ing)?|unveil(?:s|ed|ing)?|slapp?(?:s|ed|ing)?|adopt(?:s|ed|ing)?"
    r"|ha(?:s|ve|d)|put\s+in\s+place)"
    r"|(?P<target_verb>sanction(?:s|ed|ing)|designat(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?"
    r"|freez(?:e|es|ing)|froze|ban(?:s|ned|ning)?)"
    r"|(?P<add_verb>add(?:s|ed|ing)?))\b", re.IGNORECASE)
_MEASURE = re.compile(
    r"\b(?:(?:a|an|the|its|their)\s+)?((?:(?!(?:to|on|of|for|in|with|and|or|by|from)\b|[\w-]+(?:ed|ing)\b)"
    r"[\w-]+\s+){0,3}?"
    r"(?:sanctions|embargo(?:es)?|(?:travel|visa|export|import|arms|oil)\s+bans?|asset\s+freezes?"
    r"|export\s+controls|restrictions|designations|penalties|tariffs|restrictive\s+measures"
    # the EU's word for its sanctions, and its sets of them: 'next package of sanctions'
    r"|package\s+of\s+(?:sanctions|restrictive\s+measures)))\b", re.IGNORECASE)
# 'sanctions by the EU', 'sanctions imposed on persons involved in abuses': the measure before its
# imposers, or before its targets with no imposer said
_PASSIVE = re.compile(r"\b(?:sanctions|embargo(?:es)?|bans?|asset freezes?|designations|penalties)"
                      r"(?:\s+(?:imposed|announced|introduced|adopted))?\s+(?P<by>by)\b"
                      r"|\b(?:sanctions|embargo(?:es)?|bans?|asset freezes?|designations|penalties)"
                      r"\s+(?:imposed|announced|introduced|adopted)\b", re.IGNORECASE)
# the words that may stand between an agent and its verb: 'the EU on Monday imposed', 'Britain
# said it had designated', 'the United States is set to introduce'
_AUXILIARY = {"has", "have", "had", "will", "would", "shall", "is", "are", "was", "were", "be",
              "been", "set", "to", "also", "already", "jointly", "formally", "officially", "on",
              "said", "says", "it", "they", "its", "last", "this", "week", "month", "year",
              "earlier", "later", "then", "now", "further", "newly", "today", "yesterday",
              "separately", "in", "turn", "just", "again", "too", "moved", "move", "moves",
              "announced", "announces", "plans", "planned", "decided", "agreed", "voted"}
# a measure only considered, threatened or still to come is none imposed: 'threatened to issue new
# sanctions', 'the Council is due to adopt economic sanctions'
_NOT_IMPOSED = re.compile(r"\b(?:threat\w*|could|might|may|consider\w*|weigh\w*|urg\w*|call\w* "
                          r"(?:for|on)|lead to|possib\w*|ask\w*|demand\w*|if|unless|lift\w*|eas\w*"
                          r"|relief|remov\w*|enforc\w*|without"
                          r"|(?:is|are|was|were)\s+(?:due|expected|scheduled)\s+to)\b", re.IGNORECASE)
# what may stand between the imposing verb and its measure: a day, and an aside between dashes
# or brackets ('adopted today - in view of the second year mark of the war - a thirteenth
# package of restrictive measures')
_ASIDE = re.compile(r"(?:(?:today|yesterday|on\s+[A-Z]\w+day|[A-Z]\w+day)\s+)?"
                    r"(?:[-–—]{1,2}\s.{1,200}?\s[-–—]{1,2}\s+|\([^()]{1,200}\)\s+)?")
_TARGETS_AT = re.compile(r"\b(?:on|against|targeting|upon)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday"
                         r"|Friday|Saturday|Sunday)\b)")
_PEOPLE = re.compile(r"\b(?:people|individuals|entities|persons|companies|firms|banks|officials"
                     r"|vessels|ships|tankers|businesses|groups|organi[sz]ations|members)\b",
                     re.IGNORECASE)
_OBJECT_END = re.compile(r"[,;:(—–]|\s(?:over|for|because|after|in|as|to|who|which|that|under"
                         r"|with|from|amid|on)\s")
_WEEKDAY_OR_NUMBER = re.compile(rf"(?:{'|'.join([*WEEKDAYS, *MONTHS])}|\d+)(?:’s|'s)?")


_CLAUSE_CUT = re.compile(r";|, and |, but |, while |\bwhile\b")
# a form of 'be' right before the verb: the passive ('is added', 'were sanctioned')
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_NEAR = 120  # how far from its verb a sentence's parties, measure and hedges are looked for
# an object a target verb may govern though the rules know no actor by its name: 'sanctioned
# Rosneft', 'froze the assets of Rosneft' (the targets are then left for review)
_NAMED_OBJECT = re.compile(r"\b[A-Z][\w’'-]+|\bassets\b")
_AND = re.compile(r"\s+and\s+")
_RELIEF = re.compile(r"\s+relief\b", re.IGNORECASE)
_SANCTIONS_NOUN = re.compile(r"\s+(?:on|against|by|relief|were|are|have|had|will|would|that|which"
                             r"|imposed|announced)\b", re.IGNORECASE)
_TO_LIST = re.compile(r"\s+to\s+(?:\w+\s+){0,4}?(?:list|blacklist)\b", re.IGNORECASE)


def _mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, end, lo=first, key=lambda m: m.start)
    return [m for m in mentions[first:last] if m.end <= end]


# what joins two parties to one measure: 'Britain, France and Germany', 'the Biden
# administration, along with the governments of Britain', 'on Tehran, including measures against
# Iran Air'
_LISTED = re.compile(r"\s*(?:,|,?\s*and|&|,?\s*(?:along|together) with|,?\s*as well as"
                     r"|,?\s*including\s+(?:[\w-]+\s+){0,2}?(?:on|against))\s*(?:the\s+)?"
                     r"(?:governments?\s+of\s+)?(?:the\s+)?")


def _chain(text: str, found: list[Mention], forward: bool) -> list[str]:
    """The actors of a list ('Russia and Belarus', 'Britain, Canada and the EU'), from the one
    nearest the verb onwards: a name joined to the next by a comma or 'and' alone."""
    keys: list[str] = []
    ordered = found if forward else found[::-1]
    for i, m in enumerate(ordered):
        if i:
            before = ordered[i - 1]
            gap = text[before.end:m.start] if forward else text[m.end:before.start]
            if not _LISTED.fullmatch(gap):
                break
        if m.key not in keys:
            keys.append(m.key)
    return keys if forward else keys[::-1]


# a rule that does what its issuer does: 'BIS (BIS) released a rule adding four entities'
_ISSUED = re.compile(r"^\s*\)?\s*(?:released|issued|published)\s+(?:a|an|the)\s+(?:new\s+|final\s+)?"
                     r"(?:rule|order|notice|regulation)\s*$")


# the words before a name that make it the object of a preposition, no subject: 'of president ',
# 'of the '
_OBJECT_OF = re.compile(r"\b(?:of|at|for|from|by|with|against|in|on|to|under|about|over)\s+"
                        r"(?:(?:the|an?|[a-z]+)\s+){0,2}$")


def _agents(blank: str, clause_start: int, verb_at: int, mentions: list[Mention]) -> list[str]:
    """Who does what the verb says: the names just before it, with no word between that is not
    an auxiliary, a day or 'said it' ('Senegal's high court sanctioned' names no agent: Senegal
    only owns the court)."""
    before = _mentions_in(mentions, clause_start, verb_at)
    if not before or verb_at - before[-1].end > _NEAR:
        return []
    if _OBJECT_OF.search(blank, max(0, before[-1].start - 40), before[-1].start):
        # 'The protesters, furious at … the regime of president Kurmanbek Bakiyev, vowed': a
        # name in a phrase of the subject's apposition does not act; the subject does, where it
        # is a name that closes before the apposition ('Rahmatillo Ahmedov, head of
        # press-service of the Interior Ministry, denied')
        first = before[0]
        if first is before[-1] or not blank.startswith(",", first.end) or \
                len(blank[clause_start:first.start].split()) > 2:
            return []
        before = [first]
        verb_at = first.end
    gap = _ISSUED.sub(" ", blank[before[-1].end:verb_at])
    words = re.findall(r"[\w’']+|[^\w\s]", gap)
    if not all(w.lower() in _AUXILIARY or _WEEKDAY_OR_NUMBER.fullmatch(w) or w == ","
               for w in words) or len(words) > 8:
        return []
    return _chain(blank, before, forward=False)


# what makes a state's name a word of another's: 'Iran Air', 'Iran's Revolutionary Guards',
# 'Russia-linked firms' (not 'Iran Tuesday', 'Iran's oil sector'); 'Air India'
_STATE_IN_A_NAME = re.compile(
    rf"(?:[’']s)?[^\S\n]+(?!{_WEEKDAY_OR_NUMBER.pattern}\b)[A-Z]|-[a-z]")
_NAME_BEFORE_STATE = re.compile(r"\b[A-Z][\w’'-]*[^\S\n]+$")


def _targets_after(blank: str, at: int, end: int, mentions: list[Mention]) -> list[str]:
    """The names that a verb or preposition at `at` governs: the first within a few words (its
    title or 'the' may stand between), and those listed with it; never a state whose name is a
    word of the target's ('sanctions on Iran Air' are not on Iran), which is left for review."""
    after = [m for m in _mentions_in(mentions, at, end)
             if m.kind != "state" or not (_STATE_IN_A_NAME.match(blank, m.end)
                                          or _NAME_BEFORE_STATE.search(blank, at, m.start))]
    if not after or len(re.findall(r"[\w’']+", blank[at:after[0].start])) > 2 \
            or _PEOPLE.match(blank, after[0].end + 1):
        return []  # 'U.S. firms': the firms are the targets, whom the sentence does not name
    return _chain(blank, after, forward=True)


# what may open a clause before its subject: 'In addition,', 'On Friday,'
_OPENING = re.compile(r"\s*(?:(?:[A-Z][a-z]+(?:\s+[a-z]+)?|On\s+\w+|[A-Z][a-z]+\s+\d{1,2}),\s*)?"
                      r"(?:[Tt]he\s+)?")
# an apposition after the subject, up to the verb: ', under the destination of India, is '
_UP_TO_BE = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:is|are|was|were|has been|have been|being)\s+"
                       r"(?:\w+ly\s+)?(?:being\s+)?$")


def _subject(blank: str, clause_start: int, verb_at: int, mentions: list[Mention]) -> list[str]:
    """Who undergoes a passive listing ('Si2Microsystems Private Limited, under the destination
    of India, is added to the Entity List'): the names that open the clause, past an adverbial
    and an apposition, right before the form of 'be'; none when anything else stands there."""
    before = _mentions_in(mentions, clause_start, verb_at)
    if not before or not _OPENING.fullmatch(blank, clause_start, before[0].start):
        return []
    listed = _chain(blank, before, forward=True)
    last = next(m for m in reversed(before) if m.key == listed[-1])
    return listed if _UP_TO_BE.fullmatch(blank, last.end, verb_at) else []


def _sanction_in(blank: str, begin: int, end: int, mentions: list[Mention]
                 ) -> tuple[list[str], list[str], list[tuple[int, int]]] | None:
    """(imposers, targets, the spans of the measure's words) when the sentence says that someone
    imposes a measure on someone, each read from the sentence's grammar alone, empty where it
    does not say; None when it says no such thing (relief, a threat, 'the court sanctioned the
    bid')."""
    # each verb reads a bounded stretch around it: a sentence of thousands of verbs is read once
    cuts = [x.end() for x in _CLAUSE_CUT.finditer(blank, begin, end)]
    for verb in _IMPOSING.finditer(blank, begin, end):
        if blank[verb.start()].isupper() and blank[begin:verb.start()].strip():
            continue  # a name's word: 'Ban Ki-moon', 'the Iran Sanctions Act'
        cut = bisect.bisect_right(cuts, verb.start()) - 1
        clause_start = max(cuts[cut] if cut >= 0 else begin, verb.start() - _NEAR)
        if _NOT_IMPOSED.search(blank, clause_start, verb.start()):
            continue
        imposers = _agents(blank, clause_start, verb.start(), mentions)
        undergone = _BE_BEFORE.search(blank, clause_start, verb.start()) is not None \
            and verb.group(0).lower().endswith(("ed", "froze"))
        if undergone:
            # 'Si2Microsystems, under the destination of India, is added to the Entity List': the
            # subject is who the measure falls on, and an apposition may stand before the verb, so
            # neither side is read from it; the candidate is left for review
            imposers = []
        if verb.group("measure_verb"):
            aside = _ASIDE.match(blank, verb.end() + 1, end)
            measure = _MEASURE.match(blank, aside.end() if aside else verb.end() + 1, end)
            if not measure or not blank[verb.end()].isspace() \
                    or _RELIEF.match(blank, measure.end(), end):
                continue
            spans, last = [measure.span(1)], measure.end()
            # 'an asset freeze and a travel ban on Iran Air': both measures
            also = _AND.match(blank, last, end)
            second = _MEASURE.match(blank, also.end(), end) if also else None
            if second:
                spans, last = [*spans, second.span(1)], second.end()
            on = _TARGETS_AT.search(blank, last, end)
            targets = _targets_after(blank, on.end(), end, mentions) if on else []
            return imposers, [t for t in targets if t not in imposers], spans
        if verb.group(0).lower() == "sanctions" and (
                not imposers or blank[verb.start() - 1:verb.start()] != " "
                or _SANCTIONS_NOUN.match(blank, verb.end(), end)):
            continue  # 'EU sanctions on Iran' is the noun; 'US sanctions Russian banks' the verb
        near = min(end, verb.end() + _NEAR)
        stop = _OBJECT_END.search(blank, verb.end(), near)
        object_end = stop.start() if stop else near
        if verb.group("add_verb"):
            to_list = _TO_LIST.search(blank, verb.end(), near)
            if not to_list:
                continue
            targets = _subject(blank, clause_start, verb.start(), mentions) if undergone else \
                _targets_after(blank, verb.end(), to_list.start(), mentions)
            return imposers, targets, [(verb.start(), to_list.end())]
        if undergone:
            return [], [], [(verb.start(), object_end)]
        targets = _targets_after(blank, verb.end(), object_end, mentions)
        if not targets and not _PEOPLE.search(blank, verb.end(), object_end) \
                and not _NAMED_OBJECT.search(blank, verb.end(), object_end):
            continue  # 'sanctioned the president's bid': no one is the object
        return imposers, targets, [(verb.start(), object_end)]
    passive = _PASSIVE.search(blank, begin, end)
    if passive and not _NOT_IMPOSED.search(blank, begin, passive.start()):
        imposers = _targets_after(blank, passive.end(), end, mentions) if passive.group("by") else []
        on = (_TARGETS_AT.search(blank, passive.end(), end) if passive.group("by")
              else _TARGETS_AT.match(blank, passive.end() + 1, end))
        targets = _targets_after(blank, on.end(), end, mentions) if on else []
        measure = _MEASURE.search(blank, max(begin, passive.start() - 60), passive.end())
        return imposers, targets, [measure.span(1)] if measure else []
    return None


def _sanctions(prose: str, blank: str, body: list[Paragraph], sents: list[Sentence],
               mentions: list[Mention], published: date, quotes: list[DraftQuote],
               story_start: int, headline: tuple[int, int] | None,
               deck: tuple[int, int] | None = None) -> list[Candidate]:
    """Sanction candidates from the sentences that say who imposes what on whom: never a name
    the sentence merely holds (the dateline's city, a country named in passing). The headline,
    and a release's standfirst before its dateline, are read as sentences too, each kept when
    the story does not say the same again."""
    out: list[Candidate] = []
    last = body[-1].end if body else len(prose)
    spans = [(max(s.start, story_start), s.end) for s in sents if s.start < last]
    for begin, end in [*spans, *([deck] if deck else []), *([headline] if headline else [])]:
        # the headline or the standfirst says again what the story says, or says less
        again = out and (begin, end) in (headline, deck)
        words = name_text(prose[begin:end]) if begin < end else ""
        # a headline in title case ('EU Imposes Sanctions On Iran') is read in lower case, where
        # a capital would otherwise mark a name's word
        read = blank if (begin, end) != headline else (
            blank[:begin] + "".join(c.lower() if len(c.lower()) == 1 else c for c in blank[begin:end])
            + blank[end:])
        found = _sanction_in(read, begin, end, mentions) if words else None
        if found is None or again and any(set(found[0]) <= set(c.first)
                                          and set(found[1]) <= set(c.second) for c in out):
            continue
        imposers, targets, measure = found
        dates = find_dates(blank, begin, end, published)
        ids = [q.id for q in quotes if begin <= q.quote.open_at < end]
        # the measure in the article's words, as written (a headline's too)
        said = " and ".join(" ".join(prose[a:b].split()) for a, b in measure)
        out.append(Candidate(words, dates[0].date if dates else published.isoformat(), imposers,
                             targets, ids, name_text(said)))
    return out
